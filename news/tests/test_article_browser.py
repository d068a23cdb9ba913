"""The article page's interactive parts, in Chromium."""

from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from news.tests.site_fixtures import ATTRIBUTION_EN, build_story_site

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def site(editions):
    return build_story_site(editions)


def canonical(live_server, page) -> str:
    return live_server.url + page.url


def test_text_size_buttons_step_within_bounds_and_are_remembered(open_page, site):
    page = open_page(site.article.url)

    def size() -> float:
        return page.locator(".article__text").evaluate(
            "el => parseFloat(getComputedStyle(el).fontSize)"
        )

    normal = size()
    increase = page.get_by_role("button", name="Increase text size")
    increase.focus()
    for _ in range(6):  # more presses than steps: the last ones hit the bound
        page.keyboard.press("Enter")
    largest = size()
    expect(increase).to_have_attribute("aria-disabled", "true")
    expect(increase).to_be_focused()  # a keyboard user keeps the focus at the bound
    page.reload()
    assert size() == largest

    decrease = page.get_by_role("button", name="Decrease text size")
    decrease.focus()
    sizes = [largest]
    for _ in range(6):
        page.keyboard.press("Enter")
        sizes.append(size())

    assert largest >= normal * 1.4
    assert len(set(sizes)) >= 5  # at least four steps between the bounds
    assert sizes[-1] == sizes[-2] < normal  # the smallest is a bound, not a floor of zero
    expect(decrease).to_have_attribute("aria-disabled", "true")


def test_text_size_buttons_are_named_by_the_text_they_show(open_page, site):
    # WCAG 2.5.3: a speech-input user says "click A+", so the name must contain "A+".
    english = open_page(site.article.url)
    russian = open_page(site.translation.url)

    expect(english.get_by_role("button", name="A+")).to_have_accessible_name(
        "A+ Increase text size"
    )
    expect(english.get_by_role("button", name="A-")).to_have_accessible_name(
        "A- Decrease text size"
    )
    expect(russian.get_by_role("button", name="A+")).to_have_accessible_name("A+ Увеличить текст")


def test_copy_link_puts_exactly_the_canonical_url_on_the_clipboard(open_page, live_server, site):
    page = open_page(site.article.url)

    page.get_by_role("button", name="Copy link").click()

    assert page.evaluate("navigator.clipboard.readText()") == canonical(live_server, site.article)


def test_copy_link_toast_is_announced_in_english_and_disappears(open_page, site):
    page = open_page(site.article.url)

    page.get_by_role("button", name="Copy link").click()

    toast = page.get_by_role("status")
    expect(toast).to_have_text("Link copied")
    expect(toast).to_be_visible()
    expect(toast).to_have_text("", timeout=6000)


def test_copy_link_toast_speaks_russian_in_the_russian_edition(open_page, site):
    page = open_page(site.translation.url)

    page.get_by_role("button", name="Скопировать ссылку").click()

    expect(page.get_by_role("status")).to_have_text("Ссылка скопирована")


def test_copied_article_text_ends_with_the_attribution_rule_and_a_link(
    open_page, live_server, site
):
    page = open_page(site.article.url)
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

    copied = page.evaluate("navigator.clipboard.readText()")
    url = canonical(live_server, site.article)
    assert copied.startswith("The harbour authority published its figures")
    assert copied.endswith(f"{ATTRIBUTION_EN} {url}")
    html = page.evaluate(
        "async () => { const [item] = await navigator.clipboard.read();"
        " return await (await item.getType('text/html')).text(); }"
    )
    assert f'<a href="{url}">{url}</a>' in html


def test_a_short_copied_selection_is_left_alone(open_page, site):
    page = open_page(site.article.url)
    page.evaluate(
        """() => {
            const range = document.createRange();
            const text = document.querySelector('.article__body p').firstChild;
            range.setStart(text, 0);
            range.setEnd(text, 12);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
        }"""
    )

    page.keyboard.press("Control+C")

    assert page.evaluate("navigator.clipboard.readText()") == "The harbour "


def test_print_shows_the_story_and_hides_the_pages_chrome(open_page, live_server, site):
    page = open_page(site.article.url)

    page.emulate_media(media="print")

    for chrome in (".site-header", ".site-footer", ".share", ".more-stories", ".text-size"):
        assert not page.locator(chrome).first.is_visible(), chrome
    for kept in ("h1", ".article__subheadline", "time", ".article__body", ".byline"):
        assert page.locator(f".article {kept}").first.is_visible(), kept
    assert page.locator(".print-url").inner_text() == canonical(live_server, site.article)


