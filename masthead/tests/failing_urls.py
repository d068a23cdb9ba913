"""The site's URLs and two views that fail, for the logging tests.

Each raises with `?message=` as the exception's message.
"""

from django.db import OperationalError
from django.http import HttpRequest, HttpResponse
from django.urls import path

from masthead import urls


def fails(request: HttpRequest) -> HttpResponse:
    raise ValueError(request.GET["message"])


def database_fails(request: HttpRequest) -> HttpResponse:
    raise OperationalError(request.GET["message"])


urlpatterns = [
    path("fails/", fails),
    path("database-fails/", database_fails),
    *urls.urlpatterns,
]
handler500 = "masthead.views.server_error"
