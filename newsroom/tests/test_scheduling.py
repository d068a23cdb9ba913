"""Scheduled publishing: on time, by itself, exactly once."""

import json
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone
from wagtail.models import PageLogEntry
from wagtail.signals import page_published

from conftest import ROOT, process_env
from news.models import ArticlePage
from news.tests.factories import make_article, make_section
from newsroom.scheduling import publish_due_revisions, run_schedule_once, unpublish_expired_pages


@pytest.fixture
def section(editions):
    return make_section(editions["en"])


def schedule(section, title: str, go_live_at) -> ArticlePage:
    article = make_article(section, title, publish=False, go_live_at=go_live_at)
    article.get_latest_revision().publish()  # approves it for go-live; not live yet
    article.refresh_from_db()
    assert not article.live
    return article


@pytest.mark.django_db
def test_a_due_story_is_published_once_with_one_signal_and_one_log_entry(section):
    article = schedule(section, "Due story", timezone.now() + timedelta(seconds=1))
    signals = []

    def count(sender, instance, **kwargs):
        signals.append(instance.pk)

    page_published.connect(count)
    time.sleep(1.1)
    try:
        first_round = publish_due_revisions()
        second_round = publish_due_revisions()
    finally:
        page_published.disconnect(count)

    article.refresh_from_db()
    assert article.live
    assert first_round == [article.pk] and second_round == []
    assert signals.count(article.pk) == 1
    assert (
        PageLogEntry.objects.filter(page=article, action="wagtail.publish.scheduled").count() == 1
    )


@pytest.mark.django_db
def test_a_story_scheduled_later_stays_unpublished(section):
    article = schedule(section, "Tomorrow's story", timezone.now() + timedelta(days=1))

    run_schedule_once()

    article.refresh_from_db()
    assert not article.live


@pytest.mark.django_db
def test_an_expired_story_is_unpublished(section):
    article = make_article(section, "Short-lived", expire_at=timezone.now() + timedelta(seconds=1))
    time.sleep(1.1)

    unpublished = unpublish_expired_pages()

    article.refresh_from_db()
    assert unpublished == [article.pk]
    assert not article.live and article.expired


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_scheduled_story_goes_live_by_itself_through_the_worker(client, section):
    """The worker `make run` starts, in its own process, publishes the story on time."""
    database = settings.DATABASES["default"]["NAME"]
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_worker"],
        cwd=ROOT,
        env=process_env(f"sqlite:///{database}"),
    )
    try:
        go_live = timezone.now() + timedelta(seconds=4)
        article = schedule(section, "Breaking at the top of the minute", go_live)
        assert client.get(article.url).status_code == 404

        deadline = time.monotonic() + 20
        while client.get(article.url).status_code != 200 and time.monotonic() < deadline:
            time.sleep(0.1)
        visible_at = timezone.now()
    finally:
        worker.terminate()
        worker.wait(timeout=10)

    assert client.get(article.url).status_code == 200
    # The worker checks every second: live within a few seconds of the go-live.
    assert go_live <= visible_at < go_live + timedelta(seconds=3)


@pytest.mark.postgres
def test_concurrent_schedulers_on_postgres_publish_each_story_exactly_once(postgres_database_url):
    env = process_env(postgres_database_url)
    harness = [sys.executable, "-m", "newsroom.tests.scheduler_race"]
    prepared = subprocess.run(
        [*harness, "prepare", "12"], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    scheduled = json.loads(prepared.stdout.strip().splitlines()[-1])
    ids = scheduled["ids"]

    # All four start together, just after the go-live.
    start_at = max(scheduled["go_live"], time.time() + 2) + 0.5
    racers = [
        subprocess.Popen(
            [*harness, "race", str(start_at)], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    signals: Counter[int] = Counter()
    for racer in racers:
        output, _ = racer.communicate(timeout=120)
        assert racer.returncode == 0
        signals.update(
            {int(pk): n for pk, n in json.loads(output.strip().splitlines()[-1]).items()}
        )

    log_entries = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "import json; from wagtail.models import PageLogEntry; "
            "print(json.dumps(list(PageLogEntry.objects.filter(action='wagtail.publish.scheduled')"
            ".values_list('page_id', flat=True))))",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    logged = Counter(json.loads(log_entries.stdout.strip().splitlines()[-1]))

    assert signals == Counter(dict.fromkeys(ids, 1))
    assert logged == Counter(dict.fromkeys(ids, 1))
