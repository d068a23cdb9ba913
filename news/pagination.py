"""A page of a list of stories, for any list: which page a reader asks for, and whether more follow.

It knows no model: the lists themselves (news.models.stories) read the articles.
"""

from collections.abc import Sequence

from django.db.models import QuerySet
from django.http import Http404, HttpRequest

STORIES_PER_PAGE = 12
MAX_PAGE = 1_000_000


class StoryPage(Sequence):
    """One page of a list: its stories, and whether another page follows.

    Django's Paginator counts the whole list on every request (tens of milliseconds
    for a section with thousands of stories); readers only need "is there more",
    which one extra row answers.
    """

    def __init__(self, stories: list, number: int, has_next: bool):
        self.object_list = stories
        self.number = number
        self._has_next = has_next

    def __len__(self) -> int:
        return len(self.object_list)

    def __getitem__(self, index):
        return self.object_list[index]

    def has_next(self) -> bool:
        return self._has_next

    def next_page_number(self) -> int:
        return self.number + 1


def first_page(stories: QuerySet, per_page: int = STORIES_PER_PAGE) -> StoryPage:
    window = list(stories[: per_page + 1])
    return StoryPage(window[:per_page], 1, len(window) > per_page)


def page_number(request: HttpRequest) -> int:
    """The page ?page=N asks for; a page number that is not a page is a 404."""
    try:
        number = int(request.GET.get("page", "1"))
    except ValueError:
        raise Http404("not a page number") from None
    if not 1 <= number <= MAX_PAGE:
        raise Http404("no such page")
    return number
