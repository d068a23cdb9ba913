"""The demo outlet as `make run` serves it, in Chromium: every element of the reference
page on a demo article in each edition, the endless list under it, and axe.

One server and one browser for the whole module: the demo is migrated and loaded once,
by `manage.py` as `make run` does, into a database of the module's own. Elements are
found by their markup, not their labels, so the checks hold in every edition's language.
"""

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import quote, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from playwright.sync_api import expect

from conftest import ROOT, free_port, launched_chromium, manage, wait_for_port
from demo import texts

pytestmark = pytest.mark.browser

EDITIONS = [code for code, _name in settings.LANGUAGES]
# The reference page is an article in the analytics section.
SECTION = "analytics"
STORY = ".more-stories [data-stories] > li"
MORE = ".more-stories [data-more]"


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory) -> Iterator[str]:
    """The base URL of runserver serving the demo loaded by `manage.py load_demo`."""
    folder = tmp_path_factory.mktemp("demo-site")
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{folder / 'demo.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "DJANGO_SETTINGS_MODULE": "demo.tests.served_settings",
    }
    manage("migrate", "--noinput", env=env)
    manage("load_demo", env=env)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, "runserver")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture(scope="module")
def chromium():
    """One Chromium for the module (conftest's `browser` starts one per test)."""
    with launched_chromium() as browser:
        yield browser


@pytest.fixture
def open_demo(chromium, demo_site):
    """Open a path of the demo site in a fresh context (own storage and clipboard)."""
    contexts = []

    def open_demo(path: str, *, height: int = 900, javascript: bool = True):
        context = chromium.new_context(
            base_url=demo_site,
            viewport={"width": 1280, "height": height},
            java_script_enabled=javascript,
        )
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=demo_site)
        contexts.append(context)
        page = context.new_page()
        page.goto(path)
        return page

    yield open_demo
    for context in contexts:
        context.close()


def newest_story_path(page, code: str) -> str:
    """The newest story of the edition's analytics section, as its section page lists it."""
    page.goto(f"/{code}/{SECTION}/")
    return page.locator("[data-stories] > li a").first.get_attribute("href")


def visible(page, selector: str, minimum: int = 1) -> list:
    found = page.locator(selector)
    assert found.count() >= minimum, selector
    for index in range(found.count()):
        expect(found.nth(index)).to_be_visible()
    return [found.nth(index) for index in range(found.count())]


@pytest.mark.parametrize("code", EDITIONS)
def test_every_reference_element_shows_on_a_demo_article(open_demo, demo_site, code):
    page = open_demo(f"/{code}/")
    path = newest_story_path(page, code)
    page.goto(path)
    url = demo_site + path
    assert page.evaluate("document.documentElement.lang") == code

    # 1, 2: the outlet's social profiles and apps, with accessible names.
    social = visible(page, ".topbar .social a", minimum=5)
    assert all(link.get_attribute("aria-label") for link in social)
    visible(page, ".topbar .apps a", minimum=2)

    # 3: the night theme.
    page.locator("[data-theme-toggle]").click()
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    page.locator("[data-theme-toggle]").click()

    # 4: the switcher leads to this story's translations in the three other editions.
    switcher = visible(page, ".editions a", minimum=len(EDITIONS) - 1)
    assert {link.get_attribute("hreflang") for link in switcher} == set(EDITIONS) - {code}
    for link in switcher:
        other = link.get_attribute("hreflang")
        assert link.get_attribute("href").startswith(f"/{other}/{SECTION}/"), other

    # 5: the search overlay opens, closes on Escape, and leads to the results page.
    page.locator("[data-search-open]").click()
    expect(page.locator("#search-dialog")).to_be_visible()
    expect(page.locator("#search-query")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator("#search-dialog")).to_be_hidden()

    # 7, 8, 9, 10, 11, 12: section label, text size, headline, subheadline, date, body, byline.
    label = visible(page, ".article .section-label a")[0]
    assert label.get_attribute("href") == f"/{code}/{SECTION}/"
    size = "parseFloat(getComputedStyle(document.querySelector('.article__text')).fontSize)"
    normal = page.evaluate(size)
    page.locator("[data-text-size='up']").click()
    assert page.evaluate(size) > normal
    page.locator("[data-text-size='down']").click()
    assert page.evaluate(size) == normal
    headline = visible(page, ".article h1")[0].inner_text()
    if code == "hy":
        assert re.search("[\u0531-\u0587]", headline)
    visible(page, ".article__subheadline")
    published = visible(page, ".article time")[0]
    assert datetime.fromisoformat(published.get_attribute("datetime"))
    visible(page, ".article__body p", minimum=3)
    assert visible(page, ".article .byline")[0].inner_text().strip()

    # 13: the view counter, with the demo's reading history.
    expect(page.locator("[data-views-count]")).to_have_text(re.compile(r"\d"))
    visible(page, "[data-views-of]")

    # 14: share links carrying the story's address.
    shares = visible(page, ".share__links a", minimum=4)
    assert all(quote(url, safe="") in link.get_attribute("href") for link in shares)

    # 15: print.
    page.evaluate("window.print = () => { window.printed = true; }")
    page.locator("[data-print]").click()
    assert page.evaluate("window.printed") is True

    # 16: copy link, confirmed by a toast in the edition's language.
    copy = page.locator("[data-copy-link]")
    copy.click()
    toast = page.locator("[data-toast]")
    expect(toast).to_be_visible()
    expect(toast).to_have_text(copy.get_attribute("data-copied-label"))
    assert page.evaluate("navigator.clipboard.readText()") == url

    # 6: the attribution rule and copyright, and copied text carrying them back to the story.
    attribution = visible(page, ".site-footer .attribution")[0]
    assert attribution.inner_text() == texts.ATTRIBUTION_RULE[code]
    visible(page, ".site-footer .copyright")
    page.evaluate(
        """() => {
            const paragraphs = document.querySelectorAll('.article__body p');
            const range = document.createRange();
            range.setStartBefore(paragraphs[0]);
            range.setEndAfter(paragraphs[1]);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
        }"""
    )
    page.keyboard.press("Control+C")
    assert page.evaluate("navigator.clipboard.readText()").endswith(
        f"{texts.ATTRIBUTION_RULE[code]} {url}"
    )

    # 17, 18, 19: the section block, its stories with more to load, the most-read lists.
    visible(page, ".more-stories h2 a")
    visible(page, ".more-stories .description")
    shown = len(visible(page, STORY, minimum=10))
    assert visible(page, MORE)[0].get_attribute("href") == f"/{code}/{SECTION}/?page=2"
    page.locator(MORE).scroll_into_view_if_needed()
    expect(page.locator(STORY).nth(shown)).to_be_visible()  # the next page, loaded
    visible(page, ".most-read li", minimum=3)

    # 5, continued: a search from the overlay lands on the edition's results page.
    page.locator("[data-search-open]").click()
    page.locator("#search-query").fill(headline.split()[0])
    page.locator("#search-query").press("Enter")
    page.wait_for_url(f"**/{code}/search/?q=*")
    visible(page, "main [data-stories] > li")