def test_print_button_opens_the_print_dialog(open_page, site):
    page = open_page(site.article.url)
    page.evaluate("window.print = () => { window.printed = true; }")

    page.get_by_role("button", name="Print").click()

    assert page.evaluate("window.printed") is True


def test_share_links_carry_the_encoded_url_and_headline(open_page, live_server, site):
    page = open_page(site.article.url)
    url = quote(canonical(live_server, site.article), safe="")
    headline = quote(site.article.title, safe="").replace("%20", "+")

    hrefs = {
        name: page.get_by_role("link", name=name).get_attribute("href")
        for name in ("Share on X", "Share on Facebook", "Share on Telegram", "Share on WhatsApp")
    }

    assert hrefs["Share on X"] == f"https://x.com/intent/post?url={url}&text={headline}"
    assert hrefs["Share on Facebook"] == f"https://www.facebook.com/sharer/sharer.php?u={url}"
    assert hrefs["Share on Telegram"] == f"https://t.me/share/url?url={url}&text={headline}"
    assert hrefs["Share on WhatsApp"] == f"https://wa.me/?text={headline}+{url}"


def test_web_share_button_opens_the_native_share_sheet_where_there_is_one(
    browser, live_server, site
):
    context = browser.new_context(base_url=live_server.url)
    context.add_init_script(
        "navigator.share = (data) => { window.shared = data; return Promise.resolve(); };"
    )
    page = context.new_page()
    page.goto(site.article.url)

    page.get_by_role("button", name="Share", exact=True).click()

    assert page.evaluate("window.shared") == {
        "title": site.article.title,
        "url": canonical(live_server, site.article),
    }
    context.close()


def test_web_share_button_stays_hidden_without_a_native_share_sheet(open_page, site):
    page = open_page(site.article.url)
    page.evaluate("'share' in navigator") and pytest.skip("this Chromium has navigator.share")

    assert not page.get_by_role("button", name="Share", exact=True).is_visible()


def test_the_article_page_breaks_no_rule_of_its_content_security_policy(browser, live_server, site):
    context = browser.new_context(base_url=live_server.url)
    context.add_init_script(
        "window.violations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page = context.new_page()
    page.goto(site.article.url)
    page.get_by_role("button", name="Night theme").click()
    page.get_by_role("button", name="Copy link").click()
    page.mouse.wheel(0, 20000)
    page.wait_for_timeout(300)

    assert page.evaluate("window.violations") == []
    context.close()


@pytest.fixture
def long_section(editions):
    return build_story_site(editions, more_stories=26)


def test_more_stories_load_on_scroll_in_batches_and_stop_at_the_end(open_page, long_section):
    page = open_page(long_section.article.url, height=700)
    batches = []
    page.on("request", lambda request: "?page=" in request.url and batches.append(request.url))
    stories = page.locator(".more-stories [data-stories] > li")
    first_batch = stories.count()
    others = long_section.section.articles.live().count() - 1

    for _ in range(20):
        page.mouse.wheel(0, 4000)
        page.wait_for_timeout(250)
        if page.locator(".more-stories [data-more]").count() == 0:
            break

    assert first_batch < others
    assert [url.rsplit("?", 1)[1] for url in batches] == ["page=2", "page=3"]
    assert stories.count() == others
    assert page.locator(".more-stories [data-more]").count() == 0  # stopped: no link, no request
    titles = stories.locator("h3").all_inner_texts()
    assert long_section.article.title not in titles
    assert len(set(titles)) == len(titles)


def test_without_javascript_more_stories_is_a_link_to_the_next_page(
    browser, live_server, long_section
):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto(long_section.article.url)

    page.get_by_role("link", name="More stories").click()

    assert page.url.endswith(f"{long_section.section.url}?page=2")
    assert page.locator("[data-stories] > li").count() > 0
    context.close()


def test_more_stories_show_a_loading_state_while_the_next_batch_arrives(open_page, long_section):
    page = open_page(long_section.article.url, height=700)
    page.route("**/*?page=2", lambda route: (page.wait_for_timeout(800), route.continue_()))
    more = page.locator(".more-stories [data-more]")

    page.mouse.wheel(0, 20000)

    expect(more).to_have_text("Loading more stories…")
    expect(page.locator(".more-stories [data-stories]")).to_have_attribute("aria-busy", "true")
