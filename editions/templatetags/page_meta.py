"""The reader pages' <meta name="description">: what a search result or a shared link shows."""

import html

from django import template
from django.utils.html import format_html, strip_tags
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Page

from news.models import ArticlePage, SectionPage
from news.models.sections import ArchiveFolderPage
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
    text = " ".join(str(text).split())
    if not text:
        return SafeString("")
    return format_html('<meta name="description" content="{}">', Truncator(text).chars(MAX_LENGTH))
