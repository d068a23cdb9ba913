from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SyndicationConfig(AppConfig):
    """RSS and Atom feeds of each edition, section, tag and author."""

    name = "syndication"
    verbose_name = _("Feeds")

    def ready(self) -> None:
        from syndication import lists  # noqa: F401  (registers the feeds with the page cache)
