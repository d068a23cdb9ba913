"""What an editor sees when the input is wrong: a form error, and nothing half-saved."""

import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.archive import month_folder
from news.models import ArticlePage
from news.tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("chief", "chief@example.com", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def section(editions):
    return make_section(editions["en"])


@pytest.fixture
def folder(section):
    return month_folder(section)


def article_form(**overrides) -> dict:
    data = {
        "title": "Port workers strike",
        "slug": "port-workers-strike",
        "subheadline": "",
        "lead": "",
        "body": streamfield([("paragraph", rich_text("<p>The harbour was quiet.</p>"))]),
        "authorships": inline_formset([]),
        "tags": "",
        "published_at": "",
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def create_url(folder) -> str:
    return reverse("wagtailadmin_pages:add", args=["news", "articlepage", folder.pk])


def test_an_editor_can_create_an_article(admin_client, folder):
    response = admin_client.post(create_url(folder), article_form())

    assert response.status_code == 302
    article = ArticlePage.objects.get(slug="port-workers-strike")
    assert article.get_parent().pk == folder.pk


def test_an_empty_headline_is_a_form_error_and_nothing_is_saved(admin_client, folder):
    response = admin_client.post(create_url(folder), article_form(title=""))

    assert response.status_code == 200
    assert "title" in response.context["form"].errors
    assert not ArticlePage.objects.exists()


def test_a_slug_used_elsewhere_in_the_section_is_a_form_error(admin_client, section):
    # Two months apart: different folders, so Wagtail's sibling check alone would accept it.
    make_article(section, "Port workers strike", when=timezone.now() - timedelta(days=62))

    response = admin_client.post(create_url(month_folder(section)), article_form())

    assert response.status_code == 200
    assert response.context["form"].errors["slug"] == [
        "Another story in this section already uses this slug."
    ]
    assert ArticlePage.objects.count() == 1


def test_the_same_slug_in_another_section_is_accepted(admin_client, editions, folder):
    other_section = make_section(editions["en"], "economy", "Economy")
    make_article(other_section, "Port workers strike")

    response = admin_client.post(create_url(folder), article_form())

    assert response.status_code == 302
    assert ArticlePage.objects.filter(slug="port-workers-strike").count() == 2


def test_an_upload_that_is_not_an_image_is_a_form_error(admin_client):
    fake = SimpleUploadedFile("cover.jpg", b"<script>alert(1)</script>", content_type="image/jpeg")

    response = admin_client.post(
        reverse("wagtailimages:add"), {"title": "Cover", "file": fake, "collection": 1}
    )

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.exists()


def test_a_real_image_upload_is_accepted(admin_client):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    upload = SimpleUploadedFile("cover.png", buffer.getvalue(), content_type="image/png")

    response = admin_client.post(
        reverse("wagtailimages:add"), {"title": "Cover", "file": upload, "collection": 1}
    )

    assert response.status_code == 302
    assert get_image_model().objects.get().width == 40


def test_an_editor_can_preview_an_unsaved_article(admin_client, folder):
    preview_url = reverse(
        "wagtailadmin_pages:preview_on_add", args=["news", "articlepage", folder.pk]
    )

    submitted = admin_client.post(preview_url, article_form())
    shown = admin_client.get(preview_url)

    assert submitted.json()["is_valid"] is True
    assert "<h1>Port workers strike</h1>" in shown.content.decode()
    assert not ArticlePage.objects.exists()
