"""SQLite FTS5: the embedded default.

FTS5 cannot call Python's stemmers, so the index is built from stems computed by
search.analysis (the `*_terms` columns) and queried with stems computed the same way.
The FTS5 tables are contentless (content=''): search_document keeps the texts, and its
triggers give FTS5 the old values it needs to delete a row.
"""

# The SQL below is assembled from constants and placeholders only: every value a reader
# typed is a parameter (S608 cannot see that).
# ruff: noqa: S608

from django.db import connection

from search import analysis
from search.backends.base import BODY, HEADLINE, ORDER, STANDFIRST, Filters
from search.parsing import ParsedQuery, Phrase, Word, matches_as_prefix

COLUMNS = {
    "headline": "new.headline_terms || ' ' || new.headline_names",
    "standfirst": "new.standfirst_terms || ' ' || new.standfirst_names",
    "body": "new.body_terms || ' ' || new.body_names",
}
NEW_VALUES = ", ".join(COLUMNS.values())
OLD_VALUES = NEW_VALUES.replace("new.", "old.")

INSTALL = [
    # unicode61 without diacritics removal: folding already did what each language needs.
    # Prefix indexes: the overlay's last word is a prefix of two letters or more.
    "CREATE VIRTUAL TABLE search_fts USING fts5(headline, standfirst, body, content='', "
    "tokenize='unicode61 remove_diacritics 0', prefix='2 3 4')",
    f"""CREATE TRIGGER search_document_added AFTER INSERT ON search_document BEGIN
        INSERT INTO search_fts(rowid, headline, standfirst, body)
        VALUES (new.article_id, {NEW_VALUES}); END""",
    f"""CREATE TRIGGER search_document_removed AFTER DELETE ON search_document BEGIN
        INSERT INTO search_fts(search_fts, rowid, headline, standfirst, body)
        VALUES ('delete', old.article_id, {OLD_VALUES}); END""",
    f"""CREATE TRIGGER search_document_changed AFTER UPDATE ON search_document BEGIN
        INSERT INTO search_fts(search_fts, rowid, headline, standfirst, body)
        VALUES ('delete', old.article_id, {OLD_VALUES});
        INSERT INTO search_fts(rowid, headline, standfirst, body)
        VALUES (new.article_id, {NEW_VALUES}); END""",
    # Trigrams of each lexicon word, padded as pg_trgm pads them, so that a five-letter
    # word with a wrong middle letter still shares its first and last trigrams.
    "CREATE VIRTUAL TABLE search_term_grams USING fts5(term, content='', tokenize='trigram')",
    """CREATE TRIGGER search_term_added AFTER INSERT ON search_term BEGIN
        INSERT INTO search_term_grams(rowid, term) VALUES (new.id, '  ' || new.term || ' ');
        END""",
]


def quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def word_alternatives(word: Word) -> list[str]:
    stems = {
        (analysis.stem(folded, language), word.prefix or matches_as_prefix(folded, language))
        for language, folded in word.forms
    }
    return [quoted(s) + ("*" if star else "") for s, star in sorted(stems)] + [
        quoted(k) for k in sorted(word.names)
    ]


def phrase_alternatives(phrase: Phrase, languages: tuple[str, ...]) -> list[str]:
    phrases = {
        " ".join(analysis.stem(dict(w.forms)[language], language) for w in phrase.words)
        for language in languages
    }
    return [quoted(p) for p in sorted(phrases)]


def match_expression(query: ParsedQuery) -> str:
    clauses = []
    for clause in query.clauses:
        if isinstance(clause, Phrase):
            alternatives = phrase_alternatives(clause, query.languages)
        else:
            alternatives = word_alternatives(clause)
        clauses.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(clauses)


