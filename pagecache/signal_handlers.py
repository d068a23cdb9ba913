"""Retire cached pages when content changes: exactly a story's lists, or the whole site.

Invalidation runs when the transaction commits, so a reader's request cannot
cache the old version again after it; one that fails is retried (pagecache.retries)
and never fails the change that caused it.
"""

import logging

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from caching.locations import page_locations
from news.models import ArticlePage
from outlet.models import EditionText, OutletSettings
from pagecache import (
    edge,
    lists,  # noqa: F401  (registers the lists)
)
from pagecache.retries import invalidate_on_commit

logger = logging.getLogger("pagecache")


def page_changed(sender, instance, **kwargs) -> None:
    """A story retires its own lists; any other page (section, home) is in every page's menu."""
    if isinstance(instance.specific_deferred, ArticlePage):
        invalidate_on_commit("story", instance.pk)
    else:
        invalidate_on_commit("site")


def page_moved(sender, instance, parent_page_before=None, parent_page_after=None, **kwargs):
    """As page_changed; and, when a view restriction is on the moved page or near it, the
    site: lists remember restricted pages by tree path (news.privacy), and a move changes
    the paths of the moved subtree and of the siblings it is put before (a reorder)."""
    page_changed(sender, instance, **kwargs)
    subtrees = [page.path for page in (instance, parent_page_before, parent_page_after) if page]
    near = Q()
    for path in subtrees:
        near |= Q(page__path__startswith=path)
    if PageViewRestriction.objects.filter(near).exists():
        invalidate_on_commit("site")


def page_deleted(sender, instance, **kwargs) -> None:
    """A story retires its own lists; any other page may be in every page's menu."""
    if isinstance(instance, ArticlePage):
        invalidate_on_commit("story", instance.pk, instance.section_id)
    else:
        invalidate_on_commit("site")


def image_changed(sender, instance, created=False, update_fields=None, **kwargs) -> None:
    """An image's new file, crop or focal point shows wherever it is: retire the site.

    A new image shows nowhere yet; Wagtail's own bookkeeping (file size and hash,
    filled in later) changes nothing readers see.
    """
    if created or (update_fields and set(update_fields) <= {"file_size", "file_hash"}):
        return
    invalidate_on_commit("site")


def settings_changed(sender, **kwargs) -> None:
    invalidate_on_commit("site")


# Pages refreshed in nginx at once when a restriction on them changes; a bigger subtree's
# remaining pages leave nginx's cache when their copies expire (a second).
RESTRICTED_PAGES_REFRESHED = 200


def restriction_changed(sender, instance, **kwargs) -> None:
    """A story put behind a view restriction must not be served from nginx's copy: the
    site's version bump retires the app's copies, but nginx's cannot be named by it."""
    page_id = instance.page_id

    def refresh() -> None:
        try:
            page = Page.objects.filter(pk=page_id).first()
            if page is None:
                return
            pages = Page.objects.descendant_of(page, inclusive=True).live().order_by("path")
            edge.refresh_later(
                {
                    location
                    for p in pages[:RESTRICTED_PAGES_REFRESHED]
                    for location in page_locations(p)
                }
            )
        except Exception:  # nginx's copies expire within a second anyway; never the editor's
            logger.warning("Could not refresh nginx's copies under page %s", page_id, exc_info=True)

    transaction.on_commit(refresh)


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
for signal, event in ((post_save, "saved"), (post_delete, "deleted")):
    signal.connect(
        restriction_changed,
        sender=PageViewRestriction,
        dispatch_uid=f"pagecache_restriction_{event}_edge",
    )
# Images: story cards, covers and renditions in cached pages and remembered cards.
Image = get_image_model()
post_save.connect(image_changed, sender=Image, dispatch_uid="pagecache_image_saved")
post_delete.connect(image_changed, sender=Image, dispatch_uid="pagecache_image_deleted")
