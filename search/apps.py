from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Readers' search over the current edition's stories."""

    name = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from search import (
            lists,  # noqa: F401  (the search pages a story appears on)
            signals,
        )
        from search.analysis import aliases  # noqa: F401  (retires the aliases' cache on edits)

        signals.connect()
