"""A reader's query, parsed: words (each with its forms per language and its name keys)
and quoted phrases. Nothing a reader types is passed to a full-text engine as syntax:
the backends build their own query from these parts, so operators, column filters and
unbalanced quotes are just text.
"""

import re
from dataclasses import dataclass

from search import analysis

# Enough for any real query; a 10,000-character paste costs no more than this.
MAX_QUERY_CHARACTERS = 400
MAX_CLAUSES = 12
# Typed as operators in other search engines; here they would demand the word "and".
OPERATOR_WORDS = {"AND", "OR", "NOT", "NEAR"}
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Words the folded form of which is longer are not words (a pasted hash, a URL).
MAX_WORD_LENGTH = 60


# Languages without a stemmer: their words match every word they begin (Azerbaijani
# suffixes: Bakı, Bakıda, Bakının), from this many letters on.
PREFIX_LANGUAGES = frozenset({"az"})
PREFIX_FROM_LETTERS = 4


def matches_as_prefix(folded: str, language: str) -> bool:
    return language in PREFIX_LANGUAGES and len(folded) >= PREFIX_FROM_LETTERS


@dataclass(frozen=True)
class Word:
    typed: str
    # (language, folded form) for each language searched.
    forms: tuple[tuple[str, str], ...]
    # Cross-script keys of the word read as a name, with the editors' aliases.
    names: frozenset[str]
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    words: tuple[Word, ...]


Clause = Word | Phrase


@dataclass(frozen=True)
class ParsedQuery:
    clauses: tuple[Clause, ...]
    languages: tuple[str, ...]

    def words(self) -> list[Word]:
        return [
            word
            for clause in self.clauses
            for word in (clause.words if isinstance(clause, Phrase) else (clause,))
        ]

    @property
    def text(self) -> str:
        parts = [
            f'"{" ".join(w.typed for w in clause.words)}"'
            if isinstance(clause, Phrase)
            else clause.typed
            for clause in self.clauses
        ]
        return " ".join(parts)


def make_word(typed: str, languages: tuple[str, ...], prefix: bool = False) -> Word:
    forms = tuple((language, analysis.fold(typed, language)) for language in languages)
    keys = set(analysis.name_keys(typed)) if len(typed) > 2 else set()
    for key in list(keys):
        keys |= analysis.alias_keys(key)
    return Word(typed=typed, forms=forms, names=frozenset(keys), prefix=prefix)


def parse(text: str, languages: tuple[str, ...], prefix: bool = False) -> ParsedQuery:
    text = CONTROL.sub(" ", text[:MAX_QUERY_CHARACTERS])
    pieces = text.split('"')
    if len(pieces) % 2 == 0:  # an unbalanced quote: the last one quotes nothing
        pieces[-2:] = [" ".join(pieces[-2:])]
    clauses: list[Clause] = []
    for number, piece in enumerate(pieces):
        typed = [w for w in analysis.words(piece) if len(w) <= MAX_WORD_LENGTH]
        if number % 2:
            words = tuple(make_word(w, languages) for w in typed)
            if len(words) > 1:
                clauses.append(Phrase(words))
            elif words:
                clauses.append(words[0])
        else:
            clauses.extend(make_word(w, languages) for w in typed if w not in OPERATOR_WORDS)
    clauses = clauses[:MAX_CLAUSES]
    if prefix and clauses and isinstance(clauses[-1], Word) and not text.endswith(" "):
        last = clauses[-1]
        clauses[-1] = Word(last.typed, last.forms, last.names, prefix=True)
    return ParsedQuery(clauses=tuple(clauses), languages=languages)


def replace_words(query: ParsedQuery, replacements: dict[str, str]) -> ParsedQuery:
    """The query with some of its (unquoted) words replaced, e.g. typos corrected."""
    clauses = tuple(
        make_word(replacements[clause.typed], query.languages, clause.prefix)
        if isinstance(clause, Word) and clause.typed in replacements
        else clause
        for clause in query.clauses
    )
    return ParsedQuery(clauses=clauses, languages=query.languages)
