"""Which pages a view restriction keeps from readers, remembered per site version.

Wagtail reads every restriction for each list of stories (`private_q()`) and for each
page it serves (`get_view_restrictions()`). A site has a handful, changed rarely, and
any change to one (or a move of a page under one) retires the site's version
(pagecache.signal_handlers), so they are remembered (caching.remembered).
"""

from django.db.models import Q, QuerySet
from wagtail.models import PageViewRestriction

from caching.remembered import remembered


def restricted_subtrees() -> list[tuple[str, int]]:
    """The tree path and depth of every page with a view restriction."""
    return remembered(
        "restricted-subtrees",
        lambda: list(PageViewRestriction.objects.values_list("page__path", "page__depth")),
    )


def private_q() -> Q:
    """Wagtail's PageQuerySet.private_q(): the restricted pages and their descendants."""
    q = Q()
    for path, depth in restricted_subtrees():
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])  # no private section: match no page


class RestrictionsRemembered:
    """For page models: no query for the page's restrictions when the site has none."""

    def get_view_restrictions(self) -> QuerySet:
        if not restricted_subtrees():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
