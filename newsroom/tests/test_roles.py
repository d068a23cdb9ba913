"""The newsroom's roles: authors write and submit, editors publish and schedule."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import Workflow

from news.models import MonthArchivePage
from news.tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def member_of(group_name: str, username: str):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def section(editions):
    return make_section(editions["en"])


def test_authors_can_write_but_not_publish(section):
    author = member_of("Authors", "writer")
    article = make_article(section, publish=False)

    permissions = article.permissions_for_user(author)

    assert permissions.can_edit()
    assert not permissions.can_publish()


def test_editors_can_publish_schedule_and_lock(section):
    editor = member_of("Editors", "chief")
    article = make_article(section, publish=False)

    permissions = article.permissions_for_user(editor)

    # Scheduling is publishing with a go-live time: Wagtail asks for the same permission.
    assert permissions.can_publish()
    assert permissions.can_lock()


def test_authors_submissions_go_to_the_editors_for_approval(section):
    workflow = Workflow.objects.get(name="Editors' approval")
    task = workflow.tasks.get().specific

    assert list(task.groups.values_list("name", flat=True)) == ["Editors"]
    assert section.get_workflow() == workflow


def test_add_article_opens_the_editor_in_this_months_folder(client, section):
    client.force_login(member_of("Authors", "writer"))

    response = client.get(reverse("newsroom_add_article", args=[section.pk]))

    folder = MonthArchivePage.objects.descendant_of(section).get()
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "wagtailadmin_pages:add", args=["news", "articlepage", folder.pk]
    )


def test_add_article_is_refused_to_a_user_without_page_permissions(client, section):
    outsider = get_user_model().objects.create_user("outsider", "o@example.com", "pw")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)

    response = client.get(reverse("newsroom_add_article", args=[section.pk]))

    # Wagtail's admin turns a refusal into a redirect to the dashboard with a message.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert not MonthArchivePage.objects.exists()


def test_a_sections_admin_page_offers_add_article(client, section):
    client.force_login(member_of("Authors", "writer"))

    html = client.get(reverse("wagtailadmin_explore", args=[section.pk])).content.decode()

    assert reverse("newsroom_add_article", args=[section.pk]) in html
