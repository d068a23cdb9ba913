from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadershipConfig(AppConfig):
    name = "readership"
    verbose_name = _("Readership")

    def ready(self) -> None:
        from readership import signal_handlers  # noqa: F401
        from readership.panels import add_readership_tab

        add_readership_tab()
