"""Storing whole responses for anonymous readers, keyed by URL and by the URL's version.

A URL's version is that of its site and path (a Location): every host name the site
answers to shares it, and the same path on another site has its own. Invalidating a
location bumps its version, which retires the page and all its query variants
(?page=2, ?page=3, ...) at once without knowing them. A site-wide
version retires everything, for changes every page shows (menus, footer); an
edition's version retires that edition's pages (its most-read lists changed).

Each process remembers the versions it read for VERSION_SECONDS, so a spike's hits
cost no trip to Redis: a change made by another process (the worker, another app
server) reaches this one's readers within that time, one made here at once.
"""

import hashlib
import threading
import time
from collections import OrderedDict
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import BaseCache, caches
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port
from redis import RedisError
from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from caching.locations import Location

PAGE_TIMEOUT = 60 * 60  # invalidation keeps pages fresh; the timeout only frees memory
SITE_VERSION_KEY = "pagecache:site"
EDITION_VERSION_KEY = "pagecache:edition:{}"
VERSION_SECONDS = 0.1


class SiteUnknown(Exception):
    """Which site serves a host could not be read (the database is away) and is not known."""


# What the cache backends raise when their server is away (Redis; a file cache's disk), and
# a key that cannot be made meanwhile: either way the page is served uncached.
CACHE_ERRORS = (RedisError, OSError, SiteUnknown)
# The cache alias that raises when Redis is away rather than answering "missing": a
# missing version read as 0 would have this process keep and serve copies under a version
# it never read, and a bump that silently did nothing would lose an invalidation. See
# masthead.settings.base.redis_caches; without the alias (development, tests), "default".
PAGE_CACHE_ALIAS = "pagecache"


def page_cache() -> BaseCache:
    """The cache holding pages, their versions and the shown-on records; raises CACHE_ERRORS."""
    return caches[PAGE_CACHE_ALIAS if PAGE_CACHE_ALIAS in settings.CACHES else "default"]


def path_version_key(location: Location) -> str:
    """The version of one path on one site, whatever host name the site was asked by."""
    raw = f"{location.site_id}|{location.path}"
    return "pagecache:v:" + hashlib.md5(raw.encode(), usedforsecurity=False).hexdigest()


def edition_version_key(path: str) -> str:
    """The version shared by every page of the edition the path is in (/en/..., /ru/...)."""
    return edition_key(path.strip("/").split("/", 1)[0])


def edition_key(language_code: str) -> str:
    """The version of one edition's pages, bumped when its most-read lists change."""
    return EDITION_VERSION_KEY.format(language_code)


def kept_query(request: HttpRequest) -> list[tuple[str, str]]:
    """The query parameters a page may read, one value each: what the cache keys on and what
    the page is given (middleware.keep_only_cached_parameters), so `?utm_source=` and made-up
    parameters make no new entry. settings.PAGE_CACHE_QUERY_PARAMETERS, in that order, names
    matched exactly; of a repeated one the first value, as nginx's `$arg_name` has it."""
    if not request.META.get("QUERY_STRING"):
        return []
    query = request.GET
    return [
        (name, query.getlist(name)[0])
        for name in settings.PAGE_CACHE_QUERY_PARAMETERS
        if name in query
    ]


def page_key(request: HttpRequest, versions: tuple[int, ...]) -> str:
    query = urlencode(kept_query(request))
    # The scheme too: a page served over HTTPS carries headers (HSTS) one over HTTP must not.
    scheme = "https" if request.is_secure() else "http"
    raw = "|".join([scheme, request.get_host(), request.path, query, *map(str, versions)])
    return "pagecache:p:" + hashlib.md5(raw.encode(), usedforsecurity=False).hexdigest()


# (host, path), or a tuple of keys -> (when read, versions); see VERSION_SECONDS. The generation
# counts this process's invalidations, so a read that one overtook does not store what it read.
_known_versions: dict[tuple[str, ...], tuple[float, tuple[int, ...]]] = {}
_generation = 0


def _read_versions(memo_key: tuple[str, ...], keys: tuple[str, ...]) -> tuple[int, ...]:
    now = time.monotonic()
    known = _known_versions.get(memo_key)
    if known is not None and now - known[0] < VERSION_SECONDS:
        return known[1]
    generation = _generation
    cache = page_cache()
    found = cache.get_many(keys)
    if SITE_VERSION_KEY in keys and SITE_VERSION_KEY not in found:
        # A new or restarted Redis: a site version never used before, so no key of the
        # old one comes back (and no copy kept by a process, see RecentPages).
        cache.add(SITE_VERSION_KEY, time.time_ns(), None)
        found[SITE_VERSION_KEY] = cache.get(SITE_VERSION_KEY)
    versions = tuple(found.get(key, 0) for key in keys)
    if len(_known_versions) > 10_000:  # bounded: a crawler walking every page
        _known_versions.clear()
    if generation == _generation:
        _known_versions[memo_key] = (now, versions)
    return versions


def versions_of(keys: tuple[str, ...]) -> tuple[int, ...]:
    """The current versions under these keys (0 for one never bumped), read at most
    once per VERSION_SECONDS by this process. The site's version is always set."""
    return _read_versions(keys, keys)


