from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    """The editors' side: roles, scheduled publishing on time, shortcuts in Wagtail's admin."""

    name = "newsroom"
    verbose_name = _("Newsroom")
