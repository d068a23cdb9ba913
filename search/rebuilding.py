"""Rebuilding the whole index, batch by batch, from where the last run stopped."""

import time
from collections.abc import Callable

from django.db import transaction
from django.utils import timezone

from news.models import ArticlePage
from search.documents import RebuildProgress
from search.indexing import index_stories

BATCH_SIZE = 200


def progress_bar(done: int, total: int, started: float, width: int = 30) -> str:
    share = done / total if total else 1.0
    rate = done / max(time.monotonic() - started, 1e-6)
    filled = round(width * share)
    return f"[{'#' * filled}{'.' * (width - filled)}] {share:4.0%} {done}/{total} stories, {rate:.0f}/s"


def rebuild(
    batch_size: int = BATCH_SIZE,
    restart: bool = False,
    report: Callable[[str], None] | None = None,
) -> RebuildProgress:
    """Index every story, in key order; each batch commits with the point it reached, so
    a run that is stopped (killed, a deploy) continues after its last committed batch.
    Stories published meanwhile are indexed by the worker as usual."""
    progress = RebuildProgress.objects.order_by("pk").first()
    if restart and progress is not None:
        progress.delete()
        progress = None
    if progress is None:
        progress = RebuildProgress.objects.create(
            started_at=timezone.now(), total=ArticlePage.objects.count()
        )
    started, done_before = time.monotonic(), progress.done
    while True:
        keys = list(
            ArticlePage.objects.filter(pk__gt=progress.last_article_id)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        if not keys:
            break
        with transaction.atomic():
            index_stories(keys)
            progress.last_article_id = keys[-1]
            progress.done += len(keys)
            progress.total = max(progress.total, progress.done)
            progress.save(update_fields=["last_article_id", "done", "total"])
        if report:
            report(progress_bar(progress.done - done_before, progress.total - done_before, started))
    progress.delete()
    return progress