# (host name, port) -> (the site version it was read under, the id of the site serving it).
_site_ids: dict[tuple[str, str], tuple[int, int | None]] = {}


def site_id_for(request: HttpRequest) -> int | None:
    """The id of the site serving the request's host, as Wagtail routes it (None: no site).

    Read from the database once per host and site version (a change to a Site bumps it),
    so a hit costs no query; while the database is away, the site last read for the host.
    The host was checked against ALLOWED_HOSTS (request.get_host()) before it gets here, so
    no made-up host makes an entry.
    """
    hostname, port = split_domain_port(request.get_host())[0], request.get_port()
    (site_version,) = versions_of((SITE_VERSION_KEY,))
    known = _site_ids.get((hostname, port))
    if known is not None and known[0] == site_version:
        return known[1]
    try:
        site_id = get_site_for_hostname(hostname, port).pk
    except Site.DoesNotExist:
        site_id = None
    except DatabaseError as error:
        if known is None:
            raise SiteUnknown(hostname) from error
        return known[1]
    if len(_site_ids) > 1_000:  # bounded: wildcard ALLOWED_HOSTS admit many names
        _site_ids.clear()
    _site_ids[(hostname, port)] = (site_version, site_id)
    return site_id


def current_versions(request: HttpRequest) -> tuple[int, ...]:
    """The versions the requested page depends on: the site's, its edition's, its own."""
    memo_key = (request.get_host(), request.path)
    known = _known_versions.get(memo_key)  # first, without finding the site: every hit asks
    if known is not None and time.monotonic() - known[0] < VERSION_SECONDS:
        return known[1]
    location = Location(site_id_for(request), request.path)
    return _read_versions(
        memo_key,
        (SITE_VERSION_KEY, edition_version_key(request.path), path_version_key(location)),
    )


def key_for(request: HttpRequest) -> str:
    """The request's cache key under the versions in force now.

    Taken once, before rendering: a render that started before a story changed
    stores its (old) page under the retired version, where nobody looks any more.
    """
    return page_key(request, current_versions(request))


class RecentPages:
    """The pages this process served last, by key, up to `max_bytes` of content.

    A key names one version of one page (the versions are in the key), so what is stored
    under it never changes and a local copy is never stale: a hit then costs one trip to
    Redis (the versions) instead of two, and no copying of the page over the network.
    """

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.size = 0
        self.pages: OrderedDict[str, tuple] = OrderedDict()
        self.lock = threading.Lock()

    def clear(self) -> None:
        with self.lock:
            self.pages.clear()
            self.size = 0

    def get(self, key: str) -> tuple | None:
        with self.lock:
            stored = self.pages.get(key)
            if stored is not None:
                self.pages.move_to_end(key)
            return stored

    def put(self, key: str, stored: tuple) -> None:
        size = len(stored[2])
        if size > self.max_bytes // 8:
            return
        with self.lock:
            if key in self.pages:
                return
            self.pages[key] = stored
            self.size += size
            while self.size > self.max_bytes:
                _, evicted = self.pages.popitem(last=False)
                self.size -= len(evicted[2])


# A spike is a few hot pages; 4 MB keeps them without raising a worker much past 130 MB.
recent_pages = RecentPages(max_bytes=4 * 1024 * 1024)


def forget_local_copies() -> None:
    """Drop the pages, versions and sites this process keeps; the shared cache keeps its own.
    (With the values remembered under the versions: caching.remembered.forget_local_copies.)"""
    recent_pages.clear()
    _known_versions.clear()
    _site_ids.clear()


def invalidations_seen() -> int:
    """How many invalidations this process has made: a read that one overtakes is not kept."""
    return _generation


def lookup(key: str) -> tuple | None:
    """The stored (status, headers, content) under the key, from this process or the cache."""
    stored = recent_pages.get(key)
    if stored is None:
        stored = page_cache().get(key)
        if stored is not None:
            recent_pages.put(key, stored)
    return stored


def load(key: str) -> HttpResponse | None:
    stored = lookup(key)
    if stored is None:
        return None
    status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def save(key: str, response: HttpResponse) -> None:
    headers = [(name, value) for name, value in response.items()]
    stored = (response.status_code, headers, response.content)
    page_cache().set(key, stored, PAGE_TIMEOUT)
    recent_pages.put(key, stored)


def _bump(key: str) -> None:
    """A version never used before (a clock reading), so no retired key can come back."""
    global _generation
    # No expiry, unlike every other entry: an evicted version would read as 0 again and
    # bring back the pages it retired (README, "Redis: memory").
    page_cache().set(key, time.time_ns(), None)
    _generation += 1
    _known_versions.clear()


def invalidate_locations(locations: set[Location]) -> None:
    for location in locations:
        _bump(path_version_key(location))


def invalidate_site() -> None:
    _bump(SITE_VERSION_KEY)


def invalidate_edition(language_code: str) -> None:
    """Retire every page of one edition (its most-read lists changed, say)."""
    _bump(edition_key(language_code))
