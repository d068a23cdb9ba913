from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackupsConfig(AppConfig):
    """Backups: `manage.py backup` and `manage.py restore`, the database and media in one file."""

    name = "backups"
    verbose_name = _("Backups")
