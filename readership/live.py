"""Counting in Redis: the production profile's live counters and deduplication keys.

A read is one Lua script (atomic on the server, one round trip): the reader's entry in
the 30-minute dedupe buckets, the client's per-minute count, and the pending counts. The worker
moves pending counts into the database (flush_to_database), recording each batch in
the same transaction so that a crash mid-move neither loses nor repeats a batch.

While Redis does not answer, counting goes to the database instead (readership.counting)
and Redis is tried again after RETRY_SECONDS. What Redis holds but has not flushed is
lost if Redis itself crashes: at most READERSHIP_FLUSH_SECONDS of counts (see README).
"""

import time
import uuid
from datetime import date, datetime

import redis
from django.conf import settings

from readership import database
from readership.stores import DEDUPE_WINDOW, Outcome, ReadCounted, StoreUnavailable

PENDING_DAYS = "readership:pending:days"  # field "<article>:<day>" -> views
PENDING_TOTALS = "readership:pending:totals"  # field "<article>" -> views
FLUSHING_DAYS = "readership:flushing:days"
FLUSHING_TOTALS = "readership:flushing:totals"
FLUSHING_BATCH = "readership:flushing:batch"
FLUSH_LOCK = "readership:flush-lock"
# Far more than a flush takes (milliseconds), and all that a worker killed mid-flush
# delays the next one by. A flush that overran it is still safe: see flush_to_database.
FLUSH_LOCK_SECONDS = 5
RETRY_SECONDS = 2.0

# No key the counting needs has a TTL, so that Redis configured with a memory limit and
# `maxmemory-policy volatile-lru` evicts page-cache entries and sessions (which have TTLs)
# and never these. What ages out is deleted instead: by the read script, and by the
# worker's upkeep (forget_aged_buckets) for buckets no read came to delete.
SEEN = "readership:seen:"  # + 30-minute bucket: field "<reader>:<article>" -> counted-at s
RATE = "readership:rate:"  # + minute: field "<client>" -> reads counted or refused
DAILY_KEYS = "readership:daily-keys"  # field "<day>" -> that day's hashing key (hex)
# + article: its stored total ("-" unpublished) as last read from the database; only a
# fallback while the database is away, so it has a TTL and its eviction is harmless.
STORED = "readership:stored:"
STORED_COPY_SECONDS = 24 * 3600
RATE_SECONDS = 60

# Returns {outcome, views not yet in the database}: outcome 1 counted, 0 already counted
# within the window (under today's key or, during the overlap, yesterday's), -1 the
# client was counted for too many articles this minute. The window is exact: a bucket is
# as long as the window, and a reader counted less than a window ago is in this bucket
# or the previous one, with the time they were counted.
READ_SCRIPT = """
local now, window = tonumber(ARGV[2]), tonumber(ARGV[3])
local function pending()
  return tonumber(redis.call('HGET', KEYS[7], ARGV[8]) or '0')
    + tonumber(redis.call('HGET', KEYS[8], ARGV[8]) or '0')
end
local function seen(field)
  if field == '' then return false end
  for _, bucket in ipairs({KEYS[3], KEYS[4]}) do
    local at = redis.call('HGET', bucket, field)
    if at and now - tonumber(at) < window then return true end
  end
  return false
end
if seen(ARGV[4]) or seen(ARGV[5]) then return {0, pending()} end
if redis.call('HINCRBY', KEYS[1], ARGV[6], 1) > tonumber(ARGV[1]) then return {-1, pending()} end
redis.call('HSET', KEYS[3], ARGV[4], ARGV[2])
redis.call('HINCRBY', KEYS[6], ARGV[7], 1)
redis.call('HINCRBY', KEYS[7], ARGV[8], 1)
redis.call('UNLINK', KEYS[2], KEYS[5])
return {1, pending()}
"""

# Sets the pending counts aside for one flush, unless a previous flush left some.
TAKE_BATCH_SCRIPT = """
if redis.call('EXISTS', KEYS[3]) == 1 then return redis.call('GET', KEYS[5]) end
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
redis.call('RENAME', KEYS[1], KEYS[3])
redis.call('RENAME', KEYS[2], KEYS[4])
redis.call('SET', KEYS[5], ARGV[1])
return ARGV[1]
"""


