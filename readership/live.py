"""Counting in Redis: the production profile's live counters and deduplication keys.

A read is one Lua script (atomic on the server, one round trip): the client's rate
limit, the reader's 30-minute key (SET NX EX), and the pending counts. The worker
moves pending counts into the database (flush_to_database), recording each batch in
the same transaction so that a crash mid-move neither loses nor repeats a batch.

While Redis does not answer, counting goes to the database instead (readership.counting)
and Redis is tried again after RETRY_SECONDS. What Redis holds but has not flushed is
lost if Redis itself crashes: at most READERSHIP_FLUSH_SECONDS of counts (see README).
"""

import time
import uuid
from datetime import date

import redis
from django.conf import settings

from readership import database

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

# Returns {outcome, views not yet in the database}: outcome 1 counted, 0 already counted
# within the window, -1 counted for too many articles in the last minute.
READ_SCRIPT = """
local function pending()
  return tonumber(redis.call('HGET', KEYS[4], ARGV[4]) or '0')
    + tonumber(redis.call('HGET', KEYS[5], ARGV[4]) or '0')
end
if not redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[2]) then return {0, pending()} end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('EXPIRE', KEYS[1], 60) end
if hits > tonumber(ARGV[1]) then
  redis.call('DEL', KEYS[2])
  return {-1, pending()}
end
redis.call('HINCRBY', KEYS[3], ARGV[3], 1)
redis.call('HINCRBY', KEYS[4], ARGV[4], 1)
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


class RedisUnavailable(Exception):
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


def record_read(reader: str, article_id: int, day: date, per_minute: int) -> tuple[int, int]:
    """(outcome, views Redis holds for the article); raises RedisUnavailable.

    Outcome: 1 counted, 0 already counted within the window, -1 the reader was counted
    for more than `per_minute` articles in the last minute.
    """
    try:
        outcome, pending = _read(client())(
            keys=[
                f"readership:rate:{reader}",
                f"readership:seen:{reader}:{article_id}",
                PENDING_DAYS,
                PENDING_TOTALS,
                FLUSHING_TOTALS,
            ],
            args=[
                per_minute,
                int(database.DEDUPE_WINDOW.total_seconds()),
                f"{article_id}:{day.isoformat()}",
                article_id,
            ],
        )
        return int(outcome), int(pending)
    except redis.RedisError as error:
        mark_down()
        raise RedisUnavailable(str(error)) from error


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
