"""Splitting text into words, whatever its script."""

import re

# Marks written inside words that are not letters: Armenian emphasis, question and
# exclamation marks sit on a word's stressed vowel (ինչո՞ւ), soft hyphens and zero-width
# joiners break words only visually.
_INSIDE_WORD_MARKS = dict.fromkeys(
    map(ord, "\u055b\u055c\u055e\u055f\u00ad\u200b\u200c\u200d\u2060")
)
# Apostrophes (ASCII, typographic, modifier letters): joined into the word, except an
# English possessive 's, which is dropped ("Lukashenko's" is the name "Lukashenko").
_APOSTROPHES = "'\u2019\u02bc\u02bb\u055a`"
_POSSESSIVE = re.compile(rf"[{_APOSTROPHES}][sS](?![^\W_])")
_APOSTROPHE = re.compile(rf"(?<=[^\W\d_])[{_APOSTROPHES}](?=[^\W\d_])")
# A word: letters and digits, with the combining marks (Russian stress accents, decomposed
# diacritics) that belong to them.
_MARKS = r"\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = re.compile(rf"[^\W_](?:[^\W_]|[{_MARKS}])*")


def words(text: str) -> list[str]:
    """The words of `text` in order, as written (no folding), without punctuation."""
    if not text.isascii():
        text = text.translate(_INSIDE_WORD_MARKS)
    if "'" in text or not text.isascii():
        text = _APOSTROPHE.sub("", _POSSESSIVE.sub("", text))
    return _WORD.findall(text)
