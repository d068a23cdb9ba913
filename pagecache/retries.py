"""Invalidations after a commit: a failure is logged and retried, never the editor's problem.

An invalidation runs once the change has committed (so no reader caches the old version
after it). By then the editor's publish has succeeded; an error raised from a commit hook
would still answer them with a 500 and skip the hooks registered after it. So each hook
here catches everything, logs it, and queues a task that tries again until it succeeds,
or until RETRY_FOR_SECONDS have passed: by then every page stored before the change has
expired from the cache anyway (store.PAGE_TIMEOUT), and a CDN keeps pages far less long.
"""

import logging
import time
from collections.abc import Callable
from datetime import timedelta
from functools import partial

from django.db import transaction
from django.utils import timezone
from django_tasks import task, task_backends

from caching import store
from pagecache.invalidation import invalidate_story

logger = logging.getLogger("pagecache")

# By name, so that a queued retry names what to run in plain JSON.
INVALIDATIONS: dict[str, Callable[..., object]] = {
    "site": store.invalidate_site,
    "story": invalidate_story,
    "edition": store.invalidate_edition,
}
RETRY_FOR_SECONDS = store.PAGE_TIMEOUT
MAX_DELAY_SECONDS = 60


def invalidate_on_commit(name: str, *args: object) -> None:
    """Run INVALIDATIONS[name](*args) when the transaction commits; a failure is retried."""
    transaction.on_commit(partial(invalidate_or_retry, name, *args))


def invalidate_or_retry(name: str, *args: object) -> None:
    try:
        INVALIDATIONS[name](*args)
    except Exception:
        logger.warning("Invalidation %s%s failed; retrying", name, args, exc_info=True)
        queue_retry(name, list(args), attempt=1, first_failed_at=time.time())


def queue_retry(name: str, args: list, attempt: int, first_failed_at: float) -> None:
    delay = min(2**attempt, MAX_DELAY_SECONDS)
    retry = retry_invalidation
    if task_backends[retry.backend].supports_defer:
        retry = retry.using(run_after=timezone.now() + timedelta(seconds=delay))
    try:
        retry.enqueue(name, args, attempt, first_failed_at)
    except Exception:  # the database is away too: nothing left to queue it in
        logger.exception("Could not queue a retry of invalidation %s%s", name, tuple(args))


@task()
def retry_invalidation(name: str, args: list, attempt: int, first_failed_at: float) -> None:
    """Try a failed invalidation again; on failure, queue the next attempt, later."""
    try:
        INVALIDATIONS[name](*args)
    except Exception:
        if time.time() - first_failed_at > RETRY_FOR_SECONDS:
            logger.exception("Invalidation %s%s given up after %s attempts", name, args, attempt)
            return
        # Without a worker that can wait (the immediate backend), another attempt would
        # run at once, inside this one, and fail the same way.
        if task_backends[retry_invalidation.backend].supports_defer:
            queue_retry(name, args, attempt + 1, first_failed_at)
        raise
    logger.info("Invalidation %s%s done on retry %s", name, tuple(args), attempt)
