"""The reader lists a story appears on. Each function is one list; add new ones here."""

from collections.abc import Iterable

from django.urls import reverse
from django.utils import translation

from caching.locations import Location, page_locations, served_path, site_ids_of
from news.models import (
    ArticlePage,
    AuthorIndexPage,
    MonthArchivePage,
    TagIndexPage,
    YearArchivePage,
)
from pagecache.invalidation import lists_showing


def _index_routes(model, locale_id: int, route: str, slug: str) -> set[Location]:
    index = model.objects.live().filter(locale_id=locale_id).first()
    if index is None or not slug:
        return set()
    subpage = index.reverse_subpage(route, args=[slug])
    return {Location(site, path + served_path(subpage)) for site, path in page_locations(index)}


@lists_showing
def edition_home(article: ArticlePage) -> Iterable[Location]:
    home = article.get_ancestors().filter(depth=2).first()
    return page_locations(home) if home else set()


@lists_showing
def archive_folders(article: ArticlePage) -> Iterable[Location]:
    folders = article.get_ancestors().live().type(YearArchivePage, MonthArchivePage)
    return {location for folder in folders for location in page_locations(folder)}


@lists_showing
def section_page(article: ArticlePage) -> Iterable[Location]:
    return page_locations(article.section) if article.section_id else set()


@lists_showing
def tag_pages(article: ArticlePage) -> Iterable[Location]:
    return {
        location
        for tag in article.tags.all()
        for location in _index_routes(TagIndexPage, article.locale_id, "tag", tag.slug)
    }


@lists_showing
def author_pages(article: ArticlePage) -> Iterable[Location]:
    return {
        location
        for authorship in article.authorships.select_related("author")
        for location in _index_routes(
            AuthorIndexPage, article.locale_id, "author", authorship.author.slug
        )
    }


@lists_showing
def search_results(article: ArticlePage) -> Iterable[Location]:
    with translation.override(article.locale.language_code):
        path = reverse("search")
    return {Location(site_id, served_path(path)) for site_id in site_ids_of(article)}
