"""Every feed of every edition is a feed a real reader (feedparser) reads, with each field."""

import html
import re
from datetime import timedelta
from xml.etree import ElementTree

import feedparser
import pytest
from django.utils import timezone

from news.tests.factories import make_article
from outlet.models import OutletSettings
from syndication.tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

FORMATS = ["rss", "atom"]
LISTS = {
    "edition": "",
    "section": "sections/world/",
    "tag": "tags/tag-0/",
    "author": "authors/author-0/",
}


def read_feed(client, path: str) -> feedparser.FeedParserDict:
    response = client.get(path)
    assert response.status_code == 200, path
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, (path, parsed.get("bozo_exception"))
    return parsed


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_feed_of_each_edition_parses_and_carries_the_story_whole(client, outlet, language):
    for kind in LISTS:
        for feed_format in FORMATS:
            check_feed_of_one_story(client, outlet, language, kind, feed_format)


def check_feed_of_one_story(client, outlet, language: str, kind: str, feed_format: str) -> None:
    story = outlet[language].story
    parsed = read_feed(client, f"/{language}/feeds/{LISTS[kind]}{feed_format}.xml")

    assert parsed.version == ("rss20" if feed_format == "rss" else "atom10")
    assert parsed.feed.language == language
    [item] = parsed.entries
    assert item.title == story.title
    assert item.link == f"http://testserver{story.url}"
    assert item.id.startswith("tag:") and item.id.endswith(f":story:{story.pk}")
    assert html.unescape(item.summary) == story.lead
    assert "The harbour authority published its figures" in item.content[0].value
    assert "We are not done yet." in item.content[0].value
    assert [author.name for author in item.authors] == ["Author 0"]
    assert [tag.term for tag in item.tags] == [outlet[language].section.title, "tag-0", "tag-1"]
    assert item.published_parsed is not None and item.updated_parsed is not None
    [cover] = item.media_content
    assert cover["medium"] == "image" and cover["type"] == "image/jpeg"
    assert (cover["width"], cover["height"]) == ("1200", "675")
    assert cover["url"].startswith("http://testserver/media/images/")


@pytest.mark.parametrize("feed_format", FORMATS)
def test_every_url_in_the_content_is_absolute(client, outlet, feed_format):
    story = outlet["en"].story
    story.body.append(("paragraph", '<p><a href="/en/world/">Our world desk</a></p>'))
    story.save_revision().publish()

    parsed = read_feed(client, f"/en/feeds/{feed_format}.xml")

    content = parsed.entries[0].content[0].value
    urls = re.findall(r'(?:href|src)="([^"]*)"', content)
    assert "http://testserver/en/world/" in urls
    assert any("/media/images/" in url for url in urls)
    assert all(url.startswith("http://testserver/") for url in urls)


def test_the_body_is_sanitised_of_scripts_and_handlers(client, outlet):
    story = outlet["en"].story
    story.body.append(
        (
            "paragraph",
            '<p onclick="steal()">Fine<script>alert(1)</script>'
            '<a href="javascript:alert(2)">bad link</a></p>',
        )
    )
    story.save_revision().publish()

    raw = client.get("/en/feeds/rss.xml").content
    # Not feedparser: it sanitises on its own, and would hide what we send.
    content = ElementTree.fromstring(raw).findtext(  # noqa: S314 (our own response)
        ".//{http://purl.org/rss/1.0/modules/content/}encoded"
    )

    assert "Fine" in content
    assert "<script" not in content and "onclick" not in content
    assert "javascript:" not in content


@pytest.mark.parametrize("feed_format", FORMATS)
def test_a_hostile_headline_still_gives_a_well_formed_feed(client, outlet, feed_format):
    story = outlet["en"].story
    story.title = "Rates < 5% & rising ]]> <b>now</b>\x00\x07\x1b today"
    story.lead = "Lead with ]]> and \x0b a vertical tab & <i>markup</i>"
    story.save_revision().publish()

    raw = client.get(f"/en/feeds/{feed_format}.xml").content
    ElementTree.fromstring(raw)  # noqa: S314 (our own response): well-formed, or this raises
    parsed = read_feed(client, f"/en/feeds/{feed_format}.xml")

    assert parsed.entries[0].title == "Rates < 5% & rising ]]> <b>now</b> today"
    assert "<i>" not in parsed.entries[0].summary


def test_a_story_without_authors_is_signed_with_the_outlets_signature(client, outlet):
    outlet_settings = OutletSettings.for_site(outlet["en"].section.get_site())
    outlet_settings.signature = "Meridian newsroom"
    outlet_settings.save()
    make_article(outlet["en"].section, "Unsigned brief")

    for feed_format in FORMATS:
        newest = read_feed(client, f"/en/feeds/{feed_format}.xml").entries[0]
        assert newest.title == "Unsigned brief"
        assert [author.name for author in newest.authors] == ["Meridian newsroom"]


def test_the_guid_stays_the_same_when_the_story_is_edited_and_renamed(client, outlet, publish):
    story = outlet["en"].story
    before = read_feed(client, "/en/feeds/rss.xml").entries[0]

    story.title = "Harbour figures, corrected"
    story.slug = "harbour-figures-corrected"
    publish(story.save_revision().publish)
    after = read_feed(client, "/en/feeds/rss.xml").entries[0]

    assert after.link != before.link
    assert after.id == before.id


def test_a_feed_lists_the_latest_fifty_newest_first(client, outlet):
    section = outlet["en"].section
    now = timezone.now()
    for number in range(52):
        make_article(section, f"Brief {number}", published_at=now + timedelta(minutes=number))

    entries = read_feed(client, "/en/feeds/sections/world/atom.xml").entries

    assert len(entries) == 50
    assert [entry.title for entry in entries[:3]] == ["Brief 51", "Brief 50", "Brief 49"]
    assert entries[-1].title == "Brief 2"


def test_an_edition_feed_shows_only_its_own_editions_stories(client, outlet):
    titles = [entry.title for entry in read_feed(client, "/hy/feeds/rss.xml").entries]

    assert titles == [outlet["hy"].story.title]
