"""Editors' sessions end after a working day without a request, however long ago they logged in.

A session's expiry is fixed when it is saved: SESSION_COOKIE_AGE from then. Saving it again is
what moves the expiry on, so the middleware below saves a working editor's session again every
few minutes. Django's SESSION_SAVE_EVERY_REQUEST would do it on every request, and on every
request that carries a stale or made-up session cookie too: readers' requests would write to
(or fail on) the session store, and their pages would get a Set-Cookie no cache may keep.
"""

import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

# When the session last had its expiry moved on (seconds since the epoch), in its own data.
SEEN_KEY = "masthead_seen"
# How stale that may get: a session ends between SESSION_COOKIE_AGE minus this and
# SESSION_COOKIE_AGE after the editor's last request, at the cost of one write per this long.
REFRESH_SECONDS = 5 * 60


class IdleSessionExpiryMiddleware:
    """Keeps a logged-in user's session SESSION_COOKIE_AGE from their latest request.

    Only a session the request has read already (the admin, logging in, an editor's cookie on
    the reader site) is looked at: a reader's page never reads the session (see
    pagecache.middleware), and readers have none. After AuthenticationMiddleware.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is None or not session.accessed:
            return response
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return response
        now = time.time()
        if now - session.get(SEEN_KEY, 0) >= REFRESH_SECONDS:
            # A change to the session: SessionMiddleware saves it, with its expiry and the
            # cookie's both SESSION_COOKIE_AGE from now.
            session[SEEN_KEY] = now
        return response
