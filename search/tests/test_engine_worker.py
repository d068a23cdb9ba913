"""Indexing through the worker that production runs, in its own process."""

import subprocess
import sys
import time

import pytest

from conftest import ROOT, process_env
from news.tests.factories import make_article
from search.tests.engine_fixtures import found


def wait_until_found(text: str, seconds: float) -> float | None:
    """Seconds until `text` finds a story, or None if it did not within `seconds`."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if found(text):
            return time.monotonic() - started
        time.sleep(0.05)
    return None


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_published_story_is_found_within_two_seconds_through_the_worker(sections, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    database = settings.DATABASES["default"]["NAME"]
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_worker"],
        cwd=ROOT,
        # The development profile: the database task queue, as production has it.
        env=process_env(f"sqlite:///{database}", "masthead.settings.dev"),
    )
    try:
        # The first story shows the worker is up (starting it costs seconds on a busy machine).
        make_article(sections["en"], "Lighthouse warm-up")
        assert wait_until_found("lighthouse", 60) is not None
        make_article(sections["en"], "Harbour cranes return")
        seconds = wait_until_found("harbour", 10)
        unpublished_story = make_article(sections["en"], "Harbour pilots strike")
        assert wait_until_found("pilots", 10) is not None
        unpublished_story.unpublish()
        gone_after = None
        started = time.monotonic()
        while time.monotonic() - started < 10:
            if found("pilots") == []:
                gone_after = time.monotonic() - started
                break
            time.sleep(0.05)
    finally:
        worker.terminate()
        worker.wait(timeout=10)

    assert seconds is not None and seconds < 2
    assert gone_after is not None and gone_after < 2
