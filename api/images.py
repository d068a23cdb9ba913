"""Images as apps want them: renditions at the widths phones and tablets draw."""

from django.http import HttpRequest

# Wagtail's `width-N` never enlarges: widths past the original are left out.
WIDTHS = (320, 640, 1080, 1600)


def image_data(image, request: HttpRequest, alt: str = "") -> dict | None:
    """The image and its renditions, made once and then read from Wagtail's rendition table
    (with the image's prefetched renditions, no query at all)."""
    if image is None:
        return None
    widths = [width for width in WIDTHS if width <= image.width] or [WIDTHS[0]]
    renditions = image.get_renditions(*(f"width-{width}" for width in widths))
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
