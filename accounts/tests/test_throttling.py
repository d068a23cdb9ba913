"""Signing in to the admin is throttled per account and address, and per address."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

PASSWORD = "the-right-password-1"
HERE, ELSEWHERE = "198.51.100.7", "203.0.113.9"
LOCKED = "Too many failed sign-in attempts"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("editor", password=PASSWORD, is_superuser=True)


def sign_in(client, username="editor", password=PASSWORD, address=HERE, **headers):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def fail(client, times, username="editor", address=HERE):
    for _ in range(times):
        response = sign_in(client, username, "wrong", address)
        assert response.status_code in (200, 429)


def pass_time(minutes):
    """What the clock moving on does to the counted failures."""
    for attempt in AccessAttempt.objects.all():
        attempt.attempt_time -= timedelta(minutes=minutes)
        attempt.save(update_fields=["attempt_time"])


def test_after_five_wrong_passwords_the_right_one_is_refused_with_a_message(client, editor):
    fail(client, 5)

    response = sign_in(client)

    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert "15 minutes" in response.content.decode()
    assert 'name="username"' in response.content.decode()  # Wagtail's sign-in page
    assert not signed_in(client)


def test_four_wrong_passwords_still_let_the_right_one_in(client, editor):
    fail(client, 4)

    assert sign_in(client).status_code == 302
    assert signed_in(client)


def test_a_locked_account_still_signs_in_from_another_address(client, editor):
    fail(client, 5)

    assert sign_in(client, address=ELSEWHERE).status_code == 302
    assert signed_in(client)


def test_the_lock_ends_by_itself_after_the_cool_off(client, editor):
    fail(client, 5)
    pass_time(minutes=16)

    assert sign_in(client).status_code == 302


def test_tries_during_the_lock_do_not_make_it_last_longer(client, editor):
    fail(client, 5)
    pass_time(minutes=10)
    fail(client, 3)  # refused, and not counted
    pass_time(minutes=6)

    assert sign_in(client).status_code == 302


def test_a_successful_sign_in_resets_the_count(client, editor):
    fail(client, 4)
    assert sign_in(client).status_code == 302
    client.logout()
    fail(client, 4)

    assert sign_in(client).status_code == 302


def test_twenty_failures_from_one_address_refuse_every_account_there(client, editor):
    for number in range(5):
        fail(client, 4, username=f"guess{number}")

    assert sign_in(client).status_code == 429
    assert sign_in(client, address=ELSEWHERE).status_code == 302


def test_colleagues_typos_behind_one_office_address_do_not_lock_an_editor_out(client, editor):
    for number in range(4):
        fail(client, 4, username=f"colleague{number}")  # 16 failures from the address

    assert sign_in(client).status_code == 302


def test_signing_in_to_another_account_does_not_forgive_guesses_at_this_one(client, editor):
    get_user_model().objects.create_user("intruder", password="intruders-own-password")
    fail(client, 4)
    assert sign_in(client, "intruder", "intruders-own-password").status_code == 302
    client.logout()
    fail(client, 1)

    assert sign_in(client).status_code == 429


def test_behind_nginx_the_address_nginx_saw_is_the_one_throttled(client, editor, settings):
    settings.READERSHIP_TRUSTED_PROXIES = 1
    for _ in range(5):
        sign_in(client, password="wrong", address="127.0.0.1", HTTP_X_FORWARDED_FOR=HERE)

    forged = sign_in(
        client, address="127.0.0.1", HTTP_X_FORWARDED_FOR=f"{ELSEWHERE}, {HERE}"
    )  # what the client wrote comes first; nginx appends what it saw
    other = sign_in(client, address="127.0.0.1", HTTP_X_FORWARDED_FOR=ELSEWHERE)

    assert (forged.status_code, other.status_code) == (429, 302)


def test_the_lock_is_explained_in_the_editors_language(client, editor):
    fail(client, 5)

    response = sign_in(client, HTTP_ACCEPT_LANGUAGE="ru")

    assert response.status_code == 429
    assert "Слишком много неудачных попыток входа" in response.content.decode()
