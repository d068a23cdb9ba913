"""Lists of stories (per edition, section, tag and author) and one story.

Each list is its own path, so the page cache retires exactly the lists a changed story is
on (api.lists), every ?cursor= of each with them (caching.store keys on the path's version).
"""

from datetime import UTC, datetime
from urllib.parse import urlencode

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Path, Query, Router
from taggit.models import Tag

from api import cursor, schemas
from api.problems import ERRORS, NotFound
from api.representation import (
    edition_locale,
    require_section,
    stories_by_key,
    story_data,
    story_summaries,
)
from news.models import Author
from news.models.stories import latest_articles, published_articles

router = Router(tags=["stories"])
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 50
Id = Path(..., ge=1, le=schemas.MAX_ID)


class ListQuery(schemas.Schema):
    cursor: str | None = Query(None, max_length=200, description="next_cursor of the page before")
    limit: int = Query(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="stories a page")
    since: datetime | None = Query(None, description="published at or after (ISO 8601)")
    until: datetime | None = Query(None, description="published before (ISO 8601)")


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)  # a time without an offset is read as UTC
    return moment


def story_list(request: HttpRequest, stories: QuerySet, query: ListQuery) -> dict:
    """One page of `stories`, newest first, after the query's cursor: its keys read from the
    list's index, then those stories by key (a fixed number of queries on any page)."""
    stories = stories.filter(published_at__isnull=False).order_by("-published_at", "-pk")
    if query.since is not None:
        stories = stories.filter(published_at__gte=_aware(query.since))
    if query.until is not None:
        stories = stories.filter(published_at__lt=_aware(query.until))
    keys = list(
        cursor.after(stories, query.cursor).values_list("pk", "published_at")[: query.limit + 1]
    )
    page = stories_by_key([pk for pk, _ in keys[: query.limit]])
    next_cursor = (
        cursor.encode(*reversed(keys[query.limit - 1])) if len(keys) > query.limit else None
    )
    next_url = None
    if next_cursor is not None:
        kept = {
            name: value
            for name, value in (
                ("limit", query.limit if query.limit != DEFAULT_PAGE_SIZE else None),
                ("since", request.GET.get("since")),
                ("until", request.GET.get("until")),
            )
            if value is not None
        }
        next_url = request.build_absolute_uri(
            request.path + "?" + urlencode({**kept, "cursor": next_cursor})
        )
    return {
        "stories": story_summaries(page, request),
        "next_cursor": next_cursor,
        "next_url": next_url,
    }


@router.get(
    "/editions/{edition}/stories/",
    response={200: schemas.StoryList, **ERRORS},
    url_name="edition_stories",
)
def edition_stories(request: HttpRequest, edition: schemas.EditionCode, query: Query[ListQuery]):
    """The edition's stories, newest first."""
    return story_list(request, latest_articles(edition_locale(edition).pk), query)


@router.get(
    "/editions/{edition}/sections/{section_id}/stories/",
    response={200: schemas.StoryList, **ERRORS},
    url_name="section_stories",
)
def section_stories(
    request: HttpRequest,
    edition: schemas.EditionCode,
    query: Query[ListQuery],
    section_id: int = Id,
):
    """A section's stories, newest first."""
    locale = edition_locale(edition)
    require_section(locale.pk, section_id, edition)
    return story_list(request, latest_articles(locale.pk).filter(section_id=section_id), query)


@router.get(
    "/editions/{edition}/tags/{slug}/stories/",
    response={200: schemas.StoryList, **ERRORS},
    url_name="tag_stories",
)
def tag_stories(
    request: HttpRequest, edition: schemas.EditionCode, slug: str, query: Query[ListQuery]
):
    """The edition's stories with a tag, newest first."""
    locale = edition_locale(edition)
    tag = Tag.objects.filter(slug=slug).first()
    if tag is None:
        raise NotFound(f"There is no tag {slug!r}.")
    return story_list(request, latest_articles(locale.pk).filter(tagged_items__tag=tag), query)


@router.get(
    "/editions/{edition}/authors/{author_id}/stories/",
    response={200: schemas.StoryList, **ERRORS},
    url_name="author_stories",
)
def author_stories(
    request: HttpRequest, edition: schemas.EditionCode, query: Query[ListQuery], author_id: int = Id
):
    """An author's stories, newest first."""
    locale = edition_locale(edition)
    if not Author.objects.filter(locale_id=locale.pk, pk=author_id).exists():
        raise NotFound(f"The edition '{edition}' has no author {author_id}.")
    stories = latest_articles(locale.pk).filter(authorships__author_id=author_id)
    return story_list(request, stories, query)


@router.get("/stories/{story_id}/", response={200: schemas.Story, **ERRORS}, url_name="story")
def story(request: HttpRequest, story_id: int = Id):
    """One story, whole: its body as typed blocks and as HTML, its translations."""
    found = published_articles().filter(pk=story_id).first()
    if found is None:
        raise NotFound(f"There is no published story {story_id}.")
    return story_data(found, request)
