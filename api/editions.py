"""Editions, their sections, authors and tags."""

from django.http import HttpRequest
from ninja import Router
from taggit.models import Tag

from api import schemas
from api.images import image_data
from api.problems import ERRORS
from api.representation import (
    api_url,
    author_data,
    edition_locale,
    languages_by_locale,
    section_data,
    tag_data,
)
from caching.remembered import remembered, site_of
from editions.models import HomePage
from masthead.edition_settings import configured_editions
from news.models import Author, SectionPage
from news.privacy import private_q
from outlet.models import OutletSettings

router = Router(tags=["editions"])


def _home_url(locale_id: int, request: HttpRequest) -> str:
    def read() -> str:
        home = HomePage.objects.live().filter(locale_id=locale_id).first()
        return home.get_full_url(request) if home is not None else ""

    return remembered(("api-home-url", locale_id, site_of(request)), read)


def _summary(code: str, request: HttpRequest) -> dict:
    locale = edition_locale(code)
    edition = next(edition for edition in configured_editions() if edition.code == code)
    return {
        "code": code,
        "name": edition.name,
        "label": OutletSettings.for_request(request).edition_label(code),
        "home_url": _home_url(locale.pk, request),
        "url": api_url(request, "edition", code),
    }


def _sections(locale_id: int) -> list[SectionPage]:
    return list(
        SectionPage.objects.live().filter(locale_id=locale_id).exclude(private_q()).order_by("path")
    )


@router.get("/", response={200: list[schemas.EditionSummary], **ERRORS}, url_name="editions")
def editions(request: HttpRequest):
    """Every edition the outlet publishes, in the language switcher's order."""
    languages = set(languages_by_locale().values())
    return [_summary(e.code, request) for e in configured_editions() if e.code in languages]


@router.get("/{edition}/", response={200: schemas.Edition, **ERRORS}, url_name="edition")
def edition(request: HttpRequest, edition: schemas.EditionCode):
    """One edition: its sections and the outlet's settings an app shows."""
    summary = _summary(edition, request)
    locale = edition_locale(edition)
    outlet = OutletSettings.for_request(request)
    texts = outlet.texts_for(edition)
    return {
        **summary,
        "sections": [section_data(s, request) for s in _sections(locale.pk)],
        "outlet": {
            "name": outlet.outlet_name,
            "logo": image_data(outlet.logo, request, alt=outlet.outlet_name),
            "signature": outlet.byline_signature,
            "social_links": [{"name": n, "url": u} for n, u in outlet.social_links],
            "app_links": [{"name": n, "url": u} for n, u in outlet.app_links],
            "attribution_rule": texts.attribution_rule if texts is not None else "",
        },
    }


@router.get(
    "/{edition}/sections/", response={200: list[schemas.Section], **ERRORS}, url_name="sections"
)
def sections(request: HttpRequest, edition: schemas.EditionCode):
    """The edition's sections, in the navigation's order."""
    locale = edition_locale(edition)
    return [section_data(s, request) for s in _sections(locale.pk)]


@router.get(
    "/{edition}/authors/", response={200: list[schemas.Author], **ERRORS}, url_name="authors"
)
def authors(request: HttpRequest, edition: schemas.EditionCode):
    """The edition's authors, by name."""
    locale = edition_locale(edition)
    found = Author.objects.filter(locale_id=locale.pk).select_related("photo")
    found = found.prefetch_related("photo__renditions").order_by("name", "pk")
    return [author_data(author, request) for author in found]


@router.get("/{edition}/tags/", response={200: list[schemas.Tag], **ERRORS}, url_name="tags")
def tags(request: HttpRequest, edition: schemas.EditionCode):
    """The tags of the edition's published stories, by name."""
    locale = edition_locale(edition)
    used = Tag.objects.filter(
        news_articletag_items__content_object__locale_id=locale.pk,
        news_articletag_items__content_object__live=True,
    )
    return [tag_data(tag, locale.pk, request) for tag in used.distinct().order_by("name", "pk")]
