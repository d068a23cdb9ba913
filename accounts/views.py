"""The two-factor steps (code, enrolment) and the account page to manage them.

The steps render like Wagtail's sign-in page; nothing in them is inline script or style.
Pages that show a secret or recovery codes are never cached.
"""

import io
from base64 import b32encode
from urllib.parse import urlencode

import django_otp
import segno
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import permission_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts import two_factor
from accounts.forms import CodeForm


def _next_url(request: HttpRequest) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


def _throttled_message(device) -> str | None:
    allowed, details = device.verify_is_allowed()
    if allowed:
        return None
    locked_until = (details or {}).get("locked_until")
    seconds = 1
    if locked_until is not None:
        seconds = max(1, int((locked_until - timezone.now()).total_seconds()) + 1)
    return ngettext(
        "Too many wrong codes. Wait %(seconds)d second and try again.",
        "Too many wrong codes. Wait %(seconds)d seconds and try again.",
        seconds,
    ) % {"seconds": seconds}


def _check_code(user, code: str):
    """(the device that accepted `code`, or None; a message why not).

    Six digits are checked against the authenticator app, anything else against the
    recovery codes. Each device throttles its own failures (1, 2, 4, 8 … seconds before
    the next try), so guessing either is hopeless.
    """
    if code.isdigit() and len(code) == 6:
        device = two_factor.confirmed_app_device(user)
    else:
        device = two_factor.recovery_device(user)
    if device is None:
        return None, _("That code is not right. Try again.")
    throttled = _throttled_message(device)
    if throttled:
        return None, throttled
    device = django_otp.verify_token(user, device.persistent_id, code)
    if device is None:
        return None, _("That code is not right. Try again.")
    return device, None


@never_cache
def verify(request: HttpRequest) -> HttpResponse:
    user = request.user
    if user.is_verified():
        return redirect(_next_url(request))
    if not two_factor.is_enrolled(user):
        return redirect(reverse("accounts_enrol") + "?" + urlencode({"next": _next_url(request)}))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device, error = _check_code(user, form.cleaned_data["code"])
        if device is not None:
            django_otp.login(request, device)
            if device.__class__.__name__ == "StaticDevice":
                left = device.token_set.count()
                messages.warning(
                    request,
                    ngettext(
                        "You signed in with a recovery code; %(count)d is left.",
                        "You signed in with a recovery code; %(count)d are left.",
                        left,
                    )
                    % {"count": left},
                )
            return redirect(_next_url(request))
        form.add_error("code", error)
    return TemplateResponse(
        request, "accounts/verify.html", {"form": form, "next": _next_url(request)}
    )


def _enrolment_allowed(request: HttpRequest) -> bool:
    """Only a session that passed the second factor may replace it: with the password
    alone, an enrolled account goes to the code step, never here."""
    return request.user.is_verified() or not two_factor.is_enrolled(request.user)


@never_cache
def enrol(request: HttpRequest) -> HttpResponse:
    if not _enrolment_allowed(request):
        return redirect(reverse("accounts_verify") + "?" + urlencode({"next": _next_url(request)}))
    device = two_factor.pending_app_device(request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        throttled = _throttled_message(device)
        if throttled:
            form.add_error("code", throttled)
        elif device.verify_token(form.cleaned_data["code"]):
            codes = two_factor.confirm_app_device(device)
            django_otp.login(request, device)
            return _recovery_codes_page(request, codes)
        else:
            form.add_error("code", _("That code is not right. Try again."))
    secret = b32encode(device.bin_key).decode()
    return TemplateResponse(
        request,
        "accounts/enrol.html",
        {
            "form": form,
            "next": _next_url(request),
            "secret_groups": [secret[i : i + 4] for i in range(0, len(secret), 4)],
            "required": two_factor.two_factor_required(request.user),
        },
    )


@never_cache
def enrol_qr(request: HttpRequest) -> HttpResponse:
    """The pending app's otpauth:// URL as a QR code, drawn here (no outside service)."""
    if not _enrolment_allowed(request):
        raise Http404
    device = two_factor.pending_app_device(request.user)
    svg = io.BytesIO()
    segno.make(device.config_url, error="m").save(svg, kind="svg", scale=5, border=2)
    return HttpResponse(svg.getvalue(), content_type="image/svg+xml")


def _recovery_codes_page(request: HttpRequest, codes: list[str]) -> HttpResponse:
    return TemplateResponse(
        request, "accounts/recovery_codes.html", {"codes": codes, "next": _next_url(request)}
    )


@never_cache
def manage(request: HttpRequest) -> HttpResponse:
    user = request.user
    recovery = two_factor.recovery_device(user)
    return TemplateResponse(
        request,
        "accounts/manage.html",
        {
            "enrolled": two_factor.is_enrolled(user),
            "required": two_factor.two_factor_required(user),
            "codes_left": recovery.token_set.count() if recovery else 0,
        },
    )


@never_cache
@require_POST
def new_recovery_codes(request: HttpRequest) -> HttpResponse:
    if not (request.user.is_verified() and two_factor.is_enrolled(request.user)):
        return redirect("accounts_manage")
    return _recovery_codes_page(request, two_factor.new_recovery_codes(request.user))


@require_POST
def turn_off(request: HttpRequest) -> HttpResponse:
    if two_factor.two_factor_required(request.user):
        messages.error(request, _("Administrators cannot turn two-factor authentication off."))
    else:
        two_factor.remove_devices(request.user)
        messages.success(request, _("Two-factor authentication is off for your account."))
    return redirect("accounts_manage")


@permission_required("auth.change_user", raise_exception=True)
def reset(request: HttpRequest, user_id: int) -> HttpResponse:
    """An administrator's way back in for an editor who lost their phone and codes."""
    editor = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        two_factor.remove_devices(editor)
        messages.success(
            request,
            _("Two-factor authentication was reset for %(name)s.")
            % {"name": editor.get_username()},
        )
        return redirect("wagtailusers_users:index")
    return TemplateResponse(
        request,
        "accounts/reset.html",
        {"editor": editor, "enrolled": two_factor.is_enrolled(editor)},
    )
