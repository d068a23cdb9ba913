"""`manage.py backup`: the database and the media files in one archive, while the site runs."""

from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from backups.archive import write_backup
from backups.census import applied_migrations, content_counts
from backups.media import local_media_root, media_note
from backups.progress import Progress, megabytes
from backups.vendors import BackupError, database_for

NAME_PREFIX = "masthead-"


class Command(BaseCommand):
    help = (
        "Back up the database (SQLite's online backup, or pg_dump) and the media files into "
        "one archive. TARGET is a file, or a folder for a dated file (default BACKUP_DIR)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("target", nargs="?", help="a file (.tar or .tar.gz) or a folder")
        parser.add_argument("--gzip", action="store_true", help="compress a dated file")
        parser.add_argument(
            "--keep",
            type=int,
            default=0,
            help="in a folder, keep only the newest KEEP dated backups (default: keep all)",
        )

    def handle(self, *args, target: str | None, gzip: bool, keep: int, verbosity: int, **options):
        folder, path = self.target_of(target, gzip)
        progress = Progress("backup", enabled=verbosity >= 1, stream=self.stderr)
        note = media_note()
        if note and verbosity >= 1:
            self.stderr.write(note)
        try:
            database = database_for()
            manifest = write_backup(
                path,
                database,
                local_media_root(),
                progress,
                counts=content_counts(),
                migrations=applied_migrations(),
            )
        except BackupError as error:
            raise CommandError(str(error)) from None
        if folder is not None and keep > 0:
            self.prune(folder, keep)
        if verbosity >= 1:
            counts = ", ".join(f"{name} {count}" for name, count in manifest["counts"].items())
            self.stdout.write(
                f"Backed up to {path}: {megabytes(path.stat().st_size)} "
                f"(database {megabytes(manifest['database']['bytes'])}, "
                f"{manifest['media']['files']} media files) in {progress.elapsed():.1f} s. "
                f"{counts}."
            )

    def target_of(self, target: str | None, gzip: bool) -> tuple[Path | None, Path]:
        """The folder a dated name goes in (None for a named file), and the file's path."""
        chosen = Path(target) if target else Path(settings.BACKUP_DIR)
        if chosen.is_dir() or not target or target.endswith("/"):
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            return chosen, chosen / f"{NAME_PREFIX}{stamp}.tar{'.gz' if gzip else ''}"
        return None, chosen

    def prune(self, folder: Path, keep: int) -> None:
        # Dated names sort by time; only files this command names are ever removed.
        dated = sorted(
            path
            for path in folder.glob(f"{NAME_PREFIX}*.tar*")
            if path.name.endswith((".tar", ".tar.gz"))
        )
        for old in dated[:-keep]:
            old.unlink()
