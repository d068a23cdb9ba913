"""Scheduled publishing that happens on time, exactly once, however many workers run.

Wagtail's own `publish_scheduled` command reads the due revisions and publishes
them without a lock: several workers running it against one database publish
the same page several times and fire `page_published` (cache purges,
notifications) each time. Here every due revision is claimed in its own
transaction with SELECT ... FOR UPDATE SKIP LOCKED on PostgreSQL: a worker that
finds a row claimed by another skips it, and once the other commits, the row no
longer matches (its approved_go_live_at is cleared). On SQLite, writers are
serialised by the IMMEDIATE transaction mode, so the re-read inside the
transaction sees what another worker committed.
"""

import logging

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Revision

logger = logging.getLogger(__name__)


def _claim_one(queryset, skip_ids: set[int]):
    return queryset.select_for_update(skip_locked=True).exclude(pk__in=skip_ids).first()


def publish_due_revisions() -> list[int]:
    """Publish each revision whose approved go-live time has passed; returns their object ids."""
    due = Revision.objects.filter(approved_go_live_at__lte=timezone.now()).order_by(
        "approved_go_live_at"
    )
    published, seen = [], set()
    while True:
        try:
            with transaction.atomic():
                revision = _claim_one(due, seen)
                if revision is None:
                    return published
                # Each revision at most once a round, even if publishing fails or
                # Wagtail schedules it again, so one bad revision cannot stall the rest.
                seen.add(revision.pk)
                try:
                    with transaction.atomic():
                        revision.publish(log_action="wagtail.publish.scheduled")
                except Exception:
                    logger.exception("Scheduled publishing of revision %s failed", revision.pk)
                    continue
                published.append(int(revision.object_id))
        except Exception:
            # The claim itself failed (database unavailable, say): try again next round.
            logger.exception("Could not claim a due revision")
            return published


def unpublish_expired_pages() -> list[int]:
    """Unpublish each live page whose expiry time has passed; returns their ids."""
    expired = Page.objects.filter(live=True, expire_at__lte=timezone.now()).order_by("expire_at")
    unpublished, seen = [], set()
    while True:
        try:
            with transaction.atomic():
                page = _claim_one(expired, seen)
                if page is None:
                    return unpublished
                seen.add(page.pk)
                try:
                    with transaction.atomic():
                        page.specific.unpublish(
                            set_expired=True, log_action="wagtail.unpublish.scheduled"
                        )
                except Exception:
                    logger.exception("Scheduled unpublishing of page %s failed", page.pk)
                    continue
                unpublished.append(page.pk)
        except Exception:
            logger.exception("Could not claim an expired page")
            return unpublished


def run_schedule_once() -> tuple[list[int], list[int]]:
    """One round: expiries first (as Wagtail does), then go-lives."""
    return unpublish_expired_pages(), publish_due_revisions()
