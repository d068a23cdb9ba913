"""What readers see of search: the results page and the overlay's suggestions.

Both ask search.query (whatever engine answers) and are cached by the page cache like any
reader page, keyed by the query parameters in settings.PAGE_CACHE_QUERY_PARAMETERS and
retired when a story changes (pagecache.lists.search_results, search.lists).
"""

import logging
from urllib.parse import urlencode

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import prefetch_related_objects
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from wagtail.models import Locale

from news.pagination import page_number
from search.forms import Filters, SearchForm, clean_query, filters_of
from search.limits import over_the_limit, too_many_searches, too_many_suggestions
from search.query import SearchResults, StorySearch, search_stories, suggest_headlines

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 12
SUGGESTIONS = 5


def _searched(search: StorySearch) -> SearchResults:
    """The engine's answer; an engine failure is logged and reads as no results.

    The savepoint keeps a failed query from breaking the request's transaction on
    PostgreSQL (the most-read lists are read after it).
    """
    try:
        with transaction.atomic():
            return search_stories(search)
    except DatabaseError:
        logger.exception("search failed for %r", search.text)
        return SearchResults(hits=[], page=search.page, has_next=False)


def exact_query(text: str) -> str:
    """The reader's words, each quoted, so the engine searches them as typed, uncorrected."""
    return " ".join(f'"{word}"' for word in text.replace('"', " ").split())


def _results(request: HttpRequest, filters: Filters, language: str) -> SearchResults:
    number = page_number(request)
    results = _searched(
        StorySearch(
            text=filters.query,
            language=language,
            all_editions=filters.all_editions,
            section_id=filters.section.pk if filters.section else None,
            author_id=filters.author.pk if filters.author else None,
            published_from=filters.published_from,
            published_until=filters.published_until,
            page=number,
            page_size=RESULTS_PER_PAGE,
        )
    )
    if number > 1 and not results.hits:
        raise Http404("no such page")
    prefetch_related_objects([hit.article for hit in results.hits], "section")
    return results


def results_page(request: HttpRequest, all_editions: bool = False) -> HttpResponse:
    """The edition's stories (or every edition's) matching ?q= and the filters, best first."""
    verdict = over_the_limit(request, "search", settings.SEARCH_REQUESTS_PER_MINUTE)
    if verdict:
        return too_many_searches(request, verdict)
    locale = Locale.get_active()
    form = SearchForm(request.GET, locale_id=locale.pk)
    filters = filters_of(form)
    # Every edition's results live at their own path (search_all), which any story's
    # change retires; the edition's own page is retired by its stories alone.
    if filters.all_editions != all_editions:
        target = reverse("search_all" if filters.all_editions else "search")
        return redirect(f"{target}?{request.GET.urlencode()}")
    results = _results(request, filters, locale.language_code) if filters.query else None
    context = {
        "form": form,
        "query": filters.query,
        "filters": filters,
        "results": results,
        "all_editions": all_editions,
        "locale": locale,
        "exact_query": exact_query(filters.query) if results and results.searched_for else "",
    }
    return render(request, "search/search.html", context)


def search(request: HttpRequest) -> HttpResponse:
    return results_page(request)


def search_all(request: HttpRequest) -> HttpResponse:
    return results_page(request, all_editions=True)


def suggest(request: HttpRequest) -> JsonResponse:
    """Up to five headlines for what a reader is typing: `{"suggestions": [{headline, url}]}`.

    Public, so the page cache and a CDN hold it: the same prefix typed by many readers is
    answered once, and retired when a story of the edition changes (search.lists).
    """
    verdict = over_the_limit(request, "suggest", settings.SEARCH_SUGGESTIONS_PER_MINUTE)
    if verdict:
        return too_many_suggestions(verdict)
    text = clean_query(request.GET.get("q", ""))
    suggestions = []
    if text:
        try:
            with transaction.atomic():
                suggestions = suggest_headlines(
                    text, Locale.get_active().language_code, SUGGESTIONS
                )
        except DatabaseError:
            logger.exception("suggestions failed for %r", text)
    response = JsonResponse(
        {
            "query": text,
            "suggestions": [{"headline": s.headline, "url": s.url} for s in suggestions],
            "search_url": f"{reverse('search')}?{urlencode({'q': text})}",
        }
    )
    patch_cache_control(response, public=True, max_age=60)
    return response
