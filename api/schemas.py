"""The shapes the API answers with: the OpenAPI document is generated from these."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from django.conf import settings
from ninja import Schema
from pydantic import Field

# Ids are PostgreSQL integers: a larger number names nothing (and must not reach SQL).
MAX_ID = 2**31 - 1
# The editions of settings.EDITIONS, so the document lists them (an unknown one is a 404).
EditionCode = StrEnum("EditionCode", {edition.code: edition.code for edition in settings.EDITIONS})


class Rendition(Schema):
    width: int
    height: int
    url: str


class Image(Schema):
    id: int
    alt: str
    width: int
    height: int
    # Resized copies, narrowest first, at the widths apps ask for (api.images.WIDTHS),
    # never wider than the original.
    renditions: list[Rendition]


class Link(Schema):
    name: str
    url: str


class SectionRef(Schema):
    id: int
    name: str
    url: str


class Section(SectionRef):
    slug: str
    description: str
    stories_url: str


class TagRef(Schema):
    slug: str
    name: str


class Tag(TagRef):
    url: str
    stories_url: str


class AuthorRef(Schema):
    id: int
    name: str
    slug: str
    url: str


class Author(AuthorRef):
    bio: str
    photo: Image | None
    stories_url: str


class Outlet(Schema):
    name: str
    logo: Image | None
    # Shown when a story has no authors.
    signature: str
    social_links: list[Link]
    app_links: list[Link]
    # How others may republish the edition's stories (shown under copied text).
    attribution_rule: str


class EditionSummary(Schema):
    code: str
    name: str
    label: str
    home_url: str
    url: str


class Edition(EditionSummary):
    sections: list[Section]
    outlet: Outlet


class Translation(Schema):
    id: int
    url: str
    api_url: str


class StorySummary(Schema):
    id: int
    edition: str
    url: str
    api_url: str
    headline: str
    subheadline: str
    lead: str
    section: SectionRef | None
    tags: list[TagRef]
    authors: list[AuthorRef]
    # The outlet's signature when the story has no authors, else null.
    signature: str | None
    published_at: datetime
    updated_at: datetime | None
    cover_image: Image | None


class ParagraphBlock(Schema):
    type: Literal["paragraph"]
    html: str


class QuoteBlock(Schema):
    type: Literal["quote"]
    text: str
    attribution: str


class ImageBlock(Schema):
    type: Literal["image"]
    image: Image | None
    caption: str
    credit: str


class EmbedBlock(Schema):
    type: Literal["embed"]
    provider: str
    url: str
    title: str
    thumbnail_url: str | None


Block = Annotated[
    ParagraphBlock | QuoteBlock | ImageBlock | EmbedBlock, Field(discriminator="type")
]


class ShareLink(Schema):
    network: str
    url: str


class Story(StorySummary):
    share_links: list[ShareLink]
    reading_time_minutes: int
    # The stored count when this copy was made; /readership/views?ids= has the live one.
    view_count: int
    # Edition code -> the translation there, this story included.
    translations: dict[str, Translation]
    body: list[Block]
    # The same body as one sanitised HTML fragment, with absolute URLs.
    body_html: str


class StoryList(Schema):
    stories: list[StorySummary]
    # Pass as ?cursor= for the next page; null on the last page.
    next_cursor: str | None
    next_url: str | None


class Ranking(Schema):
    period: Literal["today", "week", "all"]
    stories: list[StorySummary]


class MostRead(Schema):
    edition: str
    section: int | None
    rankings: list[Ranking]


class SearchResults(Schema):
    query: str
    page: int
    has_next: bool
    searched_for: str | None
    did_you_mean: str | None
    stories: list[StorySummary]
