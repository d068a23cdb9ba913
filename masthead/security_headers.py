"""Security headers the app adds beyond Django's and django-csp's own.

- Permissions-Policy on every response (settings.PERMISSIONS_POLICY); nginx sends the same
  on the files it serves itself (bin/nginx_conf.py).
- The admin's own Content-Security-Policy (settings.ADMIN_CONTENT_SECURITY_POLICY, with
  ADMIN_EDITING_CSP_ADDITIONS behind the login) in place of the reader site's.
- X-Frame-Options saying what the policy's frame-ancestors says.
"""

from collections.abc import Callable

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

# What each frame-ancestors source list means in X-Frame-Options, for browsers without CSP.
FRAME_OPTIONS = {("'none'",): "DENY", ("'self'",): "SAMEORIGIN"}


def permissions_policy() -> str:
    """The header's value: `camera=(), fullscreen=(self "https://…")`."""
    return ", ".join(
        f"{feature}=({' '.join(origins)})"
        for feature, origins in settings.PERMISSIONS_POLICY.items()
    )


class PermissionsPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]):
        self.get_response = get_response
        self.value = permissions_policy()

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.value)
        return response


def is_admin(request: HttpRequest) -> bool:
    return request.path_info.startswith(settings.ADMIN_URL_PREFIX)


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, giving the admin its own policy: the reader site's forbids
    the inline scripts Wagtail's admin still writes (see settings.ADMIN_CONTENT_SECURITY_POLICY)."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if is_admin(request) and not report_only and parts.config is None:
            directives = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            if not request.path_info.startswith(tuple(settings.ADMIN_STRICT_CSP_PREFIXES)):
                additions = settings.ADMIN_EDITING_CSP_ADDITIONS
                directives = {
                    name: [*sources, *additions.get(name, [])]
                    for name, sources in directives.items()
                }
            parts.config = directives
        if getattr(request, "is_preview", False) and not report_only:
            # Wagtail renders a preview by passing a request for the page's own URL through
            # the middleware, so it gets the reader site's policy, which no page may frame;
            # the admin's preview panel must frame it (same origin only).
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        response = super().process_response(request, response)
        ancestors = self.frame_ancestors(request, response)
        # One answer to "who may frame this": X-Frame-Options follows the policy sent.
        if ancestors in FRAME_OPTIONS:
            response["X-Frame-Options"] = FRAME_OPTIONS[ancestors]
        return response

    @staticmethod
    def frame_ancestors(request: HttpRequest, response: HttpResponseBase) -> tuple[str, ...]:
        for directive in response.get("Content-Security-Policy", "").split(";"):
            name, _, sources = directive.strip().partition(" ")
            if name == "frame-ancestors":
                return tuple(sources.split())
        return ()
