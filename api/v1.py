"""Version 1 of the API: Django Ninja's routers, with every error as a problem (RFC 9457)."""

import logging

from django.http import Http404, HttpRequest
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

from api import editions, rankings, stories
from api.problems import PROBLEM_CONTENT_TYPE, InvalidParameter, NotFound, problem_response

logger = logging.getLogger("api")


class MastheadAPI(NinjaAPI):
    def get_openapi_schema(self, *args, **kwargs):
        """Ninja's document, with errors under the media type they are served as."""
        schema = super().get_openapi_schema(*args, **kwargs)
        for operations in schema["paths"].values():
            for operation in operations.values():
                for status, response in operation.get("responses", {}).items():
                    content = response.get("content", {})
                    if int(status) >= 400 and "application/json" in content:
                        content[PROBLEM_CONTENT_TYPE] = content.pop("application/json")
        return schema


api = MastheadAPI(
    title="Masthead API",
    version="1",
    description=(
        "Read-only JSON for the outlet's apps. v1 changes only by adding; removals come "
        "as v2. No authentication. Errors are application/problem+json."
    ),
    urls_namespace="api_v1",
    docs_url="/docs/",
    openapi_url="/openapi.json",
)
api.add_router("/editions/", editions.router)
api.add_router("/", stories.router)
api.add_router("/", rankings.router)


@api.exception_handler(ValidationError)
def invalid_parameter(request: HttpRequest, error: ValidationError):
    first = error.errors[0] if error.errors else {}
    location = [str(part) for part in first.get("loc", ())]
    # ("query", "limit") or ("path", "section_id"); Ninja nests a query schema's name too.
    field = location[-1] if location else None
    if location == ["path", "edition"]:
        return problem_response(404, "There is no such edition.")
    message = first.get("msg", "Invalid value")
    return problem_response(400, f"{field}: {message}." if field else message, field=field)


@api.exception_handler(InvalidParameter)
def meaningless_parameter(request: HttpRequest, error: InvalidParameter):
    return problem_response(400, error.detail, field=error.field)


@api.exception_handler(NotFound)
def not_found(request: HttpRequest, error: NotFound):
    return problem_response(404, error.detail)


@api.exception_handler(Http404)
def http_not_found(request: HttpRequest, error: Http404):
    return problem_response(404, "Nothing is here.")


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, error: HttpError):
    if error.status_code in (400, 404, 405, 429):
        return problem_response(error.status_code, str(error))
    return problem_response(500, "The API could not answer; the error was logged.")


@api.exception_handler(Exception)
def unexpected(request: HttpRequest, error: Exception):
    logger.exception("API request %s failed", request.path)
    return problem_response(500, "The API could not answer; the error was logged.")
