import time

from django.core.management.base import BaseCommand, CommandError

from demo.generator import generate_articles


class Command(BaseCommand):
    help = (
        "Adds N live articles across every edition's sections, tags and authors, in bulk "
        "(100,000 in a few minutes), for benchmarks and for trying the admin at scale."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="How many articles to add.")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, count: int, seed: int, **options):
        if count < 1:
            raise CommandError("COUNT must be at least 1.")
        started = time.monotonic()
        try:
            made = generate_articles(count, seed=seed)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Added {made} articles in {time.monotonic() - started:.1f} s.")
