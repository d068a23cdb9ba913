"""One class per database vendor, with the same three methods: is_empty, dump, restore.

Both restore atomically, so a restore that fails leaves the database as it was:
SQLite copies the checked dump in with its online backup API (one write transaction
on the live file), PostgreSQL replays the dump through psql in a single transaction.
"""

import os
import shutil
import sqlite3
import subprocess
import tempfile
import time
from abc import ABC, abstractmethod
from contextlib import suppress
from pathlib import Path
from typing import Any

from django.db import connections

from .progress import Progress

# Pages copied per step of SQLite's online backup: a few MB, so the progress line moves
# and other connections get their turn between steps.
SQLITE_PAGES_PER_STEP = 1024
COPY_CHUNK = 1024 * 1024


class BackupError(Exception):
    """A failure to report to the operator as one sentence, without a traceback."""


class Database(ABC):
    vendor: str
    dump_name: str

    def __init__(self, settings_dict: dict[str, Any]):
        self.settings = settings_dict

    @abstractmethod
    def is_empty(self) -> bool:
        """No tables at all: a restore here cannot replace anything."""

    @abstractmethod
    def dump(self, target: Path, progress: Progress) -> None:
        """Write a consistent copy of the database to `target`, while the site runs."""

    @abstractmethod
    def restore(self, source: Path, progress: Progress) -> None:
        """Replace the database's contents with the dump at `source`, all or nothing."""


class SQLiteDatabase(Database):
    vendor = "sqlite"
    dump_name = "database.sqlite3"

    @property
    def path(self) -> Path:
        return Path(self.settings["NAME"])

    def is_empty(self) -> bool:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return True
        with _sqlite(self.path) as database:
            return not database.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table'"
            ).fetchone()

    def dump(self, target: Path, progress: Progress) -> None:
        if not self.path.exists():
            raise BackupError(f"There is no database at {self.path}.")
        progress.enter("database")
        with _sqlite(self.path) as source, _sqlite(target) as copy:
            page_size = source.execute("PRAGMA page_size").fetchone()[0]
            _copy_pages(source, copy, page_size, progress)
            # One self-contained file: the copy keeps no write-ahead log beside it.
            copy.execute("PRAGMA journal_mode=DELETE")

    def restore(self, source: Path, progress: Progress) -> None:
        progress.enter("checking the database")
        try:
            with _sqlite(source) as dump:
                verdict = dump.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise BackupError(f"The backup's database is not readable: {error}.") from None
        if verdict != "ok":
            raise BackupError(f"The backup's database is damaged: {verdict}.")
        connections.close_all()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        progress.enter("restoring the database")
        try:
            with _sqlite(source) as dump, _sqlite(self.path) as live:
                page_size = dump.execute("PRAGMA page_size").fetchone()[0]
                _copy_pages(dump, live, page_size, progress)
                live.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error as error:
            raise BackupError(
                f"Restoring into {self.path} failed, and it was left as it was: {error}."
            ) from None


class _sqlite:
    """A plain sqlite3 connection that is closed on leaving (sqlite3's own only commits)."""

    def __init__(self, path: Path):
        self.connection = sqlite3.connect(path, timeout=30)

    def __enter__(self) -> sqlite3.Connection:
        return self.connection

    def __exit__(self, *exc_info: object) -> None:
        self.connection.close()


def _copy_pages(
    source: sqlite3.Connection, target: sqlite3.Connection, page_size: int, progress: Progress
) -> None:
    """SQLite's online backup: a consistent snapshot of `source`, written into `target` as
    one transaction (all of it or, if interrupted, none)."""
    copied = 0

    def report(status: int, remaining: int, total: int) -> None:
        nonlocal copied
        done = total - remaining
        progress.add((done - copied) * page_size)
        copied = done

    source.backup(target, pages=SQLITE_PAGES_PER_STEP, progress=report)


