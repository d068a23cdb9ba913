from datetime import datetime

from django import template
from django.template.loader import render_to_string
from django.utils.formats import date_format, get_format
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from taggit.models import Tag
from wagtail.contrib.routable_page.models import RoutablePageMixin

from caching.remembered import remembered, site_of
from news.models import ArticlePage, Author, AuthorIndexPage, TagIndexPage

register = template.Library()

STORY_DATETIME_FORMAT = "j E Y H:i"


@register.filter(expects_localtime=True)
def story_time(value: datetime | None) -> str:
    """When a story was published, as its edition's language writes it ("15 December 2025 18:55").

    A language's own way comes from its format module (masthead.formats), where
    it names one; Django answers with the name itself where none does.
    """
    if not value:
        return ""
    written = get_format("STORY_DATETIME_FORMAT")
    if written == "STORY_DATETIME_FORMAT":
        written = STORY_DATETIME_FORMAT
    return date_format(value, written)


def _edition_index(model: type[RoutablePageMixin]) -> RoutablePageMixin | None:
    """The current edition's index page of `model` (caching.remembered: every story links to it)."""
    language = get_language()
    return remembered(
        ("edition-index", model._meta.label, language),
        lambda: model.objects.live().filter(locale__language_code=language).first(),
    )


def _route_url(context, model, route: str, slug: str) -> str:
    """The URL of `slug`'s page under the edition's index; "" when there is none to link to."""
    index = _edition_index(model)
    if index is None or not slug:  # a tag like "!!!" has an empty slug and no page
        return ""
    return index.get_url(context.get("request")) + index.reverse_subpage(route, args=[slug])


@register.simple_tag(takes_context=True)
def author_url(context, author: Author) -> str:
    return _route_url(context, AuthorIndexPage, "author", author.slug)


@register.simple_tag(takes_context=True)
def tag_url(context, tag: Tag) -> str:
    return _route_url(context, TagIndexPage, "tag", tag.slug)


@register.simple_tag(takes_context=True)
def story_card(
    context, story: ArticlePage, featured: bool = False, with_image: bool = False
) -> SafeString:
    """A story's card in a list (news/includes/story_card.html), remembered per process.

    A list shows a dozen, each reading its cover's renditions (which Wagtail also
    writes to the cache). The key holds what publishing or moving the story changes;
    the site's version covers the rest a card shows (the outlet's time zone).
    """
    request = context.get("request")
    key = (
        "story-card",
        story.pk,
        story.last_published_at,
        story.url_path,
        story.cover_image_id,
        get_language(),
        featured,
        with_image,
        site_of(request),
    )
    return remembered(
        key,
        lambda: render_to_string(
            "news/includes/story_card.html",
            {"story": story, "featured": featured, "with_image": with_image},
            request=request,
        ),
    )
