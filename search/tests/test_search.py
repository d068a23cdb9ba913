import pytest

from news.tests.factories import make_article, make_section
from search.tests.conftest import needs_engine

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(editions):
    english = make_section(editions["en"], "economy", "Economy")
    russian = make_section(editions["ru"], "economy", "Экономика")
    return {
        "match": make_article(english, "Harbour cranes return"),
        "other": make_article(english, "Bread prices rise"),
        "draft": make_article(english, "Harbour draft", publish=False),
        "russian": make_article(russian, "Harbour in Russian edition", slug="harbour-ru"),
    }


@needs_engine
def test_search_finds_the_editions_published_stories_that_match(client, stories):
    html = client.get("/en/search/", {"q": "harbour"}).content.decode()

    assert "Harbour cranes return" in html
    assert "Bread prices rise" not in html
    assert "Harbour draft" not in html
    assert "Harbour in Russian edition" not in html


def test_an_empty_query_shows_the_form_and_no_results(client, stories):
    response = client.get("/en/search/", {"q": "  "})

    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()
    assert response.context["results"] is None


def test_a_page_of_results_that_does_not_exist_is_a_404(client, stories):
    assert client.get("/en/search/", {"q": "harbour", "page": "abc"}).status_code == 404


@needs_engine
def test_a_very_long_query_is_cut_not_refused(client, stories):
    response = client.get("/en/search/", {"q": "harbour " * 200})

    assert response.status_code == 200
    assert len(response.context["query"]) == 200


@needs_engine
@pytest.mark.parametrize(
    "query", ['"', 'harbour"', "it's \"harbour", "harbour\x00", "AND OR NOT *"]
)
def test_queries_with_search_syntax_or_control_characters_never_fail(client, stories, query):
    response = client.get("/en/search/", {"q": query})

    assert response.status_code == 200


@needs_engine
def test_the_armenian_edition_finds_its_stories_by_an_armenian_word(client, editions):
    armenian = make_section(editions["hy"], "economy", "Տնտեսություն")
    make_article(armenian, "Նավահանգստի կռունկները վերադառնում են", slug="navahangist")
    make_article(armenian, "Հացի գինը բարձրանում է", slug="hats")

    html = client.get("/hy/search/", {"q": "նավահանգստի"}).content.decode()

    assert "Նավահանգստի կռունկները վերադառնում են" in html
    assert "Հացի գինը բարձրանում է" not in html
