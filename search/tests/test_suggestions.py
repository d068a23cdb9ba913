import json

import pytest

from news.tests.factories import make_article, make_section
from search.query import Suggestion

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(editions):
    return {
        "en": make_section(editions["en"], "economy", "Economy"),
        "ru": make_section(editions["ru"], "economy", "Экономика"),
    }


def suggestions_for(n: int) -> list[Suggestion]:
    return [
        Suggestion(article_id=i, headline=f"Harbour story {i}", url=f"/en/s{i}/") for i in range(n)
    ]


def test_suggestions_are_up_to_five_headlines_with_their_addresses(client, engine, sections):
    engine.suggestions = suggestions_for(8)

    response = client.get("/en/search/suggest/", {"q": "harb"})

    assert response["Content-Type"] == "application/json"
    answer = json.loads(response.content)
    assert [s["headline"] for s in answer["suggestions"]] == [
        f"Harbour story {i}" for i in range(5)
    ]
    assert answer["suggestions"][0]["url"] == "/en/s0/"
    assert engine.suggested == [("harb", "en", 5)]


def test_each_edition_suggests_from_its_own_stories(client, engine, sections):
    client.get("/ru/search/suggest/", {"q": "порт"})

    assert engine.suggested == [("порт", "ru", 5)]


def test_suggestions_are_public_for_the_page_cache_and_a_cdn(client, engine, sections):
    engine.suggestions = suggestions_for(1)

    first = client.get("/en/search/suggest/", {"q": "harb"})
    second = client.get("/en/search/suggest/", {"q": "harb"})

    assert "public" in first["Cache-Control"] and "s-maxage" in first["Cache-Control"]
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("MISS", "HIT")


def test_an_empty_or_blank_query_suggests_nothing_without_asking_the_engine(
    client, engine, sections
):
    answer = json.loads(client.get("/en/search/suggest/", {"q": " \x00 "}).content)

    assert answer["suggestions"] == []
    assert engine.suggested == []


def test_publishing_a_story_retires_its_editions_suggestions_only(
    client, engine, sections, publish
):
    for path in ("/en/search/suggest/", "/ru/search/suggest/"):
        client.get(path, {"q": "harb"})

    publish(make_article, sections["en"], "Harbour cranes return")

    assert client.get("/en/search/suggest/", {"q": "harb"})["X-Page-Cache"] == "MISS"
    assert client.get("/ru/search/suggest/", {"q": "harb"})["X-Page-Cache"] == "HIT"


def test_a_story_of_any_edition_retires_every_all_editions_results_page(
    client, engine, sections, publish
):
    for path in ("/en/search/all/", "/hy/search/all/", "/en/search/"):
        client.get(path, {"q": "harbour", "edition": "all"} if "all" in path else {"q": "harbour"})

    publish(make_article, sections["ru"], "Порт открыт", slug="port")

    assert (
        client.get("/en/search/all/", {"q": "harbour", "edition": "all"})["X-Page-Cache"] == "MISS"
    )
    assert (
        client.get("/hy/search/all/", {"q": "harbour", "edition": "all"})["X-Page-Cache"] == "MISS"
    )
    assert client.get("/en/search/", {"q": "harbour"})["X-Page-Cache"] == "HIT"