# Deletes the lock only for its owner: a flush that overran the lock must not free the
# lock another worker has taken since.
RELEASE_LOCK_SCRIPT = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class RedisUnavailable(StoreUnavailable):
    """Redis is not configured, or did not answer recently."""


_client: redis.Redis | None = None
_client_url: str | None = None
_down_until = 0.0


def client() -> redis.Redis:
    global _client, _client_url
    url = settings.READERSHIP_REDIS_URL
    if not url:
        raise RedisUnavailable("no READERSHIP_REDIS_URL")
    if time.monotonic() < _down_until:
        raise RedisUnavailable("Redis failed recently")
    if _client is None or _client_url != url:
        _client = redis.Redis.from_url(
            url, socket_connect_timeout=0.5, socket_timeout=0.5, health_check_interval=30
        )
        _client_url = url
    return _client


def mark_down() -> None:
    global _down_until
    _down_until = time.monotonic() + RETRY_SECONDS


def mark_up() -> None:
    global _down_until
    _down_until = 0.0


_read_script: redis.commands.core.Script | None = None


def _read(redis_client: redis.Redis):
    """The read script, sent once and then called by its hash (EVALSHA)."""
    global _read_script
    if _read_script is None or _read_script.registered_client is not redis_client:
        _read_script = redis_client.register_script(READ_SCRIPT)
    return _read_script


