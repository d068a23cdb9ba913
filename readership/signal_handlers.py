"""A story on a most-read list changed (edited, unpublished, moved, deleted): its edition's
pages show that list, so they are retired, as pagecache does for the story's own lists."""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished, post_page_move

from news.models import ArticlePage
from readership.models import MostRead


def _languages_listing(article_id: int) -> set[str]:
    # A few dozen small rows; JSON containment lookups are not available on SQLite.
    rankings = MostRead.objects.values_list("locale__language_code", "article_ids")
    return {language for language, ids in rankings if article_id in ids}


def story_changed(sender, instance, **kwargs) -> None:
    if not isinstance(instance.specific_deferred, ArticlePage):  # a move sends a plain Page
        return
    from pagecache.retries import invalidate_on_commit

    # Each edition on its own: a cache that fails retires it later (a retry), never
    # failing the editor's publish or skipping the other editions.
    for language in _languages_listing(instance.pk):
        invalidate_on_commit("edition", language)


page_published.connect(story_changed, dispatch_uid="readership_published")
page_unpublished.connect(story_changed, dispatch_uid="readership_unpublished")
post_page_move.connect(story_changed, dispatch_uid="readership_moved")
post_delete.connect(story_changed, sender=ArticlePage, dispatch_uid="readership_deleted")
