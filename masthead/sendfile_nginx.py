"""Documents sent by nginx after Wagtail's /documents/ view has checked who asks.

A document in a private collection must never be served from its file's URL: nginx
refuses /media/documents/ and sends a document's file only when the app answers with
`X-Accel-Redirect` to PROTECTED_MEDIA_URL, an `internal` location no client can ask for
(deploy/nginx/masthead.conf.template). Wagtail's serve view calls this backend
(SENDFILE_BACKEND) once its permission checks have passed; nginx streams the file, so a
worker is busy for a lookup, not for the download.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import HttpRequest, HttpResponse

PROTECTED_MEDIA_URL = "/protected-media/"


class AcceleratedResponse(HttpResponse):
    """An empty response that keeps no Content-Length but its own (0).

    Wagtail's sendfile() sets Content-Length to the file's size after the backend
    returns; the body here is empty, and an app server told to send bytes it never gets
    closes the connection (nginx: "upstream prematurely closed connection", a 502).
    nginx gives the client the file's own length."""

    def __setitem__(self, header: str, value) -> None:
        if header.lower() != "content-length":
            super().__setitem__(header, value)


def sendfile(request: HttpRequest, filename: str, **kwargs) -> HttpResponse:
    response = AcceleratedResponse(content_type=kwargs.get("mimetype"))
    relative = Path(filename).resolve().relative_to(Path(settings.MEDIA_ROOT).resolve())
    response["X-Accel-Redirect"] = PROTECTED_MEDIA_URL + quote(relative.as_posix())
    # The same answer is not for everyone: no shared cache (a CDN) may keep it.
    response["Cache-Control"] = "private"
    return response
