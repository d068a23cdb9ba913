"""The page cache keeps sitemaps and retires exactly the files a changed story is in."""

from datetime import timedelta

import pytest
from django.utils import timezone

from crawling.tests.conftest import locations
from news.tests.factories import make_article

pytestmark = pytest.mark.django_db


def month_path(language: str = "en", when=None) -> str:
    return f"/sitemaps/{language}/{(when or timezone.now()):%Y-%m}.xml"


def cached(client, path: str) -> bool:
    return client.get(path).get("X-Page-Cache") == "HIT"


@pytest.fixture
def archive(story_site):
    old = timezone.now() - timedelta(days=75)
    make_article(story_site.section, "From the archive", when=old, published_at=old)
    return month_path(when=old)


@pytest.fixture
def warm(client, story_site, archive):
    paths = ["/sitemap.xml", month_path(), month_path("ru"), "/sitemaps/en/lists.xml", archive]
    for path in paths:
        client.get(path)
    assert all(cached(client, path) for path in paths)
    return paths


def test_publishing_a_story_retires_its_month_and_not_another(
    client, story_site, warm, archive, publish
):
    story = publish(make_article, story_site.section, "Fresh off the press")

    response = client.get(month_path())
    assert response["X-Page-Cache"] == "MISS"
    assert f"http://testserver{story.url}" in locations(response.content)
    assert cached(client, archive)  # another month's file is left alone


def test_publishing_retires_the_index_and_the_list_sitemap(client, story_site, warm, publish):
    before = client.get("/sitemap.xml").content
    publish(make_article, story_site.section, "Fresh off the press")

    index = client.get("/sitemap.xml")
    assert index["X-Page-Cache"] == "MISS" and index.content != before
    assert client.get("/sitemaps/en/lists.xml")["X-Page-Cache"] == "MISS"


def test_an_edit_retires_the_month_with_the_new_lastmod(client, story_site, warm, archive, publish):
    article = story_site.untranslated
    article.title = "Only in English, corrected"
    publish(article.save_revision().publish)
    article.refresh_from_db()

    response = client.get(month_path())
    assert response["X-Page-Cache"] == "MISS"
    assert article.last_published_at.isoformat() in response.content.decode()
    assert cached(client, archive)


def test_publishing_a_translation_retires_the_originals_month(client, story_site, warm, publish):
    translation = story_site.translation
    translation.title = "Долгое восстановление гавани: дополнено"
    publish(translation.save_revision().publish)

    assert client.get(month_path("en"))["X-Page-Cache"] == "MISS"


def test_unpublishing_takes_the_story_out_of_its_month(client, story_site, warm, publish):
    article = story_site.untranslated
    publish(article.unpublish)

    response = client.get(month_path())
    assert response["X-Page-Cache"] == "MISS"
    assert f"http://testserver{article.url}" not in locations(response.content)
    assert client.get("/sitemap.xml")["X-Page-Cache"] == "MISS"
