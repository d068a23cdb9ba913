"""Counting a read: who may count, where the count goes, and what the reader sees.

Redis when configured and answering (production), else the database (the embedded
default, and production while Redis is unreachable). Either way the increment is
atomic and a reader counts once per article within 30 minutes.
"""

import time
import zoneinfo
from datetime import date

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone
from redis import RedisError

from readership import database, live
from readership.readers import is_automated, reader_hash


class Outcome:
    COUNTED = "counted"
    ALREADY_COUNTED = "already-counted"
    NOT_A_PERSON = "not-a-person"
    RATE_LIMITED = "rate-limited"


_zone: tuple[float, zoneinfo.ZoneInfo] | None = None


def outlet_today() -> date:
    """Today in the outlet's time zone (the newsroom's "today"), read at most once a minute."""
    global _zone
    if _zone is None or time.monotonic() - _zone[0] > 60:
        from wagtail.models import Site

        from outlet.models import OutletSettings

        site = Site.objects.filter(is_default_site=True).first()
        zone = OutletSettings.for_site(site).zone if site else zoneinfo.ZoneInfo(settings.TIME_ZONE)
        _zone = (time.monotonic(), zone)
    return timezone.now().astimezone(_zone[1]).date()


def current_views(article_ids: list[int]) -> dict[int, int]:
    """What readers should see now: the stored total plus what Redis has not flushed."""
    totals = database.published_views(article_ids)
    try:
        pending = live.pending_views(list(totals))
    except live.RedisUnavailable:
        pending = {}
    return {article_id: views + pending.get(article_id, 0) for article_id, views in totals.items()}


def _over_rate_in_cache(reader: str) -> bool:
    """The rate limit when Redis is not there: per process with the local-memory cache."""
    key = f"readership:rate:{reader}:{int(time.time() // 60)}"
    try:
        cache.add(key, 0, 120)
        hits = cache.incr(key)
    except ValueError:  # expired between the two calls
        hits = 1
    except RedisError:  # the cache is the Redis that is away: count, unlimited, for now
        return False
    return hits > settings.READERSHIP_READS_PER_MINUTE


def count_read(request: HttpRequest, article_id: int) -> str:
    """Count the request's reader for the (published) article; returns the outcome."""
    if is_automated(request):
        return Outcome.NOT_A_PERSON
    reader = reader_hash(request)
    day = outlet_today()
    try:
        result = live.record_read(reader, article_id, day, settings.READERSHIP_READS_PER_MINUTE)
    except live.RedisUnavailable:
        if _over_rate_in_cache(reader):
            return Outcome.RATE_LIMITED
        counted = database.record_read(reader, article_id, day)
        return Outcome.COUNTED if counted else Outcome.ALREADY_COUNTED
    return {1: Outcome.COUNTED, 0: Outcome.ALREADY_COUNTED}.get(result, Outcome.RATE_LIMITED)
