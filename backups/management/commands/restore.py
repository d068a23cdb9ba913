"""`manage.py restore`: put a backup's database and media files back, all or nothing."""

import logging
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connections

from backups.archive import RESTORE_WORK, remove_stale_work, replace_media, unpack
from backups.census import content_counts, migrations_pending, unknown_migrations
from backups.media import local_media_root
from backups.progress import Progress
from backups.vendors import BackupError, database_for

logger = logging.getLogger(__name__)

# Exit status when the command refuses to replace what is there (a failure is 1).
REFUSED = 2


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into the configured database and "
        "MEDIA_ROOT. Both must be empty unless --force is given, which replaces them."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("archive", help="the backup file")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace a database and media files that are already there",
        )

    def handle(self, *args, archive: str, force: bool, verbosity: int, **options):
        progress = Progress("restore", enabled=verbosity >= 1, stream=self.stderr)
        media_root = local_media_root()
        try:
            database = database_for()
            if not force:
                self.refuse_to_replace(database.is_empty(), media_root)
            source = Path(archive).resolve()
            staging = (media_root or Path(source)).parent
            staging.mkdir(parents=True, exist_ok=True)
            # Unpacked beside MEDIA_ROOT, so the restored files are moved, not copied, into it.
            remove_stale_work(staging, RESTORE_WORK)
            with tempfile.TemporaryDirectory(dir=staging, prefix=RESTORE_WORK) as work:
                progress.enter("unpacking")
                unpacked = unpack(source, Path(work), database.vendor, progress)
                newer = unknown_migrations(unpacked.manifest["migrations"])
                if newer:
                    raise BackupError(
                        f"{source} comes from a newer version of Masthead (migrations "
                        f"{', '.join(newer[:5])} are unknown here): restore it with that version."
                    )
                database.restore(unpacked.dump, progress)
                if unpacked.media is not None and media_root is not None:
                    progress.enter("media")
                    replace_media(media_root, unpacked.media)
        except BackupError as error:
            raise CommandError(str(error)) from None
        connections.close_all()
        self.retire_cached_pages()
        if verbosity >= 1:
            self.report(source, unpacked.manifest, media_root, progress)

    def refuse_to_replace(self, database_is_empty: bool, media_root: Path | None) -> None:
        there = []
        if not database_is_empty:
            there.append("the database has tables")
        if media_root is not None and media_root.is_dir() and any(media_root.iterdir()):
            there.append(f"{media_root} has files")
        if there:
            raise CommandError(
                f"Not restoring: {' and '.join(there)}. Restoring replaces them all; "
                "run again with --force to do so.",
                returncode=REFUSED,
            )

    def retire_cached_pages(self) -> None:
        """Cached pages show what was there before the restore; a cache that is away is
        logged, as the restore itself is done."""
        try:
            from caching.store import invalidate_site

            invalidate_site()
        except Exception:
            logger.exception("The page cache could not be retired after the restore")

    def report(self, source: Path, manifest: dict, media_root: Path | None, progress: Progress):
        if media_root is None:
            self.stderr.write(
                "The media files were NOT restored: this site keeps them in object storage "
                "(MEDIA_S3_BUCKET), which keeps its own versions."
            )
        elif not manifest["media"]["included"]:
            self.stderr.write(f"{source} holds no media files; {media_root} was left as it was.")
        restored = content_counts()
        counts = ", ".join(f"{name} {count}" for name, count in restored.items())
        self.stdout.write(
            f"Restored {source} (made {manifest['created_at']}) in {progress.elapsed():.1f} s: "
            f"{counts}."
        )
        if restored != manifest["counts"]:
            self.stderr.write(f"The backup counted {manifest['counts']}.")
        if migrations_pending():
            self.stdout.write("The backup is from an older version: run `manage.py migrate`.")
