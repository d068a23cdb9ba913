"""The feeds, on Django's syndication framework: one Feed class per kind of list.

Each feed is the list's latest FEED_SIZE stories as its reader page shows them (the story
queries of news.models.stories), read in a number of queries that does not grow with
them: covers, authors, tags, body images and linked pages are read for all at once.
"""

import html
import mimetypes
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch, QuerySet
from django.http import Http404, HttpRequest
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from taggit.models import Tag
from wagtail.models import Page, Site

from editions.models import edition_homes
from news.models import (
    ArticleAuthor,
    ArticlePage,
    Author,
    AuthorIndexPage,
    SectionPage,
    TagIndexPage,
)
from news.models.stories import author_articles, latest_articles, section_articles, tagged_articles
from outlet.models import OutletSettings
from syndication.addresses import feed_title
from syndication.content import story_bodies, xml_text
from syndication.generators import StoryAtomFeed, StoryRssFeed

FEED_SIZE = 50
COVER_RENDITION = "width-1200"
GENERATORS = {"rss": StoryRssFeed, "atom": StoryAtomFeed}


@dataclass
class Subject:
    """The list a feed follows, and the request it is read for."""

    request: HttpRequest
    home: Page
    title: str
    description: str
    link: str
    stories: QuerySet
    outlet: OutletSettings = field(init=False)

    def __post_init__(self) -> None:
        self.outlet = OutletSettings.for_request(self.request)


@dataclass
class Entry:
    """One story as the feed writes it."""

    title: str
    link: str
    guid: str
    summary: str
    content: str
    authors: list[str]
    categories: list[str]
    published: datetime | None
    updated: datetime | None
    cover: dict | None


class StoryFeed(Feed):
    """A list's latest stories. Subclasses say which list (`subject`)."""

    def __init__(self, feed_format: str):
        super().__init__()
        self.feed_type = GENERATORS[feed_format]

    def subject(self, request: HttpRequest, home: Page, slug: str) -> Subject:
        raise NotImplementedError

    def get_object(self, request: HttpRequest, slug: str = "") -> Subject:
        site = Site.find_for_request(request)
        # The edition of the address's language, never another's in its place.
        home = edition_homes(site.root_page).get(get_language()) if site is not None else None
        if home is None:
            raise Http404("no such edition")
        return self.subject(request, home, slug)

    def title(self, subject: Subject) -> str:
        return xml_text(feed_title(subject.outlet.outlet_name, subject.title))

    def link(self, subject: Subject) -> str:
        return subject.link

    def description(self, subject: Subject) -> str:
        return xml_text(subject.description)

    subtitle = description

    def feed_url(self, subject: Subject) -> str:
        return subject.request.build_absolute_uri(subject.request.path)

    def items(self, subject: Subject) -> list[Entry]:
        stories = list(
            subject.stories.prefetch_related(
                Prefetch(
                    "authorships",
                    ArticleAuthor.objects.select_related("author").order_by("sort_order"),
                ),
                "tagged_items__tag",
            )[:FEED_SIZE]
        )
        base_url = subject.request.build_absolute_uri("/")
        bodies = story_bodies(stories, base_url)
        authority = Site.find_for_request(subject.request).hostname
        signature = subject.outlet.byline_signature
        return [entry(story, subject, bodies[story.pk], authority, signature) for story in stories]

    def item_title(self, item: Entry) -> str:
        return item.title

    def item_link(self, item: Entry) -> str:
        return item.link

    def item_guid(self, item: Entry) -> str:
        return item.guid

    item_guid_is_permalink = False

    def item_description(self, item: Entry) -> str:
        return item.summary

    def item_categories(self, item: Entry) -> list[str]:
        return item.categories

    def item_pubdate(self, item: Entry) -> datetime | None:
        return item.published

    def item_updateddate(self, item: Entry) -> datetime | None:
        return item.updated

    def item_extra_kwargs(self, item: Entry) -> dict:
        return {"authors": item.authors, "content": item.content, "cover": item.cover}


