"""What each sitemap file lists: one Entry per address, read in a fixed number of queries.

django.contrib.sitemaps' Sitemap class gives alternates for Django's own i18n (one
route reversed in each language); Wagtail's translations have their own slugs and
may be missing in an edition, so the alternates are found here by translation key.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Exists, OuterRef, QuerySet, Subquery
from django.utils import timezone
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from crawling.addresses import SiteAddresses
from crawling.months import edition_articles, month_articles
from news.models import ArticleTag, AuthorIndexPage, SectionPage, TagIndexPage
from news.models.people import Author
from news.models.stories import listed_articles
from news.privacy import private_q

logger = logging.getLogger("crawling")

URLS_PER_FILE = 50_000  # the sitemap protocol's limit for one file
NEWS_WINDOW = timedelta(hours=48)  # Google News reads stories of the last two days
NEWS_LIMIT = 1_000  # and at most this many in one news sitemap
# The whole picture (not a crop), wide enough for Google Images' large previews.
IMAGE_RENDITION = "width-1200"


@dataclass
class Entry:
    location: str
    lastmod: datetime | None = None
    alternates: list[tuple[str, str]] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    title: str = ""
    published: datetime | None = None


def _alternates(addresses: SiteAddresses, versions: dict[str, str]) -> list[tuple[str, str]]:
    """hreflang links: every translation the site serves (itself included), then x-default,
    the default edition's version or, without one, the first edition's that exists."""
    ordered = [(code, versions[code]) for code in addresses.order if code in versions]
    if not ordered:
        return []
    return [*ordered, ("x-default", ordered[0][1])]


def _translations(addresses: SiteAddresses, keys: set, visible: QuerySet) -> dict:
    """translation key → {language: absolute URL} for the visible pages with those keys."""
    found: dict = {}
    rows = visible.filter(translation_key__in=keys).values_list(
        "translation_key", "locale_id", "url_path"
    )
    for key, locale_id, url_path in rows:
        language = addresses.languages.get(locale_id)
        url = addresses.page_url(url_path, language) if language else None
        if url:
            found.setdefault(key, {})[language] = url
    return found


def _cover_urls(addresses: SiteAddresses, image_ids: set[int]) -> dict[int, str]:
    """image id → absolute URL of its IMAGE_RENDITION, made where missing (once per image).

    Read as rows in one query: Wagtail's get_rendition() per image also reads and
    writes its rendition cache, most of a month file's time when every story has a cover.
    """
    Image = get_image_model()
    renditions = Image.get_rendition_model().objects.filter(
        image_id__in=image_ids, filter_spec=IMAGE_RENDITION
    )
    urls = {rendition.image_id: rendition.url for rendition in renditions}
    for image in Image.objects.filter(pk__in=image_ids - set(urls)):
        try:
            urls[image.pk] = image.get_rendition(IMAGE_RENDITION).url
        except (SourceImageIOError, OSError):  # a missing file leaves the entry without one
            logger.warning("No rendition of image %s for the sitemap", image.pk, exc_info=True)
    return {
        key: url if url.startswith(("http://", "https://")) else addresses.origin + url
        for key, url in urls.items()
    }


def _story_entries(addresses: SiteAddresses, language: str, stories: QuerySet) -> list[Entry]:
    # Rows, not pages: a page instance (modelcluster's) costs more to build than its row to read.
    rows = list(
        stories.values_list(
            "title",
            "url_path",
            "translation_key",
            "published_at",
            "last_published_at",
            "cover_image_id",
        )
    )
    translations = _translations(addresses, {row[2] for row in rows}, _visible_pages())
    covers = _cover_urls(addresses, {row[5] for row in rows if row[5]})
    entries = []
    for title, url_path, key, published_at, last_published_at, cover_id in rows:
        location = addresses.page_url(url_path, language)
        if location is None:
            continue
        cover = covers.get(cover_id)
        entries.append(
            Entry(
                location=location,
                lastmod=last_published_at or published_at,
                alternates=_alternates(addresses, translations.get(key, {language: location})),
                images=[cover] if cover else [],
                title=title,
                published=published_at,
            )
        )
    return entries


def month_entries(addresses: SiteAddresses, language: str, month, part: int) -> list[Entry]:
    """One part (of URLS_PER_FILE stories) of an edition's month, oldest first."""
    locale_id = addresses.locale_ids()[language]
    start = (part - 1) * URLS_PER_FILE
    stories = month_articles(locale_id, month)[start : start + URLS_PER_FILE]
    return _story_entries(addresses, language, stories)


