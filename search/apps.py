from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Readers' search over the current edition's stories."""

    name = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        # Registers the search pages a story appears on with the page cache.
        from search import lists  # noqa: F401
