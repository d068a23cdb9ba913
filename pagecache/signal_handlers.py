"""Retire cached pages when content changes: exactly a story's lists, or the whole site.

Invalidation runs when the transaction commits, so a reader's request cannot
cache the old version again after it.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from news.models import ArticlePage
from outlet.models import EditionText, OutletSettings
from pagecache import lists  # noqa: F401  (registers the lists)
from pagecache.invalidation import invalidate_story
from pagecache.store import invalidate_site


def page_changed(sender, instance, **kwargs) -> None:
    """A story retires its own lists; any other page (section, home) is in every page's menu."""
    if isinstance(instance.specific_deferred, ArticlePage):
        transaction.on_commit(lambda: invalidate_story(instance.pk))
    else:
        transaction.on_commit(invalidate_site)


def article_deleted(sender, instance, **kwargs) -> None:
    transaction.on_commit(lambda: invalidate_story(instance.pk))


def settings_changed(sender, **kwargs) -> None:
    transaction.on_commit(invalidate_site)


for signal, name in (
    (page_published, "published"),
    (page_unpublished, "unpublished"),
    (post_page_move, "moved"),
):
    signal.connect(page_changed, dispatch_uid=f"pagecache_page_{name}")
post_delete.connect(article_deleted, sender=ArticlePage, dispatch_uid="pagecache_article_deleted")
for model in (OutletSettings, EditionText):
    post_save.connect(settings_changed, sender=model, dispatch_uid=f"pagecache_{model.__name__}")
