from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The read-only JSON API of /api/v1/ for the outlet's apps."""

    name = "api"
    verbose_name = _("API")

    def ready(self) -> None:
        # The API's lists join the page cache's (pagecache.invalidation) from here, so the
        # content model and the page cache know nothing of the API.
        from api import lists, signal_handlers  # noqa: F401
