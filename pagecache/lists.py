"""The reader lists a story appears on. Each function is one list; add new ones here."""

from collections.abc import Iterable

from django.urls import reverse
from django.utils import translation

from news.models import (
    ArticlePage,
    AuthorIndexPage,
    MonthArchivePage,
    TagIndexPage,
    YearArchivePage,
)
from pagecache.invalidation import lists_showing


def _index_route(model, locale_id: int, route: str, slug: str) -> str | None:
    index = model.objects.live().filter(locale_id=locale_id).first()
    if index is None or not slug:
        return None
    return index.get_url() + index.reverse_subpage(route, args=[slug])


@lists_showing
def edition_home(article: ArticlePage) -> Iterable[str]:
    with translation.override(article.locale.language_code):
        home = article.get_ancestors().filter(depth=2).first()
        return [home.get_url()] if home else []


@lists_showing
def archive_folders(article: ArticlePage) -> Iterable[str]:
    folders = article.get_ancestors().live().type(YearArchivePage, MonthArchivePage)
    return [folder.get_url() for folder in folders]


@lists_showing
def section_page(article: ArticlePage) -> Iterable[str]:
    return [article.section.get_url()] if article.section_id else []


@lists_showing
def tag_pages(article: ArticlePage) -> Iterable[str]:
    return [
        _index_route(TagIndexPage, article.locale_id, "tag", tag.slug) for tag in article.tags.all()
    ]


@lists_showing
def author_pages(article: ArticlePage) -> Iterable[str]:
    return [
        _index_route(AuthorIndexPage, article.locale_id, "author", authorship.author.slug)
        for authorship in article.authorships.select_related("author")
    ]


@lists_showing
def search_results(article: ArticlePage) -> Iterable[str]:
    with translation.override(article.locale.language_code):
        return [reverse("search")]
