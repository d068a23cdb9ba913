"""Most-read lists: computed by the worker every few minutes, read by pages in one query.

A request never aggregates views: `refresh_rankings` sums the daily counts (today,
the last seven days) and reads the stored totals (all time) for every edition and
section, and stores the top stories' ids in MostRead. When an edition's lists
change, its cached pages are retired (the lists are on its home and article pages).
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import QuerySet, Sum
from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import Locale

from caching import store
from caching.remembered import remembered, site_of
from news.privacy import private_q
from readership.models import DailyViews, MostRead

LIST_SIZE = 5
PERIOD_DAYS = {MostRead.Period.TODAY: 1, MostRead.Period.WEEK: 7}


def _ranked_ids(period: str, today: date, **scope) -> list[int]:
    from news.models import ArticlePage

    if period == MostRead.Period.ALL_TIME:
        stories = ArticlePage.objects.live().filter(view_count__gt=0, **scope)
        return list(stories.order_by("-view_count", "-pk").values_list("pk", flat=True)[:LIST_SIZE])
    since = today - timedelta(days=PERIOD_DAYS[period] - 1)
    rows = (
        DailyViews.objects.filter(
            day__gte=since,
            day__lte=today,
            article__live=True,
            **{f"article__{field}": value for field, value in scope.items()},
        )
        .values("article")
        .annotate(total=Sum("views"))
        .order_by("-total", "-article")
    )
    return [row["article"] for row in rows[:LIST_SIZE]]


def refresh_rankings(today: date) -> set[str]:
    """Recompute every list; returns the language codes of editions whose lists changed."""
    from news.models import SectionPage

    now = timezone.now()
    stored = {(r.locale_id, r.section_id, r.period): r for r in MostRead.objects.all()}
    changed: set[str] = set()
    for locale in Locale.objects.all():
        scopes = [(None, {"locale": locale})] + [
            (section.pk, {"section": section})
            for section in SectionPage.objects.filter(locale=locale)
        ]
        for section_id, scope in scopes:
            for period in MostRead.Period.values:
                ids = _ranked_ids(period, today, **scope)
                ranking = stored.get((locale.pk, section_id, period))
                if ranking is None:
                    ranking = MostRead(locale=locale, section_id=section_id, period=period)
                elif ranking.article_ids == ids:
                    continue
                ranking.article_ids = ids
                ranking.computed_at = now
                ranking.save()
                changed.add(locale.language_code)
    return changed


@dataclass
class Ranking:
    period: str
    label: str
    stories: list


def most_read(locale_id: int, section_id: int | None = None) -> list[Ranking]:
    """The stored lists for an edition (section_id None) or a section: three queries."""
    from news.models import ArticlePage

    rankings = list(
        MostRead.objects.filter(locale_id=locale_id, section_id=section_id).exclude(article_ids=[])
    )
    wanted = {pk for ranking in rankings for pk in ranking.article_ids}
    stories = {story.pk: story for story in _story_cards(ArticlePage.objects.filter(pk__in=wanted))}
    labels = dict(MostRead.Period.choices)
    order = list(MostRead.Period.values)
    rankings.sort(key=lambda ranking: order.index(ranking.period))
    return [
        Ranking(
            ranking.period,
            labels[ranking.period],
            [stories[pk] for pk in ranking.article_ids if pk in stories],
        )
        for ranking in rankings
    ]


@dataclass(frozen=True)
class StoryLink:
    title: str
    url: str


def most_read_shown(
    locale_id: int, section_id: int | None = None, request: HttpRequest | None = None
) -> list[Ranking]:
    """most_read() as pages show it (titles and links), remembered until the lists change.

    A new ranking (refresh_most_read) and a change to a story on a list
    (readership.signal_handlers) both retire the edition's version. Links are
    relative to the request's site, so its site is part of the key.
    """
    language = remembered(
        ("locale-language", locale_id),
        lambda: Locale.objects.values_list("language_code", flat=True).get(pk=locale_id),
    )

    def read() -> list[Ranking]:
        return [
            Ranking(
                ranking.period,
                ranking.label,
                [StoryLink(story.title, story.get_url(request)) for story in ranking.stories],
            )
            for ranking in most_read(locale_id, section_id)
        ]

    return remembered(
        ("most-read", locale_id, section_id, site_of(request)),
        read,
        also_depends_on=(store.edition_key(language),),
    )


def _story_cards(stories: QuerySet) -> QuerySet:
    return (
        stories.live()
        .exclude(private_q())
        .only("pk", "title", "url_path", "locale_id", "path", "depth")
    )
