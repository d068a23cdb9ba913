from django.core.management.base import BaseCommand

from editions.setup import ensure_editions


class Command(BaseCommand):
    help = "Creates the language editions' home pages (idempotent)."

    def handle(self, *args, **options):
        homes = ensure_editions()
        self.stdout.write(f"Editions ready: {', '.join(sorted(homes))}")
