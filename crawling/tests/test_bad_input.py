"""Addresses that name no sitemap are 404s, never 500s; junk query strings change nothing."""

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/sitemaps/en/1999-01.xml",  # a month without stories
        "/sitemaps/en/2026-13.xml",  # no such month
        "/sitemaps/en/2026-00.xml",
        "/sitemaps/en/2026-1.xml",  # malformed
        "/sitemaps/en/26-01.xml",
        "/sitemaps/en/2026-01-x.xml",
        "/sitemaps/en/{month}-1.xml",  # the first part has no number
        "/sitemaps/en/{month}-2.xml",  # a part the month does not have
        "/sitemaps/xx/{month}.xml",  # an unknown edition
        "/sitemaps/xx/news.xml",
        "/sitemaps/de/lists.xml",
        "/sitemaps/EN/news.xml",
    ],
)
def test_a_sitemap_that_does_not_exist_is_a_404(client, story_site, path):
    response = client.get(path.format(month=f"{timezone.now():%Y-%m}"))

    assert response.status_code == 404


@pytest.mark.parametrize(
    "path", ["/sitemap.xml", "/sitemaps/en/news.xml", "/sitemaps/en/{month}.xml"]
)
def test_junk_query_strings_are_ignored(client, story_site, path):
    path = path.format(month=f"{timezone.now():%Y-%m}")
    plain = client.get(path)
    junk = client.get(path + "?p=9999&page=-1&month=x%00&lang=zz'")

    assert junk.status_code == 200
    assert junk.content == plain.content
