"""Each endpoint's query count is the same with few stories or many."""

from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from api.lists import on_every_site
from caching import store
from news.tests.factories import make_article, make_rich_article, make_section

pytestmark = pytest.mark.django_db


def queries_for(client, url: str) -> int:
    """The queries of an uncached render, after one that remembered what every request
    reads alike (the site, the outlet's settings)."""
    store.invalidate_locations(on_every_site(urlsplit(url).path))
    client.get(url)
    store.invalidate_locations(on_every_site(urlsplit(url).path))
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_counts_do_not_grow_with_the_number_of_stories(editions, api_client):
    section = make_section(editions["en"], "world", "World")
    story = make_rich_article(section, "The rich one", images=2, embeds=1)
    for n in range(3):
        make_rich_article(section, f"Small outlet {n}")
    urls = [
        "/api/v1/editions/en/stories/?limit=3",
        f"/api/v1/editions/en/sections/{section.pk}/stories/?limit=3",
        "/api/v1/editions/en/tags/tag-0/stories/?limit=3",
        f"/api/v1/stories/{story.pk}/",
        "/api/v1/editions/en/most-read/",
        "/api/v1/editions/en/",
    ]
    few = {url: queries_for(api_client, url) for url in urls}
    for n in range(12):
        make_rich_article(section, f"Bigger outlet {n}")
        make_article(section, f"Plain {n}")
    many = {url: queries_for(api_client, url) for url in urls}
    assert many == few
