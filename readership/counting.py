"""Counting a read: who may count, where the count goes, and what the reader sees.

Redis when configured and answering (production), else the database (the embedded
default, and production while Redis is unreachable). Either way the increment is
atomic and a reader counts once per article within 30 minutes. While PostgreSQL is
away, Redis still counts: what a beacon needs from the database has a copy in Redis.
"""

import time
import zoneinfo
from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpRequest
from django.utils import timezone

from readership import database, live
from readership.readers import identify, is_automated
from readership.stores import CountingStore, Outcome, StoreUnavailable

__all__ = ["Outcome", "count_read", "current_views", "outlet_today", "stored_views"]

# Where reads are counted, first choice first: Redis when configured and answering, else
# the database, which always counts. The one place the choice is made.
STORES: tuple[CountingStore, ...] = (live.COUNTS, database.COUNTS)
T = TypeVar("T")


def first_answering(ask: Callable[[CountingStore], T]) -> T:
    """ask(store) of the first of STORES that answers; the last never reports itself away."""
    for store in STORES[:-1]:
        try:
            return ask(store)
        except StoreUnavailable:
            continue
    return ask(STORES[-1])


_zone: tuple[float, zoneinfo.ZoneInfo] | None = None
ZONE_SECONDS = 60


def outlet_today(now: datetime | None = None) -> date:
    """Today in the outlet's time zone (the newsroom's "today"), read at most once a minute.

    While the database is away: the zone last read, else settings.TIME_ZONE.
    """
    global _zone
    if _zone is None or time.monotonic() - _zone[0] > ZONE_SECONDS:
        _zone = (time.monotonic(), _outlet_zone())
    return (now or timezone.now()).astimezone(_zone[1]).date()


def _outlet_zone() -> zoneinfo.ZoneInfo:
    from wagtail.models import Site

    from outlet.models import OutletSettings

    try:
        site = Site.objects.filter(is_default_site=True).first()
        return OutletSettings.for_site(site).zone if site else zoneinfo.ZoneInfo(settings.TIME_ZONE)
    except DatabaseError:
        return _zone[1] if _zone else zoneinfo.ZoneInfo(settings.TIME_ZONE)


_published: dict[int, tuple[float, int | None]] = {}
PUBLISHED_SECONDS = 1.0


def stored_views(article_id: int) -> int | None:
    """The article's stored total, None unless it is published; read at most once a second.

    A breaking story gets hundreds of beacons a second, each asking this: one query a
    second per process serves them all. The price is that a story's unpublishing takes
    up to a second to stop its counting, and the total shown lags by as much.

    Each read from the database leaves a copy in Redis, so that while the database is
    away beacons are still counted: with Redis's copy, else this process's last value
    (however old); with neither, the DatabaseError.
    """
    now = time.monotonic()
    known = _published.get(article_id)
    if known is not None and now - known[0] < PUBLISHED_SECONDS:
        return known[1]
    if len(_published) > 10_000:
        _published.clear()
    try:
        views = database.published_views([article_id]).get(article_id)
    except DatabaseError:
        kept, views = live.kept_stored_views(article_id)
        if not kept:
            if known is None:
                raise
            views = known[1]
    else:
        live.keep_stored_views(article_id, views)
    _published[article_id] = (now, views)
    return views


def forget_stored_views() -> None:
    _published.clear()


def current_views(article_ids: list[int]) -> dict[int, int]:
    """What readers should see now: the stored total plus what Redis has not flushed."""
    totals = database.published_views(article_ids)
    pending = first_answering(lambda store: store.pending_views(list(totals)))
    return {article_id: views + pending.get(article_id, 0) for article_id, views in totals.items()}


def count_read(
    request: HttpRequest, article_id: int, stored: int, now: datetime | None = None
) -> tuple[str, int]:
    """Count the request's reader for the published article whose stored total is
    `stored`; returns the outcome and the views to show."""
    if is_automated(request):
        return Outcome.NOT_A_PERSON, stored
    now = now or timezone.now()
    reader = identify(request, now)
    day = outlet_today(now)
    per_minute = settings.READERSHIP_READS_PER_MINUTE
    counted = first_answering(
        lambda store: store.record_read(
            reader.hash, reader.client, article_id, day, per_minute, now, reader.yesterdays_hash
        )
    )
    return counted.outcome, stored + counted.added
