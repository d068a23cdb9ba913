"""Demo pictures drawn with Pillow: no network, no stock photos, the same every run."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

PALETTES = [
    ((22, 40, 77), (196, 72, 58), (240, 200, 120)),
    ((14, 80, 70), (230, 180, 60), (250, 240, 220)),
    ((60, 30, 80), (90, 160, 200), (240, 230, 250)),
    ((90, 50, 20), (40, 120, 100), (250, 220, 170)),
    ((30, 30, 30), (180, 40, 60), (200, 200, 200)),
    ((20, 70, 120), (250, 150, 80), (230, 240, 250)),
]
# Big enough for every crop the pages ask for: a story's square picture for search
# engines (news.structured_data) is 1,200 px wide, so the height must be at least that.
WIDTH, HEIGHT = 2400, 1350


def draw_picture(seed: int) -> bytes:
    """A JPEG of soft bands and circles in one of the palettes, fixed by `seed`."""
    return _encoded(_picture(seed), "JPEG")


def _picture(seed: int) -> PILImage.Image:
    rng = random.Random(seed)
    dark, accent, light = PALETTES[seed % len(PALETTES)]
    picture = PILImage.new("RGB", (WIDTH, HEIGHT), dark)
    draw = ImageDraw.Draw(picture)
    for band in range(0, HEIGHT, 30):
        blend = band / HEIGHT
        colour = tuple(int(d + (a - d) * blend * 0.6) for d, a in zip(dark, accent, strict=True))
        draw.rectangle([0, band, WIDTH, band + 30], fill=colour)
    for _ in range(7):
        radius = rng.randint(60, 260)
        x, y = rng.randint(0, WIDTH), rng.randint(0, HEIGHT)
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], outline=light, width=6)
    horizon = rng.randint(HEIGHT // 2, HEIGHT - 120)
    draw.polygon(
        [
            (0, HEIGHT),
            (0, horizon),
            (WIDTH // 3, horizon - 90),
            (WIDTH, horizon + 40),
            (WIDTH, HEIGHT),
        ],
        fill=dark,
    )
    return picture


def _encoded(picture: PILImage.Image, kind: str) -> bytes:
    out = io.BytesIO()
    picture.save(out, kind, quality=82)
    return out.getvalue()


def draw_share_card(name: str) -> bytes:
    """The outlet's default share picture: its name over a demo picture, 1200×630."""
    picture = _picture(0).resize((1200, 675)).crop((0, 22, 1200, 652))
    draw = ImageDraw.Draw(picture)
    draw.text((600, 315), name, fill="white", anchor="mm", font=ImageFont.load_default(96))
    return _encoded(picture, "JPEG")


def draw_logo(name: str) -> bytes:
    """A wordmark: the outlet's name on white, as wide as search engines show a logo (600×60)."""
    picture = PILImage.new("RGB", (600, 60), "white")
    draw = ImageDraw.Draw(picture)
    draw.text((300, 30), name, fill=PALETTES[0][0], anchor="mm", font=ImageFont.load_default(40))
    return _encoded(picture, "PNG")


def stored_image(title: str, data: bytes, file_name: str, description: str = ""):
    """The image called `title`, created from `data` on first use; `description` is its alt text."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    file = ImageFile(io.BytesIO(data), name=file_name)
    return Image.objects.create(title=title, file=file, description=description)


def demo_image(number: int):
    """The demo image `number`, created on first use."""
    return stored_image(
        f"Demo illustration {number}", draw_picture(number), f"demo-illustration-{number}.jpg"
    )
