"""Unknown lists and junk in the address give the reader 404 page or are ignored, never a 500."""

import feedparser
import pytest
from wagtail.models import PageViewRestriction

from news.tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(editions):
    section = make_section(editions["en"], "world", "World")
    make_article(section, "A world story")
    make_section(editions["en"], "analysis", "Analysis")
    return section


@pytest.mark.parametrize(
    "path",
    [
        "/en/feeds/sections/no-such-section/rss.xml",
        "/en/feeds/tags/no-such-tag/atom.xml",
        "/ru/feeds/authors/no-such-author/rss.xml",
        # A section of another edition is not this edition's.
        "/hy/feeds/sections/analysis/rss.xml",
        "/en/feeds/sections/world/2026/rss.xml",
        "/en/feeds/sections/%00%ff/rss.xml",
        "/en/feeds/rss.json",
    ],
)
def test_an_unknown_feed_is_the_readers_404_page(client, world, path):
    response = client.get(path)

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
    assert "<html" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ["?page=abc", "?page=99999999999999999999", "?q=%00%ff", "?utm_source=x&format=json", "?a=<b>"],
)
def test_junk_in_the_query_string_is_ignored(client, world, query):
    plain = feedparser.parse(client.get("/en/feeds/rss.xml").content)

    response = client.get(f"/en/feeds/rss.xml{query}")

    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0
    assert [entry.id for entry in parsed.entries] == [entry.id for entry in plain.entries]


def test_a_section_behind_a_view_restriction_has_no_feed(client, world):
    PageViewRestriction.objects.create(page=world, restriction_type="password", password="x")

    assert client.get("/en/feeds/sections/world/rss.xml").status_code == 404
