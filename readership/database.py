"""Counting in the database: the embedded default, and production's fallback.

Every statement is atomic on its own (an upsert, or UPDATE ... SET n = n + 1), so
concurrent readers never overwrite each other's counts, and a read is one
transaction, so a count is either complete (dedupe row, day, total) or absent.

This is the hot path of every read, so it is written as SQL that runs unchanged on
SQLite and PostgreSQL: building the equivalent ORM queries (Wagtail pages are
multi-table models) cost several times the queries themselves.
"""

import fcntl
import threading
from collections.abc import Iterable
from contextlib import contextmanager, nullcontext
from datetime import date, datetime, timedelta
from functools import cache

from django.apps import apps
from django.db import connection, transaction
from django.utils import timezone

from readership.models import DailyViews, RecentRead
from readership.stores import DEDUPE_WINDOW, Outcome, ReadCounted

_thread_writer = threading.Lock()
_lock_files: dict[str, object] = {}


@contextmanager
def _sqlite_writer():
    """Queue this machine's SQLite writers of reads, instead of letting SQLite do it.

    SQLite has one writer at a time, and one that finds the database locked backs off
    in growing sleeps (1, 2, 5, 10 ... ms, its busy handler): with two app workers
    counting hundreds of reads a second, those sleeps made p99 latency 200 ms. A
    blocking lock on a file beside the database wakes the next writer at once.
    A thread lock comes first, because a file lock is shared by a process's threads.
    """
    with _thread_writer:
        name = f"{connection.settings_dict['NAME']}.write-lock"
        lock_file = _lock_files.get(name)
        if lock_file is None:
            lock_file = _lock_files[name] = open(name, "a")  # noqa: SIM115 (kept open)
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


@cache
def _table(model: str) -> str:
    return apps.get_model(model)._meta.db_table


def _claim_reader(cursor, reader: str, client: str, article_id: int, now: datetime) -> bool:
    """Record the reader for the article; False if they were counted within the window.

    One upsert: a new reader inserts, a reader whose last count is older than the
    window moves it to now, anyone else changes nothing (and is not counted).
    """
    table = RecentRead._meta.db_table
    cursor.execute(
        f"INSERT INTO {table} (reader, client, article_id, counted_at) VALUES (%s, %s, %s, %s) "  # noqa: S608 (table names from the models; values are parameters)
        f"ON CONFLICT (reader, article_id) DO UPDATE "
        f"SET client = excluded.client, counted_at = excluded.counted_at "
        f"WHERE {table}.counted_at <= %s",
        [
            reader,
            client,
            article_id,
            connection.ops.adapt_datetimefield_value(now),
            connection.ops.adapt_datetimefield_value(now - DEDUPE_WINDOW),
        ],
    )
    return cursor.rowcount == 1


def _add(cursor, article_id: int, day: date, views: int) -> None:
    """Add to the article's total and its day; nothing for an article deleted meanwhile."""
    cursor.execute(
        f"UPDATE {_table('news.ArticlePage')} SET view_count = view_count + %s "  # noqa: S608 (table names from the models; values are parameters)
        "WHERE page_ptr_id = %s",
        [views, article_id],
    )
    if cursor.rowcount != 1:
        return
    daily = DailyViews._meta.db_table
    cursor.execute(
        f"INSERT INTO {daily} (article_id, day, views) VALUES (%s, %s, %s) "  # noqa: S608 (table names from the models; values are parameters)
        f"ON CONFLICT (article_id, day) DO UPDATE SET views = {daily}.views + excluded.views",
        [article_id, connection.ops.adapt_datefield_value(day), views],
    )


def add_views(counts: Iterable[tuple[int, date, int]]) -> None:
    """Add each (article, day, views). Call inside a transaction."""
    with connection.cursor() as cursor:
        for article_id, day, views in counts:
            _add(cursor, article_id, day, views)


def _counted_within_the_window(cursor, reader: str, article_id: int, now: datetime) -> bool:
    cursor.execute(
        f"SELECT 1 FROM {RecentRead._meta.db_table} "  # noqa: S608 (table names from the models; values are parameters)
        "WHERE reader = %s AND article_id = %s AND counted_at > %s",
        [reader, article_id, connection.ops.adapt_datetimefield_value(now - DEDUPE_WINDOW)],
    )
    return cursor.fetchone() is not None


def _client_reads_in_the_last_minute(cursor, client: str, now: datetime) -> int:
    cursor.execute(
        f"SELECT COUNT(*) FROM {RecentRead._meta.db_table} "  # noqa: S608 (table names from the models; values are parameters)
        "WHERE client = %s AND counted_at > %s",
        [client, connection.ops.adapt_datetimefield_value(now - timedelta(minutes=1))],
    )
    return cursor.fetchone()[0]


def record_read(
    reader: str,
    client: str,
    article_id: int,
    day: date,
    per_minute: int,
    now: datetime | None = None,
    yesterdays_reader: str | None = None,
) -> str:
    """Count one read unless the reader was counted for the article within the window
    (under today's key, or yesterday's during the overlap), or their client was counted
    for more than `per_minute` articles in the last minute."""
    queue = _sqlite_writer() if connection.vendor == "sqlite" else nullcontext()
    with queue, transaction.atomic(), connection.cursor() as cursor:
        now = now or timezone.now()
        if yesterdays_reader and _counted_within_the_window(
            cursor, yesterdays_reader, article_id, now
        ):
            return Outcome.ALREADY_COUNTED
        if not _claim_reader(cursor, reader, client, article_id, now):
            return Outcome.ALREADY_COUNTED
        if _client_reads_in_the_last_minute(cursor, client, now) > per_minute:
            transaction.set_rollback(True)
            return Outcome.RATE_LIMITED
        _add(cursor, article_id, day, 1)
        return Outcome.COUNTED


def published_views(article_ids: list[int]) -> dict[int, int]:
    """The stored totals of those of `article_ids` that are published: {id: views}."""
    if not article_ids:
        return {}
    placeholders = ", ".join(["%s"] * len(article_ids))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT article.page_ptr_id, article.view_count "  # noqa: S608 (table names from the models; values are parameters)
            f"FROM {_table('news.ArticlePage')} article "
            f"JOIN {_table('wagtailcore.Page')} page ON page.id = article.page_ptr_id "
            f"WHERE article.page_ptr_id IN ({placeholders}) AND page.live",
            article_ids,
        )
        return dict(cursor.fetchall())


def forget_old_readers(now: datetime | None = None) -> int:
    """Drop dedupe rows older than the window (they no longer stop a count)."""
    now = now or timezone.now()
    deleted, _ = RecentRead.objects.filter(counted_at__lte=now - DEDUPE_WINDOW).delete()
    return deleted


class DatabaseCounts:
    """The database as a CountingStore (readership.stores): it writes each read into the
    stored totals at once, so nothing is pending; it never reports itself unavailable
    (a DatabaseError is the caller's to handle)."""

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
        outcome = record_read(reader, client, article_id, day, per_minute, now, yesterdays_reader)
        return ReadCounted(outcome, int(outcome == Outcome.COUNTED))

    def pending_views(self, article_ids: list[int]) -> dict[int, int]:
        return {}


COUNTS = DatabaseCounts()
