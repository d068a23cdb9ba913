"""An editor writes a story in Wagtail's admin, in Chromium, from the dashboard to the home page."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.text import slugify
from playwright.sync_api import expect

from conftest import ROOT
from news.models import ArticlePage
from news.tests.factories import make_section

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = ROOT / "var" / "screenshots"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("chief", "chief@example.com", PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def sections(editions):
    english = make_section(editions["en"], "politics", "Politics")
    russian = make_section(editions["ru"], "politika", "Политика")
    return {"en": english, "ru": russian}


def log_in(open_page, user):
    page = open_page("/admin/login/")
    page.locator("input[name=username]").fill(user.username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    return page


def test_an_editor_writes_a_russian_story_and_readers_see_it_on_the_home_page(
    open_page, editor, sections
):
    page = log_in(open_page, editor)
    page.screenshot(path=str(SCREENSHOTS / "admin-dashboard.png"))

    page.get_by_role("link", name="New story in Политика").click()
    page.get_by_placeholder("Headline*").fill("Санкции против угольных компаний")
    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Paragraph").click()
    paragraph = page.locator(".Draftail-Editor [contenteditable=true]").first
    paragraph.click()
    # Typed key by key, as Draftail (React) listens to input events, not to a set value.
    page.keyboard.type("Министерство объявило о новых мерах.")
    # Draftail writes the paragraph into the form a moment later (its save interval).
    expect(page.locator("input[name='body-0-value']")).to_have_value(re.compile("Министерство"))
    page.get_by_role("tab", name="Promote").click()
    expect(page.locator("#id_slug")).to_have_value("санкции-против-угольных-компаний")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url("**/admin/pages/*/")

    story = ArticlePage.objects.get()
    assert story.live
    assert story.section_id == sections["ru"].pk
    page.goto("/ru/")
    page.get_by_role("link", name="Санкции против угольных компаний").first.click()
    expect(page.locator("h1")).to_have_text("Санкции против угольных компаний")
    expect(page.locator(".article__body")).to_contain_text("Министерство объявило о новых мерах.")


HEADLINES = [
    "Port workers strike again",
    "Санкции против угольных компаний",
    "Liman işçiləri yenidən tətil edir",
    "Փաշինյանը հանդիպեց նախարարներին",
]


def test_the_slug_follows_the_headline_in_every_editions_script(open_page, editor, sections):
    page = log_in(open_page, editor)
    listing = reverse("wagtailadmin_explore", args=[sections["en"].pk])

    for headline in HEADLINES:
        page.goto(listing)
        page.get_by_role("link", name="New story", exact=True).click()
        page.get_by_placeholder("Headline*").fill(headline)
        page.get_by_role("tab", name="Promote").click()

        # What Wagtail's form accepts: WAGTAIL_ALLOW_UNICODE_SLUGS keeps each script readable.
        expect(page.locator("#id_slug")).to_have_value(slugify(headline, allow_unicode=True))
    page.goto(listing)
    page.screenshot(path=str(SCREENSHOTS / "admin-section-listing.png"))
