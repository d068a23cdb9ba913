"""Whatever a reader types or puts in the address, search answers with a page (200, or a
localized 400/404), never a 500: through the page's own layer (a stand-in engine) and,
once it has landed, through the real engine (search.query) on the test database."""

import json

import pytest
from bs4 import BeautifulSoup

from news.tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

HOSTILE_QUERIES = [
    "",
    "   ",
    "harbour " * 1250,  # 10,000 characters
    "!!! ??? ... ,,, ;;; ::: ---",
    '"',
    '"harbour cranes',
    'harbour"',
    "*",
    "harb*",
    "harbour NEAR cranes",
    "NEAR(harbour cranes, 2)",
    "harbour AND OR NOT cranes",
    "NOT",
    "AND",
    "^harbour",
    "-harbour",
    "harbour -",
    "((harbour",
    "harbour))",
    "(",
    "headline:harbour",
    "title:harbour body:cranes",
    "{harbour}",
    "'; DROP TABLE news_articlepage; --",
    "1' OR '1'='1",
    "%_\\",
    "harbour\x00cranes",
    "\x00",
    "\x01\x02\x1b[31m\x7f",
    "🚢🔥 harbour 🏗️",
    "harbourПортՆավահանգիստLiman",
    "İSTANBUL ıi Əliyev",
    "harbour\u200b\u202ecranes",
    "<script>alert(1)</script>",
]

JUNK_FILTERS = [
    {"section": "'; --"},
    {"section": "1e9"},
    {"author": "99999999999999999999999999"},
    {"from": "0000-00-00"},
    {"until": "9999-99-99"},
    {"from": "2026-02-30"},
    {"edition": "\x00"},
    {"page": "0"},
    {"page": "-1"},
    {"page": "99999999999999999999"},
]


@pytest.fixture(params=["stand-in", "engine"])
def answering(request, engine, monkeypatch, settings):
    """The stand-in engine, then the real one."""
    if request.param == "engine":
        monkeypatch.undo()  # back to search.query's own functions
    settings.SEARCH_REQUESTS_PER_MINUTE = 10_000
    settings.SEARCH_SUGGESTIONS_PER_MINUTE = 10_000
    return request.param


@pytest.fixture
def stories(editions):
    for code, title in [("en", "Harbour cranes return"), ("ru", "Портовые краны вернулись")]:
        section = make_section(editions[code], "economy", "Economy")
        make_article(section, title, slug=f"harbour-{code}")


def refused_or_answered(response) -> bool:
    """A page of the edition (200), or a localized 400/404 page; never a 500."""
    if response.status_code == 200:
        return True
    page = BeautifulSoup(response.content, "html.parser")
    return response.status_code in (400, 404) and page.html is not None and page.html.get("lang")


def test_every_hostile_query_and_filter_gives_a_page(client, answering, stories):
    failures = []
    for query in HOSTILE_QUERIES:
        for path in ("/en/search/", "/en/search/all/"):
            response = client.get(path, {"q": query, "edition": "all" if "all" in path else ""})
            if not refused_or_answered(response):
                failures.append((path, query[:40], response.status_code))
        suggestion = client.get("/en/search/suggest/", {"q": query})
        if suggestion.status_code != 200 or "suggestions" not in json.loads(suggestion.content):
            failures.append(("suggest", query[:40], suggestion.status_code))
    for junk in JUNK_FILTERS:
        response = client.get("/en/search/", {"q": "harbour", **junk})
        if not refused_or_answered(response):
            failures.append(("filters", junk, response.status_code))

    assert failures == []


def test_a_query_string_that_is_not_utf8_gives_a_page(client, answering, stories):
    response = client.get("/en/search/", QUERY_STRING="q=%ff%fe%00harbour&section=%c0")

    assert response.status_code == 200


@pytest.mark.parametrize("language", ["en", "ru", "hy", "az"])
@pytest.mark.parametrize("query", ['"unbalanced', "NEAR(a b)", "x\x00y", "headline:(", "🚢 -NOT ^"])
def test_each_edition_answers_hostile_queries_with_its_own_page(
    client, answering, stories, language, query
):
    response = client.get(f"/{language}/search/", {"q": query, "from": "junk"})

    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == language
