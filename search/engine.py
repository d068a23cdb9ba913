"""search_stories and suggest_headlines behind search.query: parse, match, correct, rank,
highlight. Never raises for what a reader typed: the backends receive no syntax of theirs
from the reader (search.parsing), and a database error is logged and answered as nothing
found rather than as a 500.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.conf import settings
from django.db import DatabaseError
from django.utils import timezone

from news.models.stories import published_articles
from search import spelling
from search.backends import Filters, current_backend
from search.documents import SearchDocument
from search.highlighting import Matcher, marked, snippet
from search.parsing import ParsedQuery, parse, replace_words

logger = logging.getLogger("search")

# Counted exactly up to this many; "about N" beyond.
EXACT_COUNT_CAP = 200
MAX_PAGE = 100


@dataclass(frozen=True)
class FoundStory:
    article: object
    language: str
    headline: str
    snippet: str


@dataclass(frozen=True)
class Found:
    """What search.query turns into its SearchResults."""

    stories: list[FoundStory]
    page: int
    has_next: bool = False
    searched_for: str | None = None
    did_you_mean: str | None = None
    count: int | None = 0
    count_is_exact: bool = True
    extra: dict = field(default_factory=dict)


def day_start(day) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def filters_for(search) -> Filters:
    languages = (
        tuple(edition.code for edition in settings.EDITIONS)
        if search.all_editions
        else (search.language,)
    )
    return Filters(
        languages=languages,
        section_id=search.section_id,
        author_id=search.author_id,
        published_from=day_start(search.published_from) if search.published_from else None,
        published_before=(
            day_start(search.published_until + timedelta(days=1))
            if search.published_until
            else None
        ),
    )


def hits_for(ids: list[int], query: ParsedQuery) -> list[FoundStory]:
    # Results show no body: it is neither read nor parsed (a StreamField costs).
    articles = published_articles().defer("body").in_bulk(ids)
    documents = SearchDocument.objects.only("language", "headline", "lead", "body").in_bulk(ids)
    hits = []
    for article_id in ids:
        article, document = articles.get(article_id), documents.get(article_id)
        if article is None or document is None:  # unpublished since the search ran
            continue
        matches = Matcher(query, document.language)
        hits.append(
            FoundStory(
                article=article,
                language=document.language,
                headline=marked(document.headline, matches),
                snippet=snippet(document.body or document.lead, matches),
            )
        )
    return hits


def search_stories(search) -> Found:
    page = min(max(search.page, 1), MAX_PAGE)
    size = min(max(search.page_size, 1), 100)
    filters = filters_for(search)
    query = parse(search.text, filters.languages, prefix=search.prefix)
    nothing = Found(stories=[], page=page)
    if not query.clauses:
        return nothing
    backend = current_backend()
    try:
        ids = backend.find(query, filters, (page - 1) * size, size + 1)
        searched_for = did_you_mean = None
        if not ids and (page == 1 or not backend.find(query, filters, 0, 1)):
            corrected = replace_words(query, spelling.corrections(backend, query))
            if corrected != query:
                ids = backend.find(corrected, filters, (page - 1) * size, size + 1)
                if ids:
                    query, searched_for = corrected, corrected.text
            if not ids:
                did_you_mean = suggestion(query, filters)
        if page == 1 and len(ids) <= size:
            count, exact = len(ids), True
        elif ids:
            count, exact = backend.count(query, filters, EXACT_COUNT_CAP)
        else:
            count, exact = None, False
    except DatabaseError:
        logger.warning("Search for %r failed", search.text[:100], exc_info=True)
        return nothing
    return Found(
        stories=hits_for(ids[:size], query),
        page=page,
        has_next=len(ids) > size,
        searched_for=searched_for,
        did_you_mean=did_you_mean,
        count=count,
        count_is_exact=exact,
    )


def suggestion(query: ParsedQuery, filters: Filters) -> str | None:
    """The query respelled with the closest words of the index, if that finds anything."""
    backend = current_backend()
    respelled = replace_words(query, spelling.corrections(backend, query, loose=True))
    if respelled == query or not backend.find(respelled, filters, 0, 1):
        return None
    return respelled.text


def suggest_headlines(text: str, language: str, limit: int = 5) -> list[tuple[int, str, str]]:
    """(id, headline, url) for the overlay: the last word a prefix, headlines only read."""
    filters = Filters(languages=(language,))
    query = parse(text, filters.languages, prefix=True)
    if not query.clauses:
        return []
    try:
        ids = current_backend().find(query, filters, 0, max(1, min(limit, 10)), headlines_only=True)
    except DatabaseError:
        logger.warning("Suggestions for %r failed", text[:100], exc_info=True)
        return []
    articles = published_articles().defer("body").in_bulk(ids)
    return [(pk, articles[pk].title, articles[pk].url) for pk in ids if pk in articles]
