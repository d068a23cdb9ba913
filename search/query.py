"""What the rest of Masthead asks of search: the reader's results page, the overlay's
suggestions and the API all call these two functions and read these types, whatever
backend (SQLite FTS5, PostgreSQL) answers underneath.
"""

from dataclasses import dataclass, field
from datetime import date

from django.utils.safestring import SafeString

from news.models import ArticlePage
from search import engine


@dataclass(frozen=True)
class StorySearch:
    """One search: the reader's words and filters, as the results page or the API got them."""

    text: str
    # The edition searched (a language code of settings.EDITIONS); every edition's stories
    # when `all_editions`, each result then labelled with its own language.
    language: str
    all_editions: bool = False
    section_id: int | None = None
    author_id: int | None = None
    published_from: date | None = None
    published_until: date | None = None
    page: int = 1
    page_size: int = 12
    # The overlay: the last word is still being typed, so it matches as a prefix.
    prefix: bool = False


@dataclass(frozen=True)
class Hit:
    article: ArticlePage
    language: str
    # The headline and an excerpt of the body, escaped, with the matched words in <mark>.
    headline: SafeString
    snippet: SafeString


@dataclass(frozen=True)
class SearchResults:
    hits: list[Hit]
    page: int
    has_next: bool
    # The query as searched when it differs from the reader's (a typo corrected): the page
    # says "Showing results for …".
    searched_for: str | None = None
    # With no results: the closest spelling found in the index, offered as a link.
    did_you_mean: str | None = None
    # How many results there are, shown as "about N" unless `count_is_exact`; None when
    # not even an estimate was worth its cost.
    count: int | None = None
    count_is_exact: bool = False
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Suggestion:
    article_id: int
    headline: str
    url: str


def search_stories(search: StorySearch) -> SearchResults:
    """The stories matching `search`, best first. Never raises for what a reader typed.

    Readers' own index, analysed per story's language, on SQLite FTS5 or PostgreSQL
    full-text search (search.engine, search.backends).
    """
    found = engine.search_stories(search)
    hits = [
        Hit(
            article=story.article,
            language=story.language,
            headline=story.headline,
            snippet=story.snippet,
        )
        for story in found.stories
    ]
    return SearchResults(
        hits=hits,
        page=found.page,
        has_next=found.has_next,
        searched_for=found.searched_for,
        did_you_mean=found.did_you_mean,
        count=found.count,
        count_is_exact=found.count_is_exact,
    )


def suggest_headlines(text: str, language: str, limit: int = 5) -> list[Suggestion]:
    """Up to `limit` headlines for what a reader is typing in the overlay."""
    return [
        Suggestion(article_id=article_id, headline=headline, url=url)
        for article_id, headline, url in engine.suggest_headlines(text, language, limit)
    ]
