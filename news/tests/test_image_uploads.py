"""Image uploads: only real images, and none with more pixels than a worker can afford."""

import io
import json
import struct
import zlib

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from PIL import ImageFile
from wagtail.images import get_image_model
from wagtail.models import UploadedFile

pytestmark = pytest.mark.django_db


def blank_png(width: int, height: int) -> bytes:
    """A black-and-white PNG of any size in a few kilobytes: rows of zeros squeeze ~1000:1."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    squeezer = zlib.compressobj(9)
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte, then one bit a pixel
    pixels = b"".join(squeezer.compress(row) for _ in range(height)) + squeezer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("chief", "chief@example.com", "pw")
    client.force_login(user)
    return client


def upload(admin_client, name: str, content: bytes, content_type: str = "image/png"):
    file = SimpleUploadedFile(name, content, content_type=content_type)
    return admin_client.post(
        reverse("wagtailimages:add"), {"title": "Cover", "file": file, "collection": 1}
    )


def stored_files(media) -> list:
    return [path for path in media.rglob("*") if path.is_file()]


def test_a_36_megapixel_png_of_4_kb_is_refused_and_nothing_is_stored(admin_client, media):
    small_but_huge = blank_png(6000, 6000)
    assert len(small_but_huge) < 5000

    response = upload(admin_client, "poster.png", small_but_huge)

    assert response.status_code == 200
    assert "too many pixels" in " ".join(response.context["form"].errors["file"])
    assert not get_image_model().objects.exists()
    assert stored_files(media) == []


def test_too_many_pixels_are_refused_before_any_is_decoded(admin_client, media, monkeypatch):
    decoded = []
    load = ImageFile.ImageFile.load
    monkeypatch.setattr(
        ImageFile.ImageFile, "load", lambda image: decoded.append(image) or load(image)
    )

    response = upload(admin_client, "poster.png", blank_png(6000, 6000))

    assert "too many pixels" in " ".join(response.context["form"].errors["file"])
    assert decoded == []


def test_a_36_megapixel_png_dropped_on_the_multiple_upload_is_refused(admin_client, media):
    file = SimpleUploadedFile("poster.png", blank_png(6000, 6000), content_type="image/png")

    response = admin_client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": file, "collection": 1}
    )

    answer = json.loads(response.content)
    assert answer["success"] is False
    assert "too many pixels" in answer["error_message"]
    assert not get_image_model().objects.exists()
    assert not UploadedFile.objects.exists()
    assert stored_files(media) == []


def test_an_image_of_24_megapixels_a_camera_makes_is_accepted(admin_client, media):
    response = upload(admin_client, "harbour.png", blank_png(6000, 4000))

    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert (image.width, image.height) == (6000, 4000)


def test_an_ordinary_photo_is_accepted(admin_client, media):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), "navy").save(buffer, "JPEG")

    response = upload(admin_client, "harbour.jpg", buffer.getvalue(), "image/jpeg")

    assert response.status_code == 302
    assert get_image_model().objects.get().width == 1600
    assert len(stored_files(media)) == 1


def test_an_svg_is_refused(admin_client, media):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

    response = upload(admin_client, "logo.svg", svg, "image/svg+xml")

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.exists()
    assert stored_files(media) == []


def test_a_decompression_bomb_is_refused(admin_client, media):
    bomb = blank_png(20000, 20000)  # 400 megapixels, beyond what Pillow itself will open

    response = upload(admin_client, "bomb.png", bomb)

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.exists()
    assert stored_files(media) == []


def test_an_image_is_edited_without_uploading_it_again(admin_client, media):
    upload(admin_client, "harbour.png", blank_png(400, 300))
    image = get_image_model().objects.get()
    edit_url = reverse("wagtailimages:edit", args=[image.pk])

    form_page = admin_client.get(edit_url)
    saved = admin_client.post(edit_url, {"title": "Harbour at dawn", "collection": 1})

    assert form_page.status_code == 200
    assert saved.status_code == 302
    image.refresh_from_db()
    assert (image.title, image.width) == ("Harbour at dawn", 400)
