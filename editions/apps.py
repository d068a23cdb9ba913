from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditionsConfig(AppConfig):
    """The language editions: one home page and page tree per language."""

    name = "editions"
    verbose_name = _("Editions")

    def ready(self) -> None:
        from editions import checks  # noqa: F401 (registers them)
