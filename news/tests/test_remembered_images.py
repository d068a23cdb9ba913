"""{% remembered_srcset_image %}: Wagtail's srcset_image, rendered once per image and version."""

import pytest
from django.template import Context, Template, TemplateSyntaxError

from news.tests.factories import make_image

pytestmark = pytest.mark.django_db

TAG_ARGUMENTS = 'image width-{480,800} sizes="100vw" decoding="async"'


def render(tag: str, image, arguments: str = TAG_ARGUMENTS) -> str:
    return Template(
        "{% load wagtailimages_tags remembered_images %}{% " + f"{tag} {arguments}" + " %}"
    ).render(Context({"image": image}))


def test_it_renders_what_wagtails_tag_renders():
    image = make_image()

    assert render("remembered_srcset_image", image) == render("srcset_image", image)


def test_an_image_cropped_anew_renders_its_new_renditions(django_capture_on_commit_callbacks):
    image = make_image()
    cropped = "image fill-{200x200,400x400}"  # a crop follows the focal point
    before = render("remembered_srcset_image", image, cropped)

    image.focal_point_x, image.focal_point_y = 200, 150
    image.focal_point_width = image.focal_point_height = 100
    with django_capture_on_commit_callbacks(execute=True):
        image.save()

    after = render("remembered_srcset_image", image, cropped)
    assert after != before
    assert after == render("srcset_image", image, cropped)


def test_no_image_renders_nothing():
    assert render("remembered_srcset_image", None) == ""


def test_its_as_form_is_refused():
    with pytest.raises(TemplateSyntaxError):
        Template("{% load remembered_images %}{% remembered_srcset_image i width-{480} as r %}")
