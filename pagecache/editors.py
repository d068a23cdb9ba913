"""Who may bypass the page caches: editors, recognised by a cookie only the site can make.

Anyone can send a cookie named `sessionid`, so its presence alone must not skip the
caches (a made-up one would turn every hit into a render). The site gives editors a
second cookie whose value is derived from SECRET_KEY; nginx compares it with the value
written into its configuration, and the app then checks the session itself.
"""

import hashlib
import hmac
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

EDITOR_COOKIE = "masthead_editor"


def editor_bypass_token() -> str:
    """The editor cookie's value: the same on every app server, unknown to anyone without
    SECRET_KEY, and changed by rotating it."""
    return hmac.new(
        settings.SECRET_KEY.encode(), b"masthead.pagecache.editor-bypass", hashlib.sha256
    ).hexdigest()


class EditorCookieMiddleware:
    """Gives a logged-in editor the editor cookie, and takes it back at logout.

    Without it nginx answers editors from its cache like readers: they would not see a
    page restricted to logged-in users, nor a change before nginx's copy is refreshed.
    Only requests that read the session (or send an editor cookie) are looked at, so
    readers' requests cost nothing here. After AuthenticationMiddleware.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        sent = request.COOKIES.get(EDITOR_COOKIE)
        # Reading the session of a request that did not (a page for a made-up sessionid)
        # would make SessionMiddleware delete the cookie, and nginx keeps no response that
        # sets one: every such request would then be a render. Logging in and out, and
        # every admin page, read it.
        session = getattr(request, "session", None)
        if sent is None and not (session is not None and session.accessed):
            return response
        user = getattr(request, "user", None)
        is_editor = bool(
            user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin")
        )
        if is_editor and sent != editor_bypass_token():
            response.set_cookie(
                EDITOR_COOKIE,
                editor_bypass_token(),
                max_age=settings.SESSION_COOKIE_AGE,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        elif not is_editor and sent is not None:
            response.delete_cookie(EDITOR_COOKIE, samesite="Lax")
        return response
