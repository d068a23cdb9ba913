from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    """Anonymous readers' pages from the cache, invalidated exactly when a story changes."""

    name = "pagecache"
    verbose_name = _("Page cache")

    def ready(self) -> None:
        from pagecache import signal_handlers  # noqa: F401
