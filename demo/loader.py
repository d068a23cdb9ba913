"""Loading the demo outlet: idempotent, and it never overwrites what editors changed."""

from datetime import datetime, timedelta

from anyascii import anyascii
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Site

from demo import texts
from demo.images import demo_image
from demo.stories import StoryText, story_text
from editions.models import HomePage
from editions.setup import ensure_editions
from news.archive import month_folder
from news.models import ArticleAuthor, ArticlePage, Author, SectionPage
from outlet.models import EditionText, OutletSettings

TOPICS_PER_SECTION = 8
# Every third English story is translated into the other editions; the rest of
# those editions' stories are their own.
TRANSLATED_EVERY = 3
IMAGE_COUNT = 6


def load_outlet_settings(site: Site) -> None:
    """Fill the outlet's settings on first load only; later runs leave editors' changes alone."""
    outlet = OutletSettings.for_site(site)
    if outlet.edition_texts.exists():
        return
    outlet.outlet_name = texts.OUTLET_NAME
    outlet.twitter_url = "https://x.com/meridianpost.example"
    outlet.youtube_url = "https://www.youtube.com/@meridianpost.example"
    outlet.instagram_url = "https://www.instagram.com/meridianpost.example"
    outlet.facebook_url = "https://www.facebook.com/meridianpost.example"
    outlet.telegram_url = "https://t.me/meridianpost_example"
    outlet.app_store_url = "https://apps.apple.com/app/meridian-post-example/id0000000000"
    outlet.google_play_url = "https://play.google.com/store/apps/details?id=example.meridianpost"
    outlet.edition_texts = [
        EditionText(
            language=code,
            attribution_rule=texts.ATTRIBUTION_RULE[code],
            copyright_line=texts.COPYRIGHT_LINE[code],
        )
        for code, _name in settings.LANGUAGES
    ]
    outlet.save()
    for home in HomePage.objects.all():
        home.title = texts.OUTLET_NAME
        home.save_revision().publish()


def load_sections(homes: dict[str, HomePage]) -> dict[str, list[SectionPage]]:
    default_home = homes[settings.LANGUAGE_CODE]
    sections: dict[str, list[SectionPage]] = {code: [] for code in homes}
    for spec in texts.SECTIONS:
        section = SectionPage.objects.child_of(default_home).filter(slug=spec["slug"]).first()
        if section is None:
            section = SectionPage(
                title=spec["title"][settings.LANGUAGE_CODE],
                slug=spec["slug"],
                description=spec["description"][settings.LANGUAGE_CODE],
                show_in_menus=True,
            )
            default_home.add_child(instance=section)
            section.save_revision().publish()
        sections[settings.LANGUAGE_CODE].append(section)
        for code, home in homes.items():
            if code == settings.LANGUAGE_CODE:
                continue
            translated = section.get_translation_or_none(home.locale)
            if translated is None:
                translated = section.copy_for_translation(home.locale)
                translated.title = spec["title"][code]
                translated.description = spec["description"][code]
                translated.save_revision().publish()
            sections[code].append(translated.specific)
    return sections


def load_authors(
    locales: dict[str, Locale], photos: dict[int, object]
) -> dict[str, dict[str, Author]]:
    authors: dict[str, dict[str, Author]] = {code: {} for code in locales}
    default = locales[settings.LANGUAGE_CODE]
    for number, spec in enumerate(texts.AUTHORS, start=1):
        original = Author.objects.filter(locale=default, slug=spec["slug"]).first()
        if original is None:
            original = Author.objects.create(
                locale=default,
                slug=spec["slug"],
                name=spec["name"][default.language_code],
                bio=spec["bio"][default.language_code],
                photo=photos[number % IMAGE_COUNT + 1],
            )
        for code, locale in locales.items():
            author = original.get_translation_or_none(locale)
            if author is None:
                author = original.copy_for_translation(locale)
                author.name = spec["name"][code]
                author.bio = spec["bio"][code]
                author.save()
            authors[code][spec["slug"]] = author
    return authors


def story_slug(headline: str) -> str:
    return slugify(anyascii(headline))[:80].strip("-")


def fill_story(article: ArticlePage, story: StoryText, language: str, images, authors) -> None:
    article.title = story.headline
    article.subheadline = story.subheadline
    article.lead = story.lead
    article.body = story.body(images, language)
    article.cover_image = images[story.image_numbers[0]] if story.image_numbers else None
    article.authorships = [
        ArticleAuthor(author=authors[language][slug]) for slug in story.author_slugs
    ]
    article.tags.set(story.tag_names)


def create_story(section, story, language, published_at, images, authors) -> ArticlePage:
    article = ArticlePage(slug=story_slug(story.headline), published_at=published_at)
    fill_story(article, story, language, images, authors)
    month_folder(section, published_at).add_child(instance=article)
    article.save_revision().publish()
    return article


def translate_story(original, locale, section, story, images, authors) -> ArticlePage:
    month_folder(section, original.published_at)
    # The copy gets its own authors and tags below; copying the originals first would only
    # create rows to delete (and queue reference-index updates for rows that are gone).
    article = original.copy_for_translation(locale, exclude_fields=["authorships", "tagged_items"])
    fill_story(article, story, locale.language_code, images, authors)
    article.published_at = original.published_at + timedelta(minutes=40)
    article.save_revision().publish()
    return article


@transaction.atomic
def load_demo(now: datetime | None = None) -> dict[str, int]:
    """Load the demo outlet; returns how many stories each edition has."""
    now = now or timezone.now()
    homes = ensure_editions()
    locales = {code: home.locale for code, home in homes.items()}
    load_outlet_settings(Site.objects.get(is_default_site=True))
    images = {number: demo_image(number) for number in range(1, IMAGE_COUNT + 1)}
    sections = load_sections(homes)
    authors = load_authors(locales, images)
    default = settings.LANGUAGE_CODE
    for topic in range(len(texts.TOPICS)):
        section_index = topic // TOPICS_PER_SECTION
        angle = topic % len(texts.ANGLES)
        story = story_text(topic, angle, seed=topic, language=default)
        original = ArticlePage.objects.filter(
            locale=locales[default], slug=story_slug(story.headline)
        ).first()
        if original is None:
            published_at = now - timedelta(hours=7 + topic * 19)
            original = create_story(
                sections[default][section_index], story, default, published_at, images, authors
            )
        for code, locale in locales.items():
            if code == default:
                continue
            section = sections[code][section_index]
            if topic % TRANSLATED_EVERY == 0:
                if original.get_translation_or_none(locale) is None:
                    translated = story_text(topic, angle, seed=topic, language=code)
                    translate_story(original, locale, section, translated, images, authors)
                continue
            own_angle = (angle + 3) % len(texts.ANGLES)
            own = story_text(
                topic, own_angle, seed=1000 * (list(locales).index(code)) + topic, language=code
            )
            if not ArticlePage.objects.filter(
                locale=locale, slug=story_slug(own.headline)
            ).exists():
                published_at = now - timedelta(hours=5 + topic * 17)
                create_story(section, own, code, published_at, images, authors)
    return {
        code: ArticlePage.objects.filter(locale=locale).count() for code, locale in locales.items()
    }
