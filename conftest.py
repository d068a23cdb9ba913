"""Fixtures shared by every app's tests."""

import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
REQUIRE_SERVICES = os.environ.get("MASTHEAD_REQUIRE_SERVICES") == "1"
# The test database and media live in var/, which a fresh clone does not have yet.
(ROOT / "var").mkdir(exist_ok=True)
POSTGRES_ADMIN_URL = os.environ.get(
    "MASTHEAD_TEST_POSTGRES", "postgres://postgres@127.0.0.1:5432/postgres"
)


def service_unavailable(reason: str) -> None:
    """Skip where the service is optional; fail where CI requires it (MASTHEAD_REQUIRE_SERVICES=1)."""
    if REQUIRE_SERVICES:
        pytest.fail(f"required service missing: {reason}")
    pytest.skip(reason)


def port_open(host: str, port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex((host, port)) == 0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def manage(*args: str, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `manage.py` in a separate process, as the Makefile and the worker do."""
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )


def process_env(
    database_url: str, settings_module: str = "masthead.settings.test"
) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": settings_module})
    return env


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: no page cached by an earlier test is served."""
    from django.core.cache import cache

    from pagecache.store import forget_local_copies

    cache.clear()
    forget_local_copies()
    yield
    cache.clear()
    forget_local_copies()


@pytest.fixture
def editions(db):
    """The three editions' home pages, as `manage.py setup_editions` makes them."""
    from editions.setup import ensure_editions

    return ensure_editions()


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database on the local server, dropped afterwards."""
    if not port_open("127.0.0.1", 5432):
        service_unavailable("PostgreSQL is not answering on 127.0.0.1:5432")
    import psycopg

    name = f"masthead_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres_database_url() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database on the local server, dropped afterwards."""
    with fresh_postgres_database() as url:
        manage("migrate", "--noinput", env=process_env(url))
        yield url


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def browser(monkeypatch):
    """Debian's Chromium driven by Playwright, started for one test.

    Not shared across tests: while Playwright's sync API runs, the next test's
    database set-up (Django's serialized rollback) does not take effect.
    """
    if not os.path.exists(CHROMIUM):
        service_unavailable(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        service_unavailable("the playwright package is not installed")
    # Playwright's sync API keeps an event loop in this thread; the tests still use the ORM
    # synchronously between its calls, which is safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser, live_server):
    """Open a path of the live test server in a fresh browser context (own storage, own clipboard)."""
    contexts = []

    def open_page(
        path: str,
        *,
        width: int = 1280,
        height: int = 900,
        color_scheme: str = "light",
        user_agent: str | None = None,
    ):
        context = browser.new_context(
            base_url=live_server.url,
            viewport={"width": width, "height": height},
            color_scheme=color_scheme,
            user_agent=user_agent,
        )
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
        contexts.append(context)
        page = context.new_page()
        page.goto(path)
        return page

    yield open_page
    for context in contexts:
        context.close()
