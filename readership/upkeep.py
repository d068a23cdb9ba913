"""The worker's readership duties: flush Redis counters, refresh most-read lists, forget
(old dedupe rows, old daily keys and Redis's aged buckets) and make tomorrow's key.

Run by `manage.py run_worker` in its own thread (see newsroom's command).
"""

import logging
import threading
import time

from django.conf import settings
from django.db import close_old_connections

from readership import database, live
from readership.counting import outlet_today
from readership.most_read import refresh_rankings
from readership.readers import forget_old_keys, make_tomorrows_key

logger = logging.getLogger(__name__)


def flush_counters() -> int:
    """Move Redis's pending counts into the database; 0 when there is no Redis."""
    try:
        moved = live.flush_to_database()
    except live.RedisUnavailable:
        return 0
    except live.redis.RedisError as error:
        live.mark_down()
        logger.warning("Could not flush view counters from Redis: %s", error)
        return 0
    live.mark_up()
    return moved


def refresh_most_read() -> None:
    from pagecache.retries import invalidate_or_retry

    for language in refresh_rankings(outlet_today()):
        invalidate_or_retry("edition", language)


def forget() -> None:
    database.forget_old_readers()
    forget_old_keys()
    make_tomorrows_key()
    try:
        live.forget_aged_buckets()
    except live.RedisUnavailable:
        pass
    except live.redis.RedisError as error:
        live.mark_down()
        logger.warning("Could not delete aged readership buckets from Redis: %s", error)


def run_forever(stop: threading.Event) -> None:
    """Each duty on its own period, until `stop` is set; one failing never stops the others."""
    duties = [
        (flush_counters, settings.READERSHIP_FLUSH_SECONDS),
        (refresh_most_read, settings.READERSHIP_MOST_READ_SECONDS),
        (forget, 300.0),
    ]
    due = [0.0] * len(duties)
    while not stop.is_set():
        now = time.monotonic()
        for index, (duty, period) in enumerate(duties):
            if now < due[index]:
                continue
            due[index] = now + period
            try:
                duty()
            except Exception:  # logged, and tried again next period
                logger.exception("Readership upkeep failed: %s", duty.__name__)
            finally:
                close_old_connections()
        stop.wait(max(0.1, min(due) - time.monotonic()))
