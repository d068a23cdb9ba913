"""A story's body for apps: typed blocks, and the same blocks as one sanitised HTML string.

Paragraphs are Wagtail rich text: expand_db_html turns its stored links and embeds into
HTML, and nh3 (Ammonia's allow-list) then keeps only plain markup, whatever an import or an
old revision put there. URLs are made absolute: an app has no page to resolve them against.
"""

from functools import partial
from urllib.parse import urljoin

import nh3
from django.http import HttpRequest
from django.utils.html import format_html, strip_tags
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.rich_text import expand_db_html

from api.images import image_data

ALLOWED_TAGS = {
    "p", "a", "b", "strong", "i", "em", "sup", "sub", "h2", "h3", "ol", "ul", "li", "br",
    "blockquote", "footer", "figure", "figcaption", "img",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "srcset", "width", "height", "alt"}}
URL_ATTRIBUTES = {("a", "href"), ("img", "src")}
WORDS_PER_MINUTE = 200


def _absolute(base: str, tag: str, attribute: str, value: str) -> str | None:
    if (tag, attribute) in URL_ATTRIBUTES:
        return urljoin(base, value)
    return value


def sanitise(html: str, request: HttpRequest) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener",
        attribute_filter=partial(_absolute, request.build_absolute_uri("/")),
    )


def _stored_embeds(body) -> dict[str, Embed]:
    """The body's embeds as Wagtail stored them, in one query; none is fetched from the
    provider here (an app's request must not wait on YouTube)."""
    hashes = {
        get_embed_hash(block.value.url): block.value.url
        for block in body
        if block.block_type == "embed" and block.value is not None
    }
    if not hashes:
        return {}
    return {hashes[e.hash]: e for e in Embed.objects.filter(hash__in=hashes)}


def body_blocks(body, request: HttpRequest) -> list[dict]:
    embeds = _stored_embeds(body)
    blocks = []
    for block in body:
        value = block.value
        if block.block_type == "paragraph":
            blocks.append(
                {"type": "paragraph", "html": sanitise(expand_db_html(value.source), request)}
            )
        elif block.block_type == "quote":
            blocks.append(
                {"type": "quote", "text": value["text"], "attribution": value["attribution"] or ""}
            )
        elif block.block_type == "image":
            blocks.append(
                {
                    "type": "image",
                    "image": image_data(value["image"], request, alt=value["caption"] or ""),
                    "caption": value["caption"] or "",
                    "credit": value["credit"] or "",
                }
            )
        elif block.block_type == "embed" and value is not None:
            embed = embeds.get(value.url)
            blocks.append(
                {
                    "type": "embed",
                    "provider": embed.provider_name if embed else "",
                    "url": value.url,
                    "title": embed.title if embed else "",
                    "thumbnail_url": (embed.thumbnail_url or None) if embed else None,
                }
            )
    return blocks


def _block_html(block: dict) -> str:
    if block["type"] == "paragraph":
        return block["html"]
    if block["type"] == "quote":
        attribution = (
            format_html("<footer>{}</footer>", block["attribution"]) if block["attribution"] else ""
        )
        return format_html("<blockquote><p>{}</p>{}</blockquote>", block["text"], attribution)
    if block["type"] == "image":
        image = block["image"]
        if image is None:
            return ""
        largest = image["renditions"][-1]
        srcset = ", ".join(f"{r['url']} {r['width']}w" for r in image["renditions"])
        credit = " ".join(part for part in (block["caption"], block["credit"]) if part)
        caption = format_html("<figcaption>{}</figcaption>", credit) if credit else ""
        return format_html(
            '<figure><img src="{}" srcset="{}" width="{}" height="{}" alt="{}">{}</figure>',
            largest["url"], srcset, largest["width"], largest["height"], image["alt"], caption,
        )  # fmt: skip
    # An embed as a link: its player is the provider's HTML, which apps embed their own way.
    return format_html(
        '<figure><a href="{}">{}</a></figure>', block["url"], block["title"] or block["url"]
    )


def body_html(blocks: list[dict], request: HttpRequest) -> str:
    return sanitise("".join(_block_html(block) for block in blocks), request)


def reading_time_minutes(html: str, lead: str) -> int:
    words = len(strip_tags(html).split()) + len(lead.split())
    return max(1, round(words / WORDS_PER_MINUTE))
