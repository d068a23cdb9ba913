"""Typos: a word the index has never seen, corrected to the closest one it has.

Candidates come from the backend's trigram index (pg_trgm; FTS5's trigram tokenizer),
the choice from search.analysis.edit_distance, so both backends choose alike: the
fewest edits, then the alphabetically first.
"""

from search import analysis
from search.backends import SearchBackend
from search.parsing import ParsedQuery, Word

CANDIDATES = 40


def closest(
    backend: SearchBackend, word: Word, languages: tuple[str, ...], limit: int
) -> str | None:
    folded = {form for _language, form in word.forms}
    best: tuple[int, str] | None = None
    for form in folded:
        for candidate in backend.similar_terms(languages, form, CANDIDATES):
            distance = analysis.edit_distance(form, candidate, limit)
            if distance <= limit and (best is None or (distance, candidate) < best):
                best = (distance, candidate)
    return best[1] if best else None


def unknown_words(backend: SearchBackend, query: ParsedQuery) -> list[Word]:
    words = [clause for clause in query.clauses if isinstance(clause, Word) and not clause.prefix]
    forms = {form for word in words for _language, form in word.forms}
    known = backend.known_terms(query.languages, forms)
    return [word for word in words if not {form for _l, form in word.forms} & known]


def corrections(backend: SearchBackend, query: ParsedQuery, loose: bool = False) -> dict[str, str]:
    """{typed word: its correction} for the query's unknown words within their typo budget;
    `loose`: one edit more, for a "did you mean" when the budget found nothing."""
    found = {}
    for word in unknown_words(backend, query):
        budget = analysis.typo_budget(word.typed)
        if loose:
            budget = budget + 1 if len(word.typed) > 3 else 0
        if budget:
            correction = closest(backend, word, query.languages, budget)
            if correction:
                found[word.typed] = correction
    return found
