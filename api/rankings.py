"""Most read and search: lists ranked by readers' views and by relevance."""

from datetime import date
from typing import Literal

from django.http import HttpRequest
from ninja import Query, Router, Schema

from api import schemas
from api.problems import ERRORS
from api.representation import (
    edition_locale,
    require_section,
    stories_by_key,
    story_summaries,
)
from readership.models import MostRead
from search.query import StorySearch, search_stories

router = Router(tags=["rankings"])
SEARCH_PAGE_SIZE = 20


class MostReadQuery(Schema):
    section: int | None = Query(None, ge=1, le=schemas.MAX_ID, description="a section's id")
    period: Literal["today", "week", "all"] | None = Query(None, description="one list only")


class SearchQuery(Schema):
    q: str = Query(..., min_length=1, max_length=500, description="what to look for")
    section: int | None = Query(None, ge=1, le=schemas.MAX_ID, description="a section's id")
    since: date | None = Query(None, description="published on or after this day")
    until: date | None = Query(None, description="published on or before this day")
    page: int = Query(1, ge=1, le=1000)


@router.get(
    "/editions/{edition}/most-read/",
    response={200: schemas.MostRead, **ERRORS},
    url_name="most_read",
)
def most_read(request: HttpRequest, edition: schemas.EditionCode, query: Query[MostReadQuery]):
    """The most-read stories of today, the last seven days and all time, as the worker last
    ranked them (every few minutes): of the edition, or of one of its sections."""
    locale = edition_locale(edition)
    section = query.section
    if section is not None:
        require_section(locale.pk, section, edition)
    rankings = MostRead.objects.filter(locale_id=locale.pk, section_id=section)
    if query.period is not None:
        rankings = rankings.filter(period=query.period)
    order = list(MostRead.Period.values)
    rankings = sorted(rankings, key=lambda ranking: order.index(ranking.period))
    wanted = list(dict.fromkeys(pk for ranking in rankings for pk in ranking.article_ids))
    summaries = {s["id"]: s for s in story_summaries(stories_by_key_public(wanted), request)}
    return {
        "edition": edition,
        "section": section,
        "rankings": [
            {
                "period": ranking.period,
                "stories": [summaries[pk] for pk in ranking.article_ids if pk in summaries],
            }
            for ranking in rankings
        ],
    }


def stories_by_key_public(keys: list[int]) -> list:
    """A ranking's stories that readers may still see (one may have been unpublished since)."""
    return [story for story in stories_by_key(keys) if story.live] if keys else []


@router.get(
    "/editions/{edition}/search/",
    response={200: schemas.SearchResults, **ERRORS},
    url_name="search",
)
def search(request: HttpRequest, edition: schemas.EditionCode, query: Query[SearchQuery]):
    """The edition's stories matching `q`, best first, as the reader site's search finds them."""
    locale = edition_locale(edition)
    if query.section is not None:
        require_section(locale.pk, query.section, edition)
    results = search_stories(
        StorySearch(
            text=query.q,
            language=edition,
            section_id=query.section,
            published_from=query.since,
            published_until=query.until,
            page=query.page,
            page_size=SEARCH_PAGE_SIZE,
        )
    )
    return {
        "query": query.q,
        "page": results.page,
        "has_next": results.has_next,
        "searched_for": results.searched_for,
        "did_you_mean": results.did_you_mean,
        "stories": story_summaries([hit.article for hit in results.hits], request),
    }
