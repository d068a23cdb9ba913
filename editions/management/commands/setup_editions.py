from django.core.management.base import BaseCommand

from editions.setup import ensure_editions, unconfigured_editions


class Command(BaseCommand):
    help = "Creates the language editions' home pages (idempotent)."

    def handle(self, *args, **options):
        homes = ensure_editions()
        self.stdout.write(f"Editions ready: {', '.join(homes)}")
        left = unconfigured_editions()
        if left:
            self.stdout.write(
                f"No longer configured, still in the page tree: {', '.join(left)} "
                "(not served; delete their home pages in the admin to remove them)"
            )
