import json

import pytest

from news.tests.factories import make_article, make_section

PERSON = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


@pytest.fixture(autouse=True)
def forget_published_articles():
    """Ids come back in a new test database: what an earlier test published is forgotten."""
    from readership.counting import forget_stored_views

    forget_stored_views()
    yield
    forget_stored_views()


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
