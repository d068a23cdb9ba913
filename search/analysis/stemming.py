"""Stems: Snowball's stemmers, through PyStemmer (C, many times faster than pure Python)."""

from functools import lru_cache

import Stemmer

# The Snowball stemmer for each edition's language. Azerbaijani has none (neither
# Snowball nor PostgreSQL ships one; the engine matches its words by prefix instead).
SNOWBALL = {"en": "english", "ru": "russian", "hy": "armenian"}
_STEMMERS = {language: Stemmer.Stemmer(algorithm) for language, algorithm in SNOWBALL.items()}
_CYRILLIC = ("\u0400", "\u04ff")
_ARMENIAN = ("\u0531", "\u058f")


def _script_language(word: str, language: str) -> str:
    """The language whose stemmer fits `word`: a Cyrillic word is stemmed as Russian and
    an Armenian one as Armenian whatever edition writes it (a quotation, a name), so a
    query stems alike in every edition's index. Latin words follow the edition, except
    that in the Russian and Armenian editions they are mostly English."""
    first = word[0]
    if _CYRILLIC[0] <= first <= _CYRILLIC[1]:
        return "ru"
    if _ARMENIAN[0] <= first <= _ARMENIAN[1]:
        return "hy"
    if language in ("ru", "hy"):
        return "en"
    return language


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    """The stem of a folded word (see fold()): "санкциям" → "санкц", "sanctioned" →
    "sanction". Azerbaijani words, and words of languages we have no stemmer for, are
    their own stem."""
    if not word:
        return word
    stemmer = _STEMMERS.get(_script_language(word, language))
    return stemmer.stemWord(word) if stemmer is not None else word
