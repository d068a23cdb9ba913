"""Per-client request limits, shared by the capabilities readers can hammer (search, its
suggestions, the API), so that each counts the same way and with the same address
(masthead.client_address).

A fixed window in the default cache: `limit` requests per `window_seconds` per client and
bucket. A limit is a protection, not the point of the request: when the cache cannot be
reached the request is let through (and the outage is logged by the cache backend).
"""

import time
from dataclasses import dataclass

from django.core.cache import caches
from django.http import HttpRequest

from masthead.client_address import client_address

CACHE_ALIAS = "default"


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    # Whole seconds until the client's window ends: the Retry-After of a 429.
    retry_after: int


def take(bucket: str, client: str, limit: int, window_seconds: int) -> Verdict:
    """Count one request of `client` in `bucket`; whether it is within the limit."""
    now = time.time()
    window = int(now // window_seconds)
    retry_after = max(1, int((window + 1) * window_seconds - now + 0.999))
    key = f"ratelimit:{bucket}:{window}:{client}"
    cache = caches[CACHE_ALIAS]
    try:
        count = 1 if cache.add(key, 1, window_seconds + 1) else cache.incr(key)
    except ValueError:  # expired between add and incr: this is the window's first
        cache.set(key, 1, window_seconds + 1)
        count = 1
    except Exception:  # noqa: BLE001 (any cache failure: the limit steps aside)
        return Verdict(allowed=True, retry_after=0)
    return Verdict(allowed=count <= limit, retry_after=0 if count <= limit else retry_after)


def take_for_request(request: HttpRequest, bucket: str, limit: int, window_seconds: int) -> Verdict:
    """`take` for the client that sent `request`, as our proxies saw it."""
    return take(bucket, client_address(request), limit, window_seconds)
