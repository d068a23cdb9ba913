from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, Site

register = template.Library()


@register.simple_tag(takes_context=True)
def edition_links(context, page: Page | None = None) -> list[dict]:
    """A link per other edition: to this page's translation where one exists, else to that edition's home.

    Index pages that serve many readers' pages through routes (tags, authors) have
    no per-route translations, so they lead to the other edition's home.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    current = get_language()
    translations = {}
    if isinstance(page, Page) and page.pk and not isinstance(page, RoutablePageMixin):
        for translation in page.get_translations(inclusive=False).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    homes = {}
    if site is not None:
        for home in site.root_page.get_translations(inclusive=True).live().select_related("locale"):
            homes[home.locale.language_code] = home
    links = []
    for code, name in settings.LANGUAGES:
        if code == current:
            continue
        target = translations.get(code) or homes.get(code)
        if target is not None:
            links.append(
                {
                    "code": code,
                    "name": name,
                    "url": target.get_url(request),
                    "is_translation": code in translations,
                }
            )
    return links


@register.simple_tag(takes_context=True)
def edition_home(context) -> Page | None:
    """The current edition's home page."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    locale = Locale.objects.filter(language_code=get_language()).first()
    if locale is None:
        return site.root_page
    return site.root_page.get_translation_or_none(locale) or site.root_page


@register.simple_tag(takes_context=True)
def alternate_links(context, page: Page | None, editions: list[dict]) -> list[dict]:
    """<link rel=alternate hreflang> targets: this page and its translations, if it has any."""
    translations = [edition for edition in editions if edition["is_translation"]]
    if not translations or not isinstance(page, Page):
        return []
    return [{"code": get_language(), "url": page.get_url(context.get("request"))}, *translations]
