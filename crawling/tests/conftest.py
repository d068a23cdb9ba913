import pytest
from defusedxml import ElementTree

from news.tests.site_fixtures import build_story_site

NAMESPACES = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
    "image": "http://www.google.com/schemas/sitemap-image/1.1",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


@pytest.fixture
def story_site(editions):
    """Two editions' sections, a story with a cover and its Russian translation, an
    English story of its own (news.tests.site_fixtures)."""
    return build_story_site(editions)


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Make changes as the newsroom does, running the commit hooks (the invalidation)."""

    def publish(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return publish


def parse(content: bytes):
    return ElementTree.fromstring(content)


def locations(content: bytes) -> list[str]:
    root = parse(content)
    return [loc.text for loc in root.iterfind(".//s:loc", NAMESPACES)]
