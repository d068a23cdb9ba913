from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from readership import views


class ReadershipEndpointsMiddleware:
    """Answers the read beacon and the view counts before the rest of the middleware.

    They carry no session, language or CSRF token and need no site or time-zone
    lookup, and a spike sends one beacon per reader per story: skipping that work
    is most of their cost (measured in bench/beacons.py). The same views are in
    the URLconf, so they work without this middleware too.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.endpoints: dict[str, Callable[[HttpRequest], HttpResponse]] | None = None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.endpoints is None:
            self.endpoints = {
                reverse("readership-read"): views.read,
                reverse("readership-views"): views.counts,
            }
        view = self.endpoints.get(request.path_info)
        return view(request) if view else self.get_response(request)
