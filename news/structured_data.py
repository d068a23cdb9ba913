"""schema.org JSON-LD for search engines: NewsArticle, BreadcrumbList, Organization, WebSite.

Google News and Discover read a story's NewsArticle (its pictures at 16:9, 4:3 and
1:1, each at least 1,200 px wide), and show breadcrumbs and a site search box from
the others.
"""

import json
from datetime import datetime

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from wagtail.models import Page

from news.models import ArticlePage, SectionPage
from news.share_cards import Picture, renditions
from outlet.models import OutletSettings

ARTICLE_IMAGE_SPECS = ("fill-1200x675", "fill-1200x900", "fill-1200x1200")
LOGO_SPEC = "max-600x60"

# Inside <script> the HTML parser ends the element at "</script" and treats "<!--" as
# the start of an escaped run, whatever JSON thinks; U+2028/2029 end a line in older
# JavaScript. Written as JSON escapes they are the same strings to a JSON parser.
# (Django's json_script escapes <, > and & the same way, but always writes
# type="application/json", and a JSON-LD block must say application/ld+json.)
SCRIPT_SAFE = str.maketrans(
    {
        "<": "\\u003C",
        ">": "\\u003E",
        "&": "\\u0026",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)


def json_ld(*things: dict) -> SafeString:
    """<script type="application/ld+json"> holding `things`, safe whatever text they carry."""
    data = [{"@context": "https://schema.org", **thing} for thing in things]
    text = json.dumps(data if len(data) > 1 else data[0], cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>', SafeString(text.translate(SCRIPT_SAFE))
    )


def with_offset(moment: datetime | None) -> str | None:
    """ISO 8601 in the zone readers see (the outlet's), offset included."""
    return timezone.localtime(moment).isoformat() if moment else None


def image_object(picture: Picture) -> dict:
    return {
        "@type": "ImageObject",
        "url": picture.url,
        "width": picture.width,
        "height": picture.height,
    }


def organization(request: HttpRequest, home_url: str) -> dict:
    """The outlet: name, home, logo, and its profiles elsewhere."""
    outlet = OutletSettings.for_request(request)
    thing = {"@type": "Organization", "name": outlet.outlet_name, "url": home_url}
    if outlet.logo_id:
        thing["logo"] = image_object(renditions(request, outlet.logo_id, (LOGO_SPEC,))[0])
    if links := [url for _name, url in outlet.social_links]:
        thing["sameAs"] = links
    return thing


def web_site(request: HttpRequest, home_url: str, search_url: str) -> dict:
    """The edition as a WebSite, with its search as a SearchAction (the sitelinks search box)."""
    return {
        "@type": "WebSite",
        "name": OutletSettings.for_request(request).outlet_name,
        "url": home_url,
        "inLanguage": get_language(),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": f"{search_url}?q={{search_term_string}}",
            },
            "query-input": "required name=search_term_string",
        },
    }


def breadcrumbs(trail: list[tuple[str, str]]) -> dict:
    """BreadcrumbList of (name, absolute URL), from the edition's home down to the page."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": number, "name": name, "item": url}
            for number, (name, url) in enumerate(trail, start=1)
        ],
    }


def word_count(article: ArticlePage) -> int:
    """Words readers read: the lead and the body's text (Wagtail's searchable text of each block)."""
    body = ArticlePage._meta.get_field("body").get_searchable_content(article.body)
    return len(" ".join([article.lead, *body]).split())


def news_article(
    request: HttpRequest,
    article: ArticlePage,
    *,
    url: str,
    description: str,
    home_url: str,
    authors: list[tuple[str, str]],
    tags: list[str],
) -> dict:
    """A story as Google News reads it. `authors`: (name, absolute URL of their page)."""
    outlet = OutletSettings.for_request(request)
    publisher = organization(request, home_url)
    publisher.pop("sameAs", None)
    thing = {
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.title,
        "description": description,
        "datePublished": with_offset(article.published_at),
        "dateModified": with_offset(article.last_published_at or article.published_at),
        "author": [{"@type": "Person", "name": name, "url": link} for name, link in authors]
        or [{"@type": "Organization", "name": outlet.byline_signature, "url": home_url}],
        "publisher": publisher,
        "inLanguage": get_language(),
        "wordCount": word_count(article),
        "isAccessibleForFree": True,
    }
    if article.subheadline:
        thing["alternativeHeadline"] = article.subheadline
    if article.cover_image_id:
        pictures = renditions(request, article.cover_image_id, ARTICLE_IMAGE_SPECS)
        thing["image"] = [image_object(picture) for picture in pictures]
    if article.section_id:
        thing["articleSection"] = article.section.title
    if tags:
        thing["keywords"] = tags
    return thing


def page_structured_data(
    request: HttpRequest,
    page: Page | None,
    *,
    home: Page | None,
    url: str,
    description: str,
    search_url: str,
    authors: list[tuple[str, str]],
    tags: list[str],
) -> SafeString:
    """The JSON-LD of a reader page: home, section and story pages have some, others none."""
    if not isinstance(page, Page) or home is None:
        return SafeString("")
    home_url = request.build_absolute_uri(home.get_url(request))
    if page.pk == home.pk:
        return json_ld(organization(request, home_url), web_site(request, home_url, search_url))
    trail = [(OutletSettings.for_request(request).outlet_name, home_url)]
    if isinstance(page, ArticlePage):
        if page.section_id:
            section_url = request.build_absolute_uri(page.section.get_url(request))
            trail.append((page.section.title, section_url))
        trail.append((page.title, url))
        story = news_article(
            request,
            page,
            url=url,
            description=description,
            home_url=home_url,
            authors=authors,
            tags=tags,
        )
        return json_ld(story, breadcrumbs(trail))
    if isinstance(page, SectionPage):
        return json_ld(breadcrumbs([*trail, (page.title, url)]))
    return SafeString("")