def news_entries(addresses: SiteAddresses, language: str) -> list[Entry]:
    """The edition's stories of the last NEWS_WINDOW, newest first, at most NEWS_LIMIT."""
    now = timezone.now()
    stories = (
        edition_articles(addresses.locale_ids()[language])
        .filter(published_at__gt=now - NEWS_WINDOW, published_at__lte=now)
        .order_by("-published_at", "-pk")[:NEWS_LIMIT]
    )
    found = _story_entries(addresses, language, stories)
    # The sitemap schema wants one <url> at least: a quiet edition lists its home page,
    # without news tags, rather than serve a file no validator accepts.
    home = addresses.page_url(addresses.root_paths[language], language)
    return found or [Entry(home)]


def _visible_pages() -> QuerySet:
    return Page.objects.live().exclude(private_q())


def list_entries(addresses: SiteAddresses, language: str) -> list[Entry]:
    """The edition's home, sections, tag and author pages: where its lists of stories are.

    The home's lastmod is its newest story's; a section's, its newest story's (one look
    into the section's list index each). Tags and authors show none: no index gives a
    tag's newest story without reading all of the tag's stories.
    """
    locale_id = addresses.locale_ids()[language]
    root = addresses.root_paths[language]
    stories = listed_articles().select_related(None).prefetch_related(None)
    newest = edition_articles(locale_id).order_by("-published_at")
    home = _visible_pages().filter(url_path=root, locale_id=locale_id).first()
    newest_of_section = stories.filter(section=OuterRef("pk")).order_by("-published_at")
    sections = list(
        SectionPage.objects.live()
        .exclude(private_q())
        .filter(locale_id=locale_id, url_path__startswith=root)
        .order_by("path")
        .only("url_path", "translation_key")
        .annotate(newest=Subquery(newest_of_section.values("last_published_at")[:1]))
    )
    pages = ([home] if home else []) + sections
    translations = _translations(
        addresses, {page.translation_key for page in pages}, _visible_pages()
    )
    entries = []
    for page, lastmod in [(home, newest.values_list("last_published_at", flat=True).first())] + [
        (section, section.newest) for section in sections
    ]:
        if page is None:
            continue
        location = addresses.page_url(page.url_path, language)
        versions = translations.get(page.translation_key, {language: location})
        entries.append(Entry(location, lastmod, _alternates(addresses, versions)))
    entries += _index_entries(addresses, language, locale_id)
    return entries[:URLS_PER_FILE]


def _index_entries(addresses: SiteAddresses, language: str, locale_id: int) -> list[Entry]:
    """Tag and author pages with at least one of the edition's visible stories."""
    entries = []
    stories = listed_articles().select_related(None).prefetch_related(None)
    tag_index = _visible_pages().type(TagIndexPage).filter(locale_id=locale_id).specific().first()
    if tag_index is not None:
        used = ArticleTag.objects.filter(
            tag=OuterRef("pk"),
            content_object__in=edition_articles(locale_id).values("pk"),
        )
        base = addresses.page_url(tag_index.url_path, language)
        for slug in (
            Tag.objects.filter(Exists(used)).order_by("slug").values_list("slug", flat=True)
        ):
            entries.append(Entry(f"{base}{tag_index.reverse_subpage('tag', args=[slug])}"))
    author_index = (
        _visible_pages().type(AuthorIndexPage).filter(locale_id=locale_id).specific().first()
    )
    if author_index is not None:
        signed = stories.filter(authorships__author=OuterRef("pk"))
        base = addresses.page_url(author_index.url_path, language)
        authors = Author.objects.filter(Exists(signed), locale_id=locale_id).order_by("slug")
        for slug in authors.values_list("slug", flat=True):
            route = author_index.reverse_subpage("author", args=[slug])
            entries.append(Entry(f"{base}{route}"))
    return entries
