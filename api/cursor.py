"""Opaque cursors over (publication time, id): where the next page of a list starts.

Lists are ordered newest first by (published_at, id). A cursor is the position of the last
story a client received, so the next page is every story strictly after it in that order:
stories published meanwhile sort before it and shift nothing, unlike an offset, which
repeats or skips items as a list grows. Opaque (base64url of both values) so apps treat it
as a token and we may change its content in a later version.
"""

import base64
import binascii
from datetime import UTC, datetime

from django.db.models import Q, QuerySet

from api.problems import InvalidParameter
from api.schemas import MAX_ID


def encode(published_at: datetime, story_id: int) -> str:
    raw = f"{published_at.astimezone(UTC).isoformat()}|{story_id}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode(cursor: str) -> tuple[datetime, int]:
    """The position a cursor names; InvalidParameter for anything this module did not make."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        when, story_id = raw.split("|")
        published_at = datetime.fromisoformat(when)
        position = int(story_id)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise InvalidParameter("cursor", "The cursor is not one this API gave.") from None
    if published_at.tzinfo is None or not 1 <= position <= MAX_ID or str(position) != story_id:
        raise InvalidParameter("cursor", "The cursor is not one this API gave.")
    return published_at, position


def after(stories: QuerySet, cursor: str | None) -> QuerySet:
    """`stories` (ordered newest first) after the cursor's position."""
    if not cursor:
        return stories
    published_at, story_id = decode(cursor)
    return stories.filter(
        Q(published_at__lt=published_at) | Q(published_at=published_at, pk__lt=story_id)
    )
