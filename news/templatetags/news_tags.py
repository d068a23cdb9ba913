from django import template
from django.utils.translation import get_language
from taggit.models import Tag
from wagtail.contrib.routable_page.models import RoutablePageMixin

from news.models import Author, AuthorIndexPage, TagIndexPage

register = template.Library()


def _edition_index(context, model: type[RoutablePageMixin]) -> RoutablePageMixin | None:
    """The current edition's index page of `model`, looked up once per request."""
    request = context.get("request")
    cache = getattr(request, "_news_indexes", None)
    if cache is None:
        cache = {}
        if request is not None:
            request._news_indexes = cache
    key = (model, get_language())
    if key not in cache:
        cache[key] = model.objects.live().filter(locale__language_code=key[1]).first()
    return cache[key]


def _route_url(context, model, route: str, slug: str) -> str:
    """The URL of `slug`'s page under the edition's index; "" when there is none to link to."""
    index = _edition_index(context, model)
    if index is None or not slug:  # a tag like "!!!" has an empty slug and no page
        return ""
    return index.get_url(context.get("request")) + index.reverse_subpage(route, args=[slug])


@register.simple_tag(takes_context=True)
def author_url(context, author: Author) -> str:
    return _route_url(context, AuthorIndexPage, "author", author.slug)


@register.simple_tag(takes_context=True)
def tag_url(context, tag: Tag) -> str:
    return _route_url(context, TagIndexPage, "tag", tag.slug)
