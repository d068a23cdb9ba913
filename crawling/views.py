"""The sitemap index, each edition's month, news and list sitemaps, and robots.txt.

The index reuses django.contrib.sitemaps' template and its X-Robots-Tag; the files
under it are written here (crawling.entries says why), with the image, news and
xhtml namespaces its templates lack.
"""

import math
from datetime import UTC, date

from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.http import require_safe

from crawling import entries
from crawling.addresses import SiteAddresses, edition_order, site_addresses
from crawling.models import SitemapMonth
from crawling.urlset import urlset
from outlet.models import OutletSettings

XML = "application/xml; charset=utf-8"


def _edition(request: HttpRequest, language: str) -> SiteAddresses:
    addresses = site_addresses(request)
    if language not in addresses.root_paths or language not in addresses.locale_ids():
        raise Http404("no such edition on this site")
    return addresses


def month_parts(stories: int) -> int:
    return max(1, math.ceil(stories / entries.URLS_PER_FILE))


def month_path(language: str, month: date, part: int = 1) -> str:
    name = f"{month:%Y-%m}" + (f"-{part}" if part > 1 else "")
    return reverse("crawling:month", kwargs={"language": language, "name": name})


def _xml(request: HttpRequest, template: str, context: dict) -> HttpResponse:
    """Rendered with times in UTC, as the months are counted (crawling.months)."""
    with timezone.override(UTC):
        return TemplateResponse(request, template, context, content_type=XML).render()


def _urlset(urls: list[entries.Entry], publication: str = "", language: str = "") -> HttpResponse:
    return HttpResponse(urlset(urls, publication, language), content_type=XML)


@require_safe
@x_robots_tag
def index(request: HttpRequest) -> HttpResponse:
    """Each edition's list and news sitemaps, then its months, newest first."""
    addresses = site_addresses(request)
    months: dict[int, list[SitemapMonth]] = {}
    for row in SitemapMonth.objects.filter(locale_id__in=list(addresses.languages)).order_by(
        "-month"
    ):
        months.setdefault(row.locale_id, []).append(row)
    locale_ids = addresses.locale_ids()
    items = []
    for language in edition_order():
        if language not in addresses.root_paths or language not in locale_ids:
            continue
        rows = months.get(locale_ids[language], [])
        newest = rows and max(row.last_modified for row in rows)
        for name in ("crawling:lists", "crawling:news"):
            location = addresses.origin + reverse(name, kwargs={"language": language})
            items.append(SitemapIndexItem(location, newest or None))
        for row in rows:
            for part in range(1, month_parts(row.stories) + 1):
                location = addresses.origin + month_path(language, row.month, part)
                items.append(SitemapIndexItem(location, row.last_modified))
    return _xml(request, "sitemap_index.xml", {"sitemaps": items})


@require_safe
@x_robots_tag
def month(request: HttpRequest, language: str, name: str) -> HttpResponse:
    """/sitemaps/<lang>/<yyyy>-<mm>.xml, and -2, -3… when a month has more than a file holds."""
    addresses = _edition(request, language)
    year, number, *part = (int(piece) for piece in name.split("-"))
    if not 1 <= number <= 12 or (part and part[0] < 2):
        raise Http404("no such month")
    row = SitemapMonth.objects.filter(
        locale_id=addresses.locale_ids()[language], month=date(year, number, 1)
    ).first()
    part_number = part[0] if part else 1
    if row is None or part_number > month_parts(row.stories):
        raise Http404("no stories that month")
    return _urlset(entries.month_entries(addresses, language, row.month, part_number))


@require_safe
@x_robots_tag
def lists(request: HttpRequest, language: str) -> HttpResponse:
    addresses = _edition(request, language)
    return _urlset(entries.list_entries(addresses, language))


@require_safe
@x_robots_tag
def news(request: HttpRequest, language: str) -> HttpResponse:
    """Google News: the last 48 hours. Not kept by the page cache (`no-cache`): a story
    must leave it when it turns 48 hours old, and no change to any story says when."""
    addresses = _edition(request, language)
    outlet = OutletSettings.for_request(request)
    response = _urlset(entries.news_entries(addresses, language), outlet.outlet_name, language)
    response["Cache-Control"] = "no-cache"
    return response


@require_safe
def robots(request: HttpRequest) -> HttpResponse:
    searches = []
    for language in edition_order():
        with translation.override(language):
            searches.append(reverse("search"))
    context = {
        "searches": searches,
        "sitemap": request.build_absolute_uri(reverse("crawling:index")),
    }
    return TemplateResponse(
        request, "crawling/robots.txt", context, content_type="text/plain; charset=utf-8"
    )
