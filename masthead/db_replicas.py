"""Read replicas: readers' page views read from a replica; everything else uses the primary.

Production settings turn DATABASE_REPLICA_URLS into the aliases "replica_1", "replica_2", …
beside "default" (the primary), and install ReplicaRouter and ReplicaReadsMiddleware.

- Writes, migrations and relation checks always go to "default".
- Reads go to "default" unless the code runs inside `replica_reads()`, which the
  middleware opens for each reader's GET or HEAD request. There, reads go to one replica,
  chosen at random when the request starts and kept for the whole request, so a page is
  built from one consistent snapshot (replicas replay the primary at different speeds).

A replica lags the primary, usually by milliseconds, so whoever has just written must
read from the primary to see it (read-your-writes). Hence reads go to "default":

- inside `transaction.atomic()` on "default": a transaction must see its own rows, and a
  read that decides a write must not come from an older snapshot;
- for the rest of the request once it has written (anything that asks the router where to
  write: save(), update(), delete(), get_or_create(), select_for_update());
- for requests under /admin/, other methods than GET and HEAD, and requests carrying the
  session cookie (editors; readers get no session): the page an editor opens right after
  saving or publishing is a new request, which the rule above cannot cover;
- outside requests (the worker, management commands, the shell): they often read what
  they have just written, and they are few. django-tasks' worker even opens the transaction
  in which it claims a task (SELECT ... FOR UPDATE, a write) on the database given for reads.

Not covered: another process's writes. A reader request that arrives just after a story
is published may still read the replica's older state; see README ("Running across
machines") for keeping replicas in step with the page cache's invalidations.
"""

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model
from django.http import HttpRequest, HttpResponse

REPLICA_PREFIX = "replica_"
# Requests under these paths read from the primary throughout: the newsroom.
PRIMARY_PATH_PREFIXES = ("/admin/",)
READ_ONLY_METHODS = ("GET", "HEAD")

# Where reads go in the current context: "default" unless replica_reads() chose a replica.
# A ContextVar, so each thread and each asyncio task (each request) has its own.
_read_alias: ContextVar[str] = ContextVar("masthead_read_alias", default=DEFAULT_DB_ALIAS)


def replica_aliases() -> list[str]:
    """The configured replicas' aliases ("replica_1", …), empty when there are none."""
    return [alias for alias in settings.DATABASES if alias.startswith(REPLICA_PREFIX)]


@contextmanager
def replica_reads() -> Iterator[str]:
    """Read from one randomly chosen replica inside the block (until something writes).

    Yields the chosen alias: "default" when no replica is configured.
    """
    replicas = replica_aliases()
    token = _read_alias.set(random.choice(replicas) if replicas else DEFAULT_DB_ALIAS)
    try:
        yield _read_alias.get()
    finally:
        _read_alias.reset(token)


@contextmanager
def primary_reads() -> Iterator[None]:
    """Read from the primary inside the block, even within a reader's request.

    For what is kept beyond the request (caching.remembered): a replica's older
    state kept under a version that is already current would outlive the lag.
    """
    token = _read_alias.set(DEFAULT_DB_ALIAS)
    try:
        yield
    finally:
        _read_alias.reset(token)


def reads_from_primary(request: HttpRequest) -> bool:
    """Whether the request must read from the primary throughout (see the module docstring)."""
    return (
        request.method not in READ_ONLY_METHODS
        or request.path_info.startswith(PRIMARY_PATH_PREFIXES)
        or settings.SESSION_COOKIE_NAME in request.COOKIES
    )


class ReplicaReadsMiddleware:
    """Let a reader's GET/HEAD request read from a replica; every other request, the primary.

    Place it before any middleware that reads the database.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if reads_from_primary(request):
            token = _read_alias.set(DEFAULT_DB_ALIAS)
            try:
                return self.get_response(request)
            finally:
                _read_alias.reset(token)
        with replica_reads():
            return self.get_response(request)


class ReplicaRouter:
    """DATABASE_ROUTERS entry: writes and migrations to "default", reads as described above."""

    def db_for_read(self, model: type[Model], **hints: Any) -> str:
        if connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        return _read_alias.get()

    def db_for_write(self, model: type[Model], **hints: Any) -> str:
        # Read-your-writes: from now on this request (or block) reads from the primary.
        # replica_reads() and the middleware restore the previous value when they end.
        _read_alias.set(DEFAULT_DB_ALIAS)
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1: Model, obj2: Model, **hints: Any) -> bool | None:
        # The replicas hold the primary's rows: an object read from a replica may be
        # related to one read from the primary (and is saved to the primary).
        databases = {DEFAULT_DB_ALIAS, *replica_aliases()}
        if obj1._state.db in databases and obj2._state.db in databases:
            return True
        return None

    def allow_migrate(
        self, db: str, app_label: str, model_name: str | None = None, **hints: Any
    ) -> bool:
        # Replicas receive the schema from the primary through replication.
        return db == DEFAULT_DB_ALIAS
