"""Fixtures shared by every app's tests."""

import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
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


@pytest.fixture
def editions(db):
    """The three editions' home pages, as `manage.py setup_editions` makes them."""
    from editions.setup import ensure_editions

    return ensure_editions()


@pytest.fixture(scope="session")
def postgres_database_url() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database on the local server, dropped afterwards."""
    if not port_open("127.0.0.1", 5432):
        service_unavailable("PostgreSQL is not answering on 127.0.0.1:5432")
    import psycopg

    name = f"masthead_test_{uuid.uuid4().hex[:10]}"
    admin_url = POSTGRES_ADMIN_URL
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    url = admin_url.rsplit("/", 1)[0] + f"/{name}"
    try:
        manage("migrate", "--noinput", env=process_env(url))
        yield url
    finally:
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
