"""The feeds a story appears in, for the page cache to retire when the story changes."""

from collections.abc import Iterable

from django.utils import translation
from wagtail.models import Site

from caching.locations import Location
from news.models import ArticlePage
from pagecache.invalidation import lists_showing
from syndication.addresses import feed_paths


def story_feed_paths(article: ArticlePage) -> list[str]:
    """The edition's, its section's, each tag's and each author's feed, in every format."""
    with translation.override(article.locale.language_code):
        paths = feed_paths("edition")
        if article.section_id:
            paths += feed_paths("section", article.section.slug)
        for tag in article.tags.all():
            paths += feed_paths("tag", tag.slug)
        for authorship in article.authorships.select_related("author"):
            paths += feed_paths("author", authorship.author.slug)
    return paths


@lists_showing
def feeds(article: ArticlePage) -> Iterable[Location]:
    """On every site: any host serves every edition's feeds (/<lang>/feeds/ is no page of
    one site's tree), and each reads its edition's stories by language."""
    paths = story_feed_paths(article)
    return {Location(root.site_id, path) for root in Site.get_site_root_paths() for path in paths}