def record_read(
    reader: str,
    client_hash: str,
    article_id: int,
    day: date,
    per_minute: int,
    now: float,
    yesterdays_reader: str | None = None,
) -> tuple[int, int]:
    """(outcome, views Redis holds for the article); raises RedisUnavailable.

    Outcome: 1 counted, 0 already counted within the window, -1 the client was counted
    for more than `per_minute` articles this minute. `now` is the Unix time of the read
    (the app server's clock, so that every server's buckets agree only to NTP's
    precision: well under a second).
    """
    window = int(DEDUPE_WINDOW.total_seconds())
    bucket, minute = int(now // window), int(now // RATE_SECONDS)
    try:
        outcome, pending = _read(client())(
            keys=[
                f"{RATE}{minute}",
                f"{RATE}{minute - 2}",
                f"{SEEN}{bucket}",
                f"{SEEN}{bucket - 1}",
                f"{SEEN}{bucket - 2}",
                PENDING_DAYS,
                PENDING_TOTALS,
                FLUSHING_TOTALS,
            ],
            args=[
                per_minute,
                int(now),
                window,
                f"{reader}:{article_id}",
                f"{yesterdays_reader}:{article_id}" if yesterdays_reader else "",
                client_hash,
                f"{article_id}:{day.isoformat()}",
                article_id,
            ],
        )
        return int(outcome), int(pending)
    except redis.RedisError as error:
        mark_down()
        raise RedisUnavailable(str(error)) from error


def forget_aged_buckets(now: float | None = None) -> int:
    """Delete the dedupe and rate buckets that aged out (UNLINK); returns how many.

    The read script deletes the one before the previous as it goes; this catches those
    it skipped (no read came in their time, or the clock jumped).
    """
    now = time.time() if now is None else now
    window = int(DEDUPE_WINDOW.total_seconds())
    oldest_kept = {SEEN: int(now // window) - 1, RATE: int(now // RATE_SECONDS) - 1}
    redis_client = client()
    aged = []
    for prefix, oldest in oldest_kept.items():
        for name in redis_client.scan_iter(match=f"{prefix}*", count=1000):
            number = name.decode().removeprefix(prefix)
            if number.lstrip("-").isdigit() and int(number) < oldest:
                aged.append(name)
    if aged:
        redis_client.unlink(*aged)
    return len(aged)


def _quietly(action):
    """Run a Redis call whose failure must not fail what caused it; None if it fails."""
    try:
        return action(client())
    except RedisUnavailable:
        return None
    except redis.RedisError:
        mark_down()
        return None


def keep_daily_key(day: date, secret: str) -> None:
    _quietly(lambda redis_client: redis_client.hset(DAILY_KEYS, day.isoformat(), secret))


def kept_daily_key(day: date) -> str | None:
    secret = _quietly(lambda redis_client: redis_client.hget(DAILY_KEYS, day.isoformat()))
    return secret.decode() if secret else None


def forget_daily_keys_before(day: date) -> None:
    def forget(redis_client: redis.Redis) -> None:
        old = [
            field for field in redis_client.hkeys(DAILY_KEYS) if field.decode() < day.isoformat()
        ]
        if old:
            redis_client.hdel(DAILY_KEYS, *old)

    _quietly(forget)


def keep_stored_views(article_id: int, views: int | None) -> None:
    copy = "-" if views is None else str(views)
    _quietly(
        lambda redis_client: redis_client.set(f"{STORED}{article_id}", copy, ex=STORED_COPY_SECONDS)
    )


def kept_stored_views(article_id: int) -> tuple[bool, int | None]:
    """(whether Redis has a copy, the stored total or None for unpublished)."""
    copy = _quietly(lambda redis_client: redis_client.get(f"{STORED}{article_id}"))
    if copy is None:
        return False, None
    return True, None if copy == b"-" else int(copy)


def pending_views(article_ids: list[int]) -> dict[int, int]:
    """Counts not yet in the database, per article (including a flush under way)."""
    if not article_ids:
        return {}
    try:
        pipe = client().pipeline(transaction=False)
        pipe.hmget(PENDING_TOTALS, article_ids)
        pipe.hmget(FLUSHING_TOTALS, article_ids)
        pending, flushing = pipe.execute()
    except redis.RedisError as error:
        mark_down()
        raise RedisUnavailable(str(error)) from error
    return {
        article_id: int(waiting or 0) + int(moving or 0)
        for article_id, waiting, moving in zip(article_ids, pending, flushing, strict=True)
    }


def flush_to_database() -> int:
    """Move the pending counts into the database; returns how many views moved.

    Only one worker flushes at a time: a lock of FLUSH_LOCK_SECONDS, owned by a
    token. The batch's id is written in the same transaction as its counts: if the
    worker dies after the commit but before clearing Redis, the next flush sees the id
    and only clears; two flushes of one batch (one overran the lock) cannot both
    commit, since the id is the record's primary key.
    """
    from django.db import transaction

    from readership.models import FlushedBatch

    redis_client = client()
    token = uuid.uuid4().hex
    if not redis_client.set(FLUSH_LOCK, token, nx=True, ex=FLUSH_LOCK_SECONDS):
        return 0
    try:
        batch_id = redis_client.eval(
            TAKE_BATCH_SCRIPT,
            5,
            PENDING_DAYS,
            PENDING_TOTALS,
            FLUSHING_DAYS,
            FLUSHING_TOTALS,
            FLUSHING_BATCH,
            uuid.uuid4().hex,
        )
        if not batch_id:
            return 0
        batch_id = batch_id.decode()
        counts = []
        for field, views in redis_client.hgetall(FLUSHING_DAYS).items():
            article_id, day = field.decode().split(":")
            counts.append((int(article_id), date.fromisoformat(day), int(views)))
        with transaction.atomic():
            if FlushedBatch.objects.filter(batch_id=batch_id).exists():
                counts = []  # applied by a worker that died before clearing Redis
            else:
                FlushedBatch.objects.create(batch_id=batch_id)
                database.add_views(counts)
        redis_client.delete(FLUSHING_DAYS, FLUSHING_TOTALS, FLUSHING_BATCH)
        return sum(views for _, _, views in counts)
    finally:
        redis_client.eval(RELEASE_LOCK_SCRIPT, 1, FLUSH_LOCK, token)


class RedisCounts:
    """Redis as a CountingStore (readership.stores): reads wait there for the worker to
    move them into the database (flush_to_database)."""

    OUTCOMES = {1: Outcome.COUNTED, 0: Outcome.ALREADY_COUNTED, -1: Outcome.RATE_LIMITED}

    def record_read(
        self,
        reader: str,
        client: str,
        article_id: int,
        day: date,
        per_minute: int,
        now: datetime,
        yesterdays_reader: str | None = None,
    ) -> ReadCounted:
        result, pending = record_read(
            reader, client, article_id, day, per_minute, now.timestamp(), yesterdays_reader
        )
        return ReadCounted(self.OUTCOMES[result], pending)

    def pending_views(self, article_ids: list[int]) -> dict[int, int]:
        return pending_views(article_ids)


COUNTS = RedisCounts()
