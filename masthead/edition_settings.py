"""The outlet's editions, as its settings define them (settings.EDITIONS).

One place names every edition: its language, URL prefix, label and home page
title. Django's and Wagtail's language settings are derived from it
(language_settings), and the rest of the code asks here instead of assuming a
set of languages. Kept free of Django imports at module level: the settings
module imports it.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Edition:
    """One language edition.

    `code` is the BCP 47 language code (the `lang`, `hreflang` and URL prefix:
    /hy/); `name` the language's own name for itself; `label` the switcher's
    default short label, which editors may change per edition in the outlet
    settings; `home_title` the title its home page is created with; `time_zone`,
    when set, the zone this edition's readers see times in instead of the outlet's.
    """

    code: str
    name: str
    label: str
    home_title: str = "Masthead"
    time_zone: str = ""


def language_settings(editions: list[Edition]) -> tuple[str, list[tuple[str, str]], list]:
    """LANGUAGE_CODE, LANGUAGES and WAGTAIL_CONTENT_LANGUAGES for `editions`; the first is the default."""
    languages = [(edition.code, edition.name) for edition in editions]
    return editions[0].code, languages, languages


def configured_editions() -> list[Edition]:
    from django.conf import settings

    return list(settings.EDITIONS)


def configured_edition(code: str) -> Edition | None:
    """The edition of language `code`, or None for a language the outlet does not publish in."""
    return next((edition for edition in configured_editions() if edition.code == code), None)
