from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Readers' search over the current edition's stories."""

    name = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from search import signals

        signals.connect()
