"""The header's search overlay in Chromium: suggestions while typing, chosen with the keyboard."""

import pytest
from playwright.sync_api import expect

from news.tests.factories import make_article, make_section
from search.query import Suggestion

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def stories(editions, engine):
    section = make_section(editions["en"], "economy", "Economy")
    found = [
        make_article(section, "Harbour cranes return"),
        make_article(section, "Harbour workers strike"),
    ]
    engine.suggestions = [
        Suggestion(article_id=story.pk, headline=story.title, url=story.url) for story in found
    ]
    return found


def typed_in_the_overlay(open_page, text: str):
    page = open_page("/en/")
    page.get_by_role("link", name="Search").click()
    field = page.get_by_role("combobox", name="Search")
    field.press_sequentially(text, delay=40)
    expect(page.get_by_role("listbox").get_by_role("option")).to_have_count(2)
    return page, field


def test_typing_in_the_overlay_lists_suggestions_with_the_combobox_roles(
    open_page, stories, engine
):
    page, field = typed_in_the_overlay(open_page, "harb")

    listbox = page.get_by_role("listbox", name="Suggested stories")
    expect(listbox).to_be_visible()
    expect(field).to_have_attribute("aria-expanded", "true")
    expect(field).to_have_attribute("aria-controls", listbox.get_attribute("id"))
    expect(listbox.get_by_role("option").first).to_have_text("Harbour cranes return")
    expect(page.locator("#search-suggestions-status")).to_contain_text("2 suggestions")
    # Debounced: one request for what was typed, not one a letter.
    assert [text for text, _, _ in engine.suggested] == ["harb"]


def test_arrow_down_and_enter_open_the_chosen_story(open_page, stories):
    page, field = typed_in_the_overlay(open_page, "harb")

    field.press("ArrowDown")
    field.press("ArrowDown")
    second = page.get_by_role("option").nth(1)
    expect(second).to_have_attribute("aria-selected", "true")
    expect(field).to_have_attribute("aria-activedescendant", second.get_attribute("id"))
    field.press("Enter")

    page.wait_for_url(f"**{stories[1].url}")
    assert page.locator("h1").inner_text() == "Harbour workers strike"


def test_escape_closes_the_suggestions_then_the_overlay(open_page, stories):
    page, field = typed_in_the_overlay(open_page, "harb")

    field.press("Escape")
    expect(page.get_by_role("listbox", include_hidden=True)).to_be_hidden()
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(page.locator("#search-dialog")).to_be_visible()
    field.press("Escape")

    expect(page.locator("#search-dialog")).to_be_hidden()


def test_enter_without_a_choice_submits_the_search(open_page, stories):
    page, field = typed_in_the_overlay(open_page, "harb")

    field.press("Enter")

    page.wait_for_url("**/en/search/?q=harb")
