"""The editors' aliases: spellings of a name that no transliteration rule produces.

Imported by SearchConfig.ready(), which connects the signals that retire the cache.

Every name key of every spelling of one NameAlias leads to the keys of all its
spellings. The whole table (a few hundred names at most) is read at once into a map
from key to keys, kept in this process and in Django's cache under a version that
saving or deleting an alias changes: the engine asks for every word it indexes, so a
lookup must be a dictionary read, not a query.
"""

import logging
import time
from typing import NamedTuple

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from search.analysis.names import name_keys
from search.analysis.tokens import words
from search.models import NameAlias

logger = logging.getLogger(__name__)

VERSION_KEY = "search:name-aliases:version"
TABLE_KEY = "search:name-aliases:{}"
# How long a process trusts its own copy before asking the shared cache whether another
# process changed an alias: an edit in this process is seen at once, one in another
# within this time.
RECHECK_SECONDS = 2.0
# How long any copy is kept at most: a bound on what a lost retirement (the cache away
# at the moment of an edit, a transaction rolled back after a read) could leave stale.
MAX_AGE_SECONDS = 10 * 60


class _Copy(NamedTuple):
    checked: float
    read: float
    version: object
    table: dict[str, frozenset[str]]


_local: _Copy | None = None


def spelling_keys(spelling: str) -> set[str]:
    """The name keys of a spelling of one or more words ("Ter-Petrosyan")."""
    return {key for word in words(spelling) for key in name_keys(word)}


def read_table() -> dict[str, frozenset[str]]:
    """Each key of an aliased name's spellings, to the keys of all its spellings."""
    table: dict[str, frozenset[str]] = {}
    for alias in NameAlias.objects.all():
        keys = frozenset().union(*(spelling_keys(s) for s in alias.all_spellings()))
        for key in keys:
            # A key two names share (two spellings collide) leads to both names' keys.
            table[key] = table.get(key, frozenset()) | keys
    return table


def _table() -> dict[str, frozenset[str]]:
    global _local
    now = time.monotonic()
    if _local is not None and now - _local.read < MAX_AGE_SECONDS:
        if now - _local.checked < RECHECK_SECONDS:
            return _local.table
        version = cache.get(VERSION_KEY)
        if version is not None and version == _local.version:
            _local = _local._replace(checked=now)
            return _local.table
    else:
        version = cache.get(VERSION_KEY)
    table = cache.get(TABLE_KEY.format(version)) if version is not None else None
    if table is None:
        if version is None:
            version = time.time_ns()
            cache.add(VERSION_KEY, version, None)
        table = read_table()
        cache.set(TABLE_KEY.format(version), table, MAX_AGE_SECONDS)
    _local = _Copy(checked=now, read=now, version=version, table=table)
    return table


def alias_keys(key: str) -> set[str]:
    """The name keys of every spelling editors listed with the name that has `key`
    (none when no alias lists it)."""
    return set(_table().get(key, ()))


def forget_local_copy() -> None:
    """Drop this process's copy (tests: the database rolled back under it)."""
    global _local
    _local = None


def forget_aliases() -> None:
    """Retire every copy of the table: the next lookup reads the aliases afresh."""
    forget_local_copy()
    try:
        cache.set(VERSION_KEY, time.time_ns(), None)
    except Exception:  # a side effect never fails the editor's save (the cache is away)
        logger.exception("could not retire the name aliases' cached table")


@receiver(post_save, sender=NameAlias, dispatch_uid="search-name-alias-saved")
@receiver(post_delete, sender=NameAlias, dispatch_uid="search-name-alias-deleted")
def alias_changed(**kwargs) -> None:
    # Now, for this process, and again once the change is committed, for whatever
    # another process read in between.
    forget_aliases()
    transaction.on_commit(forget_aliases)
