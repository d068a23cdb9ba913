"""A feed entry's full content: the story's body as sanitised HTML with absolute URLs.

The reader site's block templates are not reused: they draw responsive images (srcset,
lazy loading, CSS classes) and embedded players that feed readers drop or cannot load.
A feed gets plain figures, quotes and links. Bodies are read from the stream's raw
data so that the images and the page links of all a feed's stories are read at once:
rendering each story's StreamField on its own costs queries per story.
"""

import html
import re
import secrets
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urljoin

import nh3
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.rich_text import expand_db_html, features
from wagtail.rich_text.pages import PageLinkHandler
from wagtail.rich_text.rewriters import LinkRewriter

from news.models import ArticlePage

# Characters XML 1.0 cannot carry at all: a feed holding one is not a feed.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
BODY_IMAGE_RENDITION = "width-1200"
ALLOWED_TAGS = {
    "p", "br", "a", "b", "strong", "i", "em", "sup", "sub", "h2", "h3", "ol", "ul", "li",
    "blockquote", "figure", "figcaption", "img", "footer",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt", "width", "height"}}
URL_ATTRIBUTES = {("a", "href"), ("img", "src")}


def xml_text(text: str) -> str:
    """Text as XML can hold it: without the control characters it forbids."""
    return CONTROL_CHARACTERS.sub("", text or "")


def sanitised(fragment: str, base_url: str) -> str:
    """Only the tags a feed entry needs, every link and image made absolute against `base_url`.

    nh3 (Ammonia) drops scripts, styles, event handlers and `javascript:` URLs whatever
    the body holds; its attribute filter is where relative URLs are joined to the site.
    """

    def absolute(tag: str, attribute: str, value: str) -> str | None:
        if (tag, attribute) in URL_ATTRIBUTES:
            return urljoin(base_url, value)
        return value

    return nh3.clean(
        xml_text(fragment),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=absolute,
        url_schemes={"http", "https", "mailto"},
        link_rel=None,
    )


def story_bodies(articles: Iterable[ArticlePage], base_url: str) -> dict[int, str]:
    """Each story's body as a feed shows it, by story id, in a fixed number of queries."""
    articles = list(articles)
    streams = {article.pk: list(article.body.raw_data) for article in articles}
    image_ids = {
        block["value"].get("image")
        for stream in streams.values()
        for block in stream
        if block.get("type") == "image" and isinstance(block.get("value"), dict)
    }
    images = get_image_model().objects.prefetch_renditions().in_bulk(image_ids - {None})
    parts = {pk: [_block_html(block, images) for block in stream] for pk, stream in streams.items()}
    expanded = _expand_rich_text(parts)
    return {pk: sanitised("".join(expanded[pk]), base_url) for pk in parts}


def _block_html(block: dict, images: dict) -> str:
    """One block of the body, as HTML; rich text is still in Wagtail's stored form."""
    value = block.get("value")
    kind = block.get("type")
    if kind == "paragraph" and isinstance(value, str):
        return value
    if kind == "quote" and isinstance(value, dict):
        attribution = value.get("attribution") or ""
        footer = f"<footer>{html.escape(attribution)}</footer>" if attribution else ""
        text = html.escape(value.get("text") or "").replace("\n", "<br>")
        return f"<blockquote><p>{text}</p>{footer}</blockquote>"
    if kind == "image" and isinstance(value, dict):
        return _figure(images.get(value.get("image")), value)
    if kind == "embed" and isinstance(value, str) and value:
        url = html.escape(value)
        return f'<p><a href="{url}">{url}</a></p>'
    return ""


def _figure(image, value: dict) -> str:
    if image is None:
        return ""
    rendition = image.get_rendition(BODY_IMAGE_RENDITION)
    caption = " ".join(filter(None, [value.get("caption"), value.get("credit")]))
    figcaption = f"<figcaption>{html.escape(caption)}</figcaption>" if caption else ""
    return (
        f'<figure><img src="{html.escape(rendition.url)}" alt="{html.escape(image.title)}" '
        f'width="{rendition.width}" height="{rendition.height}">{figcaption}</figure>'
    )


def _expand_rich_text(parts: dict[int, list[str]]) -> dict[int, list[str]]:
    """Wagtail's links to pages and documents made into real links, for all stories at once.

    expand_db_html reads every page a string links to in one query; one string for the
    whole feed, cut apart again at a separator no body can contain (a fresh random one).
    """
    separator = f"<hr data-feed-part='{secrets.token_hex(16)}'>"
    keys = [(pk, index) for pk, blocks in parts.items() for index in range(len(blocks))]
    if not keys:
        return {pk: [] for pk in parts}
    pieces = _expand(separator.join(parts[pk][index] for pk, index in keys)).split(separator)
    if len(pieces) != len(keys):  # the separator was rewritten after all: one at a time
        pieces = [_expand(parts[pk][index]) for pk, index in keys]
    expanded: dict[int, list[str]] = {pk: [] for pk in parts}
    for (pk, _index), piece in zip(keys, pieces, strict=True):
        expanded[pk].append(piece)
    return expanded


def _expand(fragment: str) -> str:
    return expand_db_html(_link_rewriter()(fragment))


@lru_cache(maxsize=1)
def _link_rewriter() -> LinkRewriter:
    """Wagtail's link rules, but for pages one that finds the active locale once.

    Wagtail's page rule asks each linked page for its translation (Page.localized),
    which reads the active locale again for every link: a query per link, so per story.
    """
    rules = {
        kind: handler.expand_db_attributes_many
        for kind, handler in features.get_link_types().items()
    }
    rules["page"] = _page_links
    return LinkRewriter(bulk_rules=rules)


def _page_links(attrs_list: list[dict]) -> list[str]:
    """Links to pages, to their live translation in the active language as Wagtail's are."""
    pages = PageLinkHandler.get_many(attrs_list)
    try:
        locale = Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        locale = None
    others = {
        page.translation_key for page in pages if page and locale and page.locale_id != locale.id
    }
    translations = (
        {
            page.translation_key: page
            for page in Page.objects.live().filter(locale=locale, translation_key__in=others)
        }
        if others
        else {}
    )
    return [
        f'<a href="{escape(translations.get(page.translation_key, page).url)}">' if page else "<a>"
        for page in pages
    ]
