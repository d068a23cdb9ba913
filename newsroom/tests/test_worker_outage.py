"""The worker rides out a PostgreSQL outage by itself: nothing has to restart it."""

import json
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from conftest import ROOT, manage, process_env

pytestmark = [pytest.mark.postgres, pytest.mark.redis]


@pytest.fixture
def database_url(own_postgres) -> str:
    url = own_postgres.create_database("masthead")
    manage("migrate", "--noinput", env=process_env(url))
    return url


@pytest.fixture
def start_worker(database_url, own_redis, tmp_path):
    """Start `manage.py run_worker` as production runs it; returns the process and its log."""
    started = []

    def start_worker() -> tuple[subprocess.Popen, Path]:
        env = process_env(database_url, "masthead.settings.production")
        env.update({"DJANGO_SECRET_KEY": secrets.token_urlsafe(50), "REDIS_URL": own_redis.url})
        log = tmp_path / "worker.log"
        with log.open("w") as output:
            worker = subprocess.Popen(
                [sys.executable, "manage.py", "run_worker"],
                cwd=ROOT,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        started.append(worker)
        wait_for(lambda: "Worker started" in log.read_text(), "the worker did not start")
        return worker, log

    yield start_worker
    for worker in started:
        worker.kill()
        worker.wait(timeout=10)


def wait_for(condition, failure: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, failure
        time.sleep(0.1)


def schedule_story(database_url: str) -> int:
    """A story scheduled to go live a few seconds from now; returns its page id."""
    prepared = subprocess.run(
        [sys.executable, "-m", "newsroom.tests.scheduler_race", "prepare", "1"],
        cwd=ROOT,
        env=process_env(database_url),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(prepared.stdout.strip().splitlines()[-1])["ids"][0]


def is_live(database_url: str, page_id: int) -> bool:
    with psycopg.connect(database_url) as connection:
        row = connection.execute("SELECT live FROM wagtailcore_page WHERE id = %s", [page_id])
        return row.fetchone()[0]


def outage(own_postgres, seconds: float = 4) -> None:
    own_postgres.stop()
    time.sleep(seconds)
    own_postgres.start()


def test_the_worker_lives_through_a_database_outage_and_then_publishes_on_schedule(
    own_postgres, database_url, start_worker
):
    worker, _ = start_worker()

    outage(own_postgres)
    story = schedule_story(database_url)

    assert worker.poll() is None, "the worker ended during the outage"
    wait_for(lambda: is_live(database_url, story), "the story was not published", seconds=20)
    assert worker.poll() is None


def test_each_of_the_workers_loops_logs_the_outage_once_when_it_starts_and_once_when_it_ends(
    own_postgres, database_url, start_worker
):
    worker, log = start_worker()

    outage(own_postgres, seconds=5)
    wait_for(lambda: log.read_text().count("Database reachable again") >= 2, "no recovery logged")

    lines = log.read_text().splitlines()
    assert sum("Database unreachable" in line for line in lines) == 2
    assert sum("Database reachable again" in line for line in lines) == 2


def test_a_worker_waiting_for_the_database_stops_on_sigterm(own_postgres, start_worker):
    worker, log = start_worker()
    own_postgres.stop()
    wait_for(lambda: "Database unreachable" in log.read_text(), "the outage was not noticed")

    worker.terminate()

    assert worker.wait(timeout=5) == -signal.SIGTERM
