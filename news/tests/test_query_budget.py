"""The article page costs the same number of SQL queries, however rich the article."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.tests.factories import make_rich_article, make_section

pytestmark = pytest.mark.django_db

# Most of these are fixed costs: Wagtail routes a URL one tree level per query
# (home, section, year, month, article), and the header, footer and edition links
# each read a little. None depends on how rich the article is.
ARTICLE_PAGE_QUERY_BUDGET = 36


def queries_to_render(client, url: str) -> int:
    client.get(url)  # first render creates image renditions; measure the steady state
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.fixture
def section(editions):
    return make_section(editions["en"])


@pytest.mark.parametrize(
    "richness",
    [
        {"images": 0, "tags": 0, "authors": 0, "paragraphs": 1},
        {"images": 6, "tags": 8, "authors": 4, "paragraphs": 30},
    ],
    ids=["plain", "rich"],
)
def test_an_article_stays_within_the_query_budget(
    client, section, django_assert_max_num_queries, richness
):
    article = make_rich_article(section, "Budgeted", **richness)
    client.get(article.url)  # first render creates image renditions

    with django_assert_max_num_queries(ARTICLE_PAGE_QUERY_BUDGET):
        client.get(article.url)


def test_more_tags_authors_images_and_blocks_cost_no_more_queries(client, section):
    small = make_rich_article(section, "Small", images=1, tags=1, authors=1, paragraphs=2)
    large = make_rich_article(section, "Large", images=5, tags=7, authors=3, paragraphs=25)

    assert queries_to_render(client, large.url) == queries_to_render(client, small.url)
