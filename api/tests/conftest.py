import pytest
from django.test import Client

from news.tests.factories import make_rich_article, make_section


@pytest.fixture
def api_client():
    """An app's client: no cookies, JSON wanted."""
    return Client(HTTP_ACCEPT="application/json")


@pytest.fixture
def outlet(editions):
    """A section in every edition, one rich story in each, the English one translated into Russian."""
    sections = {
        code: make_section(home, "world", f"World {code}") for code, home in editions.items()
    }
    stories = {
        code: make_rich_article(section, f"Harbour story {code}", embeds=1)
        for code, section in sections.items()
    }
    return {"editions": editions, "sections": sections, "stories": stories}