class PostgreSQLDatabase(Database):
    vendor = "postgresql"
    dump_name = "database.pgdump"

    def environment(self) -> dict[str, str]:
        """libpq's variables: the password travels in the environment, never on a command line."""
        env = dict(os.environ)
        names = {
            "NAME": "PGDATABASE",
            "USER": "PGUSER",
            "PASSWORD": "PGPASSWORD",
            "HOST": "PGHOST",
            "PORT": "PGPORT",
        }
        for key, variable in names.items():
            if self.settings.get(key):
                env[variable] = str(self.settings[key])
        options = self.settings.get("OPTIONS", {})
        for option in ("sslmode", "sslrootcert", "sslcert", "sslkey"):
            if options.get(option):
                env[f"PG{option.upper()}"] = str(options[option])
        return env

    def is_empty(self) -> bool:
        connection = connections["default"]
        with connection.cursor() as cursor:
            return not connection.introspection.table_names(cursor, include_views=True)

    def dump(self, target: Path, progress: Progress) -> None:
        progress.enter("database")
        command = [_tool("pg_dump"), "--format=custom", f"--file={target}"]
        with tempfile.TemporaryFile() as errors:
            process = subprocess.Popen(command, env=self.environment(), stderr=errors)  # noqa: S603 (ours)
            while process.poll() is None:
                time.sleep(0.2)
                if target.exists():
                    progress.add(target.stat().st_size - progress.bytes)
            if process.returncode != 0:
                raise BackupError(f"pg_dump failed: {_last_lines(errors)}")
        progress.add(target.stat().st_size - progress.bytes)

    def restore(self, source: Path, progress: Progress) -> None:
        progress.enter("checking the database")
        listing = subprocess.run(  # noqa: S603 (our own tool and file)
            [_tool("pg_restore"), "--list", str(source)], capture_output=True, text=True
        )
        if listing.returncode != 0:
            raise BackupError(
                f"The backup's database is not a readable pg_dump archive: {listing.stderr.strip()}"
            )
        prelude = self._drop_existing_objects()
        connections.close_all()
        progress.enter("restoring the database")
        self._replay(source, prelude, progress)

    def _replay(self, source: Path, prelude: str, progress: Progress) -> None:
        """pg_restore's SQL, after `prelude`, through psql as one transaction: a failure
        anywhere rolls back everything, dropped tables included."""
        env = self.environment()
        script_command = [
            _tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--file=-",
            str(source),
        ]
        psql_command = [
            _tool("psql"),
            "--no-psqlrc",
            "--quiet",
            "--single-transaction",
            "--set=ON_ERROR_STOP=1",
        ]
        with tempfile.TemporaryFile() as script_errors, tempfile.TemporaryFile() as psql_errors:
            psql = subprocess.Popen(  # noqa: S603 (our own tool)
                psql_command,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=psql_errors,
            )
            script = subprocess.Popen(  # noqa: S603 (our own tool and file)
                script_command, env=env, stdout=subprocess.PIPE, stderr=script_errors
            )
            with suppress(BrokenPipeError):  # psql stopped at an error: reported below
                psql.stdin.write(prelude.encode())
                while chunk := script.stdout.read(COPY_CHUNK):
                    psql.stdin.write(chunk)
                    progress.add(len(chunk))
            script.stdout.close()
            script.wait()
            if script.returncode != 0:
                # psql commits what it was given when its input ends: cut it off instead,
                # so the transaction is rolled back.
                psql.kill()
                psql.wait()
                raise BackupError(
                    "pg_restore failed, and the database was left as it was: "
                    f"{_last_lines(script_errors)}"
                )
            with suppress(BrokenPipeError):
                psql.stdin.close()
            psql.wait()
            if psql.returncode != 0:
                raise BackupError(
                    "Restoring failed, and the database was left as it was: "
                    f"{_last_lines(psql_errors)}"
                )

    def _drop_existing_objects(self) -> str:
        """SQL dropping the tables, views and sequences already in the schema (with --force),
        run in the restore's transaction so the backup replaces the database exactly."""
        with connections["default"].cursor() as cursor:
            cursor.execute(
                "SELECT format('DROP %s IF EXISTS %I.%I CASCADE;', kind, schema, name) FROM ("
                " SELECT 'TABLE' AS kind, schemaname AS schema, tablename AS name"
                " FROM pg_tables WHERE schemaname = current_schema()"
                " UNION ALL SELECT 'VIEW', schemaname, viewname"
                " FROM pg_views WHERE schemaname = current_schema()"
                " UNION ALL SELECT 'SEQUENCE', schemaname, sequencename"
                " FROM pg_sequences WHERE schemaname = current_schema()) AS objects"
            )
            return "\n".join(row[0] for row in cursor.fetchall()) + "\n"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"{name} is not installed (Debian: apt-get install postgresql-client).")
    return found


def _last_lines(stream: Any, lines: int = 5) -> str:
    stream.seek(0)
    text = stream.read().decode(errors="replace").strip().splitlines()
    return " / ".join(text[-lines:]) or "no message"


def database_for(alias: str = "default") -> Database:
    settings_dict = connections[alias].settings_dict
    vendor = connections[alias].vendor
    if vendor == "sqlite":
        return SQLiteDatabase(settings_dict)
    if vendor == "postgresql":
        return PostgreSQLDatabase(settings_dict)
    raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
