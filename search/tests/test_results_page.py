import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from news.tests.factories import make_article, make_section
from search.query import SearchResults
from search.tests.conftest import hit_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def economy(editions):
    return make_section(editions["en"], "economy", "Economy")


def page(client, path="/en/search/", **params):
    response = client.get(path, params)
    return response, BeautifulSoup(response.content, "html.parser")


def test_each_result_shows_its_linked_headline_subheadline_section_date_and_snippet(
    client, engine, economy
):
    story = make_article(economy, "Harbour cranes return", subheadline="The port reopens")
    engine.results = SearchResults(
        hits=[hit_for(story, "the <mark>harbour</mark> reopened")], page=1, has_next=False
    )

    _, tree = page(client, q="harbour")

    result = tree.select(".search-result")[0]
    link = result.select("h3 a")[0]
    assert link.get_text() == "Harbour cranes return"
    assert link.get("href") == story.url
    assert result.select(".search-result__subheadline")[0].text == "The port reopens"
    assert result.select(".search-result__meta a")[0].text == "Economy"
    assert result.select("time")[0].get("datetime")
    assert result.select(".search-result__snippet mark")[0].text == "harbour"


def test_the_page_says_what_it_searched_for_with_a_link_to_search_what_was_typed(
    client, engine, economy
):
    story = make_article(economy, "Sanctions widen")
    engine.results = SearchResults(
        hits=[hit_for(story)], page=1, has_next=False, searched_for="sanctions"
    )

    _, tree = page(client, q="sanctoins")

    note = tree.select(".search-note")[0]
    assert note.select("strong")[0].text == "sanctions"
    assert "q=%22sanctoins%22" in note.select("a")[0].get("href")


def test_no_results_offer_the_closest_spelling_and_the_most_read_stories(client, engine, economy):
    from readership.models import MostRead

    read = make_article(economy, "Bread prices rise")
    MostRead.objects.create(
        locale=economy.locale,
        section=None,
        period=MostRead.Period.values[0],
        article_ids=[read.pk],
        computed_at=timezone.now(),
    )
    engine.results = SearchResults(hits=[], page=1, has_next=False, did_you_mean="harbour")

    _, tree = page(client, q="harbur")

    suggestion = tree.select(".search-note a")[0]
    assert suggestion.text == "harbour"
    assert "q=harbour" in suggestion.get("href")
    assert [a.text for a in tree.select(".most-read a")] == ["Bread prices rise"]


@pytest.mark.parametrize(
    ("count", "exact", "shown"),
    [(40, False, "About 40 results"), (3, True, "3 results"), (None, False, None)],
)
def test_the_count_is_about_n_exact_or_absent_as_the_engine_knows_it(
    client, engine, economy, count, exact, shown
):
    story = make_article(economy, "Harbour cranes return")
    engine.results = SearchResults(
        hits=[hit_for(story)], page=1, has_next=True, count=count, count_is_exact=exact
    )

    _, tree = page(client, q="harbour")

    counts = [p.get_text().strip() for p in tree.select(".search-count")]
    assert counts == ([shown] if shown else [])


def test_pages_link_to_the_next_and_previous_page_of_the_same_search(client, engine, economy):
    story = make_article(economy, "Harbour cranes return")
    engine.results = SearchResults(hits=[hit_for(story)], page=2, has_next=True)

    _, tree = page(client, q="harbour", section=economy.pk, page=2)

    assert engine.searches[0].page == 2
    prev_link = tree.select(".search-pages a[rel=prev]")[0].get("href")
    next_link = tree.select(".search-pages a[rel=next]")[0].get("href")
    assert "page=1" in prev_link and "page=3" in next_link
    assert f"section={economy.pk}" in next_link and "q=harbour" in next_link


def test_the_filters_reach_the_engine(client, engine, economy, editions):
    from news.models import Author

    author = Author.objects.create(name="Mara Holt", slug="mara-holt", locale=economy.locale)

    page(
        client,
        q="harbour",
        section=economy.pk,
        author=author.pk,
        **{"from": "2026-01-02"},
        until="2026-03-04",
    )

    search = engine.searches[0]
    assert (search.section_id, search.author_id) == (economy.pk, author.pk)
    assert (str(search.published_from), str(search.published_until)) == ("2026-01-02", "2026-03-04")
    assert search.language == "en" and not search.all_editions


@pytest.mark.parametrize(
    "junk",
    [
        {"section": "abc"},
        {"section": "999999"},
        {"section": "99999999999999999999999"},
        {"author": "-1"},
        {"from": "2026-13-45"},
        {"until": "yesterday\x00"},
        {"from": "2026-05-01", "until": "2026-01-01"},
        {"edition": "mars"},
    ],
)
def test_a_filter_that_cannot_be_read_is_left_out_and_named(client, engine, economy, junk):
    response, tree = page(client, q="harbour", **junk)

    assert response.status_code == 200
    assert tree.select(".search-note[role=status]")
    search = engine.searches[0]
    assert search.text == "harbour"
    assert search.section_id is None and search.author_id is None


def test_a_section_of_another_edition_is_not_a_filter_here(client, engine, editions):
    russian = make_section(editions["ru"], "economy", "Экономика")

    page(client, q="harbour", section=russian.pk)

    assert engine.searches[0].section_id is None


def test_all_editions_are_searched_at_their_own_path_each_result_labelled(
    client, engine, economy, editions
):
    russian = make_section(editions["ru"], "economy", "Экономика")
    story = make_article(russian, "Краны вернулись", slug="krany")
    engine.results = SearchResults(hits=[hit_for(story)], page=1, has_next=False)

    redirect = client.get("/en/search/", {"q": "harbour", "edition": "all"})
    assert redirect.status_code == 302
    assert redirect["Location"].startswith("/en/search/all/?")

    _, tree = page(client, "/en/search/all/", q="harbour", edition="all")

    assert engine.searches[-1].all_editions
    assert engine.searches[-1].language == "en"
    result = tree.select(".search-result")[0]
    assert result.get("lang") == "ru"
    assert result.select(".search-result__language")[0].text == "Русский"


def test_choosing_this_edition_again_leaves_the_all_editions_path(client, engine, economy):
    response = client.get("/en/search/all/", {"q": "harbour", "edition": ""})

    assert response.status_code == 302
    assert response["Location"].startswith("/en/search/?")


def test_what_a_reader_typed_is_shown_escaped(client, engine, economy):
    response, tree = page(client, q="<script>alert(1)</script>")

    assert b"<script>alert(1)" not in response.content
    assert tree.select("#search-page-query")[0].get("value") == "<script>alert(1)</script>"


def test_an_empty_query_shows_the_form_and_asks_the_engine_nothing(client, engine, economy):
    response, tree = page(client, q="   ")

    assert response.status_code == 200
    assert tree.select("#search-page-query")
    assert engine.searches == []
