"""Editors' sessions: ended by a working day of inactivity, cookies out of scripts' reach."""

import json
import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from masthead.idle_sessions import SEEN_KEY

PASSWORD = "a long pass phrase"  # noqa: S105 (tests only)


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "", PASSWORD)


def logged_in(editor) -> Client:
    client = Client()
    response = client.post(
        reverse("wagtailadmin_login"), {"username": "editor", "password": PASSWORD}
    )
    assert response.status_code == 302
    return client


def let_time_pass(client: Client, hours: float) -> None:
    """As if `hours` went by since the editor's last request: the session's stored expiry,
    and the time it was last moved on, both that much earlier."""
    passed = timedelta(hours=hours)
    key = client.cookies[settings.SESSION_COOKIE_NAME].value
    row = Session.objects.get(session_key=key)
    data = row.get_decoded()
    if SEEN_KEY in data:
        data[SEEN_KEY] -= passed.total_seconds()
    Session.objects.filter(session_key=key).update(
        session_data=Session.objects.encode(data), expire_date=row.expire_date - passed
    )


def in_the_admin(client: Client) -> bool:
    response = client.get(reverse("wagtailadmin_home"))
    return response.status_code == 200


def test_an_editor_idle_for_longer_than_a_working_day_is_logged_out(db, editor):
    client = logged_in(editor)

    let_time_pass(client, hours=10.1)

    assert not in_the_admin(client)
    assert client.get(reverse("wagtailadmin_home")).url.startswith(reverse("wagtailadmin_login"))


def test_an_editor_idle_for_less_than_a_working_day_is_still_logged_in(db, editor):
    client = logged_in(editor)

    let_time_pass(client, hours=9.5)

    assert in_the_admin(client)


def test_an_editor_who_keeps_working_stays_logged_in_past_a_working_day(db, editor):
    client = logged_in(editor)

    for _ in range(3):  # 27 hours after logging in, never 9 hours idle
        let_time_pass(client, hours=9)
        assert in_the_admin(client)


def test_a_working_editors_session_is_not_written_on_every_request(db, editor):
    client = logged_in(editor)
    client.get(reverse("wagtailadmin_home"))

    again = client.get(reverse("wagtailadmin_home"))

    assert again.status_code == 200
    assert settings.SESSION_COOKIE_NAME not in again.cookies


def test_a_reader_gets_no_session(client, editions):
    response = client.get("/en/")

    assert response.status_code == 200
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    assert not Session.objects.exists()


def test_a_reader_with_a_stale_session_cookie_gets_the_page_and_no_new_session(editions):
    reader = Client()
    reader.cookies[settings.SESSION_COOKIE_NAME] = "x" * 32

    response = reader.get("/en/")

    assert response.status_code == 200
    assert not Session.objects.exists()


def test_the_session_and_csrf_cookies_are_out_of_scripts_reach(db, editor):
    client = Client()
    login_page = client.get(reverse("wagtailadmin_login"))
    logged_in = client.post(
        reverse("wagtailadmin_login"), {"username": "editor", "password": PASSWORD}
    )

    assert login_page.cookies[settings.CSRF_COOKIE_NAME]["httponly"]
    assert logged_in.cookies[settings.SESSION_COOKIE_NAME]["httponly"]


def test_the_admin_posts_with_the_token_from_its_page_while_the_csrf_cookie_is_http_only(
    db, editor
):
    client = Client(enforce_csrf_checks=True)
    login_page = client.get(reverse("wagtailadmin_login")).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page).group(1)
    client.post(
        reverse("wagtailadmin_login"),
        {"username": "editor", "password": PASSWORD, "csrfmiddlewaretoken": token},
    )
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    config = json.loads(re.search(r'id="wagtail-config"[^>]*>(.*?)</script>', home).group(1))

    # What Wagtail's scripts do (a dismissed tip, here): the header from wagtailConfig.
    dismissed = client.patch(
        reverse("wagtailadmin_dismissibles"),
        json.dumps({"whats-new-in-wagtail-8.0": True}),
        content_type="application/json",
        headers={"X-CSRFToken": config["CSRF_TOKEN"]},
    )
    refused = client.patch(
        reverse("wagtailadmin_dismissibles"),
        json.dumps({"whats-new-in-wagtail-8.0": True}),
        content_type="application/json",
    )

    assert dismissed.status_code == 200
    assert refused.status_code == 403
