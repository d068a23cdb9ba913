"""Where each feed is: one URL per kind of list (edition, section, tag, author) and format.

The routes, the page cache's invalidation and the pages' alternate links all read them
here, so a feed cannot be advertised or retired under an address it is not served at.
"""

from django.urls import reverse
from django.utils.encoding import uri_to_iri

FORMATS = ("rss", "atom")
KINDS = {
    "edition": "",
    "section": "sections/<str:slug>/",
    "tag": "tags/<str:slug>/",
    "author": "authors/<str:slug>/",
}
MIME_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml"}
# The formats' own names, the same in every language.
FORMAT_NAMES = {"rss": "RSS", "atom": "Atom"}


def feed_title(outlet_name: str, list_name: str = "") -> str:
    """A feed's title, as the feed and the pages that advertise it give it."""
    return f"{list_name} · {outlet_name}" if list_name else outlet_name


def url_name(kind: str, feed_format: str) -> str:
    return f"feed-{kind}-{feed_format}"


def feed_path(kind: str, feed_format: str, slug: str = "") -> str:
    """The feed's path in the active language's edition (/en/feeds/…).

    As a request's path has it (request.path, what the page cache keys on): an
    Armenian tag's slug in its own letters, not percent-encoded as reverse() gives it.
    """
    kwargs = {"slug": slug} if KINDS[kind] else {}
    return uri_to_iri(reverse(url_name(kind, feed_format), kwargs=kwargs))


def feed_paths(kind: str, slug: str = "") -> list[str]:
    """The list's feed in every format, in the active language's edition."""
    return [feed_path(kind, feed_format, slug) for feed_format in FORMATS]
