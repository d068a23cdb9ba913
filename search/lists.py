"""The search pages a story appears on, besides its edition's results page
(pagecache.lists.search_results): retired when the story changes, as every list is."""

from collections.abc import Iterable

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from caching.locations import Location, site_ids_of
from news.models import ArticlePage
from pagecache.invalidation import lists_showing


@lists_showing
def suggestions(article: ArticlePage) -> Iterable[Location]:
    """The overlay's suggestions in the story's edition, every prefix at once (one path)."""
    with translation.override(article.locale.language_code):
        path = reverse("search_suggest")
    return {Location(site_id, path) for site_id in site_ids_of(article)}


@lists_showing
def all_editions_results(article: ArticlePage) -> Iterable[Location]:
    """Every edition's "all editions" results, on every site: any of them may show the story."""
    site_ids = {root.site_id for root in Site.get_site_root_paths()}
    locations = set()
    for edition in settings.EDITIONS:
        with translation.override(edition.code):
            path = reverse("search_all")
        locations.update(Location(site_id, path) for site_id in site_ids)
    return locations
