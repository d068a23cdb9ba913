"""What readership keeps: daily views per article, recent readers (hashed), rankings.

The article's all-time total is `news.ArticlePage.view_count`, kept beside the
daily rows and only ever changed by atomic increments (see readership.counting).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DailyViews(models.Model):
    article = models.ForeignKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="daily_views"
    )
    day = models.DateField(_("day"))
    views = models.PositiveBigIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("daily views")
        verbose_name_plural = _("daily views")
        constraints = [
            models.UniqueConstraint(fields=["article", "day"], name="readership_daily_article_day")
        ]
        # "Most read today/this week" sums one day range across articles.
        indexes = [models.Index(fields=["day", "article"], name="readership_daily_day")]

    def __str__(self) -> str:
        return f"{self.article_id} on {self.day}: {self.views}"


class RecentRead(models.Model):
    """A reader who was counted for an article within the deduplication window.

    `reader` is a keyed hash of the reader's address and user agent, `client` of their
    address's client (an IPv6 /64 as one, for the per-minute limit), under a key that
    is replaced every day; the raw values are never stored. Used when counting goes
    to the database (the embedded default, or production while Redis is away).
    """

    reader = models.CharField(max_length=32)
    client = models.CharField(max_length=32, default="")
    article_id = models.BigIntegerField()
    counted_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["reader", "article_id"], name="readership_recent_reader"
            )
        ]
        indexes = [
            models.Index(fields=["counted_at"], name="readership_recent_counted_at"),
            # The per-minute limit counts a client's reads of the last minute.
            models.Index(fields=["client", "counted_at"], name="readership_recent_client"),
        ]

    def __str__(self) -> str:
        return f"a reader of {self.article_id} at {self.counted_at}"


class DailyKey(models.Model):
    """The day's random key for hashing readers. Deleted after two days, so old hashes
    cannot be linked to anyone, even by someone holding the database and SECRET_KEY."""

    day = models.DateField(primary_key=True)
    secret = models.CharField(max_length=64)

    def __str__(self) -> str:
        return f"the key of {self.day}"


class FlushedBatch(models.Model):
    """A batch of counts moved from Redis into the database, recorded in the same
    transaction, so a worker that crashes mid-move never applies a batch twice."""

    batch_id = models.CharField(max_length=32, primary_key=True)
    flushed_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.batch_id


class MostRead(models.Model):
    """A ranking the worker computed: the most-read stories of an edition or a section."""

    class Period(models.TextChoices):
        TODAY = "today", _("Today")
        WEEK = "week", _("This week")
        ALL_TIME = "all", _("All time")

    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    section = models.ForeignKey(
        "news.SectionPage", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    period = models.CharField(max_length=8, choices=Period.choices)
    article_ids = models.JSONField(default=list)
    computed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "period"],
                condition=models.Q(section__isnull=True),
                name="readership_mostread_edition",
            ),
            models.UniqueConstraint(
                fields=["locale", "section", "period"],
                condition=models.Q(section__isnull=False),
                name="readership_mostread_section",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.period} in {self.section_id or self.locale_id}: {self.article_ids}"
