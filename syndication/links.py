"""The feeds a reader page advertises: its edition's everywhere, and its own list's.

Wagtail's on_serve_page hook (wagtail_hooks) notes which list a page is; the context
processor turns that into <link rel="alternate"> entries, which the base template
renders without knowing about feeds. The content model never imports this.
"""

from dataclasses import dataclass

from django.http import Http404, HttpRequest
from taggit.models import Tag
from wagtail.models import Page

from news.models import Author, AuthorIndexPage, SectionPage, TagIndexPage
from outlet.models import OutletSettings
from syndication.addresses import FORMAT_NAMES, FORMATS, MIME_TYPES, feed_path, feed_title

SUBJECT_ATTRIBUTE = "syndication_subject"


@dataclass(frozen=True)
class ListOnPage:
    """The list a page shows that has a feed: its kind and its slug (a section: its title)."""

    kind: str
    slug: str
    locale_id: int
    name: str | None = None


@dataclass(frozen=True)
class FeedLink:
    href: str
    type: str
    title: str


def list_on_page(page: Page, request: HttpRequest) -> ListOnPage | None:
    """Which list's feed the page is: a section, or a tag's or an author's page."""
    if isinstance(page, SectionPage):
        return ListOnPage("section", page.slug, page.locale_id, page.title)
    match = getattr(request, "routable_resolver_match", None)
    slug = match.kwargs.get("slug") if match is not None else None
    if not slug:
        return None
    if isinstance(page, TagIndexPage) and match.url_name == "tag":
        return ListOnPage("tag", slug, page.locale_id)
    if isinstance(page, AuthorIndexPage) and match.url_name == "author":
        return ListOnPage("author", slug, page.locale_id)
    return None


def serving_page(next_serve_page):
    """Around Wagtail's serving of a page: note its list, forgotten if it turns out a 404."""

    def serve(page: Page, request: HttpRequest, args, kwargs):
        setattr(request, SUBJECT_ATTRIBUTE, list_on_page(page, request))
        try:
            return next_serve_page(page, request, args, kwargs)
        except Http404:
            setattr(request, SUBJECT_ATTRIBUTE, None)
            raise

    return serve


def list_name(subject: ListOnPage) -> str | None:
    """The list's name as its feed is titled; None when there is no such list."""
    if subject.name is not None:
        return subject.name
    if subject.kind == "tag":
        name = Tag.objects.filter(slug=subject.slug).values_list("name", flat=True).first()
        return f"#{name}" if name is not None else None
    authors = Author.objects.filter(slug=subject.slug, locale_id=subject.locale_id)
    return authors.values_list("name", flat=True).first()


def links(request: HttpRequest, kind: str, title: str, slug: str = "") -> list[FeedLink]:
    return [
        FeedLink(
            href=request.build_absolute_uri(feed_path(kind, feed_format, slug)),
            type=MIME_TYPES[feed_format],
            title=f"{title} ({FORMAT_NAMES[feed_format]})",
        )
        for feed_format in FORMATS
    ]


def alternate_links(request: HttpRequest) -> list[FeedLink]:
    """The edition's feeds, then those of the list the page shows, if it is one."""
    outlet_name = OutletSettings.for_request(request).outlet_name
    found = links(request, "edition", feed_title(outlet_name))
    subject = getattr(request, SUBJECT_ATTRIBUTE, None)
    if subject is not None:
        name = list_name(subject)
        if name is not None:
            found += links(request, subject.kind, feed_title(outlet_name, name), subject.slug)
    return found
