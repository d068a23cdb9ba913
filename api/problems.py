"""Errors as RFC 9457 problem details (application/problem+json), the API's only error shape.

Apps branch on `status` and on `type` (a stable URI per kind of problem); `detail` says in
plain words what was wrong, and a 400 names the query or path `field` at fault.
"""

import json

from django.http import HttpResponse
from ninja import Schema

PROBLEM_CONTENT_TYPE = "application/problem+json"
TYPE_BASE = "https://masthead.example/api/problems/"

TITLES = {
    400: "Bad request",
    404: "Not found",
    405: "Method not allowed",
    429: "Too many requests",
    500: "Internal server error",
}
TYPES = {
    400: "invalid-parameter",
    404: "not-found",
    405: "method-not-allowed",
    429: "rate-limited",
    500: "server-error",
}


class Problem(Schema):
    type: str
    title: str
    status: int
    detail: str
    # The query or path parameter at fault (400s only).
    field: str | None = None


# Every operation's error responses, for the OpenAPI document.
ERRORS = {400: Problem, 404: Problem, 405: Problem, 429: Problem}


def problem_response(
    status: int, detail: str, *, field: str | None = None, headers: dict | None = None
) -> HttpResponse:
    body = {
        "type": TYPE_BASE + TYPES[status],
        "title": TITLES[status],
        "status": status,
        "detail": detail,
    }
    if field is not None:
        body["field"] = field
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False), status=status, content_type=PROBLEM_CONTENT_TYPE
    )
    for name, value in (headers or {}).items():
        response[name] = value
    return response


class NotFound(Exception):
    """Raised by an operation for an id, slug or edition that names nothing readers may see."""

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


class InvalidParameter(Exception):
    """Raised by an operation for a parameter that parsed but means nothing (a forged cursor)."""

    def __init__(self, field: str, detail: str):
        super().__init__(detail)
        self.field = field
        self.detail = detail
