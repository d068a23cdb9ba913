"""The queries behind every list of stories readers see, and their pagination."""

from dataclasses import dataclass

from django.core.paginator import InvalidPage, Paginator
from django.core.paginator import Page as PaginatorPage
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from taggit.models import Tag
from wagtail.models import Page

STORIES_PER_PAGE = 12


def paginate(
    request: HttpRequest, stories: QuerySet, per_page: int = STORIES_PER_PAGE
) -> PaginatorPage:
    """One page of `stories` from ?page=N; a page number that is not a page is a 404."""
    paginator = Paginator(stories, per_page, allow_empty_first_page=True)
    try:
        return paginator.page(request.GET.get("page", 1))
    except InvalidPage as error:
        raise Http404(str(error)) from error


def published_articles() -> QuerySet:
    from news.models import ArticlePage

    return (
        ArticlePage.objects.live()
        .public()
        .select_related("section", "cover_image")
        # Story cards show cover renditions: one query for all of them, not one per card.
        .prefetch_related("cover_image__renditions")
        .order_by("-published_at", "-pk")
    )


def section_articles(section: Page) -> QuerySet:
    return published_articles().filter(section=section)


def archive_articles(folder: Page) -> QuerySet:
    return published_articles().descendant_of(folder)


def latest_articles(locale_id: int) -> QuerySet:
    return published_articles().filter(locale_id=locale_id)


def tagged_articles(tag: Tag, locale_id: int) -> QuerySet:
    return latest_articles(locale_id).filter(tagged_items__tag=tag)


def author_articles(author) -> QuerySet:
    return published_articles().filter(authorships__author=author)


@dataclass
class MoreStories:
    """The section's other stories under an article, and where the next batch is."""

    section: Page
    stories: PaginatorPage
    next_url: str | None


def more_stories(article) -> MoreStories | None:
    """The first page of the article's section, the article itself left out by the template.

    The next batches are the section page's own pages, so the list under an
    article and the section page share one listing (and one cache entry each).
    """
    section = article.section
    if section is None:
        return None
    stories = Paginator(section_articles(section), STORIES_PER_PAGE).page(1)
    if stories.paginator.count <= 1 and all(story.pk == article.pk for story in stories):
        return None  # the article is the section's only story: nothing more to show
    next_url = f"{section.url}?page=2" if stories.has_next() else None
    return MoreStories(section=section, stories=stories, next_url=next_url)
