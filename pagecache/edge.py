"""Keep the edge cache (nginx in front, deploy/nginx) current: refresh exactly what changed.

nginx answers anonymous readers from its own cache, so a hit never reaches the app.
When the app retires pages (pagecache.invalidation), it asks nginx for each of them
again with a secret header: nginx passes that request to the app, bypassing its
cache, and stores the fresh answer in place of the old copy. Readers keep getting the
old copy until the new one is in, so there is no burst of misses after a change, and
a change is visible as soon as its refresh lands, not when a copy expires.

Refreshes run in a thread of their own, after the app's other processes can have seen
the change (caching.store.VERSION_SECONDS): before that, one of them could answer the
refresh with its old copy. A refresh that fails is logged and never fails or delays the
editor's action; the copy then expires as usual (nginx keeps pages for a second).

Pages retired by a site or edition version bump (a change every page shows, most-read
lists) cannot be named, and neither can a list's later pages (`?page=2`): they are seen
when nginx's copy expires.
"""

import hashlib
import hmac
import http.client
import logging
import ssl
import threading
import time
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.http.request import validate_host
from django.utils.encoding import iri_to_uri
from wagtail.models import Site

from caching import store
from caching.locations import Location

logger = logging.getLogger(__name__)

REFRESH_HEADER = "X-Masthead-Refresh"
# Parallel refreshes: the home page and sections (refreshed first) should not wait behind
# a story's tag and author pages, and each refresh is a render in the app.
CONCURRENCY = 2
TIMEOUT_SECONDS = 5.0
# How long after a change another app process may still serve its old copy, plus margin.
SETTLE_SECONDS = store.VERSION_SECONDS + 0.05


def refresh_token() -> str:
    """The refresh header's value, written into nginx's configuration (bin/nginx_conf.py):
    unknown to anyone without SECRET_KEY, since a refresh always reaches the app."""
    return hmac.new(
        settings.SECRET_KEY.encode(), b"masthead.pagecache.edge-refresh", hashlib.sha256
    ).hexdigest()


def edge_urls() -> list[str]:
    """Where nginx listens: settings.PAGE_CACHE_EDGE_URL, comma-separated when each app
    server has an nginx of its own; none when there is no edge cache."""
    setting = getattr(settings, "PAGE_CACHE_EDGE_URL", "")
    return [url.strip() for url in setting.split(",") if url.strip()]


def tls_context() -> ssl.SSLContext:
    """Verifying an https:// edge as browsers do, or against settings.PAGE_CACHE_EDGE_CA
    (a PEM file) when its certificate is one of the deployment's own, made on first run."""
    return ssl.create_default_context(cafile=getattr(settings, "PAGE_CACHE_EDGE_CA", "") or None)


class EdgeConnection(http.client.HTTPSConnection):
    """HTTPS to the edge's address (often 127.0.0.1), verified as the host name refreshed,
    which is what its certificate names."""

    def __init__(self, address: str, port: int, host: str, **options):
        super().__init__(address, port, **options)
        self.server_name = host

    def connect(self) -> None:
        http.client.HTTPConnection.connect(self)
        self.sock = self._context.wrap_socket(self.sock, server_hostname=self.server_name)


def host_names() -> list[str]:
    """The host names readers use: nginx keys its copies by host. Wildcard entries of
    ALLOWED_HOSTS cannot be enumerated; their copies expire instead."""
    return [host for host in settings.ALLOWED_HOSTS if host and "*" not in host and host[0] != "."]


def hosts_of_sites() -> dict[int, tuple[str, list[str]]]:
    """Each site's root URL, and the host names whose copies are its pages: its own, and
    for the default site every other allowed host no site claims (Wagtail serves the
    default site there)."""
    sites = list(Site.objects.all())
    claimed = {site.hostname for site in sites}
    unclaimed = [host for host in host_names() if host not in claimed]
    hosts = {}
    for site in sites:
        own = [site.hostname] if validate_host(site.hostname, settings.ALLOWED_HOSTS) else []
        hosts[site.pk] = (site.root_url, own + (unclaimed if site.is_default_site else []))
    return hosts


def refresh_order(locations: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Shortest first: the home page and sections, which most readers see, before the rest."""
    return sorted(set(locations), key=lambda pair: (pair[1].count("/"), pair[1], pair[0]))


def refresh(pages: Iterable[tuple[str, str]]) -> None:
    """Ask each nginx for each (host, path) afresh; failures are logged."""
    token = refresh_token()
    requests = [
        (urlsplit(edge), host, path) for host, path in refresh_order(pages) for edge in edge_urls()
    ]

    def one(request: tuple) -> None:
        edge, host, path = request
        if edge.scheme == "https":
            connection = EdgeConnection(
                edge.hostname,
                edge.port or 443,
                host,
                timeout=TIMEOUT_SECONDS,
                context=tls_context(),
            )
        else:
            connection = http.client.HTTPConnection(
                edge.hostname, edge.port or 80, timeout=TIMEOUT_SECONDS
            )
        try:
            # Locations hold decoded paths (caching.locations); HTTP carries them encoded.
            connection.request(
                "GET", iri_to_uri(path), headers={"Host": host, REFRESH_HEADER: token}
            )
            response = connection.getresponse()
            response.read()
            if response.status >= 500:
                logger.warning("edge refresh of %s%s answered %s", host, path, response.status)
        except OSError as error:
            logger.warning("edge refresh of %s%s failed: %s", host, path, error)
        finally:
            connection.close()

    # Plain threads, not an executor: those refuse work once the interpreter is exiting,
    # which is when a `manage.py shell -c` that published gets here.
    pending = iter(requests)
    lock = threading.Lock()

    def work() -> None:
        while True:
            with lock:
                request = next(pending, None)
            if request is None:
                return
            one(request)

    workers = [threading.Thread(target=work) for _ in range(min(CONCURRENCY, len(requests)))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


def purge_frontend_caches(urls: list[str]) -> None:
    """The same URLs for a CDN or Varnish, when WAGTAILFRONTENDCACHE names one."""
    if not urls or not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_urls(urls)
    batch.purge()


def refresh_later(locations: Iterable[Location]) -> threading.Thread | None:
    """Refresh nginx's copies of these pages, on every host name of their site, and purge
    them from frontend caches, in the background. Not a daemon thread: a command
    (`manage.py shell`, the worker) that publishes finishes its refreshes before it exits."""
    locations = set(locations)
    if not locations or not (edge_urls() or getattr(settings, "WAGTAILFRONTENDCACHE", None)):
        return None
    sites = hosts_of_sites()  # here, not in the thread: it reads the database
    pages = {
        (host, location.path)
        for location in locations
        for host in sites.get(location.site_id, ("", []))[1]
    }
    urls = sorted(
        {
            sites[location.site_id][0] + iri_to_uri(location.path)
            for location in locations
            if location.site_id in sites
        }
    )

    def run() -> None:
        try:
            time.sleep(SETTLE_SECONDS)
            if edge_urls():
                refresh(pages)
            purge_frontend_caches(urls)
        except Exception:  # a side effect: logged, never the editor's failure
            logger.exception("refreshing the edge cache failed")

    thread = threading.Thread(target=run, name="edge-refresh", daemon=False)
    thread.start()
    return thread
