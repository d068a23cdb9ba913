"""PostgreSQL full-text search: the production backend.

Each row is analysed by its own story's language (wagtail#1177, #9253: Wagtail's
backend takes one configuration for the whole index). The configurations are
PostgreSQL's Snowball stemmers without their stop-word lists: the embedded default
drops no words, and both backends must find the same stories. Azerbaijani has no
stemmer: `simple` (the folded words as they are). pg_trgm finds the lexicon words a
typo is closest to.
"""

# The SQL below is assembled from constants and placeholders only: every value a reader
# typed is a parameter (S608 cannot see that).
# ruff: noqa: S608

import json

from django.db import connection

from search.backends.base import BODY, HEADLINE, ORDER, STANDFIRST, Filters
from search.parsing import ParsedQuery, Phrase, Word, matches_as_prefix

# Per edition: the dictionary for ASCII words and the one for other words, as
# search.analysis.stem chooses a stemmer by the word's script (folded Latin words are
# ASCII; the others are Cyrillic or Armenian). Azerbaijani has no stemmer: simple.
DICTIONARIES = {
    "en": ("english", "russian"),
    "ru": ("english", "russian"),
    "hy": ("english", "armenian"),
    "az": ("simple", "russian"),
}
ASCII_TOKENS = "asciiword, numword, asciihword, hword_asciipart, numhword, hword_numpart"
OTHER_TOKENS = "word, hword, hword_part"


def configuration(language: str) -> str:
    return f"masthead_{language}" if language in DICTIONARIES else "simple"


def dictionary(name: str) -> str:
    return "simple" if name == "simple" else f"masthead_{name}_stem"


def config_case() -> str:
    whens = " ".join(
        f"WHEN '{language}' THEN '{configuration(language)}'::regconfig"
        for language in DICTIONARIES
    )
    return f"CASE language {whens} ELSE 'simple'::regconfig END"


def vector(fields: list[tuple[str, str]]) -> str:
    config = config_case()
    return " || ".join(
        f"setweight(to_tsvector({config}, {field}_terms) || "
        f"to_tsvector('simple', {field}_names), '{weight}')"
        for field, weight in fields
    )


def install_statements() -> list[str]:
    statements = ["CREATE EXTENSION IF NOT EXISTS pg_trgm"]
    for stemmer in ("english", "russian", "armenian"):
        # No StopWords: the embedded default drops no words, and both must agree.
        statements.append(
            f"CREATE TEXT SEARCH DICTIONARY {dictionary(stemmer)} "
            f"(TEMPLATE = snowball, Language = {stemmer})"
        )
    for language, (ascii_words, other_words) in DICTIONARIES.items():
        name = configuration(language)
        statements += [
            f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = simple)",
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR {ASCII_TOKENS} WITH {dictionary(ascii_words)}",
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR {OTHER_TOKENS} WITH {dictionary(other_words)}",
        ]
    headline_fields = [("headline", "A"), ("standfirst", "B")]
    statements += [
        # The whole story, for matching; and its headline and standfirst alone, small
        # enough to stay in the row, for ranking without reading the body's vector.
        "ALTER TABLE search_document ADD COLUMN vector tsvector GENERATED ALWAYS AS "
        f"({vector([*headline_fields, ('body', 'C')])}) STORED",
        "ALTER TABLE search_document ADD COLUMN title_vector tsvector GENERATED ALWAYS AS "
        f"({vector(headline_fields)}) STORED",
        "CREATE INDEX search_document_vector ON search_document USING gin (vector)",
        "CREATE INDEX search_document_title_vector ON search_document USING gin (title_vector)",
        # GiST, not GIN: it orders by trigram distance (KNN), so the nearest words come
        # first however few trigrams they share, as FTS5's trigram ranking on SQLite.
        "CREATE INDEX search_term_trigrams ON search_term USING gist (term gist_trgm_ops)",
    ]
    return statements


def lexeme(text: str, weights: str, prefix: bool = False) -> str:
    """A tsquery operand: quoted, so that nothing in it is syntax."""
    escaped = text.replace("\\", "\\\\").replace("'", "''")
    marks = ("*" if prefix else "") + weights
    return f"'{escaped}'" + (f":{marks}" if marks else "")


