"""The months of each edition's archive that the sitemaps list, kept as stories change.

A month is a calendar month in UTC: a story's month file follows from its publication
time alone, whatever zone the outlet or an edition shows. A finished month's file then
changes only when one of its stories does (an edit, an unpublication, a move).
"""

import logging
from datetime import UTC, date, datetime

from django.db import transaction
from django.db.models import Count, Max, QuerySet
from django.utils import timezone

from crawling.models import SitemapMonth
from news.models import ArticlePage, SectionPage
from news.models.stories import listed_articles

logger = logging.getLogger("crawling")


def month_of(moment: datetime) -> date:
    utc = moment.astimezone(UTC)
    return date(utc.year, utc.month, 1)


def month_bounds(month: date) -> tuple[datetime, datetime]:
    start = datetime(month.year, month.month, 1, tzinfo=UTC)
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return start, datetime(following.year, following.month, 1, tzinfo=UTC)


def edition_articles(locale_id: int) -> QuerySet:
    """The edition's stories readers may see, filtered by its sections (a handful of keys)
    rather than the page's locale: the database then walks a range of the date index and
    joins only those stories, where a locale filter had it read every page of the edition."""
    sections = list(SectionPage.objects.filter(locale_id=locale_id).values_list("pk", flat=True))
    return (
        listed_articles()
        .select_related(None)
        .prefetch_related(None)
        .filter(section_id__in=sections)
    )


def month_articles(locale_id: int, month: date) -> QuerySet:
    """The month's stories, oldest first: one range of the date index."""
    start, end = month_bounds(month)
    return (
        edition_articles(locale_id)
        .filter(published_at__gte=start, published_at__lt=end)
        .order_by("published_at", "pk")
    )


def refresh_month(locale_id: int, month: date, changed_at: datetime | None = None) -> None:
    """Count the month's stories again; its lastmod is the newest change it knows of.

    `changed_at` is when a story left the month (unpublished, deleted, redated): the file
    changed then though no story in it did. The lastmod never goes back, so a crawler
    that read the file after such a change is not told it has not changed since.
    The row is locked first: a concurrent change to the same month waits, then counts
    with this one's story committed.
    """
    with transaction.atomic():
        row = SitemapMonth.objects.select_for_update().filter(locale_id=locale_id, month=month)
        row = row.first()
        totals = month_articles(locale_id, month).aggregate(
            stories=Count("pk"), newest=Max("last_published_at")
        )
        if not totals["stories"]:
            if row is not None:
                row.delete()
            return
        known = [totals["newest"], changed_at, row.last_modified if row else None]
        last_modified = max(moment for moment in known if moment is not None)
        if row is None:
            SitemapMonth.objects.create(
                locale_id=locale_id,
                month=month,
                stories=totals["stories"],
                last_modified=last_modified,
            )
        else:
            row.stories, row.last_modified = totals["stories"], last_modified
            row.save(update_fields=["stories", "last_modified"])


# What of a story its sitemap entry shows: a change to any of these changes its month file.
SHOWN_FIELDS = ("live", "published_at", "last_published_at", "url_path", "locale_id", "title")


def shown_state(article: ArticlePage) -> tuple:
    return tuple(getattr(article, field) for field in SHOWN_FIELDS)


def story_changed(before: tuple | None, article: ArticlePage | None) -> None:
    """Refresh the months a story was and is in, after a change; never fails the change.

    Runs in the change's own transaction (under a savepoint), so the rows are committed
    with the story, before the page cache retires the sitemaps showing them.
    """
    now = timezone.now()
    months: dict[tuple[int, date], datetime | None] = {}
    if before is not None and before[1] is not None:
        months[(before[4], month_of(before[1]))] = now  # it left, moved or changed there
    if article is not None and article.published_at is not None:
        months.setdefault((article.locale_id, month_of(article.published_at)), None)
    for (locale_id, month), changed_at in months.items():
        try:
            refresh_month(locale_id, month, changed_at)
        except Exception:
            logger.exception("Could not count the sitemap month %s of locale %s", month, locale_id)


def rebuild_months() -> int:
    """Every month row counted again from the stories (a migration, a repair); returns how many."""
    pairs = {
        (locale_id, month_of(moment))
        for locale_id, moment in ArticlePage.objects.filter(published_at__isnull=False)
        .values_list("locale_id", "published_at")
        .iterator()
    }
    SitemapMonth.objects.exclude(
        pk__in=[row.pk for row in SitemapMonth.objects.all() if (row.locale_id, row.month) in pairs]
    ).delete()
    for locale_id, month in sorted(pairs):
        refresh_month(locale_id, month)
    return len(pairs)
