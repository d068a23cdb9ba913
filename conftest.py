"""Fixtures shared by every app's tests."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
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


def manage(
    *args: str, env: dict[str, str], timeout: float = 300, check: bool = True
) -> subprocess.CompletedProcess:
    """Run `manage.py` in a separate process, as the Makefile and the worker do.

    check=False returns a failure (its exit status and output) instead of raising it.
    """
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=check,
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

    from caching.remembered import forget_local_copies

    cache.clear()
    forget_local_copies()
    yield
    cache.clear()
    forget_local_copies()


@pytest.fixture
def editions(db):
    """Every configured edition's home page, as `manage.py setup_editions` makes them."""
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
    # Playwright's sync API keeps an event loop in this thread; the tests still use the ORM
    # synchronously between its calls, which is safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with launched_chromium() as chromium:
        yield chromium


@contextmanager
def launched_chromium():
    """Debian's Chromium under Playwright, closed on leaving; skips (or fails in CI) without it."""
    if not os.path.exists(CHROMIUM):
        service_unavailable(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        service_unavailable("the playwright package is not installed")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
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


class OwnRedis:
    """A Redis server of the test's own on a free port, which the test may stop and start.

    Nothing is kept on disk, so a restarted server comes back empty, as the one the
    production profile runs does.
    """

    def __init__(self, directory: Path):
        self.directory = directory
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port, "Redis")

    def stop(self) -> None:
        """Kill it outright, as a crash would."""
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None


class OwnPostgres:
    """A PostgreSQL cluster of the test's own (initdb) on a free port, to stop and start.

    Trust authentication for the user postgres, as on the machine's own server. Run as
    the postgres user when the tests run as root, since PostgreSQL refuses root.
    """

    def __init__(self, directory: Path):
        self.directory = directory
        self.data = directory / "data"
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/postgres"
        self.binaries = next(Path("/usr/lib/postgresql").glob("*/bin"), None)

    def _run(self, *args: str) -> None:
        command = [str(self.binaries / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def create(self) -> None:
        if self.binaries is None or shutil.which("runuser") is None:
            service_unavailable("PostgreSQL's server binaries are not installed")
        self.directory.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.directory, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")

    def start(self) -> None:
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.directory / "server.log"),
            "-w",
            "-o",
            f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1",
            "start",
        )

    def stop(self) -> None:
        """Stop it at once (immediate mode: connections cut, as a crash would)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url.rsplit("/", 1)[0] + f"/{name}"


def wait_for_port(port: int, name: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not port_open("127.0.0.1", port):
        if time.monotonic() > deadline:
            raise RuntimeError(f"{name} did not start on port {port}")
        time.sleep(0.05)


@pytest.fixture
def own_redis(tmp_path) -> Iterator[OwnRedis]:
    """A started Redis of the test's own (see OwnRedis)."""
    if shutil.which("redis-server") is None:
        service_unavailable("redis-server is not installed (apt-get install redis-server)")
    server = OwnRedis(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def own_postgres() -> Iterator[OwnPostgres]:
    """A started PostgreSQL cluster of the test's own (see OwnPostgres)."""
    # Not under pytest's temporary folder: only root may enter that, and the server
    # runs as postgres.
    directory = Path(tempfile.mkdtemp(prefix="masthead-postgres-"))
    server = OwnPostgres(directory)
    try:
        server.create()
        server.start()
        yield server
        with suppress(subprocess.CalledProcessError):
            server.stop()
    finally:
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def production_caches(own_redis, settings) -> Iterator[OwnRedis]:
    """The production profile's caches (masthead.settings.base.redis_caches) and its
    `cached_db` sessions, in a Redis of the test's own that the test may stop and start."""
    from caching.remembered import forget_local_copies
    from masthead.settings.base import redis_caches

    settings.CACHES = redis_caches(own_redis.url)
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    forget_local_copies()
    yield own_redis
    forget_local_copies()
