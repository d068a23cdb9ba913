"""Production counting: live counters in a real Redis, moved into the database by the worker,
and counting that carries on in the database while Redis is unreachable."""

import json
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest
from django.test import override_settings

from conftest import ROOT, free_port, process_env
from news.models import ArticlePage
from news.tests.factories import make_article
from readership import database, live
from readership.counting import Outcome
from readership.models import DailyViews
from readership.tests.conftest import REDIS_URL, read_at
from readership.upkeep import flush_counters

pytestmark = pytest.mark.django_db


def stored_views(article) -> int:
    return ArticlePage.objects.get(pk=article.pk).view_count


def test_reads_wait_in_redis_and_the_worker_moves_them_to_the_database(
    redis_counters, story, beacon
):
    beacon(story.pk, address="203.0.113.1")
    beacon(story.pk, address="203.0.113.2")

    assert stored_views(story) == 0
    assert int(redis_counters.hget(live.PENDING_TOTALS, story.pk)) == 2

    assert flush_counters() == 2
    assert stored_views(story) == 2
    assert DailyViews.objects.get(article=story).views == 2
    assert not redis_counters.exists(live.PENDING_TOTALS, live.FLUSHING_DAYS)


def test_pages_see_the_counts_redis_has_not_moved_yet(client, redis_counters, story, beacon):
    beacon(story.pk)

    response = client.get("/readership/views", {"ids": story.pk})

    assert response.json()["views"][str(story.pk)] == 1


def test_the_same_reader_counts_once_until_their_30_minutes_are_up(redis_counters, story):
    counted_at = datetime(2026, 12, 1, 9, 50, 40, tzinfo=UTC)

    assert read_at(story, counted_at) == Outcome.COUNTED
    assert read_at(story, counted_at + timedelta(minutes=29, seconds=59)) == Outcome.ALREADY_COUNTED
    assert read_at(story, counted_at + timedelta(minutes=30)) == Outcome.COUNTED

    flush_counters()
    assert stored_views(story) == 2


def test_a_flush_interrupted_after_its_commit_is_not_applied_twice(redis_counters, story, beacon):
    beacon(story.pk)
    original_delete = redis_counters.delete

    def crash_before_clearing(*keys):
        if live.FLUSHING_DAYS in keys:
            raise ConnectionError("worker died")
        return original_delete(*keys)

    redis_counters.delete = crash_before_clearing
    with pytest.raises(ConnectionError):
        flush_counters()
    redis_counters.delete = original_delete

    flush_counters()

    assert stored_views(story) == 1
    assert not redis_counters.exists(live.FLUSHING_DAYS)


# A flusher killed in the middle of moving a batch, holding the lock it took.
KILLED_MID_FLUSH = """
import os, signal
from readership import database, live
from readership.counting import Outcome
database.add_views = lambda counts: os.kill(os.getpid(), signal.SIGKILL)
live.flush_to_database()
"""


def test_a_flusher_killed_mid_flush_holds_the_next_flush_back_only_seconds(
    postgres_database_url, redis_counters, story, beacon
):
    beacon(story.pk)
    env = process_env(postgres_database_url)
    env["READERSHIP_REDIS_URL"] = REDIS_URL
    killed = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", KILLED_MID_FLUSH],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL
    assert redis_counters.exists(live.FLUSH_LOCK)
    killed_at = time.monotonic()

    while flush_counters() == 0 and time.monotonic() - killed_at < 90:
        time.sleep(0.1)

    # Within the lock's TTL, give or take a busy machine's scheduling (not 60 s).
    assert time.monotonic() - killed_at < live.FLUSH_LOCK_SECONDS + 3
    assert stored_views(story) == 1


def test_a_flush_that_outlived_its_lock_leaves_the_next_owners_lock_alone(
    redis_counters, story, beacon, monkeypatch
):
    beacon(story.pk)
    add_views = database.add_views

    def lock_expires_and_another_worker_takes_it(counts):
        redis_counters.set(live.FLUSH_LOCK, "the-next-flusher", ex=live.FLUSH_LOCK_SECONDS)
        add_views(counts)

    monkeypatch.setattr(database, "add_views", lock_expires_and_another_worker_takes_it)
    flush_counters()

    assert redis_counters.get(live.FLUSH_LOCK) == b"the-next-flusher"
    assert stored_views(story) == 1


def test_with_redis_unreachable_counting_goes_to_the_database_and_comes_back(
    client, story, beacon, redis_counters
):
    with override_settings(READERSHIP_REDIS_URL=f"redis://127.0.0.1:{free_port()}/0"):
        statuses = [beacon(story.pk, address=f"198.51.100.{n}").status_code for n in range(20)]
        counts = client.get("/readership/views", {"ids": story.pk})

    assert statuses == [202] * 20
    assert counts.json()["views"][str(story.pk)] == 20
    assert stored_views(story) == 20

    live.mark_up()  # Redis answers again (the retry pause has passed)
    for n in range(20, 25):
        assert beacon(story.pk, address=f"198.51.100.{n}").status_code == 202
    assert int(redis_counters.hget(live.PENDING_TOTALS, story.pk)) == 5
    flush_counters()
    assert stored_views(story) == 25


def run_load(database_url: str, redis_url: str, threads: int, readers: int) -> dict:
    env = process_env(database_url)
    env["READERSHIP_REDIS_URL"] = redis_url
    result = subprocess.run(
        [sys.executable, "-m", "readership.tests.beacon_load", str(threads), str(readers)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_many_threads_of_distinct_readers_are_all_counted_on_postgresql_and_redis(
    postgres_database_url, redis_counters
):
    outcome = run_load(postgres_database_url, REDIS_URL, threads=8, readers=2000)

    assert outcome == {"acknowledged": 16000, "failed": 0, "stored": 16000, "daily": 16000}


def test_many_threads_are_all_counted_on_postgresql_while_redis_is_unreachable(
    postgres_database_url,
):
    outcome = run_load(
        postgres_database_url, f"redis://127.0.0.1:{free_port()}/0", threads=8, readers=100
    )

    assert outcome == {"acknowledged": 800, "failed": 0, "stored": 800, "daily": 800}


@override_settings(READERSHIP_READS_PER_MINUTE=2)
def test_one_client_looping_over_stories_is_rate_limited_in_redis(redis_counters, story, beacon):
    others = [make_article(story.section, f"Another story {n}") for n in range(2)]

    statuses = [beacon(article.pk).status_code for article in [story, *others]]
    flush_counters()

    assert statuses == [202, 202, 429]
    assert stored_views(others[-1]) == 0
    assert beacon(others[-1].pk).status_code == 429  # still limited, not "already counted"
