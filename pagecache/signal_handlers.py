"""Retire cached pages when content changes: exactly a story's lists, or the whole site.

Invalidation runs when the transaction commits, so a reader's request cannot
cache the old version again after it.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site, get_page_models
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


def page_moved(sender, instance, **kwargs) -> None:
    """As page_changed; and a view restriction on the moved page or under it has a new
    tree path, which what every page remembers of restrictions holds (news.privacy)."""
    page_changed(sender, instance, **kwargs)
    if PageViewRestriction.objects.filter(page__path__startswith=instance.path).exists():
        transaction.on_commit(invalidate_site)


def page_deleted(sender, instance, **kwargs) -> None:
    """A story retires its own lists; any other page may be in every page's menu."""
    if isinstance(instance, ArticlePage):
        transaction.on_commit(lambda: invalidate_story(instance.pk))
    else:
        transaction.on_commit(invalidate_site)


def settings_changed(sender, **kwargs) -> None:
    transaction.on_commit(invalidate_site)


for signal, name in ((page_published, "published"), (page_unpublished, "unpublished")):
    signal.connect(page_changed, dispatch_uid=f"pagecache_page_{name}")
post_page_move.connect(page_moved, dispatch_uid="pagecache_page_moved")
# Per specific page model: not wagtailcore's Page, whose row every deleted page also has
# (a story would retire the site), nor every model (a receiver for all would turn off
# Django's fast deletes everywhere, readership's old rows included).
for model in get_page_models():
    if model is not Page:
        post_delete.connect(
            page_deleted, sender=model, dispatch_uid=f"pagecache_{model.__name__}_deleted"
        )
# Changes every page may show, or that decide who may see a page and what lists show:
# a view restriction added to a cached story must take its copy away at once.
for model in (OutletSettings, EditionText, PageViewRestriction, Site, Locale):
    for signal, event in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            settings_changed, sender=model, dispatch_uid=f"pagecache_{model.__name__}_{event}"
        )
