"""Each file costs the same queries whatever the archive holds (bench/sitemaps.py times it).

The views are called directly: the page cache would answer the second request itself.
"""

import itertools
from datetime import timedelta

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from crawling import views
from news.tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db
NUMBERS = itertools.count()


def queries(view, *args) -> int:
    view(RequestFactory().get("/"), *args)  # the site's root paths and settings, remembered
    with CaptureQueriesContext(connection) as captured:
        response = view(RequestFactory().get("/"), *args)
    assert response.status_code == 200
    return len(captured)


def add_stories(section, count: int, days_back: int = 0) -> None:
    for _ in range(count):
        number = next(NUMBERS)
        when = timezone.now() - timedelta(days=days_back, seconds=number)
        make_article(section, f"Story {number}", when=when, published_at=when)


@pytest.fixture
def section(editions):
    return make_section(editions["en"], "politics", "Politics")


def test_the_index_reads_the_same_queries_for_one_month_as_for_five(section):
    add_stories(section, 1)
    one_month = queries(views.index)
    for months_back in range(1, 5):
        add_stories(section, 1, days_back=31 * months_back)

    assert queries(views.index) == one_month


def test_a_month_file_reads_the_same_queries_for_two_stories_as_for_eight(section):
    month = f"{timezone.now():%Y-%m}"
    add_stories(section, 2)
    two = queries(views.month, "en", month)
    add_stories(section, 6)

    assert queries(views.month, "en", month) == two


def test_the_news_sitemap_reads_the_same_queries_for_two_stories_as_for_eight(section):
    add_stories(section, 2)
    two = queries(views.news, "en")
    add_stories(section, 6)

    assert queries(views.news, "en") == two
