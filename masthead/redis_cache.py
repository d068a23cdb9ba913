"""Django's Redis cache backend, reusing its clients and surviving Redis going away.

Django's RedisCacheClient builds a new redis.Redis object for every cache operation,
and redis-py rebuilds its table of response callbacks each time: about 0.2 ms, twice
per page-cache hit (the versions, then the page), which was a third of a hit's cost.
A redis.Redis object is thread-safe and only wraps the pool, so one per pool serves.

Redis is a cache here: while it is away every page must still render from the database.
`RedisCache` (the default alias: Wagtail's site paths, sessions written through to the
database) treats an error as a miss: reads return the default, writes do nothing, `add`
returns False. `StrictRedisCache` (the page cache's alias) raises instead, because the
page cache must know the difference between a miss and Redis being away (see
caching.store). Both share one circuit breaker per server: after a connection error
every call skips Redis for OUTAGE_RETRY_SECONDS rather than waiting on a dead socket,
then one call tries again, and each outage is logged once, not once per call.
"""

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from redis import ConnectionError as RedisConnectionError
from redis import RedisError
from redis import TimeoutError as RedisTimeoutError

logger = logging.getLogger("masthead.outages")
T = TypeVar("T")

OUTAGE_RETRY_SECONDS = 1.0
# A new outage within this time of the last warning is counted, not logged again: a
# flapping network must not fill the log.
WARNING_INTERVAL_SECONDS = 60.0
# Redis answers in well under a millisecond on the same network; waiting longer than
# this for it costs more than reading the database does.
SOCKET_OPTIONS = {"socket_connect_timeout": 0.25, "socket_timeout": 0.5}
# The longest a tolerant cache keeps anything: no entry may be without an expiry, so that
# Redis's volatile-lru policy can evict it (README, "Redis: memory").
MAX_TIMEOUT = 60 * 60 * 24


class RedisUnavailable(RedisConnectionError):
    """Redis failed a moment ago: the call was not attempted (see Outage)."""


class Outage:
    """Whether a Redis server is to be skipped now, shared by a process's threads and aliases."""

    def __init__(self, server: str):
        self.server = server
        self.skip_until = 0.0
        self.down_since: float | None = None
        self.last_warning = -WARNING_INTERVAL_SECONDS
        self.unlogged = 0
        self.lock = threading.Lock()

    def skipping(self) -> bool:
        return self.skip_until > time.monotonic()

    def failed(self, error: Exception) -> None:
        now = time.monotonic()
        with self.lock:
            self.skip_until = now + OUTAGE_RETRY_SECONDS
            if self.down_since is not None:
                return
            self.down_since = now
            if now - self.last_warning < WARNING_INTERVAL_SECONDS:
                self.unlogged += 1
                return
            self.last_warning = now
            unlogged, self.unlogged = self.unlogged, 0
        logger.warning(
            "Redis at %s is unreachable (%s): serving without it, trying again every %s s%s",
            self.server,
            error,
            OUTAGE_RETRY_SECONDS,
            f" ({unlogged} shorter outages since the last warning)" if unlogged else "",
        )

    def answered(self) -> None:
        if self.down_since is None:  # the usual case: one attribute read per call
            return
        with self.lock:
            if self.down_since is None:
                return
            seconds, self.down_since = time.monotonic() - self.down_since, None
        logger.info("Redis at %s answers again after %.1f s", self.server, seconds)


_outages: dict[str, Outage] = {}
_outages_lock = threading.Lock()


def outage_of(server: str) -> Outage:
    outage = _outages.get(server)
    if outage is None:
        with _outages_lock:
            outage = _outages.setdefault(server, Outage(server))
    return outage


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients: dict[int, object] = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(
                connection_pool=self._get_connection_pool(write)
            )
        return client


class StrictRedisCache(DjangoRedisCache):
    """Raises Redis's errors; while an outage is on, RedisUnavailable without trying."""

    def __init__(self, server, params):
        options = {**SOCKET_OPTIONS, **params.get("OPTIONS", {})}
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = ReusingRedisCacheClient
        self._outage = outage_of(self._servers[0])

    def _call(self, operation: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        if self._outage.skipping():
            raise RedisUnavailable(f"Redis at {self._outage.server} failed a moment ago")
        try:
            result = operation(*args, **kwargs)
        except (RedisConnectionError, RedisTimeoutError) as error:
            self._outage.failed(error)
            raise
        self._outage.answered()
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call(super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._call(super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call(super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        return self._call(super().incr, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call(super().delete_many, keys, version)

    def clear(self):
        return self._call(super().clear)


class RedisCache(StrictRedisCache):
    """Redis's errors are misses: nothing read, nothing written, and every entry expires."""

    def get_backend_timeout(self, timeout=DEFAULT_TIMEOUT):
        timeout = super().get_backend_timeout(timeout)
        return MAX_TIMEOUT if timeout is None else min(timeout, MAX_TIMEOUT)

    @staticmethod
    def _or(fallback: T, operation: Callable[..., T], *args: Any) -> T:
        try:
            return operation(*args)
        except RedisError:  # logged by the outage, once; an out-of-memory write is lost too
            return fallback

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._or(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._or(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._or({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._or(False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except RedisError as error:  # as for a missing key: the caller starts the count again
            raise ValueError(f"Key '{key}' not found: {error}") from error

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._or(None, super().delete_many, keys, version)

    def clear(self):
        return self._or(False, super().clear)
