"""The site's URLs and two views that fail, for the logging tests.

Each raises with the path's last part as the exception's message (a query parameter
would not reach it: the page cache hands pages only the parameters they read).
"""

from django.db import OperationalError
from django.http import HttpRequest, HttpResponse
from django.urls import path

from masthead import urls


def fails(request: HttpRequest, message: str) -> HttpResponse:
    raise ValueError(message)


def database_fails(request: HttpRequest, message: str) -> HttpResponse:
    raise OperationalError(message)


urlpatterns = [
    path("fails/<str:message>/", fails),
    path("database-fails/<str:message>/", database_fails),
    *urls.urlpatterns,
]
handler500 = "masthead.views.server_error"