def word_query(word: Word, weights: str) -> tuple[str, list]:
    parts = ["to_tsquery(%s::regconfig, %s)"] * len(word.forms)
    params: list = []
    for language, folded in word.forms:
        prefix = word.prefix or matches_as_prefix(folded, language)
        params += [configuration(language), lexeme(folded, weights, prefix)]
    if word.names:
        parts.append("to_tsquery('simple', %s)")
        params.append(" | ".join(lexeme(key, weights) for key in sorted(word.names)))
    return "(" + " || ".join(parts) + ")", params


def phrase_query(phrase: Phrase, languages: tuple[str, ...], weights: str) -> tuple[str, list]:
    parts, params = [], []
    for language in languages:
        parts.append("to_tsquery(%s::regconfig, %s)")
        text = " <-> ".join(lexeme(dict(w.forms)[language], weights) for w in phrase.words)
        params += [configuration(language), text]
    return "(" + " || ".join(parts) + ")", params


def tsquery(query: ParsedQuery, weights: str = "") -> tuple[str, list]:
    parts, params = [], []
    for clause in query.clauses:
        if isinstance(clause, Phrase):
            sql, more = phrase_query(clause, query.languages, weights)
        else:
            sql, more = word_query(clause, weights)
        parts.append(sql)
        params += more
    return " && ".join(parts), params


class PostgreSQLBackend:
    def install(self, cursor) -> None:
        for statement in install_statements():
            cursor.execute(statement)

    def analysed(self, words: list[str], language: str) -> str:
        return " ".join(words)

    def add_terms(self, terms: set[tuple[str, str]]) -> None:
        languages, words = zip(*sorted(terms), strict=True) if terms else ((), ())
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO search_term (language, term) "
                "SELECT * FROM unnest(%s::text[], %s::text[]) ON CONFLICT DO NOTHING",
                [list(languages), list(words)],
            )

    def known_terms(self, languages: tuple[str, ...], terms: set[str]) -> set[str]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT term FROM search_term WHERE language = ANY(%s) AND term = ANY(%s)",
                [list(languages), list(terms)],
            )
            return {row[0] for row in cursor.fetchall()}

    def similar_terms(self, languages: tuple[str, ...], term: str, limit: int) -> list[str]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT term FROM search_term WHERE language = ANY(%s) "
                "ORDER BY term <-> %s, term LIMIT %s",
                [list(languages), term, limit],
            )
            return list(dict.fromkeys(row[0] for row in cursor.fetchall()))

    def _matching(
        self, query: ParsedQuery, filters: Filters, headlines_only: bool = False
    ) -> tuple[str, list]:
        where, params = filters.sql()
        if headlines_only:
            match, match_params = tsquery(query, "A")
            column = "title_vector"
        else:
            match, match_params = tsquery(query)
            column = "vector"
        return (
            f"FROM search_document d WHERE d.{column} @@ ({match}) AND {where}",
            [*match_params, *params],
        )

    def find(
        self,
        query: ParsedQuery,
        filters: Filters,
        offset: int,
        limit: int,
        headlines_only: bool = False,
    ) -> list[int]:
        matching, params = self._matching(query, filters, headlines_only)
        in_headline, headline_params = tsquery(query, "A")
        in_standfirst, standfirst_params = tsquery(query, "B")
        tier = (
            f"CASE WHEN d.title_vector @@ ({in_headline}) THEN {HEADLINE} "
            f"WHEN d.title_vector @@ ({in_standfirst}) THEN {STANDFIRST} ELSE {BODY} END"
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT d.article_id, {tier} AS tier {matching} ORDER BY {ORDER} "
                "LIMIT %s OFFSET %s",
                [*headline_params, *standfirst_params, *params, limit, offset],
            )
            return [row[0] for row in cursor.fetchall()]

    def count(self, query: ParsedQuery, filters: Filters, cap: int) -> tuple[int, bool]:
        matching, params = self._matching(query, filters)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM (SELECT 1 {matching} LIMIT %s) m", [*params, cap + 1]
            )
            found = cursor.fetchone()[0]
            if found <= cap:
                return found, True
            # The planner's estimate: what PostgreSQL itself expects to find.
            cursor.execute(f"EXPLAIN (FORMAT JSON) SELECT 1 {matching}", params)
            plan = cursor.fetchone()[0]
            plan = json.loads(plan) if isinstance(plan, str) else plan
            return max(cap + 1, int(plan[0]["Plan"]["Plan Rows"])), False


BACKEND = PostgreSQLBackend()
