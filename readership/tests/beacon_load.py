"""A helper process for the concurrent counting tests: `python -m readership.tests.beacon_load`.

Against whatever DATABASE_URL and READERSHIP_REDIS_URL say, it publishes one story,
sends beacons for it from THREADS threads as READERS distinct readers each (the
beacon view, as the URLconf calls it), moves what Redis holds into the database as
the worker does, and prints JSON: how many beacons were acknowledged as counted, how
many requests failed, and the total the database holds.
"""

import json
import os
import sys
import threading
import time


def send_beacons(article_id: int, threads: int, readers: int) -> tuple[int, int]:
    """Beacons from `threads` threads, `readers` distinct readers each: (acknowledged, failed)."""
    from django.db import connections
    from django.test import RequestFactory

    from readership import views

    factory = RequestFactory()
    acknowledged = [0] * threads
    failed = [0] * threads

    def read_as(thread: int) -> None:
        try:
            for reader in range(readers):
                request = factory.post(
                    "/readership/read",
                    data=json.dumps({"article": article_id}),
                    content_type="application/json",
                    HTTP_USER_AGENT=(
                        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        f"Chrome/131.0.{thread}.{reader} Safari/537.36"
                    ),
                    REMOTE_ADDR=f"10.{thread}.{reader // 256}.{reader % 256}",
                )
                if views.read(request).status_code == 202:
                    acknowledged[thread] += 1
                else:
                    failed[thread] += 1
        finally:
            connections.close_all()

    workers = [threading.Thread(target=read_as, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return sum(acknowledged), sum(failed)


def main(threads: int, readers: int) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.test")
    django.setup()
    from editions.setup import ensure_editions
    from news.models import ArticlePage
    from news.tests.factories import make_article, make_section
    from readership.upkeep import flush_counters

    home = ensure_editions()["en"]
    section = make_section(home, f"load-{int(time.time() * 1000)}", "Load")
    article = make_article(section, f"Read by many {time.time()}")
    acknowledged, failed = send_beacons(article.pk, threads, readers)
    while flush_counters():
        pass
    article = ArticlePage.objects.get(pk=article.pk)
    return {
        "acknowledged": acknowledged,
        "failed": failed,
        "stored": article.view_count,
        "daily": sum(article.daily_views.values_list("views", flat=True)),
    }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]), int(sys.argv[2]))))
