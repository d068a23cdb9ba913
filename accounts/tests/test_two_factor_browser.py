"""An administrator's first sign-in, enrolment and later sign-ins, in a browser."""

from base64 import b32decode

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import TOTP

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "the-right-password-1"


def app_code(secret: str, steps_ahead: int = 0) -> str:
    """What an authenticator app given `secret` shows (a step later: each code works once)."""
    totp = TOTP(b32decode(secret.replace(" ", "")), drift=steps_ahead)
    return f"{totp.token():06d}"


def sign_in(page, live_server):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")


def test_an_administrator_enrols_then_signs_in_with_a_code_or_a_recovery_code_once(
    browser, live_server, settings
):
    settings.ACCOUNTS_TWO_FACTOR_REQUIRED = True
    get_user_model().objects.create_superuser("chief", "chief@example.com", PASSWORD)
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda error: problems.append(str(error)))

    sign_in(page, live_server)
    page.wait_for_url("**/admin/two-factor/enrol/**")
    qr = page.locator("img[src$='qr.svg']")
    qr.evaluate("img => img.decode()")
    assert qr.evaluate("img => img.naturalWidth") > 0
    secret = page.inner_text("[data-accounts-secret]")
    page.fill("#id_code", app_code(secret))
    page.click("form.login-form button[type=submit]")
    page.wait_for_selector("[data-accounts-recovery-codes]")
    codes = page.locator("[data-accounts-recovery-codes] code").all_inner_texts()
    assert len(codes) == 10
    page.click("[data-accounts-continue]")
    page.wait_for_url("**/admin/")
    assert "Dashboard" in page.title()

    # Signed out, the password alone no longer opens the admin: the app's next code does.
    page.context.clear_cookies()
    sign_in(page, live_server)
    page.wait_for_url("**/admin/two-factor/verify/**")
    page.fill("#id_code", app_code(secret, steps_ahead=1))
    page.click("form.login-form button[type=submit]")
    page.wait_for_url("**/admin/")

    # A recovery code instead of the app's, once.
    for attempt in ("first", "second"):
        page.context.clear_cookies()
        sign_in(page, live_server)
        page.fill("#id_code", codes[0])
        page.click("form.login-form button[type=submit]")
        page.wait_for_load_state()
        if attempt == "first":
            page.wait_for_url("**/admin/")
            assert "Dashboard" in page.title()
        else:
            assert "/admin/two-factor/verify/" in page.url
            assert "That code is not right" in page.content()
    assert problems == []
    context.close()
