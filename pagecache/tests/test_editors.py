"""Editors get the cookie that lets them past nginx's cache (pagecache.editors)."""

import pytest
from django.contrib.auth import get_user_model

from pagecache.editors import EDITOR_COOKIE, editor_bypass_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("an-editor", "editor@example.com", "pw")


def test_an_editor_who_logs_in_gets_the_editor_cookie(client, editor):
    response = client.post("/admin/login/", {"username": "an-editor", "password": "pw"})

    assert response.cookies[EDITOR_COOKIE].value == editor_bypass_token()
    assert response.cookies[EDITOR_COOKIE]["httponly"]


def test_an_editor_who_logs_out_loses_it(client, editor):
    client.force_login(editor)
    client.get("/admin/")

    response = client.post("/admin/logout/")

    assert response.cookies[EDITOR_COOKIE].value == ""


def test_a_reader_who_sends_a_made_up_editor_cookie_has_it_taken_back(client, editions):
    client.cookies[EDITOR_COOKIE] = "made-up"

    response = client.get("/en/")

    assert response.cookies[EDITOR_COOKIE].value == ""


def test_a_logged_in_user_who_cannot_use_the_admin_gets_no_editor_cookie(client, editions):
    client.force_login(get_user_model().objects.create_user("a-reader"))

    response = client.get("/en/")

    assert EDITOR_COOKIE not in response.cookies
