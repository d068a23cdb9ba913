"""A section's page N: exactly its slice of the list, for the queries page 1 costs."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory, TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from caching.remembered import forget_local_copies
from news.models import ArticlePage
from news.models.stories import listed_articles, paginate, published_articles, section_articles
from news.pagination import STORIES_PER_PAGE
from news.tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

NOON = datetime(2025, 6, 1, 12, 0, tzinfo=ZoneInfo("UTC"))


@pytest.fixture
def section(editions):
    return make_section(editions["en"], "analytics", "Analytics")


def fill(section, editions) -> list[int]:
    """30 stories readers see, many published in the same second, among others they don't.

    Returns the ids of the visible ones in the order the list must show them.
    """
    for number in range(30):
        # Runs of four stories share a publication time: only the id orders them.
        when = NOON - timedelta(hours=number // 4)
        make_article(section, f"Story {number}", published_at=when)
    make_article(section, "A draft", published_at=NOON, publish=False)
    withdrawn = make_article(section, "Withdrawn", published_at=NOON)
    withdrawn.unpublish()
    behind_password = make_article(section, "Members only", published_at=NOON)
    # Committed, as an editor's change is: that retires what processes remember of restrictions.
    with TestCase.captureOnCommitCallbacks(execute=True):
        PageViewRestriction.objects.create(
            page=behind_password, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    elsewhere = make_section(editions["en"], "sport", "Sport")
    make_article(elsewhere, "Another section's story", published_at=NOON)

    visible = ArticlePage.objects.live().filter(section=section).exclude(pk=behind_password.pk)
    rows = sorted(visible.values_list("published_at", "pk"), reverse=True)
    return [pk for _published_at, pk in rows]


def read_page(stories, number: int):
    return paginate(RequestFactory().get("/", {"page": str(number)}), stories)


def test_every_page_is_exactly_its_slice_in_order_ties_included(section, editions):
    expected = fill(section, editions)
    assert len(expected) == 30

    pages = [read_page(section_articles(section), number) for number in (1, 2, 3)]

    for number, page in enumerate(pages, start=1):
        start = (number - 1) * STORIES_PER_PAGE
        assert [story.pk for story in page] == expected[start : start + STORIES_PER_PAGE]
        assert page.has_next() == (number < 3)
    assert [story.title for story in pages[0]][:4] == [f"Story {n}" for n in (3, 2, 1, 0)]


def test_lists_show_the_same_stories_as_live_and_public(section, editions):
    fill(section, editions)

    listed = list(listed_articles().values_list("pk", flat=True))

    assert listed == list(published_articles().values_list("pk", flat=True))


def test_a_page_after_the_last_is_a_404_and_an_empty_section_has_an_empty_first_page(
    client, section
):
    assert list(read_page(section_articles(section), 1)) == []

    make_article(section)

    assert client.get(section.url, {"page": "2"}).status_code == 404


def queries_for(client, url: str, page: int) -> list[str]:
    cache.clear()  # the page cache would answer without rendering
    forget_local_copies()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, {"page": str(page)})
    assert response.status_code == 200
    return [query["sql"] for query in captured]


def test_a_deep_page_costs_the_queries_page_one_does(client, section, editions):
    fill(section, editions)
    client.get(section.url)  # first render: site and locale lookups cached, like later ones

    first, second, last = (queries_for(client, section.url, number) for number in (1, 2, 3))

    assert len(first) == len(second) == len(last)
    # The page's keys come from the article table and its index alone: no join with
    # wagtailcore_page for each story a deep page skips.
    keys = [sql for sql in second if re.match(r'SELECT "news_articlepage"."page_ptr_id"', sql)]
    assert len(keys) == 1
    assert "JOIN" not in keys[0]
    assert "OFFSET 12" in keys[0]
