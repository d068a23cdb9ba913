"""Storing whole responses for anonymous readers, keyed by URL and by the URL's version.

Invalidating a URL bumps its version, which retires the page and all its query
variants (?page=2, ?page=3, ...) at once without knowing them. A site-wide
version retires everything, for changes every page shows (menus, footer).
"""

import hashlib
from urllib.parse import urlencode

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

PAGE_TIMEOUT = 60 * 60  # invalidation keeps pages fresh; the timeout only frees memory
SITE_VERSION_KEY = "pagecache:site"


def path_version_key(path: str) -> str:
    return "pagecache:v:" + hashlib.md5(path.encode(), usedforsecurity=False).hexdigest()


def page_key(request: HttpRequest, versions: tuple[int, int]) -> str:
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    raw = f"{request.get_host()}|{request.path}|{query}|{versions[0]}|{versions[1]}"
    return "pagecache:p:" + hashlib.md5(raw.encode(), usedforsecurity=False).hexdigest()


def current_versions(path: str) -> tuple[int, int]:
    found = cache.get_many([SITE_VERSION_KEY, path_version_key(path)])
    return found.get(SITE_VERSION_KEY, 0), found.get(path_version_key(path), 0)


def key_for(request: HttpRequest) -> str:
    """The request's cache key under the versions in force now.

    Taken once, before rendering: a render that started before a story changed
    stores its (old) page under the retired version, where nobody looks any more.
    """
    return page_key(request, current_versions(request.path))


def load(key: str) -> HttpResponse | None:
    stored = cache.get(key)
    if stored is None:
        return None
    status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def save(key: str, response: HttpResponse) -> None:
    headers = [(name, value) for name, value in response.items()]
    cache.set(key, (response.status_code, headers, response.content), PAGE_TIMEOUT)


def _bump(key: str) -> None:
    try:
        cache.incr(key)
    except ValueError:  # not set yet (or evicted): any new value retires the old pages
        cache.set(key, 1, None)


def invalidate_paths(paths: set[str]) -> None:
    for path in paths:
        _bump(path_version_key(path))


def invalidate_site() -> None:
    _bump(SITE_VERSION_KEY)
