from django.core.management.base import BaseCommand

from search.rebuilding import BATCH_SIZE, print_to_stderr, rebuild


class Command(BaseCommand):
    help = (
        "Rebuild readers' search index from every story, batch by batch. Interrupted, it "
        "continues where it stopped when run again (--restart starts over)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
        parser.add_argument("--restart", action="store_true", help="Start from the first story.")

    def handle(self, *args, batch_size: int, restart: bool, verbosity: int, **options):
        report = print_to_stderr if verbosity > 0 else None
        progress = rebuild(batch_size=max(1, batch_size), restart=restart, report=report)
        if verbosity > 0:
            self.stderr.write("")
            self.stdout.write(f"Search index rebuilt: {progress.done} stories.")
