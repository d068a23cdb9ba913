"""What many pages read alike, remembered by each process under the versions it depends on.

Every page of an edition reads the same site, settings, menu, edition homes and index
pages, and every story of a section the same "more stories" list: most of an
uncached render's queries. Each is remembered here under the page cache's versions
(caching.store) that a change to it bumps, so it is read again exactly when it may
have changed: a change made in this process is seen at once, one made in another
within store.VERSION_SECONDS, as with the cached pages themselves.

What is remembered is shared by the process's requests: callers treat it as read-only
and hand out copies of what Wagtail writes on (settings keep their request). It is read
from the primary database, never a lagging replica, and kept at most MAX_AGE_SECONDS:
a bound on what a lost invalidation (Redis away at the moment of a change, a version
evicted) could leave stale.
"""

import time
from collections.abc import Callable, Hashable
from typing import TypeVar

from django.http import HttpRequest
from wagtail.models import Site

from caching import store
from masthead.db_replicas import primary_reads

T = TypeVar("T")
# Bounded: keys include things readers choose (a host name, a section), so a crawler
# or a flood of odd hosts cannot grow a worker.
MAX_ENTRIES = 2_000
MAX_AGE_SECONDS = 60.0

# name -> (versions it was read under, when, value)
_remembered: dict[Hashable, tuple[tuple[int, ...], float, object]] = {}


def remembered(
    name: Hashable, compute: Callable[[], T], also_depends_on: tuple[str, ...] = ()
) -> T:
    """compute() as of the current versions of the site and of `also_depends_on`'s keys.

    Read before computing: a value computed while a change lands is kept under the
    versions before it, which the change retires.
    """
    try:
        versions = store.versions_of((store.SITE_VERSION_KEY, *also_depends_on))
    except store.CACHE_ERRORS:  # the cache (Redis) is away: read afresh, as pages render then
        return compute()
    now = time.monotonic()
    known = _remembered.get(name)
    if known is not None and known[0] == versions and now - known[1] < MAX_AGE_SECONDS:
        return known[2]
    generation = store.invalidations_seen()
    with primary_reads():
        value = compute()
    if store.invalidations_seen() == generation:  # no change landed here while computing
        if len(_remembered) >= MAX_ENTRIES:
            _remembered.clear()
        _remembered[name] = (versions, now, value)
    return value


def site_of(request: HttpRequest | None) -> int | None:
    """The request's site, for the key of what renders links relative to it."""
    site = Site.find_for_request(request) if request is not None else None
    return site.pk if site is not None else None


def forget_local_copies() -> None:
    """Drop all this process keeps: the values remembered here, and the store's pages,
    versions and sites (the shared cache keeps its own)."""
    _remembered.clear()
    store.forget_local_copies()
