"""Every admin URL needs the second factor from those who have one, and from administrators.

After django-otp's OTPMiddleware, which tells whether this session passed the second
factor. A signed-in editor who has not is sent to the code step (or, an administrator
without an app, to set one up) from any admin URL: pages, the admin's API, previews.
Only signing in and out, the two-factor steps themselves and the static bits those pages
load are let through.
"""

from collections.abc import Callable
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse

from accounts.two_factor import is_enrolled, two_factor_required

OPEN_URL_NAMES = frozenset(
    {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
        "accounts_verify",
        "accounts_enrol",
        "accounts_enrol_qr",
    }
)


class TwoFactorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        redirect_to = self.step_required(request)
        if redirect_to:
            query = urlencode({"next": request.get_full_path()})
            return HttpResponseRedirect(f"{reverse(redirect_to)}?{query}")
        return self.get_response(request)

    @staticmethod
    def step_required(request: HttpRequest) -> str | None:
        """The name of the step this request must go through first, if any."""
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        try:
            if resolve(request.path_info).url_name in OPEN_URL_NAMES:
                return None
        except Resolver404:
            pass  # an unknown admin URL answers 404 only past the second factor
        if is_enrolled(user):
            return "accounts_verify"
        if two_factor_required(user):
            return "accounts_enrol"
        return None
