"""Every interface string is translated into each edition we ship."""

from pathlib import Path

import polib
import pytest

from conftest import ROOT

# English and Russian keep Django's own month names inside dates (see editions/month_names.py).
FALLS_BACK_TO_DJANGO = {("ru", "alt. month"), ("en", "alt. month")}


@pytest.mark.parametrize("language", ["ru", "az"])
def test_every_string_is_translated_and_none_is_a_fuzzy_guess(language):
    catalogue = polib.pofile(str(Path(ROOT, "locale", language, "LC_MESSAGES", "django.po")))

    fuzzy = [entry.msgid for entry in catalogue if "fuzzy" in entry.flags]
    untranslated = [
        entry.msgid
        for entry in catalogue.untranslated_entries()
        if (language, entry.msgctxt) not in FALLS_BACK_TO_DJANGO
    ]

    assert fuzzy == []
    assert untranslated == []
