"""Site-wide reader features in Chromium: theme, editions, search, accessibility, layout."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conftest import ROOT
from news.tests.site_fixtures import build_story_site

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = ROOT / "var" / "screenshots"
BACKGROUND = "getComputedStyle(document.body).backgroundColor"
DARK_BACKGROUND = "rgb(18, 20, 23)"
LIGHT_BACKGROUND = "rgb(255, 255, 255)"


@pytest.fixture
def site(editions):
    return build_story_site(editions)


def reader_pages(site) -> dict[str, str]:
    return {"home": "/en/", "section": site.section.url, "article": site.article.url}


def test_night_theme_switches_and_is_remembered_across_pages(open_page, site):
    page = open_page(site.article.url)
    toggle = page.get_by_role("button", name="Night theme")
    expect(toggle).to_have_attribute("aria-pressed", "false")

    toggle.click()

    assert page.evaluate(BACKGROUND) == DARK_BACKGROUND
    expect(toggle).to_have_attribute("aria-pressed", "true")
    page.goto("/en/")
    assert page.evaluate(BACKGROUND) == DARK_BACKGROUND
    page.get_by_role("button", name="Night theme").click()
    page.reload()
    assert page.evaluate(BACKGROUND) == LIGHT_BACKGROUND


def test_before_any_choice_the_theme_follows_the_system(open_page, site):
    assert open_page("/en/", color_scheme="dark").evaluate(BACKGROUND) == DARK_BACKGROUND
    assert open_page("/en/", color_scheme="light").evaluate(BACKGROUND) == LIGHT_BACKGROUND


def test_a_remembered_theme_is_applied_before_the_first_paint(open_page, site):
    page = open_page("/en/", color_scheme="light")
    page.get_by_role("button", name="Night theme").click()
    # Record the theme at the moment <body> is parsed, before anything can be painted.
    page.context.add_init_script(
        """new MutationObserver((changes, observer) => {
            if (document.body) {
                window.themeAtFirstBody = document.documentElement.dataset.theme || 'none';
                observer.disconnect();
            }
        }).observe(document, {childList: true, subtree: true});"""
    )

    page.goto(site.article.url)

    assert page.evaluate("window.themeAtFirstBody") == "dark"


def test_the_theme_toggle_works_from_the_keyboard_with_a_visible_focus(open_page, site):
    page = open_page("/en/")
    toggle = page.get_by_role("button", name="Night theme")
    for _ in range(30):
        page.keyboard.press("Tab")
        if toggle.evaluate("el => el === document.activeElement"):
            break
    outline = toggle.evaluate("el => getComputedStyle(el).outlineStyle")

    page.keyboard.press("Enter")

    assert outline != "none"
    assert page.evaluate(BACKGROUND) == DARK_BACKGROUND


def test_every_control_reached_by_tab_shows_its_focus(open_page, site):
    page = open_page(site.article.url)
    seen = set()
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => { const el = document.activeElement;"
            " return [el.outerHTML.slice(0, 80), getComputedStyle(el).outlineStyle]; }"
        )
        if focused[0].startswith("<body"):  # past the last control, the focus leaves the page
            continue
        seen.add(focused[0])
        assert focused[1] != "none", focused[0]
    assert len(seen) > 20


def test_the_language_switch_leads_to_the_translation(open_page, site):
    page = open_page(site.article.url)

    page.locator('.editions a[hreflang="ru"]').click()

    assert urlsplit(page.url).path == site.translation.url
    assert page.locator("h1").inner_text() == "Долгое восстановление гавани"


def test_the_language_switch_leads_to_the_editions_home_without_a_translation(open_page, site):
    page = open_page(site.untranslated.url)

    page.locator('.editions a[hreflang="ru"]').click()

    assert urlsplit(page.url).path == "/ru/"


def test_the_search_overlay_opens_closes_on_escape_and_submits(open_page, site):
    page = open_page(site.article.url)
    dialog = page.locator("#search-dialog")

    page.get_by_role("link", name="Search").click()
    expect(dialog).to_be_visible()
    field = page.get_by_placeholder("What are you looking for?")
    expect(field).to_be_focused()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    page.get_by_role("link", name="Search").click()
    field.fill("harbour")
    field.press("Enter")

    # The page's form sends its (empty) filters too.
    page.wait_for_url(lambda url: "/en/search/?q=harbour" in url)
    assert site.article.title in page.locator("main").inner_text()


def test_the_search_overlay_closes_with_its_close_button(open_page, site):
    page = open_page("/ru/")

    page.get_by_role("link", name="Поиск").click()
    expect(page.get_by_placeholder("Что вы ищете?")).to_be_visible()
    page.get_by_role("button", name="Закрыть поиск").click()

    expect(page.locator("#search-dialog")).to_be_hidden()


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
@pytest.mark.parametrize("page_name", ["home", "section", "article"])
def test_axe_finds_no_serious_or_critical_violations(open_page, site, page_name, color_scheme):
    page = open_page(reader_pages(site)[page_name], color_scheme=color_scheme)

    results = Axe().run(page)

    serious = [
        (violation["id"], [node["target"] for node in violation["nodes"]][:3])
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]
    assert serious == []


@pytest.mark.parametrize("width", [360, 390, 768, 1024, 1280, 1440])
def test_pages_fit_the_screen_without_horizontal_scrolling(open_page, site, width):
    for path in reader_pages(site).values():
        page = open_page(path, width=width)

        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")

        assert overflow <= 0, (path, width)


def test_the_reader_loads_nothing_from_other_hosts(open_page, live_server, site):
    hosts = set()
    page = open_page("/en/")
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))

    for path in reader_pages(site).values():
        page.goto(path)
        page.mouse.wheel(0, 20000)
        page.wait_for_timeout(200)

    assert hosts <= {urlsplit(live_server.url).netloc}


def test_article_screenshots_are_saved_for_review(open_page, site):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    saved = []
    for width, height in ((390, 844), (1280, 900)):
        for scheme in ("light", "dark"):
            page = open_page(site.article.url, width=width, height=height, color_scheme=scheme)
            path = SCREENSHOTS / f"article-{width}-{scheme}.png"
            page.screenshot(path=str(path), full_page=True)
            saved.append(path)

    assert all(Path(path).stat().st_size > 10_000 for path in saved)


def test_without_javascript_stories_read_and_search_is_a_page(browser, live_server, site):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto(site.article.url)

    assert page.locator(".article__body").is_visible()
    for needs_script in ("Night theme", "Increase text size", "Print", "Copy link"):
        assert not page.get_by_role("button", name=needs_script).is_visible(), needs_script
    page.get_by_role("link", name="Search").click()
    page.get_by_role("searchbox").last.fill("harbour")
    page.get_by_role("searchbox").last.press("Enter")

    # The page's form sends its (empty) filters too.
    page.wait_for_url(lambda url: "/en/search/?q=harbour" in url)
    assert site.article.title in page.locator("main").inner_text()
    context.close()
