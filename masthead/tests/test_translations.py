"""Every interface string is translated into each edition we ship."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

from conftest import ROOT

# English and Russian keep Django's own month names inside dates (see editions/month_names.py).
FALLS_BACK_TO_DJANGO = {("ru", "alt. month"), ("en", "alt. month")}
# The interface is written in English: its catalogue only lists the strings.
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != "en"]


def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(Path(ROOT, "locale", language, "LC_MESSAGES", "django.po")))


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated_and_none_is_a_fuzzy_guess(language):
    entries = catalogue(language)

    fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]
    untranslated = [
        entry.msgid
        for entry in entries.untranslated_entries()
        if (language, entry.msgctxt) not in FALLS_BACK_TO_DJANGO
    ]

    assert fuzzy == []
    assert untranslated == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_edition_lists_every_string_the_interface_has(language):
    def keys(entries: polib.POFile) -> set[tuple[str, str]]:
        return {(entry.msgctxt or "", entry.msgid) for entry in entries if not entry.obsolete}

    assert keys(catalogue(language)) == keys(catalogue("en"))
