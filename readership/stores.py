"""What a store of counts is: the database's (readership.database) and Redis's
(readership.live) answer the same two questions with the same types, so counting
(readership.counting) chooses between them in one place and treats them alike.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

# A reader counts once per article within this long, in either store.
DEDUPE_WINDOW = timedelta(minutes=30)


class Outcome:
    COUNTED = "counted"
    ALREADY_COUNTED = "already-counted"
    NOT_A_PERSON = "not-a-person"
    RATE_LIMITED = "rate-limited"


@dataclass(frozen=True)
class ReadCounted:
    """What counting one read did: its outcome, and the views to add to the stored total
    the reader was shown (this read, and those the store has not yet written there)."""

    outcome: str
    added: int


class StoreUnavailable(Exception):
    """The store is not configured or did not answer: count in the next one."""


class CountingStore(Protocol):
    def record_read(
        self,
        reader: str,
        client: str,
        article_id: int,
        day: date,
        per_minute: int,
        now: datetime,
        yesterdays_reader: str | None = None,
    ) -> ReadCounted:
        """Count one read unless the reader was counted for the article within
        DEDUPE_WINDOW (under today's key, or yesterday's during the overlap), or their
        client for more than `per_minute` articles in the last minute. Raises
        StoreUnavailable when the store cannot count now."""
        ...

    def pending_views(self, article_ids: list[int]) -> dict[int, int]:
        """Views counted here but not yet in the articles' stored totals."""
        ...
