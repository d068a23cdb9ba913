"""Under Redis's memory limit (volatile-lru), cached entries give way and versions stay."""

import pytest
import redis

from caching import store
from caching.locations import Location
from news.tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db
VERSION_PATTERNS = ("*pagecache:v:*", "*pagecache:site", "*pagecache:edition:*")


@pytest.fixture
def redis_client(production_caches) -> redis.Redis:
    return redis.Redis.from_url(production_caches.url)


def version_keys(client: redis.Redis) -> set[bytes]:
    return {key for pattern in VERSION_PATTERNS for key in client.scan_iter(pattern)}


def test_every_entry_but_the_page_caches_versions_expires(
    client, editions, redis_client, publish, django_user_model
):
    section = publish(make_section, editions["en"], "politics", "Politics")
    story = publish(make_article, section, "A story")
    for url in ("/en/", section.url, story.url, "/en/search/?q=story"):
        client.get(url)
    django_user_model.objects.create_superuser("chief", "chief@example.com", "pw")
    client.post("/admin/login/", {"username": "chief", "password": "pw"})  # a session
    client.get("/admin/")

    persistent = {key for key in redis_client.scan_iter("*") if redis_client.ttl(key) == -1}

    assert persistent == version_keys(redis_client)
    assert any(b"pagecache:v:" in key for key in persistent)
    assert any(b"sessions" in key for key in redis_client.scan_iter("*"))


def test_a_flood_of_distinct_pages_stays_under_the_limit_and_keeps_the_versions(
    client, editions, redis_client, settings
):
    settings.SEARCH_REQUESTS_PER_MINUTE = 10_000  # one client asks all 300 pages
    section = make_section(editions["en"], "politics", "Politics")
    make_article(section, "A story")
    client.get("/en/")  # the site's version
    store.invalidate_locations({Location(1, f"/en/politics/{number}/") for number in range(200)})
    versions = version_keys(redis_client)
    limit = redis_client.info("memory")["used_memory"] + 1024 * 1024
    redis_client.config_set("maxmemory-policy", "volatile-lru")
    redis_client.config_set("maxmemory", limit)

    for number in range(300):  # each a new entry of a few KB: several times the room left
        assert client.get(f"/en/search/?q=flood-{number}").status_code == 200

    memory = redis_client.info("memory")
    stats = redis_client.info("stats")
    assert memory["used_memory"] <= limit
    assert stats["evicted_keys"] > 0
    assert version_keys(redis_client) == versions
    assert len(versions) == 201
