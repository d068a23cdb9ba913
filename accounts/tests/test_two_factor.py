"""The second factor: who must have one, and what it guards."""

from base64 import b32encode
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import two_factor
from accounts.tests.codes import app_code

pytestmark = pytest.mark.django_db

PASSWORD = "the-right-password-1"


@pytest.fixture(autouse=True)
def required(settings):
    settings.ACCOUNTS_TWO_FACTOR_REQUIRED = True


@pytest.fixture
def administrator():
    return get_user_model().objects.create_superuser("chief", "chief@example.com", PASSWORD)


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user("editor", "editor@example.com", PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def enrolled(user) -> tuple[TOTPDevice, list[str]]:
    device = two_factor.pending_app_device(user)
    return device, two_factor.confirm_app_device(device)


def sign_in(client, user):
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    return response


def verify(client, code):
    return client.post("/admin/two-factor/verify/", {"code": code, "next": "/admin/pages/"})


def test_an_administrator_without_an_app_is_sent_to_set_one_up(client, administrator):
    sign_in(client, administrator)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response.url.startswith("/admin/two-factor/enrol/")


def test_the_admins_api_is_guarded_too(client, administrator):
    sign_in(client, administrator)

    response = client.get("/admin/api/main/pages/")

    assert response.status_code == 302
    assert response.url.startswith("/admin/two-factor/enrol/")


def test_a_user_who_may_manage_accounts_counts_as_an_administrator(client, editor):
    editor.user_permissions.add(Permission.objects.get(codename="change_user"))

    sign_in(client, editor)

    assert client.get("/admin/").url.startswith("/admin/two-factor/enrol/")


def test_an_editor_without_an_app_uses_the_admin_with_the_password(client, editor):
    sign_in(client, editor)

    assert client.get("/admin/").status_code == 200


def test_enrolling_shows_the_secret_and_a_qr_code_drawn_here(client, administrator):
    sign_in(client, administrator)

    page = client.get("/admin/two-factor/enrol/").content.decode()
    qr = client.get("/admin/two-factor/enrol/qr.svg")

    device = TOTPDevice.objects.get(user=administrator, confirmed=False)
    secret = b32encode(device.bin_key).decode()
    assert secret[:4] + " " + secret[4:8] in page
    assert qr["Content-Type"] == "image/svg+xml" and b"<svg xmlns=" in qr.content
    assert "no-store" in qr["Cache-Control"]


def test_confirming_the_app_shows_ten_recovery_codes_once_and_opens_the_admin(
    client, administrator
):
    sign_in(client, administrator)
    client.get("/admin/two-factor/enrol/")
    device = TOTPDevice.objects.get(user=administrator)

    response = client.post("/admin/two-factor/enrol/", {"code": app_code(device)})

    codes = set(
        StaticToken.objects.filter(device__user=administrator).values_list("token", flat=True)
    )
    assert len(codes) == 10 and all(code in response.content.decode() for code in codes)
    assert TOTPDevice.objects.get(pk=device.pk).confirmed
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_does_not_confirm_the_app(client, administrator):
    sign_in(client, administrator)
    client.get("/admin/two-factor/enrol/")
    device = TOTPDevice.objects.get(user=administrator)

    response = client.post(
        "/admin/two-factor/enrol/", {"code": str((int(app_code(device)) + 1) % 10**6).zfill(6)}
    )

    assert "That code is not right" in response.content.decode()
    assert not TOTPDevice.objects.get(pk=device.pk).confirmed
    assert client.get("/admin/").status_code == 302


def test_an_enrolled_editor_must_give_the_code_before_any_admin_page(client, editor):
    enrolled(editor)
    sign_in(client, editor)

    response = client.get("/admin/pages/")

    assert response.status_code == 302
    assert response.url.startswith("/admin/two-factor/verify/")


def test_the_right_code_opens_the_admin_at_the_page_asked_for(client, administrator):
    device, _ = enrolled(administrator)
    sign_in(client, administrator)

    response = verify(client, app_code(device))

    assert (response.status_code, response.url) == (302, "/admin/pages/")
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused(client, administrator):
    device, _ = enrolled(administrator)
    sign_in(client, administrator)

    response = verify(client, "000000" if app_code(device) != "000000" else "111111")

    assert "That code is not right" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_a_recovery_code_works_once(client, administrator):
    _, codes = enrolled(administrator)
    sign_in(client, administrator)
    assert verify(client, codes[0].upper()).status_code == 302
    client.post("/admin/logout/")
    sign_in(client, administrator)

    again = verify(client, codes[0])

    assert "That code is not right" in again.content.decode()
    assert StaticToken.objects.filter(device__user=administrator).count() == 9


def test_right_after_a_wrong_code_even_the_right_one_is_refused(client, administrator):
    device, _ = enrolled(administrator)
    sign_in(client, administrator)
    verify(client, "000001")

    response = verify(client, app_code(device))

    assert "Too many wrong codes" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_each_wrong_code_doubles_the_wait_before_the_next_try(client, administrator):
    device, _ = enrolled(administrator)
    sign_in(client, administrator)
    for guess in range(1, 11):
        device.refresh_from_db()
        if device.throttling_failure_timestamp:  # each guess made once the wait is over
            device.throttling_failure_timestamp -= timedelta(days=1)
            device.save()
        verify(client, f"{guess:06d}")

    response = verify(client, app_code(device))

    assert "Wait 512 seconds" in response.content.decode()  # 1, 2, 4, ... 2**9 s


def test_after_the_wait_the_right_code_is_accepted(client, administrator):
    device, _ = enrolled(administrator)
    sign_in(client, administrator)
    verify(client, "000001")
    device.refresh_from_db()
    device.throttling_failure_timestamp = timezone.now() - timedelta(seconds=2)
    device.save()

    assert verify(client, app_code(device)).status_code == 302


def test_with_the_password_alone_an_enrolled_account_cannot_set_up_another_app(
    client, administrator
):
    device, _ = enrolled(administrator)
    sign_in(client, administrator)

    enrol = client.get("/admin/two-factor/enrol/")
    qr = client.get("/admin/two-factor/enrol/qr.svg")

    assert enrol.url.startswith("/admin/two-factor/verify/") and qr.status_code == 404
    assert list(TOTPDevice.objects.filter(user=administrator)) == [device]


def test_an_administrator_cannot_turn_two_factor_off(client, administrator):
    device, _ = enrolled(administrator)
    sign_in(client, administrator)
    verify(client, app_code(device))

    client.post("/admin/two-factor/turn-off/")

    assert two_factor.is_enrolled(administrator)


def test_an_editor_may_turn_two_factor_off(client, editor):
    device, _ = enrolled(editor)
    sign_in(client, editor)
    verify(client, app_code(device))

    client.post("/admin/two-factor/turn-off/")

    assert not two_factor.is_enrolled(editor)


def test_an_administrator_resets_a_locked_out_editors_app(client, administrator, editor):
    device, _ = enrolled(administrator)
    enrolled(editor)
    sign_in(client, administrator)
    verify(client, app_code(device))

    response = client.post(f"/admin/two-factor/reset/{editor.pk}/")

    assert response.status_code == 302
    assert not two_factor.is_enrolled(editor)


def test_an_editor_cannot_reset_anyone(client, administrator, editor):
    enrolled(administrator)
    sign_in(client, editor)

    response = client.post(f"/admin/two-factor/reset/{administrator.pk}/")

    assert (response.status_code, response.url) == (302, "/admin/")  # Wagtail's "no permission"
    assert two_factor.is_enrolled(administrator)


def test_the_users_listing_offers_the_reset_for_an_enrolled_editor(client, administrator, editor):
    device, _ = enrolled(administrator)
    enrolled(editor)
    sign_in(client, administrator)
    verify(client, app_code(device))

    listing = client.get("/admin/users/").content.decode()

    assert f"/admin/two-factor/reset/{editor.pk}/" in listing


def test_an_editor_finds_two_factor_on_their_account_page(client, editor):
    sign_in(client, editor)

    account = client.get("/admin/account/").content.decode()
    page = client.get("/admin/two-factor/").content.decode()

    assert "/admin/two-factor/" in account
    assert "/admin/two-factor/enrol/" in page
