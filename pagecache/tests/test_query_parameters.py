"""The page cache keys on the query parameters pages read, and pages see no others."""

import secrets

import pytest
import redis
from wagtail import hooks

from news.tests.factories import make_article, make_section
from pagecache.tests.test_front_door import CountingDjango, call
from pagecache.wsgi import CachedPagesFirst

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(editions):
    """A section with a second page of stories (12 a page)."""
    politics = make_section(editions["en"], "politics", "Politics")
    for number in range(1, 26):
        make_article(politics, f"Story number {number:02d}")
    return politics


def stored_pages(server) -> int:
    return len(list(redis.Redis.from_url(server.url).scan_iter("*pagecache:p:*")))


def test_a_hundred_tracking_urls_make_one_cache_entry(client, section, production_caches):
    for _ in range(100):
        client.get(f"{section.url}?utm_source={secrets.token_hex(8)}")

    assert stored_pages(production_caches) == 1


def test_a_tracking_parameter_gets_the_entry_without_it(client, section):
    client.get(f"{section.url}?page=2")

    response = client.get(f"{section.url}?page=2&utm=x")

    assert response["X-Page-Cache"] == "HIT"
    assert "Story number 13" in response.content.decode()


def test_parameters_in_another_order_share_an_entry(client, editions):
    client.get("/en/search/?page=1&q=harbour")

    assert client.get("/en/search/?q=harbour&page=1")["X-Page-Cache"] == "HIT"


def test_a_repeated_parameter_renders_its_first_value(client, section):
    response = client.get(f"{section.url}?page=2&page=3")

    page = response.content.decode()
    assert "Story number 13" in page
    assert "Story number 01" not in page
    assert client.get(f"{section.url}?page=2")["X-Page-Cache"] == "HIT"


def test_a_parameter_name_is_matched_exactly(client, section):
    client.get(section.url)

    assert client.get(f"{section.url}?Page=2")["X-Page-Cache"] == "HIT"


def test_unknown_parameters_never_reach_the_view(client, section):
    seen = []

    def record(page, request, serve_args, serve_kwargs):
        seen.append((request.GET.lists(), request.META["QUERY_STRING"]))

    with hooks.register_temporarily("before_serve_page", record):
        client.get(f"{section.url}?utm_source=mail&page=2&fbclid=abc&page=5")

    [(lists, query_string)] = seen
    assert list(lists) == [("page", ["2"])]
    assert query_string == "page=2"


def test_the_front_door_serves_the_entry_without_tracking_parameters(section):
    django = CountingDjango()
    front_door = CachedPagesFirst(django)
    call(front_door, f"{section.url}?page=2")

    status, headers, body = call(front_door, f"{section.url}?utm_campaign=spring&page=2")

    assert (status, headers["X-Page-Cache"]) == ("200 OK", "HIT")
    assert "Story number 13" in body.decode()
    assert django.calls == 1
