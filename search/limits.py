"""Per-client limits on searching (masthead.rate_limits), and what a client over one gets.

Only requests the page cache could not answer reach the views, so a limit counts the
searches that cost the engine work.
"""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from masthead.rate_limits import Verdict, take_for_request

WINDOW_SECONDS = 60
# A refusal must not be cached: the same URL is fine for the next reader.
NEVER_CACHE = "max-age=0, no-cache, no-store, must-revalidate, private"


def over_the_limit(request: HttpRequest, bucket: str, per_minute: int) -> Verdict | None:
    """The verdict when the client is over its limit for `bucket`; None when it may go on."""
    verdict = take_for_request(request, f"search-{bucket}", per_minute, WINDOW_SECONDS)
    return None if verdict.allowed else verdict


def _refusal_headers(verdict: Verdict) -> dict[str, str]:
    return {"Retry-After": str(verdict.retry_after), "Cache-Control": NEVER_CACHE}


def too_many_searches(request: HttpRequest, verdict: Verdict) -> HttpResponse:
    """The 429 page, in the reader's edition."""
    response = render(
        request, "search/too_many.html", {"retry_after": verdict.retry_after}, status=429
    )
    for name, value in _refusal_headers(verdict).items():
        response[name] = value
    return response


def too_many_suggestions(verdict: Verdict) -> JsonResponse:
    return JsonResponse(
        {
            "error": _("Too many searches from your connection. Try again in a minute."),
            "retry_after": verdict.retry_after,
        },
        status=429,
        headers=_refusal_headers(verdict),
    )
