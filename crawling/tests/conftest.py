import pytest
from defusedxml import ElementTree

from news.tests.site_fixtures import build_story_site
from pagecache.tests.conftest import publish  # noqa: F401  (changes as the newsroom makes them)

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


def parse(content: bytes):
    return ElementTree.fromstring(content)


def locations(content: bytes) -> list[str]:
    root = parse(content)
    return [loc.text for loc in root.iterfind(".//s:loc", NAMESPACES)]


@pytest.fixture
def four_editions(story_site):
    """story_site, and a section with a story in the Armenian and Azerbaijani editions too."""
    from news.tests.factories import make_article, make_section

    armenian = make_section(story_site.editions["hy"], "qaghaqakanutyun", "Քաղաքականություն")
    make_article(armenian, "Նոր կամուրջ Երևանում", slug="nor-kamurj")
    azerbaijani = make_section(story_site.editions["az"], "siyaset", "Siyasət")
    make_article(azerbaijani, "Bakıda yeni körpü")
    return story_site


def sitemap_paths(client) -> list[str]:
    """Every file the sitemap index names, as paths on the test server."""
    return [
        url.removeprefix("http://testserver")
        for url in locations(client.get("/sitemap.xml").content)
    ]
