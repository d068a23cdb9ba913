"""With the database unreachable, readers get a friendly 503 in their edition's language."""

import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from conftest import ROOT, free_port, manage, process_env


@pytest.fixture
def server_without_database():
    port = free_port()
    # Port 9 (discard) on loopback: nothing listens, so every connection is refused at once.
    env = process_env("postgres://postgres@127.0.0.1:9/masthead")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "masthead.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def fetch_error(url: str | urllib.request.Request) -> urllib.error.HTTPError:
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(url, timeout=5)  # noqa: S310 (loopback only)
        except urllib.error.HTTPError as error:
            return error
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
        else:
            raise AssertionError(f"{url} answered without an error")


@pytest.mark.parametrize(
    ("path", "heading"),
    [("/en/", "Back in a moment"), ("/ru/analytics/", "Скоро вернёмся")],
)
def test_pages_answer_503_with_a_friendly_page_when_the_database_is_unreachable(
    server_without_database, path, heading
):
    error = fetch_error(server_without_database + path)

    assert error.code == 503
    assert error.headers["Retry-After"] == "30"
    assert f"<h1>{heading}</h1>" in error.read().decode()


@pytest.fixture
def production_server_without_database(own_redis):
    """The production profile (cached_db sessions in Redis) with PostgreSQL unreachable."""
    port = free_port()
    env = process_env("postgres://postgres@127.0.0.1:9/masthead", "masthead.settings.production")
    env.update(
        {
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "REDIS_URL": own_redis.url,
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_COOKIES": "0",
        }
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "masthead.wsgi", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield f"http://127.0.0.1:{port}", env
    finally:
        server.terminate()
        server.wait(timeout=10)


def editor_session_in_redis(env: dict[str, str]) -> str:
    """The key of a logged-in editor's session as cached_db keeps it in Redis (the database is down)."""
    script = (
        "from django.contrib.sessions.backends.cached_db import SessionStore\n"
        "from django.core.cache import cache\n"
        "from django.utils.crypto import get_random_string\n"
        "store = SessionStore(get_random_string(32, 'abcdefghijklmnopqrstuvwxyz0123456789'))\n"
        "cache.set(store.cache_key, {'_auth_user_id': '1', '_auth_user_backend': "
        "'django.contrib.auth.backends.ModelBackend', '_auth_user_hash': 'x'}, 3600)\n"
        "print(store.session_key)\n"
    )
    return manage("shell", "-c", script, env=env).stdout.strip().splitlines()[-1]


@pytest.mark.redis
@pytest.mark.parametrize("path", ["/admin/", "/admin/login/", "/admin/pages/"])
def test_the_admin_answers_503_with_the_friendly_page_when_the_database_is_unreachable(
    production_server_without_database, path
):
    base, _ = production_server_without_database

    error = fetch_error(base + path)

    assert error.code == 503
    assert error.headers["Retry-After"] == "30"
    assert "<h1>Back in a moment</h1>" in error.read().decode()


@pytest.mark.redis
def test_an_editor_with_a_session_gets_the_503_page_in_their_language(
    production_server_without_database,
):
    base, env = production_server_without_database
    session = editor_session_in_redis(env)
    request = urllib.request.Request(
        base + "/admin/", headers={"Cookie": f"sessionid={session}", "Accept-Language": "ru"}
    )

    error = fetch_error(request)

    assert error.code == 503
    assert error.headers["Retry-After"] == "30"
    assert "<h1>Скоро вернёмся</h1>" in error.read().decode()
