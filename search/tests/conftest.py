from dataclasses import dataclass, field

import pytest
from django.utils.html import escape
from django.utils.safestring import mark_safe

from search import views
from search.query import Hit, SearchResults, StorySearch, Suggestion
from search.tests.engine_fixtures import sections, write  # noqa: F401


def hit_for(article, snippet: str = "", language: str | None = None) -> Hit:
    return Hit(
        article=article,
        language=language or article.locale.language_code,
        headline=mark_safe(escape(article.title)),  # noqa: S308 (escaped just now)
        snippet=mark_safe(snippet),  # noqa: S308 (the tests' own markup)
    )


@dataclass
class StandInEngine:
    """Answers the results page and the overlay with what a test sets, and keeps what they
    asked: the page's own behaviour (what it shows of an answer, what it asks) is tested
    apart from what the engine finds."""

    results: SearchResults | None = None
    suggestions: list[Suggestion] = field(default_factory=list)
    searches: list[StorySearch] = field(default_factory=list)
    suggested: list[tuple[str, str, int]] = field(default_factory=list)

    def search_stories(self, search: StorySearch) -> SearchResults:
        self.searches.append(search)
        return self.results or SearchResults(hits=[], page=search.page, has_next=False)

    def suggest_headlines(self, text: str, language: str, limit: int = 5) -> list[Suggestion]:
        self.suggested.append((text, language, limit))
        return self.suggestions[:limit]


@pytest.fixture
def engine(monkeypatch) -> StandInEngine:
    stand_in = StandInEngine()
    monkeypatch.setattr(views, "search_stories", stand_in.search_stories)
    monkeypatch.setattr(views, "suggest_headlines", stand_in.suggest_headlines)
    return stand_in


# Changes made as the newsroom makes them, with their commit hooks (the page cache's retiring).
from pagecache.tests.conftest import publish  # noqa: E402, F401
