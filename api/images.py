"""Images as apps want them: renditions at the widths phones and tablets draw."""

import logging

from django.http import HttpRequest
from wagtail.images.models import Filter, SourceImageIOError

logger = logging.getLogger("api")

# Wagtail's `width-N` never enlarges: widths past the original are left out.
WIDTHS = (320, 640, 1080, 1600)
# Made once: a Filter parses its spec (with inspect) the first time it is used, and
# get_renditions() given strings makes new ones for every image of every answer.
FILTERS = {width: Filter(spec=f"width-{width}") for width in WIDTHS}


def image_data(image, request: HttpRequest, alt: str = "") -> dict | None:
    """The image and its renditions, made once and then read from Wagtail's rendition table
    (with the image's prefetched renditions, no query at all)."""
    if image is None:
        return None
    widths = [width for width in WIDTHS if width <= image.width] or [WIDTHS[0]]
    try:
        renditions = image.get_renditions(*(FILTERS[width] for width in widths))
    except SourceImageIOError:  # the original's file is gone: the story still answers
        logger.warning("Image %s has no file to make renditions from", image.pk)
        renditions = {}
    return {
        "id": image.pk,
        "alt": alt or image.default_alt_text or "",
        "width": image.width,
        "height": image.height,
        "renditions": [
            {
                "width": rendition.width,
                "height": rendition.height,
                "url": request.build_absolute_uri(rendition.url),
            }
            for rendition in renditions.values()
        ],
    }
