"""Retiring the API's lists that change without a story changing: a new most-read ranking
(the worker's, every few minutes) and an edited author."""

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import reverse

from api.lists import on_every_site
from caching import store
from news.models import Author
from pagecache import edge
from readership.models import MostRead

logger = logging.getLogger("api")


def retire_on_commit(*paths: str) -> None:
    def retire() -> None:
        try:
            locations = on_every_site(*paths)
            store.invalidate_locations(locations)
            edge.refresh_later(locations)
        except Exception:  # the ranking or the author is saved; their lists expire anyway
            logger.warning("Could not retire the API's lists %s", paths, exc_info=True)

    transaction.on_commit(retire)


def ranking_saved(sender, instance: MostRead, **kwargs) -> None:
    retire_on_commit(reverse("api_v1:most_read", args=[instance.locale.language_code]))


def author_changed(sender, instance: Author, **kwargs) -> None:
    language = instance.locale.language_code
    retire_on_commit(
        reverse("api_v1:authors", args=[language]),
        reverse("api_v1:author_stories", args=[language, instance.pk]),
    )


post_save.connect(ranking_saved, sender=MostRead, dispatch_uid="api_most_read_saved")
for signal, event in ((post_save, "saved"), (post_delete, "deleted")):
    signal.connect(author_changed, sender=Author, dispatch_uid=f"api_author_{event}")
