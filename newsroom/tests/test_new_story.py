"""Starting a story is the obvious action: on a section's page listing and on the dashboard."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission

from news.models import ArticlePage, MonthArchivePage, YearArchivePage
from news.tests.factories import make_section

pytestmark = pytest.mark.django_db


def member_of(group_name: str, username: str):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def proofreader(section):
    """May open and change the section's pages in the admin, but not add any."""
    group = Group.objects.create(name="Proofreaders")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=section, permission=Permission.objects.get(codename="change_page")
    )
    user = get_user_model().objects.create_user("proof", "proof@example.com", "pw")
    user.groups.add(group)
    return user


@pytest.fixture
def section(editions):
    return make_section(editions["en"])


def new_story_links(html: str) -> list[str]:
    return [link["href"] for link in BeautifulSoup(html, "html.parser").select("a[data-new-story]")]


def test_a_sections_listing_header_shows_new_story(client, section):
    client.force_login(member_of("Authors", "writer"))

    html = client.get(reverse("wagtailadmin_explore", args=[section.pk])).content.decode()

    header = BeautifulSoup(html, "html.parser").select_one("header.w-slim-header")
    button = header.select_one("a[data-new-story]")
    assert button.get_text(strip=True) == "New story"
    assert button["href"] == reverse("newsroom_add_article", args=[section.pk])


def test_new_story_opens_the_article_form_in_the_sections_month_folder(client, section):
    client.force_login(member_of("Authors", "writer"))
    html = client.get(reverse("wagtailadmin_explore", args=[section.pk])).content.decode()

    response = client.get(new_story_links(html)[0], follow=True)

    folder = MonthArchivePage.objects.descendant_of(section).get()
    assert response.status_code == 200
    assert response.context["page_class"] is ArticlePage
    assert response.context["parent_page"].pk == folder.pk


def test_a_section_offers_no_year_folder_to_add_by_hand(client, section):
    client.force_login(member_of("Authors", "writer"))

    html = client.get(reverse("wagtailadmin_explore", args=[section.pk])).content.decode()

    assert not YearArchivePage.can_create_at(section)
    assert reverse("wagtailadmin_pages:add_subpage", args=[section.pk]) not in html


def test_who_may_not_add_pages_sees_no_new_story_on_the_section(client, section):
    client.force_login(proofreader(section))

    response = client.get(reverse("wagtailadmin_explore", args=[section.pk]))

    assert response.status_code == 200
    assert new_story_links(response.content.decode()) == []


def test_other_pages_listings_show_no_new_story(client, editions, section):
    client.force_login(member_of("Authors", "writer"))

    html = client.get(reverse("wagtailadmin_explore", args=[editions["en"].pk])).content.decode()

    assert new_story_links(html) == []


def test_the_dashboard_offers_a_new_story_in_each_editions_sections(client, editions, section):
    economy = make_section(editions["en"], "economy", "Economy")
    russian = make_section(editions["ru"], "politika", "Политика")
    client.force_login(member_of("Authors", "writer"))

    page = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")

    offered = {
        edition["data-new-story-edition"]: [link["href"] for link in edition.select("a")]
        for edition in page.select("#new-story-content [data-new-story-edition]")
    }
    assert offered == {
        "en": [reverse("newsroom_add_article", args=[s.pk]) for s in (section, economy)],
        "ru": [reverse("newsroom_add_article", args=[russian.pk])],
    }
    assert page.select_one("#new-story-content a").get_text(strip=True) == "New story in Politics"


def test_who_may_not_add_pages_sees_no_new_story_on_the_dashboard(client, section):
    client.force_login(proofreader(section))

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    assert 'id="new-story-section"' not in response.content.decode()


def test_editing_a_section_offers_new_story_in_its_actions_menu(client, section):
    client.force_login(member_of("Authors", "writer"))

    html = client.get(reverse("wagtailadmin_pages:edit", args=[section.pk])).content.decode()

    assert reverse("newsroom_add_article", args=[section.pk]) in html
