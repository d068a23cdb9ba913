import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def rules(client) -> list[tuple[str, str]]:
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    return [tuple(part.strip() for part in line.split(":", 1)) for line in lines if ":" in line]


def test_robots_names_the_sitemap_index_by_its_absolute_url(client, editions):
    assert ("Sitemap", "http://testserver/sitemap.xml") in rules(client)
    assert client.get("/sitemap.xml").status_code == 200


def test_robots_keeps_crawlers_out_of_the_admin_readership_and_every_editions_search(
    client, editions
):
    disallowed = {value for field, value in rules(client) if field == "Disallow"}
    searches = set()
    for language in ("en", "ru", "hy", "az"):
        with translation.override(language):
            searches.add(reverse("search"))

    assert searches == {"/en/search/", "/ru/search/", "/hy/search/", "/az/search/"}
    assert disallowed == {"/admin/", "/readership/"} | searches
