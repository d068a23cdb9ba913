from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from wagtail.models import Site

from outlet.models import OutletSettings


class OutletTimeZoneMiddleware:
    """Activates the outlet's time zone (from its site settings) for every request.

    Readers see dates in the newsroom's zone, and Wagtail's admin uses it for
    editors who have not chosen a zone of their own in their profile.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if Site.find_for_request(request) is not None:
            timezone.activate(OutletSettings.for_request(request).zone)
        else:
            timezone.deactivate()
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
