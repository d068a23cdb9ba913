"""What a shared link shows: Open Graph and X (Twitter) cards, the canonical address.

Telegram, Facebook, X, WhatsApp and Slack read the same og: properties; X reads its
own twitter: names first and falls back to og: for the rest. A card's picture is a
1200×630 crop (1.91:1, what every one of them shows large): the story's cover, else
the outlet's default share image, else its logo; with none of them the page has no
og:image at all rather than an empty one.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail.images import get_image_model
from wagtail.models import Page

from caching.remembered import remembered
from news.models import ArticlePage
from outlet.models import OutletSettings

CARD_SPEC = "fill-1200x630"
LOGO_CARD_SPEC = "max-1200x630"

# Open Graph wants language_TERRITORY. The territory is where each edition's language is
# the national one: British English for the English edition (the outlet writes British).
OG_LOCALES = {"en": "en_GB", "ru": "ru_RU", "hy": "hy_AM", "az": "az_AZ"}


@dataclass(frozen=True)
class Picture:
    """A rendition as a card or a search engine needs it: absolute URL, size, text."""

    url: str
    width: int
    height: int
    alt: str


@dataclass
class ShareCard:
    site_name: str
    type: str
    title: str
    description: str
    url: str
    locale: str
    alternate_locales: list[str] = field(default_factory=list)
    image: Picture | None = None
    published_time: datetime | None = None
    modified_time: datetime | None = None
    section: str = ""
    tags: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)


def og_locale(language: str) -> str:
    """An edition's Open Graph locale; a language outside the table as xx_XX."""
    return OG_LOCALES.get(language, f"{language}_{language.upper()}")


def canonical_url(request: HttpRequest, page_number: int = 1) -> str:
    """This address, absolute, without any query string but ?page=N past the first page.

    Every page of a list shows other stories, so each is its own canonical page
    (Google's advice since rel=prev/next was retired); tracking parameters and
    anything else are dropped, as the page cache drops them.
    """
    url = request.build_absolute_uri(request.path)
    return f"{url}?page={page_number}" if page_number > 1 else url


def renditions(request: HttpRequest, image_id: int, specs: tuple[str, ...]) -> list[Picture]:
    """`specs` renditions of an image, absolute, remembered per process and site.

    A change to an image (file, crop, focal point, text) retires the site's version
    (pagecache.signal_handlers), under which this is kept, so the image's key is enough.
    """

    def read() -> list[Picture]:
        image = get_image_model().objects.filter(pk=image_id).first()
        if image is None:
            return []
        made = image.get_renditions(*specs)
        return [
            Picture(
                request.build_absolute_uri(made[spec].url),
                made[spec].width,
                made[spec].height,
                image.default_alt_text,
            )
            for spec in specs
        ]

    return remembered(("renditions", image_id, specs, request.get_host()), read)


def card_picture(request: HttpRequest, page: Page | None, outlet: OutletSettings) -> Picture | None:
    """The picture a page is shared with: its cover, the outlet's share image, its logo.

    A logo is shown whole (a wordmark cropped to 1.91:1 would lose its letters).
    """
    image_id = getattr(page, "cover_image_id", None) or outlet.share_image_id
    spec = CARD_SPEC
    if not image_id and outlet.logo_id:
        image_id, spec = outlet.logo_id, LOGO_CARD_SPEC
    return renditions(request, image_id, (spec,))[0] if image_id else None


def share_card(
    request: HttpRequest,
    *,
    page: Page | None,
    title: str,
    description: str,
    url: str,
    translations: list[str],
    tags: list[str] = (),
    author_urls: list[str] = (),
) -> ShareCard:
    """The card of any reader page; a story's says it is an article, when, where and by whom."""
    outlet = OutletSettings.for_request(request)
    card = ShareCard(
        site_name=outlet.outlet_name,
        type="website",
        title=title,
        description=description,
        url=url,
        locale=og_locale(get_language()),
        alternate_locales=[og_locale(code) for code in translations],
        image=card_picture(request, page, outlet),
    )
    if isinstance(page, ArticlePage):
        card.type = "article"
        card.published_time = page.published_at
        card.modified_time = page.last_published_at or page.published_at
        card.section = page.section.title if page.section_id else ""
        card.tags = list(tags)
        card.authors = list(author_urls) or [outlet.byline_signature]
    return card
