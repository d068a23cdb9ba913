"""The API's lists a story appears on, for the page cache to retire (pagecache.invalidation).

One function per list. Every site serves /api/, so each path is retired on all of them;
retiring a path retires every query string under it (caching.store), which is why each
list has a path of its own: a story changes its edition's, section's, tags' and authors'
lists, not every list of the API.
"""

from collections.abc import Iterable

from django.urls import reverse
from wagtail.models import Site

from caching.locations import Location
from news.models import ArticlePage
from pagecache.invalidation import lists_showing
from readership.models import MostRead


def on_every_site(*paths: str) -> set[Location]:
    return {
        Location(site_id, path)
        for site_id in Site.objects.values_list("pk", flat=True)
        for path in paths
    }


def _language(article: ArticlePage) -> str:
    return article.locale.language_code


@lists_showing
def api_story_and_translations(article: ArticlePage) -> Iterable[Location]:
    """The story's own resource, and its translations' (each lists the others)."""
    ids = ArticlePage.objects.filter(translation_key=article.translation_key).values_list(
        "pk", flat=True
    )
    return on_every_site(*(reverse("api_v1:story", args=[pk]) for pk in {article.pk, *ids}))


@lists_showing
def api_edition_stories(article: ArticlePage) -> Iterable[Location]:
    return on_every_site(reverse("api_v1:edition_stories", args=[_language(article)]))


@lists_showing
def api_section_stories(article: ArticlePage) -> Iterable[Location]:
    if not article.section_id:
        return set()
    return on_every_site(
        reverse("api_v1:section_stories", args=[_language(article), article.section_id])
    )


@lists_showing
def api_tag_stories(article: ArticlePage) -> Iterable[Location]:
    language = _language(article)
    return on_every_site(
        *(reverse("api_v1:tag_stories", args=[language, tag.slug]) for tag in article.tags.all())
    )


@lists_showing
def api_author_stories(article: ArticlePage) -> Iterable[Location]:
    language = _language(article)
    return on_every_site(
        *(
            reverse("api_v1:author_stories", args=[language, author_id])
            for author_id in article.authorships.values_list("author_id", flat=True)
        )
    )


@lists_showing
def api_edition_tags(article: ArticlePage) -> Iterable[Location]:
    """The edition's tags: a story's tags, or its going live or away, change the list."""
    return on_every_site(reverse("api_v1:tags", args=[_language(article)]))


@lists_showing
def api_search(article: ArticlePage) -> Iterable[Location]:
    return on_every_site(reverse("api_v1:search", args=[_language(article)]))


@lists_showing
def api_most_read(article: ArticlePage) -> Iterable[Location]:
    """The edition's most-read lists when the story is on one of them (a new ranking
    retires them too: api.signal_handlers)."""
    rankings = MostRead.objects.filter(locale_id=article.locale_id).values_list(
        "article_ids", flat=True
    )
    if not any(article.pk in ids for ids in rankings):
        return set()
    return on_every_site(reverse("api_v1:most_read", args=[_language(article)]))
