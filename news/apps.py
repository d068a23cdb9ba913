from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """The news content model: sections, their date archives, articles, tags and authors."""

    name = "news"
    verbose_name = _("News")

    def ready(self) -> None:
        from news import signal_handlers  # noqa: F401
