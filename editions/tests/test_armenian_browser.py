"""The Armenian edition in Chromium: real glyphs, at every width, in both themes."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from wagtail.rich_text import RichText

from conftest import ROOT
from news.tests.factories import make_article, make_section

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = ROOT / "var" / "screenshots"
HEADLINE = "Նավահանգստի երկար վերականգնումը"
PARAGRAPH = (
    "Նավահանգստի աշխատողները վերադարձան առաջին նավերի ժամանումից հետո։ "
    "Քաղաքապետարանը խոստանում է ավարտել նորոգումը մինչև գարուն։"
)


# The characters of an element's text that the browser can only draw as the missing-glyph
# box: each is drawn in the element's font and compared, pixel for pixel, with a code
# point Unicode leaves unassigned (U+0378), which no font has.
BOXED_CHARACTERS = """(selector) => {
  const element = document.querySelector(selector);
  const style = getComputedStyle(element);
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 96;
  const context = canvas.getContext("2d", {willReadFrequently: true});
  const draw = (character) => {
    context.clearRect(0, 0, 96, 96);
    context.font = `${style.fontStyle} ${style.fontWeight} 48px ${style.fontFamily}`;
    context.fillText(character, 16, 64);
    return context.getImageData(0, 0, 96, 96).data.join();
  };
  const box = draw("\\u0378");
  return [...new Set(element.textContent)].filter((c) => c.trim() && draw(c) === box);
}"""


@pytest.fixture
def armenian_story(editions):
    section = make_section(editions["hy"], "analytics", "Վերլուծություն")
    return make_article(
        section,
        HEADLINE,
        slug="navahangist",
        subheadline="Նավամատույցը, բեռները և ձմեռը",
        body=[("paragraph", RichText(f"<p>{PARAGRAPH}</p>"))] * 3,
        published_at=datetime(2025, 12, 15, 18, 55, tzinfo=ZoneInfo("Asia/Baku")),
    )


def test_armenian_text_is_drawn_with_real_glyphs_at_every_width_in_both_themes(
    open_page, armenian_story
):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in (360, 768, 1280):
        for scheme in ("light", "dark"):
            page = open_page(armenian_story.url, width=width, color_scheme=scheme)
            page.screenshot(path=str(SCREENSHOTS / f"armenian-{width}-{scheme}.png"))

            for selector in (".sections a", "h1", ".article__subheadline", ".article__body p"):
                assert page.evaluate(BOXED_CHARACTERS, selector) == [], (width, scheme, selector)
            assert page.locator("h1").inner_text() == HEADLINE
            assert page.locator(".article__header time").inner_text() == "15 դեկտեմբերի 2025, 18:55"
