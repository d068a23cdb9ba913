"""The production stack through its dependencies' outages: PostgreSQL and Redis of its own,
stopped and started again while it runs (bin/run-production, nginx, granian, the worker)."""

import http.cookiejar
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

import psycopg
import pytest

from conftest import ROOT, OwnPostgres, OwnRedis
from masthead.tests.stack import Stack, https_handler, production_stack

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

BROWSER = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{} Safari/537.36"
)
EDITOR, PASSWORD = "outage-editor", "a-long-test-password-1"


class Outages:
    """The stack and the two servers it depends on, which the tests stop and start."""

    def __init__(self, stack: Stack, postgres: OwnPostgres, redis: OwnRedis, database_url: str):
        self.stack, self.postgres, self.redis = stack, postgres, redis
        self.database_url = database_url

    def query(self, sql: str, *params) -> list[tuple]:
        with psycopg.connect(self.database_url) as connection:
            return connection.execute(sql, params).fetchall()

    def story(self, language: str = "en") -> tuple[int, str]:
        """A published story's id and path in the edition."""
        (story_id, url_path), *_ = self.query(
            "SELECT page.id, page.url_path FROM wagtailcore_page page "
            "JOIN news_articlepage article ON article.page_ptr_id = page.id "
            "JOIN wagtailcore_locale locale ON locale.id = page.locale_id "
            "WHERE page.live AND locale.language_code = %s ORDER BY page.id",
            language,
        )
        # Every edition's home is a translation of the site's root page (url_path /home/...).
        return story_id, f"/{language}/" + url_path.strip("/").split("/", 1)[1] + "/"

    def stored_views(self, story_id: int) -> int:
        return self.query(
            "SELECT view_count FROM news_articlepage WHERE page_ptr_id = %s", story_id
        )[0][0]


@pytest.fixture(scope="module")
def outages() -> Outages:
    work = Path(tempfile.mkdtemp(prefix="masthead-outages-"))
    # A folder of its own: the server runs as postgres, who may not enter `work`.
    postgres = OwnPostgres(Path(tempfile.mkdtemp(prefix="masthead-postgres-")))
    redis = OwnRedis(work)
    try:
        postgres.create()
        postgres.start()
        redis.start()
        database_url = postgres.url.rsplit("/", 1)[0] + "/masthead"
        with production_stack(database_url, work / "var", work / "media", redis.url) as stack:
            # A newsroom editor (not an administrator, who would first be sent to set up
            # two-factor authentication: accounts.middleware).
            subprocess.run(
                [
                    sys.executable,
                    "manage.py",
                    "shell",
                    "-c",
                    "import os; from django.contrib.auth import get_user_model; "
                    "from django.contrib.auth.models import Group; "
                    "user = get_user_model().objects.create_user(os.environ['EDITOR'], "
                    "'outage-editor@example.org', os.environ['EDITOR_PASSWORD']); "
                    "user.groups.add(Group.objects.get(name='Editors'))",
                ],
                cwd=ROOT,
                env={**stack.env, "EDITOR": EDITOR, "EDITOR_PASSWORD": PASSWORD},
                check=True,
                capture_output=True,
            )
            yield Outages(stack, postgres, redis, database_url)
    finally:
        redis.stop()
        if postgres.binaries is not None and postgres.data.exists():
            with suppress(subprocess.CalledProcessError):  # already stopped
                postgres.stop()
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(postgres.directory, ignore_errors=True)


def fetch(url: str, opener=None, data: bytes | None = None, **headers: str):
    """(status, headers, body) of any answer, errors included."""
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with (opener or urllib.request.build_opener(https_handler())).open(
            request, timeout=15
        ) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def read_beacon(base: str, story_id: int, reader: int):
    """A person's read of the story, as the article page's script reports it; each `reader`
    a browser of its own (one address: the rate limit allows 30 a minute)."""
    return fetch(
        f"{base}/readership/read",
        data=json.dumps({"article": story_id}).encode(),
        **{
            "Content-Type": "application/json",
            "User-Agent": BROWSER.format(f"140.0.{reader}.0"),
            "Sec-Fetch-Site": "same-origin",
        },
    )


