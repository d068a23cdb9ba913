"""Keep the sitemap months (crawling.months) as stories change: the state a story's
entry shows is read before each save and compared after it."""

from django.db.models.signals import post_delete, post_save, pre_save
from django.utils import timezone
from wagtail.signals import post_page_move

from crawling.months import SHOWN_FIELDS, month_of, refresh_month, shown_state, story_changed
from news.models import ArticlePage


def remember_shown_state(sender, instance: ArticlePage, raw=False, **kwargs) -> None:
    if raw or instance.pk is None:
        instance._sitemap_before = None
        return
    instance._sitemap_before = (
        ArticlePage.objects.filter(pk=instance.pk).values_list(*SHOWN_FIELDS).first()
    )


def story_saved(sender, instance: ArticlePage, raw=False, **kwargs) -> None:
    before = getattr(instance, "_sitemap_before", None)
    after = shown_state(instance)
    if raw or before == after or not (instance.live or (before and before[0])):
        return  # a draft saved, or a change to something no sitemap shows
    story_changed(before if before and before[0] else None, instance)


def story_deleted(sender, instance: ArticlePage, **kwargs) -> None:
    if instance.live:
        story_changed(shown_state(instance), None)


def story_moved(sender, instance, **kwargs) -> None:
    """A move changes the story's address (and its translations' alternates), not its month."""
    article = instance.specific_deferred
    if isinstance(article, ArticlePage) and article.live and article.published_at:
        refresh_month(article.locale_id, month_of(article.published_at), timezone.now())


pre_save.connect(remember_shown_state, sender=ArticlePage, dispatch_uid="crawling_story_before")
post_save.connect(story_saved, sender=ArticlePage, dispatch_uid="crawling_story_saved")
post_delete.connect(story_deleted, sender=ArticlePage, dispatch_uid="crawling_story_deleted")
post_page_move.connect(story_moved, dispatch_uid="crawling_story_moved")
