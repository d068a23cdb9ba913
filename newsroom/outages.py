"""Riding out a database outage in the worker's loops: say so twice, back off, carry on.

A PostgreSQL restart must not end the worker: each loop reports its failures and
successes to a `DatabaseOutage`, which logs one line when the outage starts and one
when it ends (not one per try), drops the broken connections so the next try opens
a fresh one, and tells the loop how long to wait: about a second at first, growing
to five, so a long outage costs the database nothing while it comes back.
"""

import logging
import time
from contextlib import suppress

from django.db import Error, connections

logger = logging.getLogger("newsroom.worker")

# Django's base class of every database error: connection refused or cut (OperationalError,
# InterfaceError) and whatever a half-dead connection raises on the way.
DATABASE_ERRORS = (Error,)


class DatabaseOutage:
    """One loop's view of the database: reachable, or unreachable since when."""

    def __init__(self, loop: str, first_pause: float = 1.0, longest_pause: float = 5.0):
        self.loop = loop
        self.first_pause = first_pause
        self.longest_pause = longest_pause
        self.began_at: float | None = None
        self.pause = first_pause

    @property
    def ongoing(self) -> bool:
        return self.began_at is not None

    def failed(self, error: BaseException) -> float:
        """Note a failed try; returns the seconds to wait before the next."""
        close_connections()
        if self.began_at is None:
            self.began_at = time.monotonic()
            self.pause = self.first_pause
            logger.warning(
                "Database unreachable, %s waits for it (retrying every %g-%g s): %s: %s",
                self.loop,
                self.first_pause,
                self.longest_pause,
                type(error).__name__,
                error,  # on one line, as masthead.logs puts every message
            )
        else:
            self.pause = min(self.longest_pause, self.pause * 1.5)
        return self.pause

    def succeeded(self) -> None:
        """Note a try that reached the database; ends the outage if there was one."""
        if self.began_at is not None:
            logger.warning(
                "Database reachable again, %s carries on after %.0f s",
                self.loop,
                time.monotonic() - self.began_at,
            )
            self.began_at = None
            self.pause = self.first_pause


def close_connections() -> None:
    """Drop this thread's connections: a connection cut by the server stays broken."""
    for connection in connections.all(initialized_only=True):
        with suppress(*DATABASE_ERRORS):
            connection.close()


def wait_for_database(outage: DatabaseOutage) -> None:
    """Return once a connection opens, pausing between tries as `outage` says."""
    while True:
        try:
            connections["default"].ensure_connection()
        except DATABASE_ERRORS as error:
            time.sleep(outage.failed(error))
        else:
            outage.succeeded()
            return
