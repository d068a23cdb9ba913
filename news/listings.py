"""The queries behind every list of stories readers see, and their pagination."""

from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from taggit.models import Tag
from wagtail.models import Page

STORIES_PER_PAGE = 12
MAX_PAGE = 1_000_000


class StoryPage(Sequence):
    """One page of a list: its stories, and whether another page follows.

    Django's Paginator counts the whole list on every request (tens of milliseconds
    for a section with thousands of stories); readers only need "is there more",
    which one extra row answers.
    """

    def __init__(self, stories: list, number: int, has_next: bool):
        self.object_list = stories
        self.number = number
        self._has_next = has_next

    def __len__(self) -> int:
        return len(self.object_list)

    def __getitem__(self, index):
        return self.object_list[index]

    def has_next(self) -> bool:
        return self._has_next

    def next_page_number(self) -> int:
        return self.number + 1


def first_page(stories: QuerySet, per_page: int = STORIES_PER_PAGE) -> StoryPage:
    window = list(stories[: per_page + 1])
    return StoryPage(window[:per_page], 1, len(window) > per_page)


def paginate(
    request: HttpRequest, stories: QuerySet, per_page: int = STORIES_PER_PAGE
) -> StoryPage:
    """One page of `stories` from ?page=N; a page number that is not a page is a 404."""
    try:
        number = int(request.GET.get("page", "1"))
    except ValueError:
        raise Http404("not a page number") from None
    if not 1 <= number <= MAX_PAGE:
        raise Http404("no such page")
    offset = (number - 1) * per_page
    window = list(stories[offset : offset + per_page + 1])
    if number > 1 and not window:
        raise Http404("no such page")
    return StoryPage(window[:per_page], number, len(window) > per_page)


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
    stories: StoryPage
    next_url: str | None


def more_stories(article) -> MoreStories | None:
    """The first page of the article's section, the article itself left out by the template.

    The next batches are the section page's own pages, so the list under an
    article and the section page share one listing (and one cache entry each).
    """
    section = article.section
    if section is None:
        return None
    stories = first_page(section_articles(section))
    if all(story.pk == article.pk for story in stories):
        return None  # the article is the section's only story: nothing more to show
    next_url = f"{section.url}?page=2" if stories.has_next() else None
    return MoreStories(section=section, stories=stories, next_url=next_url)
