"""`make run-production`: PostgreSQL, Redis, granian and the worker behind nginx, on one machine."""

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, free_port, fresh_postgres_database, port_open, service_unavailable
from masthead.tests.processes import group_ends

pytestmark = [pytest.mark.postgres, pytest.mark.redis]


def get(url: str, **headers: str):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (loopback only)
        return response.status, response.headers, response.read()


class Stack(str):
    """The stack's base URL, with the environment its processes run in."""

    def __new__(cls, base: str, env: dict[str, str]):
        stack = super().__new__(cls, base)
        stack.env = env
        return stack


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    if shutil.which("nginx") is None:
        service_unavailable("nginx is not installed (apt-get install nginx-light)")
    if not port_open("127.0.0.1", 6379):
        service_unavailable("Redis is not answering on 127.0.0.1:6379")
    with fresh_postgres_database() as database_url:
        port = free_port()
        env = dict(os.environ)
        env.update(
            {
                "PORT": str(port),
                "APP_PORT": str(free_port()),
                "DATABASE_URL": database_url,
                "MASTHEAD_PRODUCTION_VAR": str(tmp_path_factory.mktemp("production")),
                "MEDIA_ROOT": str(tmp_path_factory.mktemp("media")),
            }
        )
        env.pop("DJANGO_SETTINGS_MODULE", None)
        process = subprocess.Popen(
            ["bin/run-production"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 240
            while True:
                try:
                    if get(base + "/en/")[0] == 200:
                        break
                except OSError:
                    pass
                assert process.poll() is None, "bin/run-production stopped"
                assert time.monotonic() < deadline, "the stack did not come up"
                time.sleep(0.5)
            env["DJANGO_SETTINGS_MODULE"] = "masthead.settings.production"
            env["DJANGO_SECRET_KEY"] = (
                (Path(env["MASTHEAD_PRODUCTION_VAR"]) / "secret_key").read_text().strip()
            )
            env.setdefault("REDIS_URL", "redis://127.0.0.1:6379/0")
            yield Stack(base, env)
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)


def test_each_edition_is_served_through_nginx(stack):
    for code in ("en", "ru", "az"):
        status, headers, body = get(f"{stack}/{code}/")

        assert status == 200
        assert b"Meridian Post" in body


def test_anonymous_pages_are_answered_from_nginxs_cache(stack):
    get(f"{stack}/en/politics/")

    _, headers, _ = get(f"{stack}/en/politics/")

    assert headers["X-Cache-Status"] in ("HIT", "UPDATING", "STALE")


def test_the_app_server_answers_a_repeat_visit_from_its_cache_with_its_security_headers(stack):
    app = f"http://127.0.0.1:{stack.env['APP_PORT']}"
    _, first, first_body = get(f"{app}/en/economy/")

    status, headers, body = get(f"{app}/en/economy/")

    assert status == 200
    assert (first["X-Page-Cache"], headers["X-Page-Cache"]) == ("MISS", "HIT")
    assert body == first_body
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_editors_with_a_session_bypass_the_cache(stack):
    get(f"{stack}/en/")

    _, headers, _ = get(f"{stack}/en/", Cookie="sessionid=an-editor")

    assert headers["X-Cache-Status"] == "BYPASS"


def test_the_admin_is_never_cached(stack):
    get(f"{stack}/admin/login/")

    _, headers, _ = get(f"{stack}/admin/login/")

    assert "X-Cache-Status" not in headers
    assert "no-store" in headers["Cache-Control"]


def test_static_files_are_hashed_compressed_and_cached_for_a_year(stack):
    _, _, page = get(f"{stack}/en/")
    stylesheet = re.search(rb'href="(/static/editions/site\.[0-9a-f]{12}\.css)"', page).group(1)

    status, headers, _ = get(stack + stylesheet.decode(), **{"Accept-Encoding": "gzip"})

    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_a_published_story_shows_through_nginx_within_two_seconds(stack):
    get(f"{stack}/en/")  # the home page is in both caches
    headline = f"Published while readers watch {time.time_ns()}"
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from news.models import SectionPage; from news.tests.factories import make_article; "
            f"make_article(SectionPage.objects.filter(locale__language_code='en').first(), {headline!r})",
        ],
        cwd=ROOT,
        env=stack.env,
        check=True,
        capture_output=True,
    )
    published = time.monotonic()

    while headline.encode() not in get(f"{stack}/en/")[2]:
        assert time.monotonic() - published < 2, "not visible within two seconds"
        time.sleep(0.05)


def supervised_pid(stack, name: str) -> int:
    """The pid bin/run-production's supervisor last started for `name` (app, worker, nginx)."""
    return int((Path(stack.env["MASTHEAD_PRODUCTION_VAR"]) / f"{name}.pid").read_text())


def restarted(stack, name: str, old_pid: int, seconds: float) -> int:
    """The pid of `name` once it is running again in place of `old_pid`."""
    deadline = time.monotonic() + seconds
    while True:
        with contextlib.suppress(FileNotFoundError, ValueError, ProcessLookupError):
            pid = supervised_pid(stack, name)
            if pid != old_pid:
                os.kill(pid, 0)
                return pid
        assert time.monotonic() < deadline, f"{name} was not started again"
        time.sleep(0.1)


def answers(url: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if get(url)[0] == 200:
                return True
        time.sleep(0.2)
    return False


def test_a_killed_worker_is_started_again_while_the_site_keeps_answering(stack):
    old = supervised_pid(stack, "worker")

    os.kill(old, signal.SIGKILL)

    restarted(stack, "worker", old, seconds=5)
    assert get(f"{stack}/en/")[0] == 200
    assert get(f"http://127.0.0.1:{stack.env['APP_PORT']}/en/world/")[0] == 200


def test_a_killed_app_server_comes_back_without_its_old_workers_and_pages_answer_again(stack):
    old = supervised_pid(stack, "app")

    os.kill(old, signal.SIGKILL)

    restarted(stack, "app", old, seconds=10)
    assert answers(f"http://127.0.0.1:{stack.env['APP_PORT']}/en/", seconds=30)
    assert group_ends(old, seconds=5)  # the granian workers it had left behind were stopped
