"""Whatever a reader types, the engine answers with results (maybe none): no exception,
no query error logged, on either backend."""

import logging

import pytest

from search.query import StorySearch, search_stories, suggest_headlines

pytestmark = pytest.mark.django_db

HOSTILE = [
    "",
    "   ",
    "harbour " * 1250,  # 10,000 characters
    "x" * 10_000,
    "!!! ... ,,, ;;; ---",
    '"',
    '"harbour',
    'harbour"cranes"',
    "harbour*",
    "*",
    "harbour NEAR cranes",
    "NEAR(harbour cranes, 3)",
    "harbour AND cranes OR NOT",
    "NOT",
    "^harbour",
    "-harbour",
    "harbour -cranes",
    "((harbour",
    "harbour))",
    "headline:harbour",
    "{headline}: harbour",
    "body : harbour",
    "'; DROP TABLE search_document; --",
    "' OR 1=1 --",
    "%_\\",
    "harbour\x00cranes",
    "\x00",
    "\x01\x02\x1f\x7f",
    "harbour \U0001f6a2 \U0001f600",
    "\U0001f6a2",
    "Harbour гавань նավահանգիստ liman",
    "a:*  & | ! <-> :A",
    "\\'",
]


def test_every_hostile_query_gives_results_and_logs_no_error(write, caplog):
    # One story for all the queries: building the editions costs more than the queries.
    write("en", "Harbour cranes return", "The harbour reopened.")
    caplog.set_level(logging.WARNING)

    for text in HOSTILE:
        for prefix in (False, True):
            results = search_stories(
                StorySearch(text=text, language="en", all_editions=True, prefix=prefix)
            )
            assert isinstance(results.hits, list), text
        assert isinstance(suggest_headlines(text, "en"), list), text

    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_operators_are_plain_words_around_the_words_that_match(write):
    write("en", "Harbour cranes return")

    results = search_stories(StorySearch(text="harbour AND (cranes*", language="en"))

    assert [hit.article.title for hit in results.hits] == ["Harbour cranes return"]
