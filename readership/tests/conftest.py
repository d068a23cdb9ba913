import json
from datetime import datetime

import pytest
from django.test import RequestFactory, override_settings

from conftest import port_open, service_unavailable
from news.tests.factories import make_article, make_section

PERSON = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"
REDIS_URL = "redis://127.0.0.1:6379/13"  # a database of its own, emptied by each test


@pytest.fixture(autouse=True)
def forget_published_articles():
    """Ids come back in a new test database: what an earlier test published (and the
    daily keys it made) is forgotten."""
    from readership.counting import forget_stored_views
    from readership.readers import forget_keys_in_memory

    forget_stored_views()
    forget_keys_in_memory()
    yield
    forget_stored_views()
    forget_keys_in_memory()


@pytest.fixture
def story(editions):
    return make_article(
        make_section(editions["en"], "analytics", "Analytics"), "A story people read"
    )


@pytest.fixture
def beacon(client):
    """Send one read for an article as a reader (address and browser) would."""

    def beacon(article_id, *, agent: str = PERSON, address: str = "203.0.113.7", **headers):
        return client.post(
            "/readership/read",
            data=json.dumps({"article": article_id}),
            content_type="application/json",
            HTTP_USER_AGENT=agent,
            REMOTE_ADDR=address,
            **headers,
        )

    return beacon


@pytest.fixture
def redis_counters():
    """Counting in the shared Redis (a database of its own, emptied); yields its client."""
    from readership import live

    if not port_open("127.0.0.1", 6379):
        service_unavailable("Redis is not answering on 127.0.0.1:6379")
    with override_settings(READERSHIP_REDIS_URL=REDIS_URL):
        live.mark_up()
        live.client().flushdb()
        yield live.client()
        live.client().flushdb()
    live.mark_up()


@pytest.fixture(params=["database", "redis"])
def counting_store(request):
    """Each counting store in turn: the database (no Redis), and Redis."""
    if request.param == "redis":
        yield request.getfixturevalue("redis_counters")
    else:
        with override_settings(READERSHIP_REDIS_URL=""):
            yield None


def read_at(article, when: datetime, *, agent: str = PERSON, address: str = "203.0.113.7") -> str:
    """Count a read at an explicit time, as the beacon would; returns the outcome."""
    from readership.counting import count_read

    request = RequestFactory().post("/readership/read", HTTP_USER_AGENT=agent, REMOTE_ADDR=address)
    return count_read(request, article.pk, 0, now=when)[0]
