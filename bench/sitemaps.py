"""Sitemaps at scale: `.venv/bin/python bench/sitemaps.py`.

Times, with Django's test client in this one process (DEBUG off), uncached renders of
the sitemap index, the biggest month file and the news sitemap of the edition with
the most stories: the file's cached copy is retired before each request, Wagtail's
own caches (site roots, renditions) stay warm as in production. Prints the median
(p50) and p95 of each beside the target, 50 ms.

Runs against the database `make bench` fills (BENCH_DATABASE_URL, by default
postgres://postgres@127.0.0.1:5432/masthead_bench), migrating it first and counting its
sitemap months (count_sitemap_months: generated stories come without signals). The news
sitemap lists the last 48 hours: generated stories end when they were generated.
Environment: BENCH_RUNS (default 30).
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault(
    "DATABASE_URL",
    os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/masthead_bench"),
)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.dev")
RUNS = int(os.environ.get("BENCH_RUNS", "30"))
TARGET_MS = 50.0


def main() -> None:
    # generate_articles adds stories in bulk, without the signals that count their months.
    for command in (["migrate", "--noinput"], ["count_sitemap_months"]):
        subprocess.run([sys.executable, str(ROOT / "manage.py"), *command], check=True, cwd=ROOT)
    import django
    from django.conf import settings

    # A cache of this process's own: retiring pages here must not touch a dev server's.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    django.setup()
    from django.test import Client
    from wagtail.models import Site

    from caching.locations import Location
    from caching.store import invalidate_locations
    from crawling.models import SitemapMonth

    settings.DEBUG = False  # no query log: measure what production does
    biggest = SitemapMonth.objects.select_related("locale").order_by("-stories", "-month").first()
    if biggest is None:
        sys.exit("No stories: run migrate, load_demo and generate_articles 100000 first.")
    language = biggest.locale.language_code
    paths = {
        "sitemap index": "/sitemap.xml",
        f"month file ({language} {biggest.month:%Y-%m}, {biggest.stories} stories)": (
            f"/sitemaps/{language}/{biggest.month:%Y-%m}.xml"
        ),
        f"news sitemap ({language})": f"/sitemaps/{language}/news.xml",
    }
    client = Client(HTTP_HOST="localhost")
    site_id = Site.objects.get(is_default_site=True).pk

    def timed(path: str) -> tuple[float, float]:
        """Wall and this process's CPU milliseconds of one uncached request."""
        # Retire this file's cached copy only: Wagtail's and the site's remembered values
        # (root paths, settings, restrictions) stay warm, as between two stories' changes.
        invalidate_locations({Location(site_id, path)})
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(path)
        elapsed = (time.perf_counter() - started) * 1000
        used = (time.process_time() - started_cpu) * 1000
        if response.status_code != 200 or response.get("X-Page-Cache") == "HIT":
            sys.exit(f"{path}: HTTP {response.status_code} {response.get('X-Page-Cache')}")
        return elapsed, used

    for path in paths.values():  # warm up: templates, renditions, connections
        timed(path)
        timed(path)
    times: dict[str, list[float]] = {name: [] for name in paths}
    cpu: dict[str, list[float]] = {name: [] for name in paths}
    for _ in range(RUNS):
        for name, path in paths.items():
            elapsed, used = timed(path)
            times[name].append(elapsed)
            cpu[name].append(used)

    # This process's CPU time beside the wall time: on a shared machine the wall time is
    # mostly waiting for a core (the load average is printed too).
    print(f"load average: {' '.join(f'{load:.1f}' for load in os.getloadavg())}")
    width = max(map(len, paths))
    for name, values in times.items():
        p50 = statistics.median(values)
        p95 = statistics.quantiles(values, n=20)[-1]
        verdict = "ok" if p50 <= TARGET_MS else "OVER TARGET"
        app_cpu = statistics.median(cpu[name])
        print(
            f"{name:<{width}}  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  (its CPU p50 {app_cpu:5.1f} ms)"
            f"  target p50 <= {TARGET_MS:.0f} ms: {verdict}"
        )


if __name__ == "__main__":
    main()
