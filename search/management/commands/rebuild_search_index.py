from django.core.management.base import BaseCommand

from search.rebuilding import BATCH_SIZE, rebuild


class Command(BaseCommand):
    help = (
        "Rebuild readers' search index from every story, batch by batch. Interrupted, it "
        "continues where it stopped when run again (--restart starts over)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
        parser.add_argument("--restart", action="store_true", help="Start from the first story.")

    def handle(self, *args, batch_size: int, restart: bool, verbosity: int, **options):
        def report(line: str) -> None:
            self.stderr.write("\r" + line, ending="")
            self.stderr.flush()

        progress = rebuild(
            batch_size=max(1, batch_size), restart=restart, report=report if verbosity else None
        )
        if verbosity > 0:
            self.stderr.write("")
            self.stdout.write(f"Search index rebuilt: {progress.done} stories.")
