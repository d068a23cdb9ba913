"""Where a page is served: each site that routes to it, and its path there.

Wagtail's page.get_url() is a full URL once there are two sites, and names only the first
site that shows the page; a reader's request knows its site (by host name) and its path.
The page cache keys on the pair, so what retires a page must name the same pairs: every
site the page is under, with the path it has on each (an edition on a host of its own
serves its pages at the same paths as the default site, but they are that site's pages).
"""

from typing import NamedTuple
from urllib.parse import unquote

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Page, Site


class Location(NamedTuple):
    site_id: int | None
    # As a request carries it in request.path, which the page cache keys on: decoded, so
    # /hy/tags/բյուջե/ and not the /hy/tags/%D5%A2.../ that reverse() writes.
    path: str


def served_path(reversed_path: str) -> str:
    """A path as reverse() writes it (non-ASCII percent-encoded), as requests carry it."""
    return unquote(reversed_path)


def page_locations(page: Page) -> set[Location]:
    """Every (site, path) that serves the page; none for a page no site routes to."""
    locations = set()
    for root in Site.get_site_root_paths():
        if not page.url_path.startswith(root.root_path):
            continue
        try:
            with translation.override(root.language_code):
                path = reverse("wagtail_serve", args=(page.url_path[len(root.root_path) :],))
        except NoReverseMatch:  # Wagtail not routed (headless): nothing of it is cached
            continue
        if not getattr(settings, "WAGTAIL_APPEND_SLASH", True) and path != "/":
            path = path.rstrip("/")
        locations.add(Location(root.site_id, served_path(path)))
    return locations


def site_ids_of(page: Page) -> set[int]:
    """The sites that serve the page: where a list it appears on (search) is served."""
    return {location.site_id for location in page_locations(page)}
