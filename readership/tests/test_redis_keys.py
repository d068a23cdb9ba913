"""Redis as production configures it (a memory limit, `maxmemory-policy volatile-lru`):
a flood of cache entries is evicted, never the counts, the dedupe entries or the rate
counts, which carry no TTL and are deleted when they age out instead."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.test import override_settings

from news.models import ArticlePage
from readership import live
from readership.readers import daily_key, forget_old_keys, make_tomorrows_key
from readership.tests.conftest import read_at
from readership.upkeep import flush_counters

pytestmark = pytest.mark.django_db
AT = datetime(2026, 12, 1, 10, 0, 5, tzinfo=UTC)


def browser(version: int) -> str:
    return (
        f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0.{version} Safari/537.36"
    )


def counting_keys(redis_client, kind: str) -> list[str]:
    return sorted(key.decode() for key in redis_client.keys(f"readership:{kind}:*"))


@pytest.fixture
def lru_redis(own_redis):
    with override_settings(READERSHIP_REDIS_URL=own_redis.url):
        live.mark_up()
        yield live.client()
    live.mark_up()


def test_no_key_the_counting_keeps_has_a_ttl(redis_counters, story, beacon):
    beacon(story.pk)

    keys = [key for key in redis_counters.keys("readership:*") if b":stored:" not in key]
    assert len(keys) >= 4  # the dedupe bucket, the rate minute, the pending counts
    assert {key: redis_counters.ttl(key) for key in keys} == {key: -1 for key in keys}


@override_settings(READERSHIP_READS_PER_MINUTE=3)
def test_a_flood_of_cache_entries_evicts_no_count_dedupe_or_rate_state(lru_redis, story, beacon):
    for version in range(3):  # three readers at one address: the client's three a minute
        assert beacon(story.pk, agent=browser(version)).status_code == 202
    used = lru_redis.info("memory")["used_memory"]
    lru_redis.config_set("maxmemory-policy", "volatile-lru")
    lru_redis.config_set("maxmemory", used + 2 * 1024 * 1024)
    flood = lru_redis.pipeline(transaction=False)
    for n in range(8000):  # 8 MB of page-cache-like entries, each with a TTL
        flood.set(f"pagecache:flood:{n}", "x" * 1024, ex=3600)
    flood.execute()

    assert lru_redis.info("stats")["evicted_keys"] > 0
    assert beacon(story.pk, agent=browser(0)).json()["counted"] is False  # still deduplicated
    assert beacon(story.pk, agent=browser(3)).status_code == 429  # still at the limit
    assert flush_counters() == 3
    assert ArticlePage.objects.get(pk=story.pk).view_count == 3


def test_a_read_deletes_the_buckets_that_aged_out(redis_counters, story):
    def buckets_at(when: datetime) -> tuple[str, str]:
        seconds = when.timestamp()
        window = live.DEDUPE_WINDOW.total_seconds()
        return f"{live.SEEN}{int(seconds // window)}", f"{live.RATE}{int(seconds // 60)}"

    read_at(story, AT)
    two_minutes_on, an_hour_on = AT + timedelta(minutes=2), AT + timedelta(hours=1)
    read_at(story, two_minutes_on, address="198.51.100.9")
    assert counting_keys(redis_counters, "rate") == [buckets_at(two_minutes_on)[1]]
    assert counting_keys(redis_counters, "seen") == [buckets_at(AT)[0]]

    read_at(story, an_hour_on, address="198.51.100.10")
    assert counting_keys(redis_counters, "seen") == [buckets_at(an_hour_on)[0]]


def test_the_worker_deletes_aged_buckets_no_read_came_to_delete(redis_counters, story):
    read_at(story, AT)

    assert live.forget_aged_buckets(now=(AT + timedelta(minutes=2)).timestamp()) == 1
    assert counting_keys(redis_counters, "rate") == []
    assert len(counting_keys(redis_counters, "seen")) == 1  # still within the window

    assert live.forget_aged_buckets(now=(AT + timedelta(hours=1)).timestamp()) == 1
    assert counting_keys(redis_counters, "seen") == []


def test_the_copies_of_old_daily_keys_are_forgotten_with_them(redis_counters):
    today = date(2026, 12, 1)
    for days_ago in range(3):
        daily_key(today - timedelta(days=days_ago))

    forget_old_keys(today)

    assert sorted(redis_counters.hkeys(live.DAILY_KEYS)) == [b"2026-11-30", b"2026-12-01"]


def test_tomorrows_key_is_made_ahead_with_its_copy(redis_counters):
    make_tomorrows_key(date(2026, 12, 1))

    assert redis_counters.hkeys(live.DAILY_KEYS) == [b"2026-12-02"]
