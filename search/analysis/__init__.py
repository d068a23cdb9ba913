"""Search's language layer: how text becomes the terms indexed and searched.

Pure functions of text (and, for alias_keys, of the editors' alias table): the engine
calls them on every word it indexes and every word a reader types, so the same
function folds, stems and spells both sides.
"""

from search.analysis.aliases import alias_keys
from search.analysis.folding import fold
from search.analysis.names import name_keys
from search.analysis.stemming import stem
from search.analysis.tokens import words
from search.analysis.typos import edit_distance, typo_budget

__all__ = ["alias_keys", "edit_distance", "fold", "name_keys", "stem", "typo_budget", "words"]
