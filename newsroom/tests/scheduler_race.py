"""A helper process for the scheduling race test, run as `python -m newsroom.tests.scheduler_race`.

`prepare N` creates N stories scheduled a few seconds ahead and prints their ids and
the go-live time.
`race START` waits until the Unix time START, runs one scheduling round like a
worker does, and prints how many `page_published` signals it fired per page.
"""

import json
import os
import sys
import time
from collections import Counter
from datetime import timedelta


def setup_django() -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.test")
    django.setup()


def prepare(count: int) -> dict:
    from django.utils import timezone

    from editions.setup import ensure_editions
    from news.tests.factories import make_article, make_section

    home = ensure_editions()["en"]
    section = make_section(home, f"race-{int(time.time() * 1000)}", "Race")
    # Far enough ahead that every story is still only scheduled when the last one is made,
    # even on a busy machine (a go-live already past would publish it at once).
    go_live = timezone.now() + timedelta(seconds=3 + count * 0.25)
    ids = []
    for number in range(count):
        article = make_article(
            section, f"Scheduled story {number}", publish=False, go_live_at=go_live
        )
        article.get_latest_revision().publish()
        ids.append(article.pk)
    if timezone.now() >= go_live:
        raise SystemExit("preparing took longer than the go-live delay; nothing was raced")
    return {"ids": ids, "go_live": go_live.timestamp()}


def race(start_at: float) -> dict[int, int]:
    from wagtail.signals import page_published

    from newsroom.scheduling import run_schedule_once

    fired: Counter[int] = Counter()

    def count(sender, instance, **kwargs):
        fired[instance.pk] += 1

    page_published.connect(count)
    time.sleep(max(0.0, start_at - time.time()))
    run_schedule_once()
    return dict(fired)


if __name__ == "__main__":
    setup_django()
    command, argument = sys.argv[1], sys.argv[2]
    result = prepare(int(argument)) if command == "prepare" else race(float(argument))
    print(json.dumps(result))
