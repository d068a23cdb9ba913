"""Search's language layer: how text becomes the terms indexed and searched.

Pure functions of text (and, for alias_keys, of the editors' alias table): the engine
calls them on every word it indexes and every word a reader types, so the same
function folds, stems and spells both sides. For each word of words(text), as written:

    term = stem(fold(word, language), language)     # what the word means
    keys = name_keys(word)                          # how a name sounds, in Latin letters
    keys |= {k for key in keys for k in alias_keys(key)}   # and the editors' spellings

word_terms(word, language) gives the first two in one cached call. name_keys wants the
word as written, not folded (folding turns ş into s, losing its sh).
"""

from search.analysis.aliases import alias_keys
from search.analysis.folding import fold
from search.analysis.names import frozen_name_keys, name_keys
from search.analysis.stemming import stem
from search.analysis.terms import WordTerms, word_terms
from search.analysis.tokens import words
from search.analysis.typos import edit_distance, typo_budget

__all__ = [
    "WordTerms",
    "alias_keys",
    "edit_distance",
    "fold",
    "frozen_name_keys",
    "name_keys",
    "stem",
    "typo_budget",
    "word_terms",
    "words",
]
