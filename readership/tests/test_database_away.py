"""With PostgreSQL away, read beacons are still counted into Redis, by a server that was
running and by one started during the outage; once PostgreSQL is back, the worker's
flush moves them all into the database."""

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from conftest import ROOT, free_port, manage, process_env, wait_for_port
from readership.counting import PUBLISHED_SECONDS

PUBLISH = (
    "from editions.setup import ensure_editions\n"
    "from news.tests.factories import make_article, make_section\n"
    "section = make_section(ensure_editions()['en'], 'analytics', 'Analytics')\n"
    "print(make_article(section, 'A story people read').pk)"
)
FLUSH = "from readership.live import flush_to_database\nprint(flush_to_database())"


def stored_total(env: dict[str, str], article_id: int) -> int:
    code = f"from news.models import ArticlePage\nprint(ArticlePage.objects.get(pk={article_id}).view_count)"
    return int(manage("shell", "-c", code, env=env).stdout.split()[-1])


class Server:
    """The app as a gunicorn process, against the environment's database and Redis."""

    def __init__(self, env: dict[str, str]):
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "masthead.wsgi"]
            + ["--bind", f"127.0.0.1:{self.port}", "--workers", "1"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port, "gunicorn")

    def beacon(self, article_id: int, browser: int) -> int:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/readership/read",
            data=json.dumps({"article": article_id}).encode(),
            headers={
                "Content-Type": "application/json",
                "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 "
                f"Chrome/131.0.{browser} Safari/537.36",
            },
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def deployment(own_postgres, own_redis):
    env = process_env(own_postgres.create_database("masthead"))
    env["READERSHIP_REDIS_URL"] = own_redis.url
    manage("migrate", "--noinput", env=env, timeout=600)
    article_id = int(manage("shell", "-c", PUBLISH, env=env).stdout.split()[-1])
    servers: list[Server] = []

    def start_server() -> Server:
        servers.append(Server(env))
        return servers[-1]

    yield env, article_id, start_server
    for server in servers:
        server.stop()


def test_beacons_are_counted_while_postgresql_is_away_and_stored_when_it_is_back(
    deployment, own_postgres
):
    env, article_id, start_server = deployment
    running = start_server()
    assert running.beacon(article_id, browser=1) == 202

    own_postgres.stop()
    time.sleep(PUBLISHED_SECONDS)  # past the process's own memory of the article
    during_the_outage = [
        running.beacon(article_id, browser=2),
        start_server().beacon(article_id, 3),
    ]

    own_postgres.start()
    manage("shell", "-c", FLUSH, env=env)

    assert during_the_outage == [202, 202]
    assert stored_total(env, article_id) == 3


def test_with_neither_postgresql_nor_a_copy_in_redis_a_beacon_is_a_503(
    deployment, own_postgres, own_redis
):
    env, article_id, start_server = deployment
    own_postgres.stop()
    own_redis.stop()
    own_redis.start()  # empty: no copy of anything

    assert start_server().beacon(article_id, browser=1) == 503
