from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The read-only JSON API of /api/v1/ for the outlet's apps."""

    name = "api"
    verbose_name = _("API")
