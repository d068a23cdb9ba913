"""The page cache's front door: anonymous readers' hits answered before Django's handler.

A hit through AnonymousPageCacheMiddleware still pays for Django's request and
response objects, its signals and the middleware calls: most of a hit's cost, and
the difference between a few thousand and tens of thousands of pages a second per
machine during a spike (bench/run.py, "the app alone from its cache"). This wrapper
decides with the middleware's own rules and keys, and serves the response the
middleware stored, byte for byte; anything else goes to Django untouched.
"""

from collections.abc import Callable, Iterable
from http import HTTPStatus

from django.core.exceptions import SuspiciousOperation
from django.core.handlers.wsgi import WSGIRequest

from caching import store
from pagecache.middleware import NOT_MODIFIED_HEADERS, cacheable_request, not_modified

WSGIApplication = Callable[[dict, Callable], Iterable[bytes]]


class CachedPagesFirst:
    def __init__(self, application: WSGIApplication):
        self.application = application

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        stored = self.stored_page(environ) if environ.get("REQUEST_METHOD") == "GET" else None
        if stored is None:
            return self.application(environ, start_response)
        status, headers, content = stored
        headers = [*headers, ("X-Page-Cache", "HIT")]
        etag = next((value for name, value in headers if name == "ETag"), None)
        if not_modified(environ.get("HTTP_IF_NONE_MATCH", ""), etag):
            start_response("304 Not Modified", [h for h in headers if h[0] in NOT_MODIFIED_HEADERS])
            return []
        start_response(f"{status} {HTTPStatus(status).phrase}", headers)
        return [content]

    @staticmethod
    def stored_page(environ: dict) -> tuple | None:
        # A copy: WSGIRequest writes the decoded path back into what it is given, and
        # Django's handler must start from the server's environ as it came.
        request = WSGIRequest(environ.copy())
        try:
            if not cacheable_request(request):
                return None
            return store.lookup(store.key_for(request))
        except SuspiciousOperation:  # a bad host, too many fields: Django answers it (400)
            return None
        except store.CACHE_ERRORS:  # Django serves it, uncached, while the cache is away
            return None
