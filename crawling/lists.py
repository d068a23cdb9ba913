"""The sitemap files a story appears in, for the page cache to retire when it changes."""

from collections.abc import Iterable

from django.urls import reverse

from caching.locations import Location, site_ids_of
from crawling.models import SitemapMonth
from crawling.months import month_of
from crawling.views import month_parts, month_path
from news.models import ArticlePage
from pagecache.invalidation import lists_showing


@lists_showing
def sitemaps(article: ArticlePage) -> Iterable[Location]:
    """The index (its months' lastmod), the story's month file and those of its translations
    (their hreflang links name it), its edition's news and list sitemaps (the home's and
    section's lastmod is their newest story's)."""
    translations = ArticlePage.objects.filter(
        translation_key=article.translation_key, published_at__isnull=False
    ).values_list("locale__language_code", "locale_id", "published_at")
    paths = {reverse("crawling:index")}
    language = article.locale.language_code
    paths.add(reverse("crawling:news", kwargs={"language": language}))
    paths.add(reverse("crawling:lists", kwargs={"language": language}))
    for code, locale_id, published_at in translations:
        month = month_of(published_at)
        row = SitemapMonth.objects.filter(locale_id=locale_id, month=month).first()
        for part in range(1, month_parts(row.stories if row else 0) + 1):
            paths.add(month_path(code, month, part))
    return {Location(site_id, path) for site_id in site_ids_of(article) for path in paths}
