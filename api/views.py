"""What every API URL does around Ninja's operations: CORS, the rate limit, and JSON
problems where Django would answer with HTML (an unknown path, a wrong method)."""

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from api.problems import problem_response
from masthead.rate_limits import take_for_request

ALLOWED_METHODS = "GET, HEAD, OPTIONS"
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": ALLOWED_METHODS,
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After",
}
PREFLIGHT_SECONDS = 86400


def with_cors(response: HttpResponse, request: HttpRequest) -> HttpResponse:
    for name, value in CORS_HEADERS.items():
        response[name] = value
    request.urlconf = "api.root_urls"  # a 404 stays a 404 (see api.root_urls)
    return response


def api_view(view: Callable) -> Callable:
    """Wraps one of Ninja's URL views. No cookie is read or set and the session is never
    touched, so the page cache keeps every answer (no Vary: Cookie)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method == "OPTIONS":  # a browser's CORS preflight
            response = with_cors(HttpResponse(status=204), request)
            response["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since"
            response["Access-Control-Max-Age"] = str(PREFLIGHT_SECONDS)
            return response
        if request.method not in ("GET", "HEAD"):
            return method_not_allowed(request)
        request.method = "GET"  # HEAD: the same answer, whose body the server leaves out
        verdict = take_for_request(
            request, "api", settings.API_REQUESTS_PER_WINDOW, settings.API_WINDOW_SECONDS
        )
        if not verdict.allowed:
            return with_cors(
                problem_response(
                    429,
                    f"Too many requests from this client; try again in {verdict.retry_after} s.",
                    headers={"Retry-After": str(verdict.retry_after)},
                ),
                request,
            )
        return with_cors(view(request, *args, **kwargs), request)

    wrapped.csrf_exempt = True  # read-only, no cookies: nothing to forge
    return wrapped


def method_not_allowed(request: HttpRequest) -> HttpResponse:
    response = problem_response(
        405, f"{request.method} is not allowed here; the API is read-only ({ALLOWED_METHODS})."
    )
    response["Allow"] = ALLOWED_METHODS
    return with_cors(response, request)


def not_found(request: HttpRequest, path: str = "") -> HttpResponse:
    """Any other path under /api/: a JSON 404, not the reader site's HTML page."""
    if request.method == "OPTIONS":
        return with_cors(HttpResponse(status=204), request)
    return with_cors(problem_response(404, f"There is no API resource at {request.path}."), request)
