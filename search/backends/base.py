"""What both backends share: the filters, the order of results and the interface."""

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from search.parsing import ParsedQuery

# Field tiers, best first: a match in the headline ranks above one in the subheadline or
# lead, which ranks above one in the body only. Within a tier, newer stories first: the
# recency boost. Both backends order by exactly this, so they agree on every order.
HEADLINE, STANDFIRST, BODY = 3, 2, 1
ORDER = "tier DESC, d.published_at DESC, d.article_id DESC"


@dataclass(frozen=True)
class Filters:
    languages: tuple[str, ...]
    section_id: int | None = None
    author_id: int | None = None
    published_from: datetime | None = None
    published_before: datetime | None = None

    def sql(self) -> tuple[str, list]:
        """A WHERE fragment over search_document `d`, and its parameters."""
        marks = ", ".join(["%s"] * len(self.languages))
        parts, params = [f"d.language IN ({marks})"], list(self.languages)
        if self.section_id is not None:
            parts.append("d.section_id = %s")
            params.append(self.section_id)
        if self.author_id is not None:
            parts.append(
                "d.article_id IN (SELECT article_id FROM news_articleauthor WHERE author_id = %s)"
            )
            params.append(self.author_id)
        if self.published_from is not None:
            parts.append("d.published_at >= %s")
            params.append(self.published_from)
        if self.published_before is not None:
            parts.append("d.published_at < %s")
            params.append(self.published_before)
        return " AND ".join(parts), params


class SearchBackend(Protocol):
    def install(self, cursor) -> None:
        """Create the backend's own tables and indexes (run by the migration)."""

    def analysed(self, words: list[str], language: str) -> str:
        """The text of a `*_terms` column for these (folded) words."""

    def add_terms(self, terms: set[tuple[str, str]]) -> None:
        """Add (language, folded word) pairs to the lexicon."""

    def known_terms(self, languages: tuple[str, ...], terms: set[str]) -> set[str]: ...

    def similar_terms(self, languages: tuple[str, ...], term: str, limit: int) -> list[str]:
        """Lexicon words that share the most trigrams with `term`, best first."""

    def find(
        self,
        query: ParsedQuery,
        filters: Filters,
        offset: int,
        limit: int,
        headlines_only: bool = False,
    ) -> list[int]:
        """Keys of matching stories in ORDER (`headlines_only`: matches in headlines)."""

    def count(self, query: ParsedQuery, filters: Filters, cap: int) -> tuple[int, bool]:
        """(count, exact): exact up to `cap`, an estimate above it."""
