"""Absolute addresses of pages on the site a crawler asked, without Wagtail's per-page work.

A month file holds hundreds of stories, each with its translations: Wagtail's
get_url() per page would look up the site's root paths and reverse its route each
time. A site's root paths and each edition's URL prefix are the same for every page,
so they are read once per file and a page's address is its url_path under them.
"""

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import iri_to_uri
from wagtail.models import Locale, Site

from masthead.edition_settings import configured_editions


@dataclass(frozen=True)
class SiteAddresses:
    """Where the requesting site serves each edition: its root path and URL prefix."""

    origin: str  # scheme and host, as the crawler asked
    root_paths: dict[str, str]  # language code → the edition's home page url_path
    prefixes: dict[str, str]  # language code → "/hy/"
    languages: dict[int, str]  # locale id → language code
    order: tuple[str, ...]  # the editions served, in settings.EDITIONS order (x-default first)

    def page_url(self, url_path: str, language: str) -> str | None:
        root = self.root_paths.get(language)
        if root is None or not url_path.startswith(root):
            return None
        path = url_path[len(root) :]
        # As reverse() does for Wagtail: slugs in Armenian or Cyrillic are percent-encoded.
        # An ASCII slug has nothing to encode (letters, digits, - and _), and quoting is
        # a month file's largest cost.
        return (
            f"{self.origin}{self.prefixes[language]}{path if path.isascii() else iri_to_uri(path)}"
        )

    def locale_ids(self) -> dict[str, int]:
        return {language: locale_id for locale_id, language in self.languages.items()}


def site_addresses(request: HttpRequest) -> SiteAddresses:
    site = Site.find_for_request(request)
    configured = [edition.code for edition in configured_editions()]
    root_paths = {
        root.language_code: root.root_path
        for root in Site.get_site_root_paths()
        if site is not None and root.site_id == site.pk and root.language_code in configured
    }
    prefixes = {}
    for language in root_paths:
        with translation.override(language):
            prefixes[language] = reverse("wagtail_serve", args=("",))
    languages = dict(
        Locale.objects.filter(language_code__in=list(root_paths)).values_list("pk", "language_code")
    )
    order = tuple(code for code in configured if code in root_paths)
    return SiteAddresses(
        request.build_absolute_uri("/")[:-1], root_paths, prefixes, languages, order
    )


def edition_order() -> list[str]:
    """Language codes in settings.EDITIONS order; the first is the default (x-default)."""
    return [edition.code for edition in configured_editions()]
