import pytest
from bs4 import BeautifulSoup

from news.tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def headlines(response) -> list[str]:
    """The results' headlines as read, matched words (<mark>) and all."""
    page = BeautifulSoup(response.content, "html.parser")
    return [link.get_text() for link in page.select(".search-result__headline a")]


@pytest.fixture
def stories(editions, django_capture_on_commit_callbacks):
    # Indexed on commit, as the worker indexes what editors publish.
    with django_capture_on_commit_callbacks(execute=True):
        return _stories(editions)


def _stories(editions):
    english = make_section(editions["en"], "economy", "Economy")
    russian = make_section(editions["ru"], "economy", "Экономика")
    return {
        "match": make_article(english, "Harbour cranes return"),
        "other": make_article(english, "Bread prices rise"),
        "draft": make_article(english, "Harbour draft", publish=False),
        "russian": make_article(russian, "Harbour in Russian edition", slug="harbour-ru"),
    }


def test_search_finds_the_editions_published_stories_that_match(client, stories):
    assert headlines(client.get("/en/search/", {"q": "harbour"})) == ["Harbour cranes return"]


def test_an_empty_query_shows_the_form_and_no_results(client, stories):
    response = client.get("/en/search/", {"q": "  "})

    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()
    assert response.context["results"] is None


def test_a_page_of_results_that_does_not_exist_is_a_404(client, stories):
    assert client.get("/en/search/", {"q": "harbour", "page": "abc"}).status_code == 404


def test_a_very_long_query_is_cut_not_refused(client, stories):
    response = client.get("/en/search/", {"q": "harbour " * 200})

    assert response.status_code == 200
    assert len(response.context["query"]) == 200


@pytest.mark.parametrize(
    "query", ['"', 'harbour"', "it's \"harbour", "harbour\x00", "AND OR NOT *"]
)
def test_queries_with_search_syntax_or_control_characters_never_fail(client, stories, query):
    response = client.get("/en/search/", {"q": query})

    assert response.status_code == 200


def test_the_armenian_edition_finds_its_stories_by_an_armenian_word(client, editions, publish):
    armenian = make_section(editions["hy"], "economy", "Տնտեսություն")
    publish(make_article, armenian, "Նավահանգստի կռունկները վերադառնում են", slug="navahangist")
    publish(make_article, armenian, "Հացի գինը բարձրանում է", slug="hats")

    assert headlines(client.get("/hy/search/", {"q": "նավահանգստի"})) == [
        "Նավահանգստի կռունկները վերադառնում են"
    ]
