"""One interface, two implementations: SQLite FTS5 (the embedded default) and PostgreSQL
full-text search. Both answer the same ParsedQuery with the same stories in the same
order: they differ in how they store and match words, not in what they find.
"""

from django.db import connection

from search.backends.base import Filters, SearchBackend


def current_backend() -> SearchBackend:
    if connection.vendor == "postgresql":
        from search.backends import postgresql

        return postgresql.BACKEND
    from search.backends import sqlite

    return sqlite.BACKEND


__all__ = ["Filters", "SearchBackend", "current_backend"]
