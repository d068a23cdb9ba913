"""Scheduled publishing that happens on time, exactly once, however many workers run.

Wagtail's own `publish_scheduled` command reads the due revisions and publishes
them without a lock: several workers running it against one database publish
the same page several times and fire `page_published` (cache purges,
notifications) each time. Here every due item is claimed in its own
transaction with SELECT ... FOR UPDATE SKIP LOCKED on PostgreSQL: a worker that
finds a row claimed by another skips it, and once the other commits, the row no
longer matches (its approved_go_live_at is cleared, or the page is no longer
live). On SQLite, writers are serialised by the IMMEDIATE transaction mode, so
the re-read inside the transaction sees what another worker committed.
"""

import logging
from collections.abc import Callable

from django.db import transaction
from django.db.models import Model, QuerySet
from django.utils import timezone
from wagtail.models import Page, Revision

logger = logging.getLogger(__name__)


def _process_each_once(due: QuerySet, act: Callable[[Model], None], what: str) -> list[Model]:
    """Claim the rows of `due` one at a time and `act` on each, in its own transaction.

    Each row at most once a round, even if acting fails or leaves it due (Wagtail
    may schedule a revision again), so one bad row cannot stall the others; it is
    tried again next round.

    A database error while claiming or committing (the database unavailable, say) is
    raised: the worker's loop rides out the outage and tries again next round.
    """
    done, seen = [], set()
    while True:
        with transaction.atomic():
            item = due.select_for_update(skip_locked=True).exclude(pk__in=seen).first()
            if item is None:
                return done
            seen.add(item.pk)
            try:
                with transaction.atomic():
                    act(item)
            except Exception:
                logger.exception("Scheduled %s of %s failed", what, item.pk)
                continue
        done.append(item)


def publish_due_revisions() -> list[int]:
    """Publish each revision whose approved go-live time has passed; returns their objects' ids."""
    due = Revision.objects.filter(approved_go_live_at__lte=timezone.now()).order_by(
        "approved_go_live_at"
    )
    published = _process_each_once(
        due, lambda revision: revision.publish(log_action="wagtail.publish.scheduled"), "publish"
    )
    return [int(revision.object_id) for revision in published]


def unpublish_expired_pages() -> list[int]:
    """Unpublish each live page whose expiry time has passed; returns their ids."""
    expired = Page.objects.filter(live=True, expire_at__lte=timezone.now()).order_by("expire_at")
    unpublished = _process_each_once(
        expired,
        lambda page: page.specific.unpublish(
            set_expired=True, log_action="wagtail.unpublish.scheduled"
        ),
        "unpublish",
    )
    return [page.pk for page in unpublished]


def run_schedule_once() -> tuple[list[int], list[int]]:
    """One round: expiries first (as Wagtail does), then go-lives."""
    return unpublish_expired_pages(), publish_due_revisions()
