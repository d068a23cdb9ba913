"""How results are ranked, highlighted, filtered and paged, on whichever backend runs."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from news.models import Author
from news.models.articles import ArticleAuthor
from search import engine
from search.query import StorySearch, search_stories, suggest_headlines
from search.tests.engine_fixtures import found

pytestmark = pytest.mark.django_db


def test_a_headline_match_ranks_above_a_subheadline_match_above_a_body_match(write):
    write("en", "Weather today", "The harbour was calm.", days_ago=0.1)
    write("en", "Port news", subheadline="The harbour reopens", days_ago=0.2)
    write("en", "Harbour cranes return", days_ago=30)

    assert found("harbour") == ["Harbour cranes return", "Port news", "Weather today"]


def test_among_equal_matches_the_newer_story_ranks_first(write):
    write("en", "Harbour in spring", days_ago=40)
    write("en", "Harbour in winter", days_ago=2)
    write("en", "Harbour in autumn", days_ago=10)

    assert found("harbour") == ["Harbour in winter", "Harbour in autumn", "Harbour in spring"]


def test_matched_words_are_marked_and_everything_else_escaped(write):
    write("en", "<script>alert(1)</script> harbour tax", "Rates at the harbours rise &lt;b&gt;now.")

    hit = search_stories(StorySearch(text="harbour", language="en")).hits[0]

    assert hit.headline == ("&lt;script&gt;alert(1)&lt;/script&gt; <mark>harbour</mark> tax")
    assert "<mark>harbours</mark>" in hit.snippet
    assert "<b>" not in hit.snippet and "&lt;b&gt;" in hit.snippet


def test_the_snippet_is_the_part_of_the_body_around_the_first_match(write):
    before = " ".join(f"before{n}" for n in range(60))
    after = " ".join(f"after{n}" for n in range(60))
    write("en", "Long read", f"{before} the harbour opened {after}")

    snippet = search_stories(StorySearch(text="harbour", language="en")).hits[0].snippet

    assert "<mark>harbour</mark>" in snippet
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert "before50 " not in snippet and "before59 " in snippet


def test_filters_by_section(write, sections):
    write("en", "Harbour politics")
    write("en-economy", "Harbour economics")

    assert found("harbour", section_id=sections["en-economy"].pk) == ["Harbour economics"]


def test_filters_by_date_range(write):
    today = timezone.localdate()
    write("en", "Harbour last week", days_ago=7)
    write("en", "Harbour long ago", days_ago=100)

    assert found(
        "harbour",
        published_from=today - timedelta(days=30),
        published_until=today,
    ) == ["Harbour last week"]
    assert found("harbour", published_until=today - timedelta(days=50)) == ["Harbour long ago"]


def test_filters_by_author(write, editions):
    from wagtail.models import Locale

    author = Author.objects.create(
        name="Ana Writer", slug="ana", locale=Locale.objects.get(language_code="en")
    )
    signed = write("en", "Harbour by Ana")
    write("en", "Harbour by nobody")
    ArticleAuthor.objects.create(article=signed, author=author)

    assert found("harbour", author_id=author.pk) == ["Harbour by Ana"]


def test_searches_the_edition_or_all_editions_each_hit_labelled(write):
    write("en", "Harbour in English")
    write("ru", "Harbour по-русски")

    assert found("harbour") == ["Harbour in English"]
    results = search_stories(StorySearch(text="harbour", language="en", all_editions=True))
    assert {(hit.article.title, hit.language) for hit in results.hits} == {
        ("Harbour in English", "en"),
        ("Harbour по-русски", "ru"),
    }


def test_pages_know_whether_there_is_a_next_one_and_count_what_is_cheap(write):
    for number in range(5):
        write("en", f"Harbour story {number}", days_ago=number + 1)

    first = search_stories(StorySearch(text="harbour", language="en", page_size=2))
    last = search_stories(StorySearch(text="harbour", language="en", page_size=2, page=3))

    assert [hit.article.title for hit in first.hits] == ["Harbour story 0", "Harbour story 1"]
    assert first.has_next and not last.has_next
    assert [hit.article.title for hit in last.hits] == ["Harbour story 4"]
    assert (first.count, first.count_is_exact) == (5, True)


def test_past_the_counting_cap_the_count_is_an_estimate(write, monkeypatch):
    for number in range(6):
        write("en", f"Harbour story {number}")
    monkeypatch.setattr(engine, "EXACT_COUNT_CAP", 3)

    results = search_stories(StorySearch(text="harbour", language="en", page_size=2))

    assert results.count_is_exact is False
    assert results.count > 3


def test_suggestions_are_up_to_five_headlines_matching_a_prefix(write):
    for number in range(7):
        write("en", f"Parliament session {number}", days_ago=number + 1)
    write("en", "Weather", "Parliament is mentioned in the body only.")

    suggestions = suggest_headlines("parlia", "en")

    assert [s.headline for s in suggestions] == [f"Parliament session {n}" for n in range(5)]
    assert all(s.url for s in suggestions)


def test_a_far_page_is_empty_not_an_error(write):
    write("en", "Harbour")

    results = search_stories(StorySearch(text="harbour", language="en", page=10_000))

    assert results.hits == [] and not results.has_next


def test_published_until_is_inclusive_of_its_day(write):
    write("en", "Harbour today", days_ago=0)

    assert found("harbour", published_until=timezone.localdate()) == ["Harbour today"]
    assert found("harbour", published_until=date(2000, 1, 1)) == []
