"""Image uploads whose pixels are counted from the file's header, before anything decodes them.

Wagtail's own field counts them through Willow, whose Pillow plugin decodes the whole image
first (willow.plugins.pillow.PillowImage.open calls load()): refusing a 36-megapixel PNG of
120 KB cost the worker 139 MB, and one just under Pillow's own limit (179 MP) would cost
700 MB. The header says how many pixels the file holds: too many, and it is refused at once.
WAGTAILIMAGES_IMAGE_FORM_BASE names the form, so every upload (the add view, the multiple
upload, the choosers') goes through it.
"""

import warnings
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class PixelBoundedImageField(WagtailImageField):
    def to_python(self, data: Any) -> Any:
        if hasattr(data, "read") and self.max_image_pixels is not None:
            self.refuse_too_many_pixels(data)
        return super().to_python(data)

    def refuse_too_many_pixels(self, upload: Any) -> None:
        try:
            with warnings.catch_warnings():
                # Pillow warns past its own limit and refuses past twice that: both are far
                # beyond ours, and both are refusals here.
                warnings.simplefilter("error", PILImage.DecompressionBombWarning)
                with PILImage.open(upload) as image:  # reads the header only
                    width, height = image.size
        except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError):
            width = height = None
        except Exception:  # noqa: BLE001 (not an image Pillow knows: Wagtail's checks say so)
            return
        finally:
            upload.seek(0)
        if width is None or width * height > self.max_image_pixels:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {
                    "num_pixels": "?" if width is None else width * height,
                    "max_pixels_count": self.max_image_pixels,
                },
                code="file_too_many_pixels",
            )


_file = get_image_model()._meta.get_field("file")


class ImageForm(BaseImageForm):
    file = PixelBoundedImageField(
        label=capfirst(_file.verbose_name),
        max_length=_file.max_length,
        widget=BaseImageForm.Meta.widgets["file"],
    )
