from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CrawlingConfig(AppConfig):
    """What search engines and aggregators read: sitemaps, the news sitemap, robots.txt."""

    name = "crawling"
    verbose_name = _("Sitemaps")

    def ready(self) -> None:
        from crawling import (
            lists,  # noqa: F401  (registers the sitemaps among the lists showing a story)
            signal_handlers,  # noqa: F401
        )
