"""The admin's own security headers and avatars, and the page editor under its policy in Chromium."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.users.models import UserProfile

from news.tests.site_fixtures import build_story_site

PASSWORD = "a-long-test-password-1"  # noqa: S105 (tests only)
# A 1x1 transparent PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000185d3b5a10000000049454e44ae426082"
)


def policy(response) -> dict[str, str]:
    return dict(
        directive.strip().split(" ", 1)
        for directive in response.headers["Content-Security-Policy"].split(";")
    )


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "csp-editor", "csp-editor@example.org", PASSWORD
    )


@pytest.mark.django_db
def test_admin_pages_behind_the_login_carry_an_enforced_policy(client, editor):
    client.force_login(editor)

    response = client.get("/admin/")

    assert policy(response)["default-src"] == "'self'"
    assert policy(response)["object-src"] == "'none'"
    assert "Content-Security-Policy-Report-Only" not in response.headers


@pytest.mark.django_db
def test_the_admin_shows_no_gravatar(client, editor):
    client.force_login(editor)

    html = client.get("/admin/").content.decode()

    assert "gravatar" not in html.lower()


@pytest.mark.django_db
def test_an_uploaded_avatar_is_shown_from_the_site(client, editor, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    profile = UserProfile.get_for_user(editor)
    profile.avatar.save("face.png", ContentFile(PNG))
    client.force_login(editor)

    html = client.get("/admin/").content.decode()

    avatars = re.findall(r'src="([^"]*avatar[^"]*)"', html)
    assert avatars and all(url.startswith("/media/avatar_images/") for url in avatars)
    assert (tmp_path / avatars[0].removeprefix("/media/")).read_bytes() == PNG


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_page_editor_runs_under_the_admins_policy_without_a_violation(
    browser, live_server, editions, editor
):
    article = build_story_site(editions).article
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    blocked = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and blocked.append(message.text),
    )
    page.goto("/admin/login/")
    page.fill("input[name=username]", editor.username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")

    for path in (
        f"/admin/pages/{article.pk}/edit/",
        f"/admin/pages/{article.pk}/edit/preview/",
        "/admin/images/multiple/add/",
        "/admin/account/",
    ):
        page.goto(path)
        page.wait_for_load_state("networkidle")
    page.goto(f"/admin/pages/{article.pk}/edit/")
    page.get_by_role("button", name="Preview").first.click()
    page.wait_for_timeout(1500)
    context.close()

    assert blocked == []
