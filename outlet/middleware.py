import zoneinfo
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port
from django.utils import timezone
from django.utils.translation import get_language_from_path
from wagtail.models import Site

from caching.remembered import remembered
from masthead.edition_settings import configured_edition
from outlet.models import OutletSettings


def find_site(request: HttpRequest) -> Site | None:
    """Wagtail's Site.find_for_request, remembered per host and port.

    Wagtail reads the site table on every request; sites change rarely, and a change
    to one retires the site's version (pagecache.signal_handlers). The root page is
    read with it, as its specific page, which routing and the edition homes start from.
    """

    def read() -> Site | None:
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific
        return site

    # The host as Wagtail reads it: the raw header, before ALLOWED_HOSTS is checked.
    hostname = split_domain_port(request._get_raw_host())[0]
    return remembered(("site", hostname, request.get_port()), read)


class OutletTimeZoneMiddleware:
    """Activates the outlet's time zone (from its site settings) for every request.

    Readers see dates in the newsroom's zone, and Wagtail's admin uses it for
    editors who have not chosen a zone of their own in their profile. The first to
    ask for the request's site, it finds it (find_site) for everything after it.
    An edition configured with a time zone of its own (masthead.edition_settings) shows its
    pages in that one.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # Wagtail keeps the request's site here (Site.find_for_request).
        request._wagtail_site = find_site(request)
        if request._wagtail_site is not None:
            timezone.activate(
                edition_zone(request.path_info) or OutletSettings.for_request(request).zone
            )
        else:
            timezone.deactivate()
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()


def edition_zone(path: str) -> zoneinfo.ZoneInfo | None:
    """The time zone configured for the edition `path` is in, if it has one of its own."""
    language = get_language_from_path(path)
    edition = configured_edition(language) if language else None
    if edition is None or not edition.time_zone:
        return None
    return zoneinfo.ZoneInfo(edition.time_zone)
