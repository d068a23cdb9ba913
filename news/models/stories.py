"""The queries behind every list of stories readers see, and the pages they are read in.

The page types that show lists (sections, folders, authors, tags) import these;
these import only the article model, which asks its section for the stories under
it (SectionPage.more_stories) rather than importing them back.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404, HttpRequest
from taggit.models import Tag
from wagtail.models import Page

from caching import store
from caching.locations import page_locations
from caching.remembered import remembered
from news.models.articles import ArticlePage
from news.pagination import STORIES_PER_PAGE, StoryPage, first_page, page_number
from news.privacy import private_q


def paginate(
    request: HttpRequest, stories: QuerySet | Sequence, per_page: int = STORIES_PER_PAGE
) -> StoryPage:
    """One page of `stories` from ?page=N; a page number that is not a page is a 404.

    A queryset of articles is read in two steps, so that page 1,000 costs about what
    page 1 does: first the keys of the page's stories (and of the one after them),
    which the database skips through in an index, then those stories by key. One
    query with OFFSET would join, read and sort every story it skips, whole rows with
    their bodies. Both steps run on every page, so every page costs the same queries.
    Anything else (search results) is sliced as it is.
    """
    number = page_number(request)
    offset = (number - 1) * per_page
    if isinstance(stories, QuerySet):
        keys = list(stories.values_list("pk", flat=True)[offset : offset + per_page + 1])
        has_next = len(keys) > per_page
        window = _stories_by_key(keys[:per_page])
    else:
        window = list(stories[offset : offset + per_page + 1])
        has_next = len(window) > per_page
        window = window[:per_page]
    if number > 1 and not window:
        raise Http404("no such page")
    return StoryPage(window, number, has_next)


def _stories_by_key(keys: list[int]) -> list:
    """The articles with these keys, in the keys' order, read as story cards show them.

    The list's own filters already chose the keys: read by key alone, the query is
    cheap to plan (a tag's or an author's joins would cost more to plan than to run).
    A story unpublished in the instant between the two reads can still show, as on a
    page rendered an instant earlier; the page cache retires either (caching.store).
    """
    if not keys:
        return []
    found = {story.pk: story for story in _story_cards(ArticlePage.objects.filter(pk__in=keys))}
    return [found[key] for key in keys if key in found]


def _story_cards(articles: QuerySet) -> QuerySet:
    return (
        articles.select_related("section", "cover_image")
        # Story cards show cover renditions: one query for all of them, not one per card.
        .prefetch_related("cover_image__renditions")
        .order_by("-published_at", "-pk")
    )


def published_articles() -> QuerySet:
    """Every story readers may see (live, not behind a view restriction), newest first.

    Search reads this form: Wagtail's search backends take live() and public() as
    plain column filters, not the subquery of listed_articles(). Lists of stories
    read listed_articles(), the same stories.
    """
    return _story_cards(ArticlePage.objects.live().public())


def listed_articles() -> QuerySet:
    """The stories of published_articles(), in a form a deep page of a list reads cheaply.

    "No unpublished or restricted page has this story's id" instead of a filter on
    wagtailcore_page's columns: the database walks a list in the article table's own
    index (news_article_section_list for a section) and looks up the few unpublished
    pages on the side (news_unpublished_pages), instead of joining wagtailcore_page
    for every story a deep page skips.
    """
    hidden = Page.objects.filter(Q(live=False) | private_q(), pk=OuterRef("pk"))
    return _story_cards(ArticlePage.objects.filter(~Exists(hidden)))


def section_articles(section: Page) -> QuerySet:
    return listed_articles().filter(section=section)


def archive_articles(folder: Page) -> QuerySet:
    return listed_articles().descendant_of(folder)


def latest_articles(locale_id: int) -> QuerySet:
    return listed_articles().filter(locale_id=locale_id)


def tagged_articles(tag: Tag, locale_id: int) -> QuerySet:
    return latest_articles(locale_id).filter(tagged_items__tag=tag)


def author_articles(author) -> QuerySet:
    return listed_articles().filter(authorships__author=author)


@dataclass
class MoreStories:
    """The section's other stories under an article, and where the next batch is."""

    section: Page
    stories: StoryPage
    next_url: str | None


def more_stories(section: Page, article: Page) -> MoreStories | None:
    """The first page of `section`'s list under `article`, the article itself left out by the template.

    The next batches are the section page's own pages, so the list under an
    article and the section page share one listing (and one cache entry each).
    The first page is remembered (caching.remembered) until the section page's
    cached copy is retired: exactly when one of its stories changes.
    """
    # Under the section page's versions on every site, as the page cache retires its list.
    section_url = remembered(("url", section.pk), section.get_url)
    locations = remembered(("locations", section.pk), lambda: sorted(page_locations(section)))
    if not locations:  # no site serves it (a preview): nothing retires its list
        stories = first_page(section_articles(section))
    else:
        stories = remembered(
            ("section-first-page", section.pk),
            lambda: first_page(section_articles(section)),
            also_depends_on=tuple(store.path_version_key(location) for location in locations),
        )
    if all(story.pk == article.pk for story in stories):
        return None  # the article is the section's only story: nothing more to show
    next_url = f"{section_url}?page=2" if section_url and stories.has_next() else None
    return MoreStories(section=section, stories=stories, next_url=next_url)
