"""Demo pictures drawn with Pillow: no network, no stock photos, the same every run."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

PALETTES = [
    ((22, 40, 77), (196, 72, 58), (240, 200, 120)),
    ((14, 80, 70), (230, 180, 60), (250, 240, 220)),
    ((60, 30, 80), (90, 160, 200), (240, 230, 250)),
    ((90, 50, 20), (40, 120, 100), (250, 220, 170)),
    ((30, 30, 30), (180, 40, 60), (200, 200, 200)),
    ((20, 70, 120), (250, 150, 80), (230, 240, 250)),
]
WIDTH, HEIGHT = 1600, 900


def draw_picture(seed: int) -> bytes:
    """A JPEG of soft bands and circles in one of the palettes, fixed by `seed`."""
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
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=82)
    return out.getvalue()


def demo_image(number: int):
    """The demo image `number`, created on first use."""
    Image = get_image_model()
    title = f"Demo illustration {number}"
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    data = draw_picture(number)
    return Image.objects.create(
        title=title, file=ImageFile(io.BytesIO(data), name=f"demo-illustration-{number}.jpg")
    )
