"""Feeds are cached like any list: a story's change retires exactly the feeds it is in."""

import pytest

from news.models import ArticleAuthor, Author
from news.tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

FEEDS = {
    "edition": "/en/feeds/{}.xml",
    "world": "/en/feeds/sections/world/{}.xml",
    "sport": "/en/feeds/sections/sport/{}.xml",
    "budget": "/en/feeds/tags/budget/{}.xml",
    "weather": "/en/feeds/tags/weather/{}.xml",
    "armenian tag": "/en/feeds/tags/բյուջե/{}.xml",
    "mara": "/en/feeds/authors/mara-holt/{}.xml",
    "other edition": "/ru/feeds/{}.xml",
}


@pytest.fixture
def desks(editions):
    world = make_section(editions["en"], "world", "World")
    sport = make_section(editions["en"], "sport", "Sport")
    Author.objects.create(name="Mara Holt", slug="mara-holt", locale=editions["en"].locale)
    weather = make_article(sport, "Rain at the stadium")
    weather.tags.add("weather")
    weather.save_revision().publish()
    return world, sport


def cache_states(client) -> dict[str, str]:
    return {
        f"{name} {feed_format}": client.get(path.format(feed_format)).get("X-Page-Cache", "none")
        for name, path in FEEDS.items()
        for feed_format in ("rss", "atom")
    }


def retired(states: dict[str, str]) -> set[str]:
    return {name for name, state in states.items() if state == "MISS"}


def story_in(world, title: str = "Budget vote"):
    story = make_article(world, title, publish=False)
    story.authorships = [ArticleAuthor(author=Author.objects.get(slug="mara-holt"))]
    story.tags.add("budget", "բյուջե")
    story.save_revision().publish()
    story.refresh_from_db()
    return story


def both(*names: str) -> set[str]:
    return {f"{name} {feed_format}" for name in names for feed_format in ("rss", "atom")}


def test_publishing_a_story_retires_exactly_the_feeds_it_appears_in(client, desks, publish):
    world, _ = desks
    cache_states(client)

    publish(story_in, world)

    assert retired(cache_states(client)) == both(
        "edition", "world", "budget", "armenian tag", "mara"
    )


def test_editing_a_story_retires_its_feeds_and_shows_the_change(client, desks, publish):
    world, _ = desks
    story = publish(story_in, world)
    cache_states(client)

    story.title = "Budget vote, recounted"
    publish(story.save_revision().publish)

    assert retired(cache_states(client)) == both(
        "edition", "world", "budget", "armenian tag", "mara"
    )
    assert b"Budget vote, recounted" in client.get("/en/feeds/tags/budget/rss.xml").content


def test_unpublishing_a_story_takes_it_out_of_its_feeds(client, desks, publish):
    world, _ = desks
    story = publish(story_in, world)
    cache_states(client)

    publish(story.unpublish)

    assert retired(cache_states(client)) == both(
        "edition", "world", "budget", "armenian tag", "mara"
    )
    assert b"Budget vote" not in client.get("/en/feeds/authors/mara-holt/atom.xml").content


def test_a_story_leaving_a_tag_retires_that_tags_feed(client, desks, publish):
    world, _ = desks
    story = publish(story_in, world)
    cache_states(client)

    story.tags.remove("budget")
    publish(story.save_revision().publish)

    assert "budget rss" in retired(cache_states(client))
    assert b"Budget vote" not in client.get("/en/feeds/tags/budget/rss.xml").content


def test_a_conditional_get_of_an_unchanged_feed_is_a_304(client, desks):
    first = client.get("/en/feeds/rss.xml")

    again = client.get("/en/feeds/rss.xml", HTTP_IF_NONE_MATCH=first["ETag"])

    assert first["ETag"] and first["Last-Modified"]
    assert again.status_code == 304
    assert again.content == b""


def test_a_changed_story_gives_the_feed_a_new_etag(client, desks, publish):
    world, _ = desks
    first = client.get("/en/feeds/atom.xml")

    publish(story_in, world)
    again = client.get("/en/feeds/atom.xml", HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert b"Budget vote" in again.content
