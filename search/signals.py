"""Every change that can change what readers find queues the story's indexing.

Connected in SearchConfig.ready(): the content model knows nothing of search. A queuing
failure is logged, never the editor's problem; the next save or a rebuild catches up.
"""

import logging
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from news.models import ArticlePage

logger = logging.getLogger("search")


def queue(article_ids: list[int]) -> None:
    from search.tasks import index_story_task

    for article_id in article_ids:
        try:
            index_story_task.enqueue(article_id)
        except Exception:
            logger.exception("Could not queue the indexing of story %s", article_id)


def queue_on_commit(article_ids: list[int]) -> None:
    transaction.on_commit(partial(queue, article_ids))


def story_changed(sender, instance, **kwargs) -> None:
    if kwargs.get("raw"):
        return
    queue_on_commit([instance.pk])


def story_deleted(sender, instance, **kwargs) -> None:
    # The document goes with the story's row (a cascade); this covers a deletion that
    # skips it, and costs one indexing of nothing.
    queue_on_commit([instance.pk])


def stories_under_changed(sender, instance, **kwargs) -> None:
    """A view restriction or a move: every story under the page may have changed."""
    page = getattr(instance, "page", instance)
    ids = list(ArticlePage.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))
    queue_on_commit(ids)


def connect() -> None:
    post_save.connect(story_changed, sender=ArticlePage, dispatch_uid="search_story_saved")
    post_delete.connect(story_deleted, sender=ArticlePage, dispatch_uid="search_story_deleted")
    for signal, name in ((page_published, "published"), (page_unpublished, "unpublished")):
        signal.connect(story_changed, sender=ArticlePage, dispatch_uid=f"search_story_{name}")
    post_page_move.connect(stories_under_changed, dispatch_uid="search_page_moved")
    for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            stories_under_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search_restriction_{name}",
        )