class SQLiteBackend:
    def install(self, cursor) -> None:
        for statement in INSTALL:
            cursor.execute(statement)

    def analysed(self, words: list[str], language: str) -> str:
        return " ".join(analysis.stem(word, language) for word in words)

    def add_terms(self, terms: set[tuple[str, str]]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT OR IGNORE INTO search_term (language, term) VALUES (%s, %s)",
                sorted(terms),
            )

    def known_terms(self, languages: tuple[str, ...], terms: set[str]) -> set[str]:
        if not terms:
            return set()
        languages_in = ", ".join(["%s"] * len(languages))
        terms_in = ", ".join(["%s"] * len(terms))
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT term FROM search_term WHERE language IN ({languages_in}) "
                f"AND term IN ({terms_in})",
                [*languages, *terms],
            )
            return {row[0] for row in cursor.fetchall()}

    def similar_terms(self, languages: tuple[str, ...], term: str, limit: int) -> list[str]:
        padded = f"  {term} "
        grams = {padded[i : i + 3] for i in range(len(padded) - 2)}
        languages_in = ", ".join(["%s"] * len(languages))
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT t.term FROM search_term_grams g JOIN search_term t ON t.id = g.rowid "
                f"WHERE search_term_grams MATCH %s AND t.language IN ({languages_in}) "
                "ORDER BY g.rank LIMIT %s",
                [" OR ".join(quoted(g) for g in sorted(grams)), *languages, limit],
            )
            return list(dict.fromkeys(row[0] for row in cursor.fetchall()))

    def _matching(
        self, query: ParsedQuery, filters: Filters, headlines_only: bool = False
    ) -> tuple[str, list]:
        where, params = filters.sql()
        expression = match_expression(query)
        if headlines_only:
            expression = f"{{headline}} : ({expression})"
        sql = (
            "FROM search_fts f JOIN search_document d ON d.article_id = f.rowid "
            f"WHERE search_fts MATCH %s AND {where}"
        )
        return sql, [expression, *params]

    def find(
        self,
        query: ParsedQuery,
        filters: Filters,
        offset: int,
        limit: int,
        headlines_only: bool = False,
    ) -> list[int]:
        expression = match_expression(query)
        matching, params = self._matching(query, filters, headlines_only)
        if headlines_only:
            tier, tier_params = str(HEADLINE), []
        else:
            in_column = "f.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s)"
            tier = (
                f"CASE WHEN {in_column} THEN {HEADLINE} "
                f"WHEN {in_column} THEN {STANDFIRST} ELSE {BODY} END"
            )
            tier_params = [f"{{headline}} : ({expression})", f"{{standfirst}} : ({expression})"]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT d.article_id, {tier} AS tier {matching} ORDER BY {ORDER} "
                "LIMIT %s OFFSET %s",
                [*tier_params, *params, limit, offset],
            )
            return [row[0] for row in cursor.fetchall()]

    def count(self, query: ParsedQuery, filters: Filters, cap: int) -> tuple[int, bool]:
        expression = match_expression(query)
        with connection.cursor() as cursor:
            # The full-text index alone first: joining every match to its story to apply
            # the filters is what costs.
            cursor.execute(
                "SELECT count(*), max(rowid) - min(rowid) + 1 FROM (SELECT rowid FROM "
                "search_fts WHERE search_fts MATCH %s ORDER BY rowid LIMIT %s)",
                [expression, cap + 1],
            )
            found, span = cursor.fetchone()
            if found <= cap:
                matching, params = self._matching(query, filters)
                cursor.execute(f"SELECT count(*) {matching}", params)
                return cursor.fetchone()[0], True
            # Past the cap: extrapolate from the share of keys the first matches spread
            # over, times the share of stories the filters' editions hold.
            where, params = filters.sql()
            cursor.execute(
                "SELECT max(article_id) - min(article_id) + 1, count(*), "
                f"(SELECT count(*) FROM search_document d WHERE {where}) FROM search_document",
                params,
            )
            keys, stories, filtered = cursor.fetchone()
            estimate = found * (keys or 1) / max(span or 1, 1) * filtered / max(stories, 1)
            return max(1, round(estimate)), False


BACKEND = SQLiteBackend()
