from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CrawlingConfig(AppConfig):
    """What search engines and aggregators read: sitemaps, the news sitemap, robots.txt."""

    name = "crawling"
    verbose_name = _("Sitemaps")
