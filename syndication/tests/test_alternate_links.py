"""Every reader page advertises its edition's feeds, and a list's page its own feeds too."""

import pytest
from bs4 import BeautifulSoup

from news.models import ArticleAuthor, Author
from news.tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(editions):
    section = make_section(editions["hy"], "world", "Աշխարհ")
    author = Author.objects.create(name="Անի Սարգսյան", slug="ani", locale=editions["hy"].locale)
    story = make_article(section, "Նավահանգիստ", slug="harbour", publish=False)
    story.authorships = [ArticleAuthor(author=author)]
    story.tags.add("economy")
    story.save_revision().publish()
    story.refresh_from_db()
    return story


def feed_links(client, path: str) -> list[tuple[str, str]]:
    response = client.get(path)
    assert response.status_code in (200, 404), path
    head = BeautifulSoup(response.content, "html.parser").head
    return [
        (link["type"], link["href"])
        for link in head.find_all("link", rel="alternate")
        if link.get("type") in ("application/rss+xml", "application/atom+xml")
    ]


def edition_feeds(language: str) -> list[tuple[str, str]]:
    return [
        ("application/rss+xml", f"http://testserver/{language}/feeds/rss.xml"),
        ("application/atom+xml", f"http://testserver/{language}/feeds/atom.xml"),
    ]


def own_feeds(language: str, route: str) -> list[tuple[str, str]]:
    return [
        ("application/rss+xml", f"http://testserver/{language}/feeds/{route}rss.xml"),
        ("application/atom+xml", f"http://testserver/{language}/feeds/{route}atom.xml"),
    ]


@pytest.mark.parametrize("language", ["en", "ru", "hy", "az"])
def test_each_editions_home_and_search_advertise_the_editions_feeds(client, editions, language):
    assert feed_links(client, f"/{language}/") == edition_feeds(language)
    assert feed_links(client, f"/{language}/search/?q=x") == edition_feeds(language)


def test_a_story_advertises_its_editions_feeds(client, story):
    assert feed_links(client, story.url) == edition_feeds("hy")


def test_a_section_advertises_its_own_feeds_after_the_editions(client, story):
    assert feed_links(client, "/hy/world/") == edition_feeds("hy") + own_feeds(
        "hy", "sections/world/"
    )


def test_a_tags_page_advertises_the_tags_feeds(client, story):
    assert feed_links(client, "/hy/tags/economy/") == edition_feeds("hy") + own_feeds(
        "hy", "tags/economy/"
    )


def test_an_authors_page_advertises_the_authors_feeds(client, story):
    assert feed_links(client, "/hy/authors/ani/") == edition_feeds("hy") + own_feeds(
        "hy", "authors/ani/"
    )


def test_the_links_are_titled_with_the_list_and_the_format(client, story):
    head = BeautifulSoup(client.get("/hy/authors/ani/").content, "html.parser").head
    titles = [link["title"] for link in head.find_all("link", type="application/atom+xml")]

    assert titles == ["Masthead (Atom)", "Անի Սարգսյան · Masthead (Atom)"]


def test_a_page_for_a_tag_that_does_not_exist_advertises_only_the_editions_feeds(client, story):
    assert feed_links(client, "/hy/tags/no-such-tag/") == edition_feeds("hy")


def test_every_advertised_feed_is_served(client, story):
    for path in ("/hy/world/", "/hy/tags/economy/", "/hy/authors/ani/"):
        for _type, href in feed_links(client, path):
            assert client.get(href).status_code == 200, href
