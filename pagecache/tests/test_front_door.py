"""The WSGI front door: cached pages answered before Django's handler, exactly as Django would."""

import time
from urllib.parse import unquote_to_bytes, urlsplit

import pytest
from django.conf import settings
from django.core import signals
from django.core.cache import cache
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import RequestFactory
from wagtail.models import Site

from caching import store
from caching.locations import Location
from news.tests.factories import make_article, make_section
from pagecache.editors import EDITOR_COOKIE, editor_bypass_token
from pagecache.wsgi import CachedPagesFirst

pytestmark = pytest.mark.django_db


class CountingDjango:
    """Django's WSGI application, counting the requests that reach it.

    As Django's test client does, it keeps the test's database connection open
    across requests (the connection holds the test's transaction).
    """

    def __init__(self):
        self.django = get_wsgi_application()
        self.calls = 0

    def __call__(self, environ, start_response):
        self.calls += 1
        signals.request_started.disconnect(close_old_connections)
        signals.request_finished.disconnect(close_old_connections)
        try:
            response = self.django(environ, start_response)
            response.close()  # as the server does once it has sent the body
            return response
        finally:
            signals.request_started.connect(close_old_connections)
            signals.request_finished.connect(close_old_connections)


@pytest.fixture
def django_app(editions):
    make_article(make_section(editions["en"], "politics", "Politics"), "A story on the home page")
    return CountingDjango()


@pytest.fixture
def front_door(django_app):
    return CachedPagesFirst(django_app)


def call(application, path: str, method: str = "GET", secure: bool = False, **headers: str):
    environ = RequestFactory().generic(method, path, secure=secure, **headers).environ
    # As a WSGI server passes it (PEP 3333): the path's UTF-8 bytes, read as latin-1.
    environ["PATH_INFO"] = unquote_to_bytes(urlsplit(path).path).decode("iso-8859-1")
    answer = {}

    def start_response(status, response_headers):
        answer.update(status=status, headers=dict(response_headers))

    body = b"".join(application(environ, start_response))
    return answer["status"], answer["headers"], body


def test_a_cached_page_is_answered_without_reaching_django(front_door, django_app):
    call(front_door, "/en/")

    status, headers, body = call(front_door, "/en/")

    assert django_app.calls == 1
    assert status == "200 OK"
    assert headers["X-Page-Cache"] == "HIT"
    assert "A story on the home page" in body.decode()


def test_the_hit_is_the_response_django_gave_byte_for_byte(front_door):
    _, first_headers, first_body = call(front_door, "/en/")

    _, headers, body = call(front_door, "/en/")

    assert body == first_body
    assert {**headers, "X-Page-Cache": "MISS"} == first_headers


def test_the_hit_carries_the_security_headers(front_door):
    call(front_door, "/en/")

    _, headers, _ = call(front_door, "/en/")

    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "Content-Security-Policy" in headers


def test_a_hit_costs_no_database_query(front_door, django_assert_num_queries):
    call(front_door, "/en/")

    with django_assert_num_queries(0):
        call(front_door, "/en/")


def test_a_reader_holding_the_current_etag_gets_304_without_a_body(front_door, django_app):
    _, headers, _ = call(front_door, "/en/")

    status, not_modified_headers, body = call(
        front_door, "/en/", HTTP_IF_NONE_MATCH=headers["ETag"]
    )

    assert status == "304 Not Modified"
    assert body == b""
    assert not_modified_headers["ETag"] == headers["ETag"]
    assert django_app.calls == 1


