"""The backup file: one tar archive holding a manifest, the database dump and the media.

    manifest.json        format, version, vendor, time, migrations, counts, the dump's SHA-256
    database.sqlite3     (or database.pgdump: pg_dump's custom format)
    media/...            every file under MEDIA_ROOT: originals, renditions, documents

The manifest comes first, so a restore rejects an incompatible archive before unpacking
it. A name ending in .gz is gzip-compressed; either kind is read back alike.
"""

import hashlib
import io
import json
import os
import tarfile
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from django.utils import timezone

from .progress import Progress
from .vendors import BackupError, Database

FORMAT = "masthead-backup"
VERSION = 1
MANIFEST = "manifest.json"
MEDIA = "media"
CHUNK = 1024 * 1024
BACKUP_WORK = ".masthead-backup-"
RESTORE_WORK = ".masthead-restore-"
# A work folder this old belongs to a run that was killed (a clean one removes its own).
STALE_SECONDS = 24 * 3600


@dataclass
class Unpacked:
    manifest: dict[str, Any]
    dump: Path
    media: Path | None  # None: the archive holds no media


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def media_files(media_root: Path) -> list[Path]:
    if not media_root.is_dir():
        return []
    return sorted(
        path for path in media_root.rglob("*") if path.is_file() and not path.is_symlink()
    )


class CountingReader:
    """A file read into the archive, reporting its bytes to the progress line as they go."""

    def __init__(self, stream: io.BufferedReader, progress: Progress):
        self.stream = stream
        self.progress = progress

    def read(self, size: int = -1) -> bytes:
        chunk = self.stream.read(size)
        self.progress.add(len(chunk))
        return chunk


def remove_stale_work(folder: Path, prefix: str) -> None:
    """Work folders of killed runs, which would otherwise fill the disk night after night."""
    import shutil
    import time

    for stale in folder.glob(f"{prefix}*"):
        if stale.is_dir() and time.time() - stale.stat().st_mtime > STALE_SECONDS:
            shutil.rmtree(stale, ignore_errors=True)


def write_backup(
    target: Path,
    database: Database,
    media_root: Path | None,
    progress: Progress,
    *,
    counts: dict[str, int],
    migrations: dict[str, list[str]],
) -> dict[str, Any]:
    """Write the backup to `target` whole or not at all: it is built beside it under a
    temporary name and renamed when complete. Returns the manifest."""
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_work(target.parent, BACKUP_WORK)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=BACKUP_WORK) as work:
        # The database first: a file deleted between the two leaves a row without its file
        # in the backup, a file uploaded between them only an unused file.
        dump = Path(work) / database.dump_name
        database.dump(dump, progress)
        files = media_files(media_root) if media_root is not None else []
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "vendor": database.vendor,
            "created_at": timezone.now().isoformat(),
            "database": {
                "name": database.dump_name,
                "sha256": sha256_of(dump),
                "bytes": dump.stat().st_size,
            },
            "media": {
                "included": media_root is not None,
                "files": len(files),
                "bytes": sum(size_of(path) for path in files),
            },
            "migrations": migrations,
            "counts": counts,
        }
        partial = Path(work) / "backup.partial"
        mode = "w:gz" if target.name.endswith(".gz") else "w"
        with tarfile.open(partial, mode, format=tarfile.PAX_FORMAT) as archive:
            encoded = json.dumps(manifest, indent=2).encode()
            entry = tarfile.TarInfo(MANIFEST)
            entry.size, entry.mtime = len(encoded), int(timezone.now().timestamp())
            archive.addfile(entry, io.BytesIO(encoded))
            _add(archive, dump, database.dump_name, progress)
            progress.enter("media")
            for path in files:
                name = str(PurePosixPath(MEDIA, *path.relative_to(media_root).parts))
                try:
                    _add(archive, path, name, progress)
                except FileNotFoundError:
                    continue  # deleted since the listing: its row is gone too, or soon
                progress.add(files=1)
        with partial.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    return manifest


def _add(archive: tarfile.TarFile, path: Path, name: str, progress: Progress) -> None:
    with path.open("rb") as stream:
        entry = archive.gettarinfo(fileobj=stream, arcname=name)
        entry.uid = entry.gid = 0
        entry.uname = entry.gname = ""
        archive.addfile(entry, CountingReader(stream, progress))


def read_manifest(archive: tarfile.TarFile, source: Path) -> dict[str, Any]:
    first = archive.next()
    if first is None or first.name != MANIFEST:
        raise BackupError(f"{source} is not a Masthead backup (it has no manifest first).")
    try:
        manifest = json.load(archive.extractfile(first))
    except (ValueError, AttributeError):
        raise BackupError(f"{source} has a damaged manifest.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{source} is not a Masthead backup.")
    if manifest.get("version") != VERSION:
        raise BackupError(
            f"{source} is a backup of format version {manifest.get('version')}; this version "
            f"of Masthead reads version {VERSION}. Restore it with the version that made it."
        )
    return manifest


def unpack(source: Path, work: Path, vendor: str, progress: Progress) -> Unpacked:
    """Check and unpack `source` into `work`, touching nothing else. Raises BackupError
    for an archive that is damaged, truncated, or made for another database vendor."""
    if not source.is_file():
        raise BackupError(f"There is no backup at {source}.")
    try:
        with tarfile.open(source, "r:*") as archive:
            manifest = read_manifest(archive, source)
            if manifest.get("vendor") != vendor:
                raise BackupError(
                    f"{source} is a backup of a {manifest.get('vendor')} database; this site "
                    f"uses {vendor}. Restore it into a {manifest.get('vendor')} database."
                )
            dump_name = manifest["database"]["name"]
            media = work / MEDIA if manifest["media"]["included"] else None
            if media is not None:
                media.mkdir()
            for entry in archive:
                if entry.name == MANIFEST:
                    continue  # read above (iterating starts over from the first member)
                if entry.name == dump_name:
                    archive.extract(entry, work, filter="data")
                elif entry.name.startswith(f"{MEDIA}/") and media is not None:
                    archive.extract(entry, work, filter="data")
                    progress.add(files=1)
                else:
                    raise BackupError(f"{source} holds an unexpected file: {entry.name}.")
                progress.add(entry.size)
    except (tarfile.TarError, EOFError, zlib.error, OSError) as error:
        raise BackupError(f"{source} is damaged or truncated ({error}).") from None
    except (KeyError, TypeError):
        raise BackupError(f"{source} has an incomplete manifest.") from None
    dump = work / dump_name
    if not dump.is_file():
        raise BackupError(f"{source} is missing its database ({dump_name}).")
    if sha256_of(dump) != manifest["database"]["sha256"]:
        raise BackupError(f"{source} is damaged: its database does not match its checksum.")
    return Unpacked(manifest=manifest, dump=dump, media=media)


def replace_media(media_root: Path, staged: Path) -> None:
    """Put the restored files in place of MEDIA_ROOT's contents, keeping the folder itself
    (its owner and mode, and a mount point can stay one)."""
    import shutil

    media_root.mkdir(parents=True, exist_ok=True)
    for child in list(media_root.iterdir()):
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    for child in staged.iterdir():
        shutil.move(str(child), media_root / child.name)
