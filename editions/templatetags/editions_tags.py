from dataclasses import dataclass

from django import template
from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from caching.remembered import remembered, site_of
from editions.models import edition_homes
from masthead.edition_settings import configured_editions
from outlet.models import OutletSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def edition_links(context, page: Page | None = None) -> list[dict]:
    """A link per other edition: to this page's translation where one exists, else to that edition's home.

    Index pages that serve many readers' pages through routes (tags, authors) have
    no per-route translations, so they lead to the other edition's home.
    """
    request = context.get("request")
    current = get_language()
    translations = {}
    if isinstance(page, Page) and page.pk and not isinstance(page, RoutablePageMixin):
        # Plain pages, not the specific ones get_translations() reads: a link needs no body.
        others = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
        # Only what a link needs: a page's ~40 columns cost more to read than the query.
        others = others.live().select_related("locale").only("url_path", "locale__language_code")
        for translation in others:
            translations[translation.locale.language_code] = translation
    homes = site_edition_homes(request) if request else {}
    outlet = OutletSettings.for_request(request) if homes else None
    links = []
    for edition in configured_editions():
        if edition.code == current:
            continue
        target = translations.get(edition.code) or homes.get(edition.code)
        if target is not None:
            links.append(
                {
                    "code": edition.code,
                    "name": edition.name,
                    "label": outlet.edition_label(edition.code) if outlet else edition.label,
                    "url": target.get_url(request),
                    "is_translation": edition.code in translations,
                }
            )
    return links


def site_edition_homes(request: HttpRequest) -> dict[str, Page]:
    """Every edition's live home page by language code, for the request's site."""
    site = Site.find_for_request(request)
    return edition_homes(site.root_page) if site is not None else {}


@register.simple_tag(takes_context=True)
def edition_home(context) -> Page | None:
    """The current edition's home page; the site's root page for a language with none."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return site_edition_homes(request).get(get_language()) or site.root_page


@dataclass(frozen=True)
class MenuLink:
    pk: int
    title: str
    url: str


@register.simple_tag(takes_context=True)
def menu_sections(context, home: Page | None) -> list[MenuLink]:
    """The edition's sections in its menu (header and footer), with their links.

    Links are relative to the request's site, so the site is part of what is remembered.
    """
    if home is None:
        return []
    request = context.get("request")

    def read() -> list[MenuLink]:
        sections = home.get_children().live().in_menu()
        return [
            MenuLink(section.pk, section.title, section.get_url(request)) for section in sections
        ]

    return remembered(("menu", home.pk, site_of(request)), read)


@register.simple_tag(takes_context=True)
def alternate_links(context, page: Page | None, editions: list[dict]) -> list[dict]:
    """<link rel=alternate hreflang> targets: this page and its translations, if it has any."""
    translations = [edition for edition in editions if edition["is_translation"]]
    if not translations or not isinstance(page, Page):
        return []
    return [{"code": get_language(), "url": page.get_url(context.get("request"))}, *translations]


class SitewideNode(template.Node):
    def __init__(self, name: str, nodelist: template.NodeList):
        self.name = name
        self.nodelist = nodelist

    def render(self, context: template.Context) -> str:
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        key = ("sitewide", self.name, get_language(), site_of(request))
        return remembered(key, lambda: self.nodelist.render(context))


@register.tag
def sitewide(parser: template.base.Parser, token: template.base.Token) -> SitewideNode:
    """{% sitewide "name" %}...{% endsitewide %}: markup the same on every page of an edition.

    Rendered once per process, language and site, and again when the site's version
    changes (caching.remembered): the header's and footer's links, the footer's
    texts. Only for markup that depends on nothing but the site, its settings and the
    language: never the page, the reader or the request. (A year in it may show the
    old one up to a minute into the new: MAX_AGE_SECONDS.)
    """
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "'\"" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError('{% sitewide "name" %} takes one quoted name')
    nodelist = parser.parse(("endsitewide",))
    parser.delete_first_token()
    return SitewideNode(bits[1][1:-1], nodelist)
