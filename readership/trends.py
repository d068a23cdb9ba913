"""Views over time, for editors: daily series and the most-read stories of recent days."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Sum

from readership.models import DailyViews

TREND_DAYS = 30


def daily_series(article_ids: list[int], today: date, days: int = TREND_DAYS) -> dict[int, list]:
    """Each article's views per day over the last `days` days, oldest first, zeros included."""
    first = today - timedelta(days=days - 1)
    series = {
        article_id: [(first + timedelta(days=n), 0) for n in range(days)]
        for article_id in article_ids
    }
    rows = DailyViews.objects.filter(article_id__in=article_ids, day__gte=first, day__lte=today)
    for article_id, day, views in rows.values_list("article_id", "day", "views"):
        series[article_id][(day - first).days] = (day, views)
    return series


@dataclass
class StoryViews:
    article: object
    views: int
    series: list


def most_read_since(first: date, today: date, limit: int = 10) -> list[StoryViews]:
    """The stories most read from `first` to `today`, across editions, with their trends."""
    from news.models import ArticlePage

    rows = list(
        DailyViews.objects.filter(day__gte=first, day__lte=today)
        .values("article")
        .annotate(total=Sum("views"))
        .order_by("-total", "-article")[:limit]
    )
    ids = [row["article"] for row in rows]
    articles = ArticlePage.objects.select_related("locale").in_bulk(ids)
    series = daily_series(ids, today)
    return [
        StoryViews(articles[row["article"]], row["total"], series[row["article"]])
        for row in rows
        if row["article"] in articles
    ]
