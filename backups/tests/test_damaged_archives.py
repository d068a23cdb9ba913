"""A damaged, truncated or foreign archive is refused with one sentence, touching nothing."""

import io
import json
import sqlite3
import tarfile
from pathlib import Path

import pytest

from backups.archive import unpack, write_backup
from backups.progress import Progress
from backups.tests.helpers import env_for, run_manage
from backups.vendors import BackupError, SQLiteDatabase

QUIET = Progress("test", enabled=False)


def database_holding(path: Path, word: str) -> Path:
    with sqlite3.connect(path) as database:
        database.execute("CREATE TABLE note (word TEXT)")
        database.execute("INSERT INTO note VALUES (?)", (word,))
    return path


def words_in(path: Path) -> list[str]:
    database = sqlite3.connect(path)
    try:
        return [row[0] for row in database.execute("SELECT word FROM note")]
    finally:
        database.close()


def make_backup(tmp_path: Path, name: str) -> Path:
    """A sound backup of a small SQLite database and one media file."""
    media = tmp_path / "media" / "original_images"
    media.mkdir(parents=True)
    (media / "harbour.jpg").write_bytes(b"\xff\xd8 a picture")
    target = tmp_path / name
    write_backup(
        target,
        SQLiteDatabase({"NAME": database_holding(tmp_path / "source.sqlite3", "after")}),
        tmp_path / "media",
        QUIET,
        counts={},
        migrations={},
    )
    return target


@pytest.fixture
def archive(tmp_path) -> Path:
    return make_backup(tmp_path, "backup.tar")


def rewritten(archive: Path, change_manifest=None, change_dump=None) -> Path:
    """A copy of `archive` with its manifest or its database bytes changed."""
    copy = archive.with_name(f"{archive.stem}-changed.tar")
    with tarfile.open(archive) as original, tarfile.open(copy, "w") as changed:
        for entry in original:
            data = original.extractfile(entry).read()
            if entry.name == "manifest.json" and change_manifest:
                manifest = json.loads(data)
                change_manifest(manifest)
                data = json.dumps(manifest).encode()
            elif entry.name.startswith("database") and change_dump:
                data = change_dump(data)
            entry.size = len(data)
            changed.addfile(entry, io.BytesIO(data))
    return copy


def test_a_sound_archive_unpacks_its_database_and_media(archive, tmp_path):
    (tmp_path / "work").mkdir()

    unpacked = unpack(archive, tmp_path / "work", "sqlite", QUIET)

    assert words_in(unpacked.dump) == ["after"]
    assert (
        unpacked.media / "original_images" / "harbour.jpg"
    ).read_bytes() == b"\xff\xd8 a picture"


def test_a_backup_named_gz_is_compressed_and_unpacks_alike(tmp_path):
    compressed = make_backup(tmp_path, "backup.tar.gz")
    (tmp_path / "work").mkdir()

    unpacked = unpack(compressed, tmp_path / "work", "sqlite", QUIET)

    assert compressed.read_bytes()[:2] == b"\x1f\x8b"  # gzip's magic number
    assert words_in(unpacked.dump) == ["after"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda manifest: manifest.update(vendor="postgresql"), "a postgresql database"),
        (lambda manifest: manifest.update(version=2), "format version 2"),
        (lambda manifest: manifest.update(format="something-else"), "not a Masthead backup"),
        (lambda manifest: manifest.pop("database"), "incomplete manifest"),
    ],
    ids=["other vendor", "newer format", "not ours", "incomplete"],
)
def test_an_incompatible_manifest_is_refused_by_name(archive, tmp_path, change, message):
    (tmp_path / "work").mkdir()

    with pytest.raises(BackupError, match=message):
        unpack(rewritten(archive, change_manifest=change), tmp_path / "work", "sqlite", QUIET)


def test_a_database_changed_inside_the_archive_fails_its_checksum(archive, tmp_path):
    (tmp_path / "work").mkdir()
    flipped = rewritten(archive, change_dump=lambda data: data[:-1] + bytes([data[-1] ^ 1]))

    with pytest.raises(BackupError, match="does not match its checksum"):
        unpack(flipped, tmp_path / "work", "sqlite", QUIET)


def test_a_file_that_is_not_a_backup_is_refused(tmp_path):
    (tmp_path / "work").mkdir()
    stray = tmp_path / "notes.tar"
    stray.write_bytes(b"shopping list: bread, milk\n" * 100)

    with pytest.raises(BackupError, match="damaged or truncated"):
        unpack(stray, tmp_path / "work", "sqlite", QUIET)


def test_a_failed_backup_leaves_no_file_behind(tmp_path):
    missing = SQLiteDatabase({"NAME": tmp_path / "no-such.sqlite3"})

    with pytest.raises(BackupError, match="no database"):
        write_backup(
            tmp_path / "out" / "backup.tar", missing, None, QUIET, counts={}, migrations={}
        )

    assert list((tmp_path / "out").iterdir()) == []


def test_restoring_a_truncated_archive_exits_with_a_message_and_keeps_the_database(
    archive, tmp_path
):
    truncated = tmp_path / "truncated.tar"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    live = database_holding(tmp_path / "live.sqlite3", "before")

    restore = run_manage(
        "restore",
        "--force",
        str(truncated),
        env=env_for(f"sqlite:///{live}", tmp_path / "live-media"),
    )

    assert restore.returncode == 1
    assert "damaged or truncated" in restore.stderr and "Traceback" not in restore.stderr
    assert words_in(live) == ["before"]


def test_the_progress_line_tells_bytes_files_and_time_and_is_silent_when_quiet():
    shown, hidden = io.StringIO(), io.StringIO()
    for stream, enabled in ((shown, True), (hidden, False)):
        progress = Progress("backup", enabled=enabled, stream=stream, interval=0)
        progress.enter("media")
        progress.add(2_500_000, files=3)

    assert shown.getvalue().splitlines()[-1].startswith("backup: media, 2.5 MB, 3 files, ")
    assert hidden.getvalue() == ""


def test_a_backup_clears_the_work_folder_a_killed_run_left_a_day_ago(tmp_path):
    import os
    import time

    killed, running = tmp_path / ".masthead-backup-killed", tmp_path / ".masthead-backup-now"
    for folder in (killed, running):
        folder.mkdir()
        (folder / "backup.partial").write_bytes(b"half a backup")
    os.utime(killed, (time.time() - 2 * 86400,) * 2)

    make_backup(tmp_path, "backup.tar")

    assert not killed.exists() and running.exists()
