"""Deep pages and the admin at scale: `.venv/bin/python bench/pages.py`.

Times, with Django's test client in this one process, uncached renders (the page
cache's pages are retired before each request) of the biggest section's first
page against its deepest pages (and page 1,000 where the section has one), with the
edition's home page for reference, and the Wagtail admin's listings and searches
of that section as a logged-in superuser, all interleaved. Prints the median of
each, and the deep pages' ratio to page 1.

Runs against the database `make bench` fills (BENCH_DATABASE_URL, by default
postgres://postgres@127.0.0.1:5432/masthead_bench; fill it first with `manage.py
migrate`, `load_demo` and `generate_articles 100000`, and `update_index` for the
admin search to search every story). Environment: BENCH_RUNS (default 15),
BENCH_WORDS (the admin searches' words, default "coalition the": a word in one
headline in 32, and one in most).
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
    os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/masthead_bench"),
)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.dev")
RUNS = int(os.environ.get("BENCH_RUNS", "15"))
WORDS = os.environ.get("BENCH_WORDS", "coalition the").split()
BENCH_USER = "bench-admin"


def main() -> None:
    import django
    from django.conf import settings

    # A cache of this process's own: retiring pages here must not touch a dev server's.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    django.setup()
    from django.contrib.auth import get_user_model
    from django.db.models import Count
    from django.test import Client

    from caching.store import invalidate_site
    from news.models import ArticlePage, MonthArchivePage, SectionPage
    from news.pagination import STORIES_PER_PAGE

    settings.DEBUG = False  # no query log: measure what production does
    section = (
        SectionPage.objects.live()
        .annotate(stories=Count("articles"))
        .order_by("-stories", "path")
        .first()
    )
    if section is None or section.stories < 2 * STORIES_PER_PAGE:
        sys.exit("Too few stories: run migrate, load_demo and generate_articles 100000 first.")
    live_stories = ArticlePage.objects.live().filter(section=section).count()
    last = (live_stories + STORIES_PER_PAGE - 1) // STORIES_PER_PAGE
    url = section.url
    on_last = live_stories - (last - 1) * STORIES_PER_PAGE
    pages = {"page 1": f"{url}?page=1"}
    if last >= 1000:
        pages["page 1000"] = f"{url}?page=1000"
    if on_last < STORIES_PER_PAGE:  # the deepest page as long as page 1, for a fair ratio
        pages[f"page {last - 1} (deepest full page)"] = f"{url}?page={last - 1}"
    pages[f"page {last} (last, {on_last} stories)"] = f"{url}?page={last}"
    home = {"home page": url.rstrip("/").rsplit("/", 1)[0] + "/"}

    month = MonthArchivePage.objects.descendant_of(section).order_by("-numchild", "path").first()
    admin = {
        f"admin listing of a month ({month.numchild} stories)": f"/admin/pages/{month.pk}/",
        "admin listing of the section": f"/admin/pages/{section.pk}/",
    }
    for word in WORDS:
        admin[f"admin search ?q={word}"] = f"/admin/pages/search/?q={word}"
        admin[f"admin section listing ?q={word}"] = f"/admin/pages/{section.pk}/?q={word}"

    User = get_user_model()
    user = User.objects.filter(username=BENCH_USER).first()
    if user is None:
        user = User.objects.create_superuser(BENCH_USER, "bench@example.com", None)
    reader = Client(HTTP_HOST="localhost")
    editor = Client(HTTP_HOST="localhost")
    editor.force_login(user)

    def timed(client: Client, path: str) -> float:
        # Retire the page cache's pages only: Wagtail's own caches (site roots,
        # renditions) stay warm, as they are in production.
        invalidate_site()
        started = time.perf_counter()
        response = client.get(path)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            sys.exit(f"{path}: HTTP {response.status_code}")
        return elapsed

    print(f"{section.url_path} ({section.pk}): {live_stories} live stories, {last} pages")
    targets = [(reader, name, path) for name, path in {**pages, **home}.items()]
    targets += [(editor, name, path) for name, path in admin.items()]
    for client, _name, path in targets:  # warm up: templates, renditions, connections
        timed(client, path)
        timed(client, path)
    times: dict[str, list[float]] = {name: [] for _client, name, _path in targets}
    for _ in range(RUNS):
        for client, name, path in targets:
            times[name].append(timed(client, path))

    medians = {name: statistics.median(values) for name, values in times.items()}
    width = max(map(len, medians))
    first = medians["page 1"]
    for name, median in medians.items():
        ratio = f"  ({median / first:.2f}x page 1)" if name in pages and name != "page 1" else ""
        print(f"{name:<{width}}  {median:8.1f} ms{ratio}")


if __name__ == "__main__":
    main()