def entry(story: ArticlePage, subject: Subject, content: str, authority: str, signature: str):
    """The feed's entry for a story: every text stripped of what XML cannot hold."""
    published = story.published_at or story.first_published_at
    authors = [xml_text(a.author.name) for a in story.authorships.all()] or [xml_text(signature)]
    tags = [xml_text(tagged.tag.name) for tagged in story.tagged_items.all()]
    section = [xml_text(story.section.title)] if story.section_id else []
    return Entry(
        title=xml_text(story.title),
        link=page_url(story, subject.request),
        # A tag: URI (RFC 4151) of the page id: the same however its slug or section changes.
        guid=f"tag:{authority},{(story.first_published_at or published):%Y-%m-%d}:story:{story.pk}",
        # Readers treat RSS descriptions and Atom's html summaries as HTML: the lead is text.
        summary=html.escape(xml_text(story.lead)),
        content=content,
        authors=authors,
        categories=section + tags,
        published=published,
        updated=story.last_published_at or published,
        cover=cover(story, subject.request),
    )


def cover(story: ArticlePage, request: HttpRequest) -> dict | None:
    if story.cover_image is None:
        return None
    rendition = story.cover_image.get_rendition(COVER_RENDITION)
    return {
        "url": request.build_absolute_uri(rendition.url),
        "type": mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg",
        "width": rendition.width,
        "height": rendition.height,
    }


def page_url(page: Page, request: HttpRequest) -> str:
    """The page's address as its own page gives it (canonical): on the site the feed is read on."""
    return request.build_absolute_uri(page.get_url(request))


def index_route_url(index_model, home: Page, request: HttpRequest, route: str, slug: str) -> str:
    """The reader page of a tag or an author, or the edition's home without an index."""
    index = index_model.objects.live().filter(locale_id=home.locale_id).first()
    if index is None:
        return page_url(home, request)
    return page_url(index, request) + index.reverse_subpage(route, args=[slug])


class EditionFeed(StoryFeed):
    def subject(self, request: HttpRequest, home: Page, slug: str) -> Subject:
        outlet = OutletSettings.for_request(request).outlet_name
        return Subject(
            request=request,
            home=home,
            title="",
            description=_("The latest news from %(outlet)s") % {"outlet": outlet},
            link=page_url(home, request),
            stories=latest_articles(home.locale_id),
        )


class SectionFeed(StoryFeed):
    def subject(self, request: HttpRequest, home: Page, slug: str) -> Subject:
        section = SectionPage.objects.live().public().child_of(home).filter(slug=slug).first()
        if section is None:
            raise Http404("no such section")
        return Subject(
            request=request,
            home=home,
            title=section.title,
            description=section.description or section.title,
            link=page_url(section, request),
            stories=section_articles(section),
        )


class TagFeed(StoryFeed):
    def subject(self, request: HttpRequest, home: Page, slug: str) -> Subject:
        tag = Tag.objects.filter(slug=slug).first()
        if tag is None:
            raise Http404("no such tag")
        return Subject(
            request=request,
            home=home,
            title=f"#{tag.name}",
            description=_("Stories tagged #%(tag)s") % {"tag": tag.name},
            link=index_route_url(TagIndexPage, home, request, "tag", tag.slug),
            stories=tagged_articles(tag, home.locale_id),
        )


class AuthorFeed(StoryFeed):
    def subject(self, request: HttpRequest, home: Page, slug: str) -> Subject:
        author = Author.objects.filter(locale_id=home.locale_id, slug=slug).first()
        if author is None:
            raise Http404("no such author")
        return Subject(
            request=request,
            home=home,
            title=author.name,
            description=_("Stories by %(author)s") % {"author": author.name},
            link=index_route_url(AuthorIndexPage, home, request, "author", author.slug),
            stories=author_articles(author),
        )


FEED_CLASSES = {
    "edition": EditionFeed,
    "section": SectionFeed,
    "tag": TagFeed,
    "author": AuthorFeed,
}