def test_the_endless_list_under_a_demo_article_brings_the_second_and_third_pages(open_demo):
    page = open_demo("/en/", height=700)
    path = newest_story_path(page, "en")
    # The section's own pages, read without JavaScript: with it, a page's list would load ahead.
    later = open_demo("/en/", javascript=False)
    pages = {}
    for number in (2, 3):
        later.goto(f"/en/{SECTION}/?page={number}")
        pages[number] = later.locator("[data-stories] h3").all_inner_texts()
    requests = []
    page.on("request", lambda request: "?page=" in request.url and requests.append(request.url))
    page.goto(path)
    stories = page.locator(STORY)
    first = stories.locator("h3").all_inner_texts()

    for _ in range(50):  # the reader scrolls on until the section's list ends
        if page.locator(MORE).count() == 0:
            break
        page.mouse.wheel(0, 4000)
        page.wait_for_timeout(200)
    expect(stories).to_have_count(len(first) + len(pages[2]) + len(pages[3]))

    titles = stories.locator("h3").all_inner_texts()
    assert [urlsplit(request).query for request in requests] == ["page=2", "page=3"]
    assert len(pages[2]) == 12 and pages[3]
    assert titles == first + pages[2] + pages[3]
    assert len(set(titles)) == len(titles)
    assert page.locator("h1").inner_text() not in titles
    expect(page.locator(MORE)).to_have_count(0)  # the end of the section: no link, no request


def test_without_javascript_more_stories_under_a_demo_article_is_the_second_page(open_demo):
    page = open_demo("/en/", javascript=False)
    page.goto(newest_story_path(page, "en"))

    page.locator(MORE).click()

    assert page.url.endswith(f"/en/{SECTION}/?page=2")
    assert page.locator("[data-stories] > li").count() == 12


@pytest.mark.parametrize("code", EDITIONS)
def test_axe_finds_no_serious_or_critical_violations_on_the_demo_pages(open_demo, code):
    page = open_demo(f"/{code}/")
    article = newest_story_path(page, code)
    found = {}
    for path in (f"/{code}/", f"/{code}/{SECTION}/", article):
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            page.goto(path)
            found[path, scheme] = [
                (violation["id"], [node["target"] for node in violation["nodes"]][:3])
                for violation in Axe().run(page).response["violations"]
                if violation["impact"] in ("serious", "critical")
            ]

    assert {where: violations for where, violations in found.items() if violations} == {}
