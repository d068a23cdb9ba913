"""Paging with the cursor while the newsroom publishes: nothing twice, nothing missed."""

from datetime import timedelta

import pytest
from django.utils import timezone

from news.tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def test_stories_published_between_pages_cause_no_duplicate_and_no_gap(editions, api_client):
    section = make_section(editions["en"], "world", "World")
    start = timezone.now() - timedelta(days=1)
    # Two stories share a publication time: the id breaks the tie.
    times = [start - timedelta(hours=h) for h in (0, 1, 1, 2, 3, 4, 5)]
    existing = [
        make_article(section, f"Story {n}", published_at=when).pk for n, when in enumerate(times)
    ]
    seen = []
    url = "/api/v1/editions/en/stories/?limit=2"
    while url:
        page = api_client.get(url).json()
        seen += [story["id"] for story in page["stories"]]
        make_article(section, f"Breaking {len(seen)}")  # published now, between two pages
        url = page["next_url"]
    assert sorted(seen) == sorted(existing)
    assert len(seen) == len(set(seen))


def test_pages_follow_publication_time_then_id(editions, api_client):
    section = make_section(editions["ru"], "world", "Мир")
    when = timezone.now() - timedelta(hours=2)
    first, second = (make_article(section, f"Same time {n}", published_at=when) for n in (1, 2))
    older = make_article(section, "Older", published_at=when - timedelta(hours=1))
    page = api_client.get("/api/v1/editions/ru/stories/?limit=1").json()
    ids = [page["stories"][0]["id"]]
    while page["next_cursor"]:
        page = api_client.get(
            f"/api/v1/editions/ru/stories/?limit=1&cursor={page['next_cursor']}"
        ).json()
        ids += [story["id"] for story in page["stories"]]
    assert ids == [second.pk, first.pk, older.pk]


def test_since_and_until_bound_the_list(editions, api_client):
    section = make_section(editions["hy"], "world", "Աշխարհ")
    now = timezone.now()
    inside = make_article(section, "Inside", published_at=now - timedelta(days=2))
    make_article(section, "Too old", published_at=now - timedelta(days=10))
    make_article(section, "Too new", published_at=now - timedelta(hours=1))
    since = (now - timedelta(days=3)).isoformat()
    until = (now - timedelta(days=1)).isoformat()
    response = api_client.get("/api/v1/editions/hy/stories/", {"since": since, "until": until})
    assert [story["id"] for story in response.json()["stories"]] == [inside.pk]
