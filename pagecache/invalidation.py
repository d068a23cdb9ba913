"""Which reader pages show a story, so that changing the story retires exactly those.

A page is a Location, a site and a path (caching.locations): on every site that serves it.
Every list a story appears on registers one function here; adding a new list
(feeds, sitemaps, most-read blocks, API lists) is one `@lists_showing` function.
The locations a story was shown on last time are remembered, so an edit that removes
a tag or moves the story also retires the lists it has left.
"""

from collections.abc import Callable, Iterable

from wagtail.models import Page

from caching import store
from caching.locations import Location, page_locations
from pagecache import edge

ListsShowing = Callable[[Page], Iterable[Location]]
LIST_PROVIDERS: list[ListsShowing] = []
SHOWN_ON_TIMEOUT = 60 * 60 * 24 * 30


def lists_showing(provider: ListsShowing) -> ListsShowing:
    """Register a function giving the locations of the lists that show a story."""
    LIST_PROVIDERS.append(provider)
    return provider


def shown_on_key(page_id: int) -> str:
    return f"pagecache:shown-on:{page_id}"


def locations_showing(article: Page) -> set[Location]:
    """The story's own page on each site that serves it, and every registered list's."""
    locations = page_locations(article)
    for provider in LIST_PROVIDERS:
        locations.update(provider(article))
    return locations


def invalidate_story(page_id: int, section_id: int | None = None) -> set[Location]:
    """Retire every page that shows the story, showed it or would show it; returns them.

    An unpublished story shows nowhere now, but the lists it would show on are retired
    too, not only those recorded as showing it: the record expires (SHOWN_ON_TIMEOUT)
    and can be evicted. Of a deleted story only its section is known (`section_id`).
    """
    from news.models import ArticlePage, SectionPage

    article = ArticlePage.objects.filter(pk=page_id).first()
    # Recorded as plain pairs: a record from before sites were part of it (bare paths)
    # names no location now, and its pages expire (store.PAGE_TIMEOUT).
    previous = {
        Location(*pair)
        for pair in store.page_cache().get(shown_on_key(page_id), set())
        if isinstance(pair, tuple)
    }
    showing = locations_showing(article) if article is not None else set()
    if article is None and section_id is not None:
        section = SectionPage.objects.filter(pk=section_id).first()
        showing = page_locations(section) if section is not None else set()
    current = showing if article is not None and article.live else set()
    locations = previous | showing
    store.invalidate_locations(locations)
    store.page_cache().set(shown_on_key(page_id), {tuple(c) for c in current}, SHOWN_ON_TIMEOUT)
    edge.refresh_later(locations)
    return locations
