"""Only a logged-in editor's request bypasses the page cache; a made-up cookie gets the cached page."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from news.tests.factories import make_article, make_section
from pagecache.editors import EDITOR_COOKIE, editor_bypass_token

pytestmark = pytest.mark.django_db
# Shaped like a real session key (Django drops shorter ones), naming no session.
MADE_UP_SESSION = "abcdefghijklmnopqrstuvwxyz012345"


@pytest.fixture
def home(editions):
    make_article(make_section(editions["en"], "politics", "Politics"), "A story")
    Client().get("/en/")  # cached
    return "/en/"


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("editor", "e@example.com", "pw")


def test_a_made_up_session_cookie_gets_the_cached_page(client, home):
    client.cookies["sessionid"] = MADE_UP_SESSION

    assert client.get(home)["X-Page-Cache"] == "HIT"


def test_a_logged_in_editor_with_the_editor_cookie_gets_a_fresh_render(client, home, editor):
    client.force_login(editor)
    client.cookies[EDITOR_COOKIE] = editor_bypass_token()

    response = client.get(home)

    assert response.status_code == 200
    assert "X-Page-Cache" not in response


def test_the_editor_cookie_without_a_real_session_gets_the_cached_page(client, home):
    client.cookies[EDITOR_COOKIE] = editor_bypass_token()
    client.cookies["sessionid"] = MADE_UP_SESSION

    assert client.get(home)["X-Page-Cache"] == "HIT"


def test_a_session_of_a_logged_out_browser_with_the_editor_cookie_gets_the_cached_page(
    client, home
):
    client.get("/admin/login/")  # a session without a user (the login page's)
    client.session.save()
    client.cookies[EDITOR_COOKIE] = editor_bypass_token()

    assert client.get(home)["X-Page-Cache"] == "HIT"


def test_a_wrong_editor_token_with_a_real_session_gets_the_cached_page(client, home, editor):
    client.force_login(editor)
    client.cookies[EDITOR_COOKIE] = "0" * 64

    assert client.get(home)["X-Page-Cache"] == "HIT"


def test_logging_in_sets_the_editor_cookie(client, editor, settings):
    response = client.post("/admin/login/", {"username": "editor", "password": "pw"})

    cookie = response.cookies[EDITOR_COOKIE]
    assert cookie.value == editor_bypass_token()
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert cookie["max-age"] == settings.SESSION_COOKIE_AGE
    assert cookie["secure"] == ("" if not settings.SESSION_COOKIE_SECURE else True)


def test_the_editor_cookie_is_secure_when_the_session_cookie_is(client, editor, settings):
    settings.SESSION_COOKIE_SECURE = True

    response = client.post("/admin/login/", {"username": "editor", "password": "pw"})

    assert response.cookies[EDITOR_COOKIE]["secure"] is True


def test_an_editor_logged_in_before_the_cookie_existed_gets_it_in_the_admin(client, editor):
    client.force_login(editor)

    response = client.get("/admin/")

    assert response.cookies[EDITOR_COOKIE].value == editor_bypass_token()


def test_a_user_without_admin_access_gets_no_editor_cookie(client):
    get_user_model().objects.create_user("reader", "r@example.com", "pw")

    response = client.post("/admin/login/", {"username": "reader", "password": "pw"})

    assert EDITOR_COOKIE not in response.cookies


def test_logging_out_removes_the_editor_cookie(client, editor):
    client.post("/admin/login/", {"username": "editor", "password": "pw"})

    response = client.post("/admin/logout/")

    assert response.cookies[EDITOR_COOKIE].value == ""
    assert response.cookies[EDITOR_COOKIE]["max-age"] == 0


def test_an_editor_who_logged_in_and_then_out_is_served_from_the_cache(client, home, editor):
    client.post("/admin/login/", {"username": "editor", "password": "pw"})
    assert "X-Page-Cache" not in client.get(home)

    client.post("/admin/logout/")

    assert client.get(home)["X-Page-Cache"] == "HIT"


def test_a_readers_page_does_not_vary_on_cookies(client, editions):
    make_article(make_section(editions["en"], "economy", "Economy"), "A story")
    client.cookies["sessionid"] = MADE_UP_SESSION

    response = client.get("/en/economy/")

    assert response["X-Page-Cache"] == "MISS"
    assert "Cookie" not in response.get("Vary", "")
