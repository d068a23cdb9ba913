import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """The 404 page, rendered with the request so it shows the edition's language and navigation.

    Django's default handler renders 404.html without the request, so the
    header's edition links and the footer's texts would be missing.
    """
    return render(request, "404.html", status=404)


DATABASE_UNREACHABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page, or a 503 "back soon" page when the database cannot be reached.

    Rendered without the request context on purpose: it must not touch the
    database (no site, no settings, no menus) because that may be what failed.
    """
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_UNREACHABLE):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponse(loader.render_to_string("500.html"), status=500)
