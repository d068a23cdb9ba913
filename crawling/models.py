from django.db import models


class SitemapMonth(models.Model):
    """How many of an edition's stories were published in a month (UTC), and when the
    month's sitemap last changed.

    The sitemap index lists every month of every edition with its lastmod: read from
    these rows (a few hundred), not aggregated over the archive on each request.
    crawling.months keeps them as stories are published, edited, moved or deleted.
    """

    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    month = models.DateField()  # its first day
    stories = models.PositiveIntegerField()
    last_modified = models.DateTimeField()

    # Not in the admin: nothing here is for editors, so its names are not translated.
    class Meta:
        ordering = ["locale", "month"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "month"], name="crawling_month_per_locale")
        ]

    def __str__(self) -> str:
        return f"{self.locale_id} {self.month:%Y-%m}"
