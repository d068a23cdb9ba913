"""Everything the engine indexes for one word, in one cached call."""

from functools import lru_cache
from typing import NamedTuple

from search.analysis.folding import fold
from search.analysis.names import frozen_name_keys
from search.analysis.stemming import stem


class WordTerms(NamedTuple):
    folded: str
    stem: str
    name_keys: frozenset[str]


@lru_cache(maxsize=300_000)
def word_terms(word: str, language: str) -> WordTerms:
    """fold(), stem() and name_keys() of a word of words() in `language`'s text.

    The same as calling the three, but one cache lookup for a word seen before, which
    nearly every indexed word is (a few thousand words make most of any news text).
    """
    folded = fold(word, language)
    return WordTerms(folded, stem(folded, language), frozen_name_keys(word))
