"""An invalidation that fails after the commit is logged and retried; the change itself stands."""

import logging
import time

import pytest
import redis
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from caching import store
from news.tests.factories import make_article, make_section
from pagecache.retries import retry_invalidation

pytestmark = pytest.mark.django_db


@pytest.fixture
def politics(editions):
    return make_section(editions["en"], "politics", "Politics")


@pytest.fixture
def queued_tasks(settings):
    """Tasks wait in the database for a worker, as in production."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def refuse_writes(server) -> redis.Redis:
    """Redis keeps answering reads and refuses every write (out of memory, nothing to evict)."""
    client = redis.Redis.from_url(server.url)
    client.config_set("maxmemory-policy", "noeviction")
    client.config_set("maxmemory", 1)
    return client


def test_with_redis_away_publishing_succeeds_and_the_failure_is_logged(
    politics, publish, production_caches, caplog
):
    production_caches.stop()

    with caplog.at_level(logging.WARNING, logger="pagecache"):
        story = publish(make_article, politics, "Published during the outage")

    assert story.live
    assert any("failed; retrying" in record.getMessage() for record in caplog.records)


def test_a_failing_invalidation_does_not_skip_the_commit_hooks_after_it(
    politics, production_caches, django_capture_on_commit_callbacks
):
    production_caches.stop()
    ran = []

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        make_article(politics, "Published during the outage")
        transaction.on_commit(lambda: ran.append("the next hook"))

    assert ran == ["the next hook"]


def test_a_failed_invalidation_is_queued_and_its_retry_retires_the_pages(
    client, politics, publish, production_caches, queued_tasks
):
    client.get(politics.url)
    writes_refused = refuse_writes(production_caches)
    publish(make_article, politics, "Published while Redis refused writes")
    assert client.get(politics.url)["X-Page-Cache"] == "HIT"  # still the old page

    queued = [row.task_result for row in DBTaskResult.objects.filter(status="READY")]
    assert queued
    writes_refused.config_set("maxmemory", 0)
    for result in queued:  # as the worker would
        result.task.call(*result.args)
    store.forget_local_copies()  # another process's bump reaches this one within 0.1 s

    response = client.get(politics.url)
    assert response["X-Page-Cache"] == "MISS"
    assert "Published while Redis refused writes" in response.content.decode()


def test_a_retry_that_fails_again_queues_the_next_attempt(
    politics, production_caches, queued_tasks
):
    production_caches.stop()

    with pytest.raises(redis.RedisError):
        retry_invalidation.call("site", [], 1, time.time())

    [queued] = DBTaskResult.objects.filter(status="READY")
    assert queued.task_result.args[0:3] == ["site", [], 2]
    assert queued.run_after is not None


def test_without_a_worker_that_can_wait_a_failed_retry_is_not_repeated_at_once(
    politics, publish, production_caches, caplog
):
    production_caches.stop()

    with caplog.at_level(logging.WARNING, logger="pagecache"):
        publish(make_article, politics, "Published during the outage")  # immediate backend

    assert not DBTaskResult.objects.exists()


def test_a_retry_gives_up_once_the_pages_it_would_retire_have_expired(
    politics, production_caches, queued_tasks, caplog
):
    production_caches.stop()
    failed_at = time.time() - store.PAGE_TIMEOUT - 1

    with caplog.at_level(logging.ERROR, logger="pagecache"):
        retry_invalidation.call("site", [], 30, failed_at)

    assert not DBTaskResult.objects.exists()
    assert any("given up" in record.getMessage() for record in caplog.records)
