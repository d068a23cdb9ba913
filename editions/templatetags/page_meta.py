"""The reader pages' <meta name="description">, share cards and structured data:
what a search result or a shared link shows."""

import html

from django import template
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html, strip_tags
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Page

from news.models import ArticlePage, SectionPage
from news.models.sections import ArchiveFolderPage
from news.share_cards import canonical_url, share_card
from news.structured_data import page_structured_data
from news.templatetags.news_tags import author_url
from outlet.models import OutletSettings

register = template.Library()

# Search engines show about 160 characters; a little more survives being cut there.
MAX_LENGTH = 300


def outlet_description(request) -> str:
    """The edition's own description when its home page has none (its Promote tab)."""
    name = OutletSettings.for_request(request).outlet_name if request else ""
    return _("The latest news from %(outlet)s") % {"outlet": name} if name else ""


def page_description(page: Page) -> str:
    """What the page says about itself: the editors' SEO description first, then its own text."""
    if page.search_description:
        return page.search_description
    if isinstance(page, ArticlePage):
        return page.lead or page.subheadline or page.title
    if isinstance(page, SectionPage):
        return page.description or page.title
    if isinstance(page, ArchiveFolderPage):
        return _("Stories in %(section)s from %(period)s") % {
            "section": page.get_ancestors().type(SectionPage).last().title,
            "period": page.title,
        }
    return ""


@register.simple_tag(takes_context=True)
def meta_description(context, text: str = "") -> SafeString:
    """<meta name="description"> with `text`, else the page's description, else the outlet's.

    Never an empty content attribute: with nothing to say, no tag at all.
    """
    page = context.get("page")
    if not text and isinstance(page, Page):
        text = page_description(page)
    if not text:
        text = outlet_description(context.get("request"))
    if isinstance(text, SafeString):
        # Already escaped ({% blocktranslate asvar %}): back to text, escaped once below.
        text = html.unescape(strip_tags(text))
    text = Truncator(" ".join(str(text).split())).chars(MAX_LENGTH)
    # The share card, rendered after this in <head>, says the same (page_metadata). The
    # render context is the one the page and base.html share, which a block's variables are not.
    context.render_context[DESCRIPTION_KEY] = text
    if not text:
        return SafeString("")
    return format_html('<meta name="description" content="{}">', text)


DESCRIPTION_KEY = "page_meta.description"


def page_title(context: template.Context, outlet_name: str) -> str:
    """The page's own title, without the outlet's name that <title> adds."""
    page = context.get("page")
    if context.get("tag") is not None:
        return f"#{context['tag'].name}"
    if context.get("author") is not None:
        return context["author"].name
    if context.get("authors") is not None:
        return _("Authors")
    if isinstance(page, Page) and page.depth > 2:  # below the edition's home
        return page.seo_title or page.title
    if isinstance(page, Page):
        return page.seo_title or outlet_name
    return outlet_name


def page_url(context: template.Context, request: HttpRequest) -> str:
    """The canonical address: a story's own, a list's page (its ?page=N past the first)."""
    if context.get("canonical_url"):
        return context["canonical_url"]
    listed = context.get("articles") or context.get("results")
    return canonical_url(request, getattr(listed, "number", 1))


@register.inclusion_tag("editions/includes/page_metadata.html", takes_context=True)
def page_metadata(context, editions: list[dict], home: Page | None) -> dict:
    """Canonical link, robots, Open Graph and X cards, and JSON-LD of a reader page."""
    request = context.get("request")
    if request is None:
        return {}
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    description = context.render_context.get(DESCRIPTION_KEY) or outlet_description(request)
    url = page_url(context, request)
    authors = [
        (authorship.author.name, request.build_absolute_uri(author_url(context, authorship.author)))
        for authorship in context.get("authorships") or ()
    ]
    tags = [tag.name for tag in context.get("tags") or ()] if isinstance(page, ArticlePage) else []
    card = share_card(
        request,
        page=page,
        title=page_title(context, OutletSettings.for_request(request).outlet_name),
        description=description,
        url=url,
        translations=[edition["code"] for edition in editions if edition["is_translation"]],
        tags=tags,
        author_urls=[link for _name, link in authors],
    )
    structured = page_structured_data(
        request,
        page,
        home=home,
        url=url,
        description=description,
        search_url=request.build_absolute_uri(reverse("search")),
        authors=authors,
        tags=tags,
    )
    return {"card": card, "structured_data": structured}
