"""An outlet in every edition for the share-card and structured-data tests: a section, a
story with a large cover, two tags and an author in each, the stories translations of
one another, and the outlet's logo and default share image."""

from dataclasses import dataclass
from datetime import datetime

import extruct
from django.test import Client, TestCase
from lxml import html as lxml_html

from editions.setup import ensure_editions
from news.models import ArticlePage, SectionPage
from news.tests.factories import make_image, make_rich_article, make_section
from outlet.models import OutletSettings

OUTLET = "Meridian Post"
SECTION_TITLES = {"en": "Analytics", "ru": "Аналитика", "hy": "Վերլուծություն", "az": "Analitika"}
HEADLINES = {
    "en": "The harbour's long recovery",
    "ru": "Долгое восстановление гавани",
    "hy": "Նավահանգստի երկար վերականգնումը",
    "az": "Limanın uzun bərpası",
}


@dataclass
class Edition:
    code: str
    home_url: str
    section: SectionPage
    story: ArticlePage


def big_image(title: str):
    """Large enough for every crop (1,200 px wide at 1:1), as editors are asked to upload."""
    return make_image(title, width=1600, height=1200)


def set_outlet(site, *, share_image=True, logo=True) -> OutletSettings:
    outlet = OutletSettings.for_site(site)
    outlet.outlet_name = OUTLET
    outlet.signature = "Meridian Post staff"
    outlet.telegram_url = "https://t.me/meridianpost_example"
    outlet.share_image = (
        make_image("Meridian Post card", width=1200, height=630) if share_image else None
    )
    outlet.logo = make_image("Meridian Post logo", width=600, height=60) if logo else None
    outlet.save()
    return outlet


def build_editions(editions: dict) -> dict[str, Edition]:
    set_outlet(editions["en"].get_site())
    built: dict[str, Edition] = {}
    original = None
    for code, home in editions.items():
        section = make_section(home, "analytics", SECTION_TITLES[code])
        fields = {"translation_key": original.translation_key} if original else {}
        story = make_rich_article(section, HEADLINES[code], images=0, **fields)
        story.cover_image = big_image(f"Quay at dawn ({code})")
        story.save_revision().publish()
        story.refresh_from_db()
        original = original or story
        built[code] = Edition(code, home.url, section, story)
        # Once now, so the images' renditions exist: tests rolled back to here need not make them.
        Client().get(story.url)
    return built


def metadata(client, url: str) -> dict:
    """What a crawler reads from the page at `url`: extruct's JSON-LD and Open Graph, and
    lxml's <head> (for what extruct does not read: canonical, robots, X's card)."""
    response = client.get(url)
    assert response.status_code == 200, url
    page = response.content.decode()
    data = extruct.extract(
        page,
        base_url=f"http://testserver{url}",
        syntaxes=["json-ld", "opengraph"],
        uniform=True,
        with_og_array=True,
    )
    head = lxml_html.fromstring(page).find("head")
    return {
        "json_ld": data["json-ld"],
        "og": data["opengraph"][0] if data["opengraph"] else {},
        "canonical": [link.get("href") for link in head.findall("link[@rel='canonical']")],
        "names": {meta.get("name"): meta.get("content") for meta in head.findall("meta[@name]")},
        "html": page,
    }


def of_type(json_ld: list[dict], kind: str) -> dict:
    """The one JSON-LD thing of @type `kind` on a page."""
    found = [thing for thing in json_ld if thing.get("@type") == kind]
    assert len(found) == 1, (kind, json_ld)
    return found[0]


def with_offset(value: str) -> datetime:
    """An ISO 8601 time read back, which must say its offset from UTC."""
    moment = datetime.fromisoformat(value)
    assert moment.utcoffset() is not None, value
    return moment


class EveryEditionTestCase(TestCase):
    """The outlet of build_editions, built once for the class (each test's changes rolled back)."""

    @classmethod
    def setUpTestData(cls):
        cls.editions = ensure_editions()
        cls.built = build_editions(cls.editions)
