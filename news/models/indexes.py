from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from news.privacy import RestrictionsRemembered


class EditionIndexPage(RoutablePageMixin, RestrictionsRemembered, Page):
    """One per edition, directly under its home: serves many reader pages through routes."""

    parent_page_types = ["editions.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        abstract = True
