"""The JSON API uncached, at scale: `.venv/bin/python bench/api.py`.

Times, with Django's test client in this one process (one database connection), uncached
renders (the page cache's copy retired before each request) of an edition's story list,
its page after a deep cursor, a section's list and one story (the newest English story
with a cover image and a body), interleaved. Prints p50 and p95 of each beside the target
(p50 at most 10 ms). The cached figures, through the whole stack and as a ratio to nginx
serving the same bytes, are `make bench`'s (bench/run.py, "API ..." scenarios).

Runs against a copy of the database `make bench` fills (BENCH_API_DATABASE_URL, by default
postgres://postgres@127.0.0.1:5432/masthead_bench_api; make it with
`createdb -h 127.0.0.1 -U postgres -T masthead_bench masthead_bench_api`).
Environment: BENCH_RUNS (default 200).
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault(
    "DATABASE_URL",
    os.environ.get(
        "BENCH_API_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/masthead_bench_api"
    ),
)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.dev")
RUNS = int(os.environ.get("BENCH_RUNS", "200"))
TARGET_P50_MS = 10.0


def draw_missing_originals() -> None:
    """The copied database names the images `make bench` drew in its own media folder:
    draw each again here, at its size, so renditions can be made from it."""
    from django.core.files.storage import default_storage
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    for image in get_image_model().objects.all():
        if not default_storage.exists(image.file.name):
            path = Path(default_storage.path(image.file.name))
            path.parent.mkdir(parents=True, exist_ok=True)
            PILImage.new("RGB", (image.width, image.height), (40, 90, 130)).save(path, "JPEG")


def main() -> None:
    import django
    from django.conf import settings

    # A cache of this process's own: retiring pages here must not touch a dev server's.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    django.setup()
    from urllib.parse import urlsplit

    from django.test import Client

    from api.lists import on_every_site
    from caching.store import invalidate_locations
    from news.models import ArticlePage

    settings.DEBUG = False  # no query log: measure what production does
    settings.MEDIA_ROOT = str(ROOT / "var" / "bench-api" / "media")
    draw_missing_originals()
    settings.API_REQUESTS_PER_WINDOW = 10**9
    story = (
        ArticlePage.objects.live()
        .filter(locale__language_code="en")
        .exclude(cover_image=None)
        .order_by("-published_at")
        .first()
    )
    if story is None or ArticlePage.objects.count() < 10_000:
        sys.exit("Too few stories: copy the benchmark database first (see the docstring).")
    client = Client(HTTP_HOST="localhost")
    deep = client.get("/api/v1/editions/en/stories/?limit=50")
    for _ in range(20):  # 1,000 stories down the list
        deep = client.get(deep.json()["next_url"])
    urls = {
        "story list, first page": "/api/v1/editions/en/stories/",
        "story list, 1,000 stories down": urlsplit(deep.json()["next_url"]).path
        + "?"
        + urlsplit(deep.json()["next_url"]).query,
        "section list, first page": f"/api/v1/editions/en/sections/{story.section_id}/stories/",
        "one story": f"/api/v1/stories/{story.pk}/",
    }
    for url in urls.values():  # renditions made, what every request reads alike remembered
        assert client.get(url).status_code == 200, url
    timings: dict[str, list[float]] = {name: [] for name in urls}
    for _ in range(RUNS):
        for name, url in urls.items():
            invalidate_locations(on_every_site(urlsplit(url).path))
            start = time.perf_counter()
            response = client.get(url)
            timings[name].append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200 and response["X-Page-Cache"] == "MISS", url
    count = ArticlePage.objects.count()
    print(f"\nAPI, uncached renders, {count} stories, one connection, {RUNS} runs each\n")
    print(f"{'request':36} {'p50 ms':>8} {'p95 ms':>8} {'target p50':>11}")
    for name, values in timings.items():
        p50 = statistics.median(values)
        p95 = statistics.quantiles(values, n=20)[-1]
        verdict = "ok" if p50 <= TARGET_P50_MS else "MISSED"
        print(f"{name:36} {p50:8.2f} {p95:8.2f} {TARGET_P50_MS:8.0f} ms {verdict}")


if __name__ == "__main__":
    main()
