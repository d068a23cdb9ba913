from django.core.management.base import BaseCommand

from demo.loader import load_demo


class Command(BaseCommand):
    help = (
        "Loads the demo outlet (editions, sections, authors, stories, images). Safe to run again."
    )

    def handle(self, *args, **options):
        counts = load_demo()
        summary = ", ".join(f"{code}: {count}" for code, count in counts.items())
        self.stdout.write(f"Demo outlet ready. Stories per edition: {summary}")