def eventually(check: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"not within {seconds} s: {what}"
        time.sleep(0.2)


def editor_session(base: str):
    """An opener logged in to the admin as the editor, through the login form: over HTTPS,
    since its cookies are for HTTPS only (nginx never caches the admin)."""
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), https_handler()
    )
    status, _, page = fetch(f"{base}/admin/login/", opener)
    assert status == 200
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
    form = f"username={EDITOR}&password={PASSWORD}&csrfmiddlewaretoken={token}&next=/admin/"
    status, _, dashboard = fetch(
        f"{base}/admin/login/",
        opener,
        data=form.encode(),
        Origin=base,
        Referer=f"{base}/admin/login/",
        **{"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 200 and b"Dashboard" in dashboard, "the editor could not log in"
    return opener


class TestPostgresDown:
    @pytest.fixture(scope="class", autouse=True)
    @classmethod
    def outage(cls, outages):
        stack = outages.stack
        story_id, path = outages.story()
        for _ in range(2):  # rendered, then held by the app's page cache and nginx's
            fetch(stack.app + path)
            fetch(stack + "/en/")
            fetch(stack.app + "/en/")
        assert read_beacon(stack, story_id, 1)[0] == 202
        outages.postgres.stop()
        yield story_id, path
        outages.postgres.start()

    def test_the_app_serves_cached_pages(self, outages, outage):
        _, path = outage

        status, headers, body = fetch(outages.stack.app + path)

        assert (status, headers["X-Page-Cache"]) == (200, "HIT")

    def test_nginx_serves_cached_pages(self, outages):
        status, _, body = fetch(outages.stack + "/en/")

        assert status == 200
        assert b"Meridian Post" in body

    def test_pages_not_in_the_cache_answer_a_localized_503_with_retry_after(self, outages):
        status, headers, body = fetch(outages.stack.app + "/ru/analytics/")

        assert status == 503
        assert headers["Retry-After"] == "30"
        assert "Скоро вернёмся".encode() in body

    def test_editors_get_the_503_page(self, outages):
        status, headers, body = fetch(outages.stack.app + "/admin/login/")

        assert status == 503
        assert headers["Retry-After"]
        assert b"Back in a moment" in body

    def test_read_beacons_are_still_counted(self, outages, outage):
        story_id, _ = outage

        status, _, body = read_beacon(outages.stack, story_id, 2)

        assert status == 202
        assert json.loads(body)["counted"] is True


class TestAfterPostgresReturns:
    @pytest.fixture(scope="class", autouse=True)
    @classmethod
    def recovered(cls, outages):
        story_id, _ = outages.story("az")
        stored_before = outages.stored_views(story_id)
        read_beacon(outages.stack, story_id, 3)
        worker_before = (outages.stack.var / "worker.pid").read_text()
        outages.postgres.stop()
        counted_during = read_beacon(outages.stack, story_id, 4)[0] == 202
        time.sleep(5)  # the worker and the app servers meet the outage
        outages.postgres.start()
        return story_id, stored_before, counted_during, worker_before

    def test_app_servers_render_again_by_themselves(self, outages):
        eventually(
            lambda: (
                fetch(outages.stack.app + "/az/")[0] == 200
                and fetch(outages.stack.app + "/ru/economy/")[0] == 200
            ),
            10,
            "the app servers render pages again",
        )

    def test_the_worker_carries_on_without_a_restart(self, outages, recovered):
        *_, worker_before = recovered

        assert (outages.stack.var / "worker.pid").read_text() == worker_before

    def test_no_count_made_before_or_during_the_outage_is_lost(self, outages, recovered):
        story_id, stored_before, counted_during, _ = recovered
        assert counted_during

        eventually(
            lambda: outages.stored_views(story_id) == stored_before + 2,
            15,
            "the worker moves both counts into the database",
        )


class TestRedisDown:
    @pytest.fixture(scope="class", autouse=True)
    @classmethod
    def outage(cls, outages):
        editor = editor_session(outages.stack)
        outages.redis.stop()
        yield editor
        outages.redis.start()

    @pytest.mark.parametrize("path", ["/en/", "/ru/", "/az/politics/"])
    def test_reader_pages_answer_200_from_the_database(self, outages, path):
        status, _, body = fetch(outages.stack.app + path)

        assert status == 200
        assert b"Meridian Post" in body

    def test_a_missing_page_is_still_a_404(self, outages):
        assert fetch(outages.stack.app + "/en/no-such-story/")[0] == 404

    def test_an_editor_logged_in_before_keeps_working(self, outages, outage):
        status, _, body = fetch(outages.stack + "/admin/pages/", outage)

        assert status == 200
        assert b"Meridian Post" in body or b"Pages" in body

    def test_an_editor_can_log_in(self, outages):
        editor_session(outages.stack)

    def test_read_beacons_count_in_the_database(self, outages):
        story_id, _ = outages.story("ru")
        stored_before = outages.stored_views(story_id)

        status, _, _ = read_beacon(outages.stack, story_id, 5)

        assert status == 202
        assert outages.stored_views(story_id) == stored_before + 1


class TestAfterRedisReturns:
    def test_caching_resumes_by_itself(self, outages):
        outages.redis.stop()
        fetch(outages.stack.app + "/en/economy/")
        outages.redis.start()

        def cached() -> bool:
            fetch(outages.stack.app + "/en/economy/")
            return fetch(outages.stack.app + "/en/economy/")[1].get("X-Page-Cache") == "HIT"

        eventually(cached, 10, "the app's page cache serves hits again")
