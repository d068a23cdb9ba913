"""System checks on settings.EDITIONS: a mistake there fails at start, not on a reader's request."""

import zoneinfo

from django.conf import settings
from django.core.checks import Error, register

from masthead.edition_settings import configured_editions, language_settings


@register()
def check_editions(app_configs=None, **kwargs) -> list[Error]:
    editions = configured_editions()
    if not editions:
        return [Error("settings.EDITIONS names no edition.", id="editions.E001")]
    errors = []
    codes = [edition.code for edition in editions]
    if len(set(codes)) != len(codes):
        errors.append(Error(f"settings.EDITIONS repeats a code: {codes}.", id="editions.E002"))
    for edition in editions:
        if edition.time_zone and edition.time_zone not in zoneinfo.available_timezones():
            errors.append(
                Error(
                    f"Edition {edition.code!r} has an unknown time zone {edition.time_zone!r}.",
                    id="editions.E003",
                )
            )
    language_code, languages, _content = language_settings(editions)
    if list(settings.LANGUAGES) != languages or language_code != settings.LANGUAGE_CODE:
        errors.append(
            Error(
                "LANGUAGES and LANGUAGE_CODE differ from what settings.EDITIONS gives.",
                hint="Derive them with masthead.edition_settings.language_settings(EDITIONS).",
                id="editions.E004",
            )
        )
    return errors
