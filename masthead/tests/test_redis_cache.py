"""The Redis cache backends: a miss (or an error, for the page cache) while Redis is away."""

import logging
import socket
import time

import pytest
import redis

from masthead import redis_cache
from masthead.redis_cache import RedisCache, RedisUnavailable, StrictRedisCache


def tolerant(url: str) -> RedisCache:
    return RedisCache(url, {"KEY_PREFIX": "test"})


def strict(url: str) -> StrictRedisCache:
    return StrictRedisCache(url, {"KEY_PREFIX": "test"})


def test_while_redis_is_away_reads_are_misses_and_writes_do_nothing(own_redis):
    cache = tolerant(own_redis.url)
    cache.set("kept", "value")
    own_redis.stop()

    assert cache.get("kept", "default") == "default"
    assert cache.get_many(["kept"]) == {}
    assert cache.add("new", "value") is False
    assert cache.set("other", "value") is None
    assert cache.set_many({"a": 1}) == ["a"]
    assert "kept" not in cache


def test_while_redis_is_away_the_strict_backend_raises(own_redis):
    cache = strict(own_redis.url)
    own_redis.stop()

    with pytest.raises(redis.ConnectionError):
        cache.get("kept")
    with pytest.raises(redis.ConnectionError):
        cache.set("kept", "value", None)


def test_after_an_error_redis_is_skipped_for_a_moment_then_tried_again(own_redis):
    cache = strict(own_redis.url)
    own_redis.stop()
    with pytest.raises(redis.ConnectionError):
        cache.get("key")
    own_redis.start()

    with pytest.raises(RedisUnavailable):  # not tried: Redis failed a moment ago
        cache.get("key")
    time.sleep(redis_cache.OUTAGE_RETRY_SECONDS)
    cache.set("key", "value")

    assert cache.get("key") == "value"


def test_caching_resumes_when_redis_comes_back(own_redis):
    cache = tolerant(own_redis.url)
    own_redis.stop()
    cache.set("key", "lost")
    own_redis.start()
    time.sleep(redis_cache.OUTAGE_RETRY_SECONDS)

    cache.set("key", "value")

    assert cache.get("key") == "value"


def test_an_outage_is_logged_once_however_many_calls_it_fails(own_redis, caplog):
    cache = tolerant(own_redis.url)
    own_redis.stop()

    with caplog.at_level(logging.INFO, logger="masthead.outages"):
        for _ in range(200):
            cache.get("key")
        own_redis.start()
        time.sleep(redis_cache.OUTAGE_RETRY_SECONDS)
        cache.get("key")

    messages = [(record.levelname, record.getMessage()) for record in caplog.records]
    assert [level for level, _ in messages] == ["WARNING", "INFO"]
    assert "unreachable" in messages[0][1]
    assert "answers again" in messages[1][1]


def test_a_redis_that_does_not_answer_costs_at_most_its_socket_timeout():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)  # connections are accepted by the kernel, never answered
    cache = tolerant(f"redis://127.0.0.1:{listener.getsockname()[1]}/0")
    try:
        started = time.monotonic()
        assert cache.get("key", "default") == "default"
        first = time.monotonic() - started
        started = time.monotonic()
        assert cache.get("key", "default") == "default"
        second = time.monotonic() - started
    finally:
        listener.close()

    assert first < 1.0
    assert second < 0.01  # skipped while the breaker is open


def test_every_entry_of_the_tolerant_backend_expires(own_redis):
    cache = tolerant(own_redis.url)

    cache.set("forever", "value", None)

    assert redis.Redis.from_url(own_redis.url).ttl("test:1:forever") > 0


def test_the_strict_backend_keeps_what_is_meant_to_stay(own_redis):
    strict(own_redis.url).set("version", 1, None)

    assert redis.Redis.from_url(own_redis.url).ttl("test:1:version") == -1
