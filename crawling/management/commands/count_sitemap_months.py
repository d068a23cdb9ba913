from django.core.management.base import BaseCommand
from django.urls import reverse
from wagtail.models import Site

from caching.locations import Location
from caching.store import invalidate_locations
from crawling.months import rebuild_months


class Command(BaseCommand):
    help = (
        "Count every edition's sitemap months again from the stories, and retire the sitemap "
        "index's cached copies: after stories were added or changed without their signals "
        "(bulk imports, generate_articles)."
    )

    def handle(self, *args, **options) -> None:
        months = rebuild_months()
        index = reverse("crawling:index")
        invalidate_locations(
            {Location(site_id, index) for site_id in Site.objects.values_list("pk", flat=True)}
        )
        self.stdout.write(f"Counted {months} sitemap months.")
