"""In Chromium: a page served from the cache still shows the count, updated after a read."""

import pytest
from playwright.sync_api import expect

from news.tests.factories import make_article, make_section
from readership.tests.conftest import PERSON

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def long_story(editions):
    body = [{"type": "paragraph", "value": "<p>" + "A long paragraph of the story. " * 60 + "</p>"}]
    section = make_section(editions["en"], "analytics", "Analytics")
    return make_article(section, "A long read", body=body * 6)


def test_a_cached_article_shows_its_count_updated_after_a_read(client, open_page, long_story):
    client.get(long_story.url)  # now in the page cache, with no count in it
    assert client.get(long_story.url)["X-Page-Cache"] == "HIT"

    page = open_page(long_story.url, user_agent=PERSON)
    views = page.locator("[data-views-of]")
    expect(views).to_have_text("Views: 0")

    page.mouse.wheel(0, 1200)  # the reader scrolls into the story: a read

    expect(views).to_have_text("Views: 1")
    page.reload()
    expect(views).to_have_text("Views: 1")  # the same cached HTML, the fresh count


def test_a_headless_browser_is_not_counted(open_page, long_story):
    page = open_page(long_story.url)  # Playwright's own user agent says HeadlessChrome

    page.mouse.wheel(0, 1200)
    page.wait_for_timeout(500)

    expect(page.locator("[data-views-of]")).to_have_text("Views: 0")
    long_story.refresh_from_db()
    assert long_story.view_count == 0
