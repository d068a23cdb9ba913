"""The index and every edition's files: valid against the published schemas, listing what
readers can reach, with lastmod, hreflang alternates and cover images."""

from datetime import timedelta

import pytest
from django.core.files.storage import default_storage
from django.utils import timezone

from crawling.tests.conftest import NAMESPACES, locations, parse, sitemap_paths
from crawling.tests.schemas import valid_index, valid_urlset
from news.tests.factories import make_article

pytestmark = pytest.mark.django_db


def url_element(content: bytes, location: str):
    for url in parse(content).iterfind("s:url", NAMESPACES):
        if url.findtext("s:loc", namespaces=NAMESPACES) == location:
            return url
    raise AssertionError(f"{location} is not in the sitemap")


def alternates(url) -> dict[str, str]:
    links = url.iterfind("xhtml:link", NAMESPACES)
    return {
        link.get("hreflang"): link.get("href") for link in links if link.get("rel") == "alternate"
    }


def test_every_file_of_every_edition_validates_against_the_published_schemas(client, four_editions):
    index = client.get("/sitemap.xml")
    valid_index(index.content)
    paths = sitemap_paths(client)
    month = f"{timezone.now():%Y-%m}"
    for language in ("en", "ru", "hy", "az"):
        for name in ("lists", "news", month):
            assert f"/sitemaps/{language}/{name}.xml" in paths
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Content-Type"].startswith("application/xml")
        valid_urlset(response.content)


def test_a_month_lists_its_stories_with_lastmod_and_every_translation(client, story_site):
    content = client.get(f"/sitemaps/en/{timezone.now():%Y-%m}.xml").content
    article = story_site.article
    url = url_element(content, f"http://testserver{article.url}")

    assert url.findtext("s:lastmod", namespaces=NAMESPACES) == article.last_published_at.isoformat()
    assert alternates(url) == {
        "en": f"http://testserver{article.url}",
        "ru": f"http://testserver{story_site.translation.url}",
        "x-default": f"http://testserver{article.url}",
    }
    alone = url_element(content, f"http://testserver{story_site.untranslated.url}")
    assert set(alternates(alone)) == {"en", "x-default"}


def test_a_cover_image_is_listed_as_an_absolute_rendition_that_exists(client, story_site):
    content = client.get(f"/sitemaps/en/{timezone.now():%Y-%m}.xml").content
    url = url_element(content, f"http://testserver{story_site.article.url}")
    image = url.findtext("image:image/image:loc", namespaces=NAMESPACES)

    assert image.startswith("http://testserver/media/") and ".width-1200." in image
    assert default_storage.exists(image.removeprefix("http://testserver/media/"))
    no_cover = url_element(content, f"http://testserver{story_site.untranslated.url}")
    assert no_cover.find("image:image", NAMESPACES) is None


def test_the_index_gives_each_month_the_time_its_newest_change(client, story_site):
    content = client.get("/sitemap.xml").content
    newest = max(story_site.article.last_published_at, story_site.untranslated.last_published_at)
    month = f"http://testserver/sitemaps/en/{timezone.now():%Y-%m}.xml"
    entries = {
        item.findtext("s:loc", namespaces=NAMESPACES): item.findtext(
            "s:lastmod", namespaces=NAMESPACES
        )
        for item in parse(content).iterfind("s:sitemap", NAMESPACES)
    }
    assert entries[month] == newest.isoformat()


def test_an_older_month_has_its_own_file_and_leaves_this_months_alone(client, story_site):
    old = timezone.now() - timedelta(days=75)
    story = make_article(story_site.section, "From the archive", when=old, published_at=old)

    archive = f"/sitemaps/en/{old:%Y-%m}.xml"
    assert f"/sitemaps/en/{old:%Y-%m}.xml" in sitemap_paths(client)
    assert locations(client.get(archive).content) == [f"http://testserver{story.url}"]
    this_month = locations(client.get(f"/sitemaps/en/{timezone.now():%Y-%m}.xml").content)
    assert f"http://testserver{story.url}" not in this_month


def test_a_month_with_more_stories_than_a_file_holds_is_split(client, story_site, monkeypatch):
    monkeypatch.setattr("crawling.entries.URLS_PER_FILE", 1)
    month = f"{timezone.now():%Y-%m}"
    paths = sitemap_paths(client)

    assert {f"/sitemaps/en/{month}.xml", f"/sitemaps/en/{month}-2.xml"} <= set(paths)
    first = locations(client.get(f"/sitemaps/en/{month}.xml").content)
    second = locations(client.get(f"/sitemaps/en/{month}-2.xml").content)
    assert len(first) == len(second) == 1 and first != second
    assert client.get(f"/sitemaps/en/{month}-3.xml").status_code == 404


def test_the_list_sitemap_names_home_sections_tags_and_authors(client, story_site):
    content = client.get("/sitemaps/en/lists.xml").content
    valid_urlset(content)
    listed = locations(content)

    assert listed == [
        "http://testserver/en/",
        f"http://testserver{story_site.section.url}",
        "http://testserver/en/tags/tag-0/",
        "http://testserver/en/tags/tag-1/",
        "http://testserver/en/authors/author-0/",
    ]
    section = url_element(content, f"http://testserver{story_site.section.url}")
    assert alternates(section)["ru"] == "http://testserver/ru/analytics/"
    assert section.findtext("s:lastmod", namespaces=NAMESPACES)


def test_the_news_sitemap_has_the_last_48_hours_with_publication_and_title(client, story_site):
    old = timezone.now() - timedelta(hours=49)
    make_article(story_site.section, "Two days ago", when=old, published_at=old)
    content = client.get("/sitemaps/en/news.xml").content
    valid_urlset(content)

    assert set(locations(content)) == {
        f"http://testserver{story_site.article.url}",
        f"http://testserver{story_site.untranslated.url}",
    }
    news = url_element(content, f"http://testserver{story_site.article.url}").find(
        "news:news", NAMESPACES
    )
    assert news.findtext("news:publication/news:name", namespaces=NAMESPACES) == "Meridian Post"
    assert news.findtext("news:publication/news:language", namespaces=NAMESPACES) == "en"
    assert news.findtext("news:title", namespaces=NAMESPACES) == story_site.article.title
    assert news.findtext("news:publication_date", namespaces=NAMESPACES) == (
        story_site.article.published_at.isoformat()
    )


def test_the_news_sitemap_holds_at_most_its_limit_newest_first(client, story_site, monkeypatch):
    monkeypatch.setattr("crawling.entries.NEWS_LIMIT", 1)

    assert locations(client.get("/sitemaps/en/news.xml").content) == [
        f"http://testserver{story_site.untranslated.url}"
    ]


def test_the_news_sitemap_is_never_kept_by_the_page_cache(client, story_site):
    """So a story leaves it when it turns 48 hours old, with no change to retire it."""
    first = client.get("/sitemaps/en/news.xml")
    again = client.get("/sitemaps/en/news.xml")

    assert first["Cache-Control"] == "no-cache"
    assert "X-Page-Cache" not in again
