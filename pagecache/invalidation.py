"""Which reader URLs show a story, so that changing the story retires exactly those.

Every list a story appears on registers one function here; adding a new list
(feeds, sitemaps, most-read blocks, API lists) is one `@lists_showing` function.
The URLs a story was shown on last time are remembered, so an edit that removes
a tag or moves the story also retires the lists it has left.
"""

from collections.abc import Callable, Iterable

from wagtail.models import Page

from pagecache import edge, store

ListsShowing = Callable[[Page], Iterable[str]]
LIST_PROVIDERS: list[ListsShowing] = []
SHOWN_ON_TIMEOUT = 60 * 60 * 24 * 30


def lists_showing(provider: ListsShowing) -> ListsShowing:
    """Register a function giving the paths of the lists that show a story."""
    LIST_PROVIDERS.append(provider)
    return provider


def shown_on_key(page_id: int) -> str:
    return f"pagecache:shown-on:{page_id}"


def paths_showing(article: Page) -> set[str]:
    """The story's own URL and every registered list's."""
    paths = {article.get_url()}
    for provider in LIST_PROVIDERS:
        paths.update(provider(article))
    paths.discard(None)
    return paths


def invalidate_story(page_id: int, section_id: int | None = None) -> set[str]:
    """Retire every page that shows the story, showed it or would show it; returns their paths.

    An unpublished story shows nowhere now, but the lists it would show on are retired
    too, not only those recorded as showing it: the record expires (SHOWN_ON_TIMEOUT)
    and can be evicted. Of a deleted story only its section is known (`section_id`).
    """
    from news.models import ArticlePage, SectionPage

    article = ArticlePage.objects.filter(pk=page_id).first()
    previous = store.page_cache().get(shown_on_key(page_id), set())
    showing = paths_showing(article) if article is not None else set()
    if article is None and section_id is not None:
        section = SectionPage.objects.filter(pk=section_id).first()
        showing = {section.get_url()} if section is not None else set()
    current = showing if article is not None and article.live else set()
    paths = {path for path in previous | showing if path}
    store.invalidate_paths(paths)
    store.page_cache().set(shown_on_key(page_id), current, SHOWN_ON_TIMEOUT)
    purge_from_frontend_caches(paths)
    return paths


def purge_from_frontend_caches(paths: set[str]) -> None:
    """The same paths refreshed in nginx's cache and purged from a CDN or Varnish
    (WAGTAILFRONTENDCACHE), in the background: see pagecache.edge."""
    from wagtail.models import Site

    if not paths:
        return
    site = Site.objects.filter(is_default_site=True).first()
    edge.refresh_later(paths, site.root_url if site is not None else "")
