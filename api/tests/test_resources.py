"""Every resource, in every edition: what an app reads."""

import pytest
from django.utils import timezone
from wagtail.rich_text import RichText

from api.images import WIDTHS
from news.tests.factories import make_article
from search.indexing import index_stories

pytestmark = pytest.mark.django_db


def test_the_editions_resource_lists_all_four_editions(outlet, api_client):
    codes = [edition["code"] for edition in api_client.get("/api/v1/editions/").json()]
    assert codes == ["en", "ru", "hy", "az"]


@pytest.mark.parametrize("code", ["en", "ru", "hy", "az"])
def test_an_edition_has_its_sections_and_the_outlets_settings(outlet, api_client, code):
    edition = api_client.get(f"/api/v1/editions/{code}/").json()
    assert edition["code"] == code
    assert edition["home_url"].endswith(f"/{code}/")
    assert [s["id"] for s in edition["sections"]] == [outlet["sections"][code].pk]
    assert edition["outlet"]["signature"]


@pytest.mark.parametrize("code", ["en", "ru", "hy", "az"])
def test_each_edition_lists_its_own_stories(outlet, api_client, code):
    listed = api_client.get(f"/api/v1/editions/{code}/stories/").json()["stories"]
    assert [story["id"] for story in listed] == [outlet["stories"][code].pk]
    assert listed[0]["edition"] == code


@pytest.mark.parametrize("code", ["en", "ru", "hy", "az"])
def test_section_tag_and_author_lists_hold_the_edition_story(outlet, api_client, code):
    story = outlet["stories"][code]
    author = story.authorships.first().author
    for url in (
        f"/api/v1/editions/{code}/sections/{story.section_id}/stories/",
        f"/api/v1/editions/{code}/tags/tag-0/stories/",
        f"/api/v1/editions/{code}/authors/{author.pk}/stories/",
    ):
        assert [s["id"] for s in api_client.get(url).json()["stories"]] == [story.pk], url


def test_a_story_has_its_fields_and_typed_body(outlet, api_client):
    story = outlet["stories"]["en"]
    data = api_client.get(f"/api/v1/stories/{story.pk}/").json()
    assert data["headline"] == story.title
    assert data["subheadline"] == "Ships return, jobs do not"
    assert data["section"]["id"] == story.section_id
    assert [tag["slug"] for tag in data["tags"]] == ["tag-0", "tag-1"]
    assert data["authors"][0]["name"] == "Author 0" and data["signature"] is None
    assert data["url"].startswith("http") and data["reading_time_minutes"] >= 1
    assert {block["type"] for block in data["body"]} == {"paragraph", "quote", "image", "embed"}
    quote = next(block for block in data["body"] if block["type"] == "quote")
    assert quote == {
        "type": "quote",
        "text": "We are not done yet.",
        "attribution": "A harbour pilot",
    }
    embed = next(block for block in data["body"] if block["type"] == "embed")
    assert embed["provider"] == "YouTube" and embed["url"].startswith("https://www.youtube.com/")
    assert "<blockquote>" in data["body_html"] and "<figure>" in data["body_html"]


def test_images_come_as_renditions_at_the_apps_widths(outlet, api_client):
    story = outlet["stories"]["en"]
    cover = api_client.get(f"/api/v1/stories/{story.pk}/").json()["cover_image"]
    # The factory's images are 1600 px wide: every width apps ask for.
    assert [r["width"] for r in cover["renditions"]] == list(WIDTHS) == [320, 640, 1080, 1600]
    assert all(r["height"] == r["width"] * 900 // 1600 for r in cover["renditions"])
    assert cover["alt"]


def test_a_story_without_authors_carries_the_outlets_signature(outlet, api_client):
    story = make_article(outlet["sections"]["en"], "Signed by the desk")
    data = api_client.get(f"/api/v1/stories/{story.pk}/").json()
    assert data["authors"] == [] and data["signature"] == "Masthead"


def test_translations_reach_each_other_from_either_side(outlet, api_client):
    english = outlet["stories"]["en"]
    russian = english.copy_for_translation(outlet["editions"]["ru"].locale, copy_parents=True)
    russian.title = "Гавань"
    russian.save_revision().publish()
    for story_id in (english.pk, russian.pk):
        translations = api_client.get(f"/api/v1/stories/{story_id}/").json()["translations"]
        assert {code: t["id"] for code, t in translations.items()} == {
            "en": english.pk,
            "ru": russian.pk,
        }


def test_rich_text_reaches_apps_sanitised_with_absolute_links(outlet, api_client):
    story = make_article(
        outlet["sections"]["en"],
        "Pasted markup",
        body=[
            (
                "paragraph",
                RichText(
                    '<p onclick="steal()">Read <a href="/en/world/">more</a>'
                    "<script>alert(1)</script><style>p{}</style></p>"
                ),
            )
        ],
    )
    data = api_client.get(f"/api/v1/stories/{story.pk}/").json()
    for html in (data["body"][0]["html"], data["body_html"]):
        assert "script" not in html and "onclick" not in html and "<style" not in html
        assert 'href="http://testserver/en/world/"' in html


def test_authors_and_tags_of_an_edition(outlet, api_client):
    authors = api_client.get("/api/v1/editions/hy/authors/").json()
    assert [a["slug"] for a in authors] == ["author-0"]
    tags = api_client.get("/api/v1/editions/hy/tags/").json()
    assert [t["slug"] for t in tags] == ["tag-0", "tag-1"]


def test_most_read_lists_the_workers_rankings(outlet, api_client):
    from readership.models import MostRead

    story = outlet["stories"]["az"]
    MostRead.objects.create(
        locale=story.locale,
        section=None,
        period=MostRead.Period.WEEK,
        article_ids=[story.pk],
        computed_at=timezone.now(),
    )
    data = api_client.get("/api/v1/editions/az/most-read/").json()
    assert data["rankings"] == [
        {
            "period": "week",
            "stories": [api_client.get("/api/v1/editions/az/stories/").json()["stories"][0]],
        }
    ]


def test_search_finds_the_editions_story(outlet, api_client):
    # Indexed as the worker indexes a published story (the test's transaction never commits).
    index_stories([story.pk for story in outlet["stories"].values()])
    found = api_client.get("/api/v1/editions/ru/search/", {"q": "Harbour"}).json()["stories"]
    assert [story["id"] for story in found] == [outlet["stories"]["ru"].pk]
