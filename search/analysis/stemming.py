"""Stems: Snowball's stemmers, through PyStemmer (C, many times faster than pure Python)."""

from functools import lru_cache

import Stemmer

from search.analysis.scripts import script_of

# The Snowball stemmer for each edition's language. Azerbaijani has none (neither
# Snowball nor PostgreSQL ships one; the engine matches its words by prefix instead).
SNOWBALL = {"en": "english", "ru": "russian", "hy": "armenian"}
_STEMMERS = {language: Stemmer.Stemmer(algorithm) for language, algorithm in SNOWBALL.items()}
_SCRIPT_LANGUAGES = {"cyrillic": "ru", "armenian": "hy"}


def _script_language(word: str, language: str) -> str:
    """The language whose stemmer fits `word`: a Cyrillic word is stemmed as Russian and
    an Armenian one as Armenian whatever edition writes it (a quotation, a name), so a
    query stems alike in every edition's index. Latin words follow the edition, except
    that in the Russian and Armenian editions they are mostly English."""
    by_script = _SCRIPT_LANGUAGES.get(script_of(word))
    if by_script is not None:
        return by_script
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
