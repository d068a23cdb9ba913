from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutletConfig(AppConfig):
    """The outlet's identity, edited in the admin: name, logo, links, footer texts, time zone."""

    name = "outlet"
    verbose_name = _("Outlet")
