"""The readership endpoints: the read beacon and the current view counts.

Both answer JSON, errors included, and are never cached: the article page around
them may come from a cache or a CDN, these numbers must not.
"""

import json
from collections.abc import Callable
from functools import wraps

from django.db import DatabaseError
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from readership.counting import Outcome, count_read, current_views, stored_views

MAX_BODY_BYTES = 1024
MAX_IDS = 50
MAX_ID = 2**63 - 1  # the database's bigint


# What add_never_cache_headers() writes, without parsing and dating it on every beacon.
NEVER_CACHE = "max-age=0, no-cache, no-store, must-revalidate, private"


def json_response(data: dict, status: int = 200, **headers: str) -> JsonResponse:
    return JsonResponse(data, status=status, headers={"Cache-Control": NEVER_CACHE, **headers})


def error(status: int, message: str, **headers: str) -> JsonResponse:
    return json_response({"error": message}, status=status, **headers)


def answers_json_when_the_database_is_away(
    view: Callable[[HttpRequest], JsonResponse],
) -> Callable[[HttpRequest], JsonResponse]:
    @wraps(view)
    def wrapper(request: HttpRequest) -> JsonResponse:
        try:
            return view(request)
        except DatabaseError:
            return error(503, "Counting is unavailable; try again shortly.", **{"Retry-After": "5"})

    return wrapper


def _article_id_from_body(request: HttpRequest) -> int | None:
    try:
        payload = json.loads(request.body)
    except (ValueError, UnicodeDecodeError):
        return None
    article_id = payload.get("article") if isinstance(payload, dict) else None
    if isinstance(article_id, bool) or not isinstance(article_id, int):
        return None
    if not 1 <= article_id <= MAX_ID:
        return None
    return article_id


@csrf_exempt  # no cookies, no session: nothing for a forged request to ride on
@answers_json_when_the_database_is_away
def read(request: HttpRequest) -> JsonResponse:
    """POST {"article": id} once the article has been shown to a person."""
    if request.method != "POST":
        return error(405, "Use POST.", Allow="POST")
    # Browsers mark requests another site makes; those must not inflate our counts.
    if request.META.get("HTTP_SEC_FETCH_SITE", "same-origin") not in ("same-origin", "none"):
        return error(403, "Cross-site reads are not counted.")
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return error(400, "Bad Content-Length.")
    if length > MAX_BODY_BYTES:
        return error(413, "The body is too large.")
    article_id = _article_id_from_body(request)
    if article_id is None:
        return error(400, 'Send a JSON body like {"article": 123}.')
    stored = stored_views(article_id)
    if stored is None:
        return error(404, "No published article has this id.")
    outcome, views = count_read(request, article_id, stored)
    if outcome == Outcome.RATE_LIMITED:
        return error(429, "Too many reads from this client.", **{"Retry-After": "60"})
    counted = outcome == Outcome.COUNTED
    return json_response(
        {"article": article_id, "counted": counted, "views": views},
        status=202 if counted else 200,
    )


@answers_json_when_the_database_is_away
def counts(request: HttpRequest) -> JsonResponse:
    """GET ?ids=1,2,3: the current view counts of published articles, for the page to show."""
    if request.method not in ("GET", "HEAD"):
        return error(405, "Use GET.", Allow="GET, HEAD")
    raw = request.GET.get("ids", "")
    try:
        ids = sorted({int(part) for part in raw.split(",") if part})
    except ValueError:
        return error(400, "ids must be comma-separated article ids.")
    if not ids or len(ids) > MAX_IDS or ids[0] < 1 or ids[-1] > MAX_ID:
        return error(400, f"Ask for between 1 and {MAX_IDS} article ids.")
    views = current_views(ids)
    return json_response({"views": {str(article_id): n for article_id, n in views.items()}})