def editor_cookies() -> str:
    """The cookies of a logged-in editor's browser: a real session and the editor cookie."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    editor = get_user_model().objects.create_superuser("editor", "e@example.com", "pw")
    browser = Client()
    browser.force_login(editor)
    session = browser.cookies[settings.SESSION_COOKIE_NAME].value
    return f"{settings.SESSION_COOKIE_NAME}={session}; {EDITOR_COOKIE}={editor_bypass_token()}"


def test_a_made_up_session_cookie_gets_the_cached_page(front_door, django_app):
    call(front_door, "/en/")

    _, headers, _ = call(
        front_door, "/en/", HTTP_COOKIE="sessionid=abcdefghijklmnopqrstuvwxyz012345"
    )

    assert headers["X-Page-Cache"] == "HIT"
    assert django_app.calls == 1


def test_the_editor_cookie_without_a_real_session_gets_the_cached_page(front_door, django_app):
    call(front_door, "/en/")

    _, headers, _ = call(
        front_door,
        "/en/",
        HTTP_COOKIE=f"sessionid=made-up; {EDITOR_COOKIE}={editor_bypass_token()}",
    )

    assert headers["X-Page-Cache"] == "HIT"
    assert django_app.calls == 1


def test_a_logged_in_editor_goes_to_django(front_door, django_app):
    call(front_door, "/en/")

    _, headers, _ = call(front_door, "/en/", HTTP_COOKIE=editor_cookies())

    assert django_app.calls == 2
    assert "X-Page-Cache" not in headers


def test_a_request_with_credentials_goes_to_django(front_door, django_app):
    call(front_door, "/en/")

    _, headers, _ = call(front_door, "/en/", HTTP_AUTHORIZATION="Bearer a-token")

    assert django_app.calls == 2
    assert "X-Page-Cache" not in headers


def test_a_page_cached_over_http_is_not_served_over_https(front_door, django_app):
    call(front_door, "/en/")

    _, headers, _ = call(front_door, "/en/", secure=True)

    assert headers["X-Page-Cache"] == "MISS"
    assert django_app.calls == 2


def test_a_page_at_a_non_ascii_path_is_served_then_answered_from_the_cache(
    front_door, django_app, editions
):
    section = make_section(editions["ru"], "политика", "Политика")

    first_status, _, _ = call(front_door, section.url)
    status, headers, _ = call(front_door, section.url)

    assert (first_status, status) == ("200 OK", "200 OK")
    assert headers["X-Page-Cache"] == "HIT"
    assert django_app.calls == 1


def test_an_editor_at_a_non_ascii_path_is_answered_by_django(front_door, editions):
    section = make_section(editions["ru"], "политика", "Политика")

    status, _, _ = call(front_door, section.url, HTTP_COOKIE=editor_cookies())

    assert status == "200 OK"


def test_a_query_with_too_many_fields_gets_djangos_400(front_door):
    query = "&".join(f"field{n}=1" for n in range(1100))

    status, _, _ = call(front_door, f"/en/?{query}")

    assert status.startswith("400")


def test_a_head_or_post_request_goes_to_django(front_door, django_app):
    call(front_door, "/en/")

    call(front_door, "/en/", method="HEAD")
    call(front_door, "/en/", method="POST")

    assert django_app.calls == 3


def test_a_host_that_is_not_allowed_gets_djangos_400(front_door, django_app):
    call(front_door, "/en/")

    status, _, _ = call(front_door, "/en/", HTTP_HOST="attacker.example")

    assert status.startswith("400")
    assert django_app.calls == 2


def test_a_change_made_by_another_process_reaches_readers_within_the_version_time(
    front_door, django_app
):
    call(front_door, "/en/")
    # What another process's invalidation leaves in the shared cache (this one's memory
    # of the versions is not cleared by it).
    site = Site.objects.get(is_default_site=True)
    cache.set(store.path_version_key(Location(site.pk, "/en/")), time.time_ns(), None)

    time.sleep(store.VERSION_SECONDS)
    _, headers, _ = call(front_door, "/en/")

    assert headers["X-Page-Cache"] == "MISS"
    assert django_app.calls == 2


def test_while_the_cache_is_away_django_serves_the_page(front_door, django_app, monkeypatch):
    def cache_away(key):
        raise ConnectionError("the cache server is away")

    monkeypatch.setattr(store, "key_for", cache_away)

    status, _, body = call(front_door, "/en/")

    assert status == "200 OK"
    assert django_app.calls == 1
