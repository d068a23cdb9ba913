"""Loading the demo outlet once: later runs find it loaded and change nothing.

"Loaded" means the site has sections. After the first load everything belongs to
the editors: a story they delete or rename stays deleted or renamed, and a real
outlet that already has sections never gets demo content mixed in.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Site

from demo import texts
from demo.backlist import load_older_stories
from demo.images import demo_image, draw_logo, draw_share_card, stored_image
from demo.stories import TOPICS_PER_SECTION, TRANSLATED_EVERY, StoryText, story_slug, story_text
from editions.models import HomePage
from editions.setup import ensure_editions
from editions.translations import ensure_translation
from news.archive import month_folder
from news.models import ArticleAuthor, ArticlePage, Author, SectionPage
from outlet.models import EditionText, OutletSettings
from search.indexing import index_stories

IMAGE_COUNT = 6
DEFAULT = settings.LANGUAGE_CODE


def load_outlet_settings(site: Site, languages: list[str]) -> None:
    outlet = OutletSettings.for_site(site)
    outlet.outlet_name = texts.OUTLET_NAME
    outlet.logo = stored_image(
        f"{texts.OUTLET_NAME} logo",
        draw_logo(texts.OUTLET_NAME),
        "demo-logo.png",
        description=texts.OUTLET_NAME,
    )
    outlet.share_image = stored_image(
        f"{texts.OUTLET_NAME} share card",
        draw_share_card(texts.OUTLET_NAME),
        "demo-share.jpg",
        description=texts.OUTLET_NAME,
    )
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
        for code in languages
    ]
    outlet.save()
    for home in HomePage.objects.all():
        home.title = texts.OUTLET_NAME
        home.save_revision().publish()


def load_sections(homes: dict[str, HomePage]) -> dict[str, list[SectionPage]]:
    sections: dict[str, list[SectionPage]] = {code: [] for code in homes}
    for spec in texts.SECTIONS:
        section = SectionPage(
            title=spec["title"][DEFAULT],
            slug=spec["slug"],
            description=spec["description"][DEFAULT],
            show_in_menus=True,
        )
        homes[DEFAULT].add_child(instance=section)
        section.save_revision().publish()
        for code, home in homes.items():
            sections[code].append(
                section
                if code == DEFAULT
                else ensure_translation(
                    section,
                    home.locale,
                    title=spec["title"][code],
                    description=spec["description"][code],
                )
            )
    return sections


def load_authors(locales: dict[str, Locale], photos: dict) -> dict[str, dict[str, Author]]:
    authors: dict[str, dict[str, Author]] = {code: {} for code in locales}
    for number, spec in enumerate(texts.AUTHORS, start=1):
        original = Author.objects.create(
            locale=locales[DEFAULT],
            slug=spec["slug"],
            name=spec["name"][DEFAULT],
            bio=spec["bio"][DEFAULT],
            photo=photos[number % IMAGE_COUNT + 1],
        )
        for code, locale in locales.items():
            authors[code][spec["slug"]] = ensure_translation(
                original, locale, name=spec["name"][code], bio=spec["bio"][code]
            )
    return authors


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


def load_stories(sections, locales, images, authors, now: datetime) -> None:
    for topic in range(len(texts.TOPICS)):
        section_index = topic // TOPICS_PER_SECTION
        angle = topic % len(texts.ANGLES)
        story = story_text(topic, angle, seed=topic, language=DEFAULT)
        published_at = now - timedelta(hours=7 + topic * 19)
        original = create_story(
            sections[DEFAULT][section_index], story, DEFAULT, published_at, images, authors
        )
        for code, locale in locales.items():
            if code == DEFAULT:
                continue
            section = sections[code][section_index]
            if topic % TRANSLATED_EVERY == 0:
                translated = story_text(topic, angle, seed=topic, language=code)
                translate_story(original, locale, section, translated, images, authors)
                continue
            own_angle = (angle + 3) % len(texts.ANGLES)
            # Seeded by the edition's place in the text bank, not in settings, so adding an
            # edition leaves the others' stories as they were.
            number = texts.LANGUAGES.index(code)
            own = story_text(topic, own_angle, seed=1000 * number + topic, language=code)
            published_at = now - timedelta(hours=5 + topic * 17)
            create_story(section, own, code, published_at, images, authors)


def load_views(now: datetime) -> None:
    """Some reading history, so the most-read lists and the editors' charts have data:
    each story read every day since it appeared (at most 30 days), a few readers more
    for some stories than others, fewer as it ages."""
    from readership.database import add_views
    from readership.upkeep import refresh_most_read

    today = timezone.localdate(now)
    counts = []
    for article in ArticlePage.objects.live().only("pk", "published_at"):
        appeal = 20 + (article.pk * 37) % 180
        first_day = max(timezone.localdate(article.published_at), today - timedelta(days=29))
        for age in range((today - first_day).days + 1):
            day = today - timedelta(days=age)
            counts.append((article.pk, day, appeal // (1 + age) + (article.pk + age) % 7))
    add_views(counts)
    refresh_most_read()


def demo_editions(homes: dict[str, HomePage]) -> dict[str, HomePage]:
    """The editions of settings.LANGUAGES that the demo has texts for; none without English."""
    if DEFAULT not in texts.LANGUAGES:
        return {}
    return {code: home for code, home in homes.items() if code in texts.LANGUAGES}


@transaction.atomic
def load_demo(now: datetime | None = None) -> dict[str, int]:
    """Load the demo outlet unless the site already has sections; returns stories per edition.

    Every edition in settings gets the demo's texts in its language; one the demo has no
    texts for is left empty.
    """
    homes = ensure_editions()
    demo = demo_editions(homes)
    locales = {code: home.locale for code, home in demo.items()}
    if demo and not SectionPage.objects.exists():
        now = now or timezone.now()
        load_outlet_settings(Site.objects.get(is_default_site=True), list(demo))
        images = {number: demo_image(number) for number in range(1, IMAGE_COUNT + 1)}
        sections = load_sections(demo)
        authors = load_authors(locales, images)
        load_stories(sections, locales, images, authors, now)
        load_older_stories(sections, images, authors, now)
        load_views(now)
        # At once rather than by the worker's queued tasks: the demo is searchable as soon
        # as it is loaded, with or without a worker running (the tests serve it without).
        index_stories(list(ArticlePage.objects.live().values_list("pk", flat=True)))
    return {
        code: ArticlePage.objects.filter(locale=home.locale).count() for code, home in homes.items()
    }
