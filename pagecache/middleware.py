import hmac
from collections.abc import Callable
from contextlib import suppress
from importlib import import_module
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.cache import patch_cache_control, set_response_etag
from django.utils.http import http_date, parse_etags

from caching import store
from pagecache.editors import EDITOR_COOKIE, editor_bypass_token

# Never cached: the newsroom, files Django or the proxy serve, the live view counts, and
# requests that carry an editor's session or credentials.
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/readership/")
CDN_SECONDS = 300


def cacheable_request(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(SKIPPED_PREFIXES)
        and "HTTP_AUTHORIZATION" not in request.META
        # Left to SecurityMiddleware (after this one), which redirects it to HTTPS.
        and not (settings.SECURE_SSL_REDIRECT and not request.is_secure())
        and not from_an_editor(request)
    )


def from_an_editor(request: HttpRequest) -> bool:
    """Whether a logged-in editor sent the request: the editor cookie, and a real session.

    Anyone can send a `sessionid`, so a made-up one must get the cached page at full speed:
    only a request carrying the editor cookie's token (which only the site can make) pays
    for looking its session up.
    """
    token = request.COOKIES.get(EDITOR_COOKIE)
    if token is None or not hmac.compare_digest(
        token.encode(errors="replace"), editor_bypass_token().encode()
    ):
        return False
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not session_key:
        return False
    try:
        session = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
        return session.get(SESSION_KEY) is not None
    except (DatabaseError, *store.CACHE_ERRORS):  # the token is genuine: let Django answer
        return True


def keep_only_cached_parameters(request: HttpRequest) -> None:
    """Hand the page only the query parameters its cache key has (store.kept_query), so a
    tracking or made-up parameter cannot change what is rendered under that key."""
    query_string = urlencode(store.kept_query(request))
    if query_string != request.META.get("QUERY_STRING", ""):
        request.META["QUERY_STRING"] = query_string
        request.GET = QueryDict(query_string)


def cacheable_response(response: HttpResponse) -> bool:
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in control
        and "no-store" not in control
        and "no-cache" not in control
    )


# What a 304 repeats of the page it stands for.
NOT_MODIFIED_HEADERS = ("ETag", "Cache-Control", "Vary", "X-Page-Cache")


def not_modified(if_none_match: str, etag: str | None) -> bool:
    """Whether a request's If-None-Match already names the page's ETag."""
    if not if_none_match:
        return False
    etags = parse_etags(if_none_match)
    return bool(etag) and (etag in etags or "*" in etags)


class AnonymousPageCacheMiddleware:
    """Answers anonymous readers from the cache before any other work, database included.

    Wagtail's and Django's own caches (`{% wagtailcache %}`, `cache_page`) would still
    run the middleware stack and the site lookups; readers during a spike need the
    shortest path. Pages leave the cache when a story they show changes (see
    pagecache.invalidation), so they can be kept for long.

    First in MIDDLEWARE, so what it stores is the whole response, security headers
    included: pagecache.wsgi answers hits with it before Django handles the request.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not cacheable_request(request):
            return self.get_response(request)
        try:
            key = store.key_for(request)
            response = store.load(key)
        except store.CACHE_ERRORS:  # the cache (Redis) is away: serve, uncached, meanwhile
            keep_only_cached_parameters(request)
            return self.get_response(request)
        if response is not None:
            response["X-Page-Cache"] = "HIT"
        else:
            keep_only_cached_parameters(request)
            response = self.get_response(request)
            if not cacheable_response(response):
                return response
            set_response_etag(response)
            response["Last-Modified"] = http_date()
            # Browsers revalidate (a 304 from the cache); a CDN may keep a page for a few
            # minutes because the same invalidation purges it there (frontend_cache).
            patch_cache_control(response, public=True, max_age=0, s_maxage=CDN_SECONDS)
            with suppress(store.CACHE_ERRORS):  # served uncached; the next request tries again
                store.save(key, response)
            response["X-Page-Cache"] = "MISS"
        if not_modified(request.META.get("HTTP_IF_NONE_MATCH", ""), response.get("ETag")):
            not_modified_response = HttpResponse(status=304)
            for header in NOT_MODIFIED_HEADERS:
                if header in response:
                    not_modified_response[header] = response[header]
            return not_modified_response
        return response


class EditorCookieMiddleware:
    """Gives logged-in editors the cookie that takes them past the page caches, and takes it
    back from a browser whose session has ended (pagecache.editors). After
    AuthenticationMiddleware.

    The user is looked at only when the request carries the cookie or the view read the
    session (logging in or out, the admin): a reader's page must not read the session,
    which would add `Vary: Cookie` to what the caches store.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        carried = request.COOKIES.get(EDITOR_COOKIE)
        session = getattr(request, "session", None)
        if carried is None and not (session is not None and session.accessed):
            return response
        user = getattr(request, "user", None)
        editor = bool(
            user is not None
            and user.is_authenticated
            and user.has_perm("wagtailadmin.access_admin")
        )
        token = editor_bypass_token()
        # Sent wherever the session cookie is, since the bypass needs both.
        where = {"domain": settings.SESSION_COOKIE_DOMAIN, "path": settings.SESSION_COOKIE_PATH}
        if editor and carried != token:
            response.set_cookie(
                EDITOR_COOKIE,
                token,
                max_age=settings.SESSION_COOKIE_AGE,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
                **where,
            )
        elif not editor and carried is not None:
            response.delete_cookie(EDITOR_COOKIE, samesite="Lax", **where)
        return response
