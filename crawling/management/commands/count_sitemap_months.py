from django.core.management.base import BaseCommand

from crawling.months import rebuild_months


class Command(BaseCommand):
    help = (
        "Count every edition's sitemap months again from the stories: after stories were "
        "added or changed without their signals (bulk imports, generate_articles)."
    )

    def handle(self, *args, **options) -> None:
        months = rebuild_months()
        self.stdout.write(f"Counted {months} sitemap months.")
