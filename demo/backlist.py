"""Each section's older stories: enough that its list runs to three pages in every edition.

The eight stories a section gets from demo.loader.load_stories, published through
Wagtail one by one, fill one page of its list (news.pagination.STORIES_PER_PAGE), so the
list under an article would never load more. The older ones are written from the same
text bank and inserted in bulk (demo.generator.insert_articles): a few hundred stories
in a second or two instead of most of a minute. Like the first eight, every third is
translated from English and the rest are each edition's own; their headlines take the
section's topics from the angles the first eight did not, so none repeats in an edition.
"""

import uuid
from collections import defaultdict
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone
from taggit.models import Tag
from wagtail.search.backends import get_search_backends

from demo import texts
from demo.generator import NewArticle, insert_articles
from demo.stories import TOPICS_PER_SECTION, TRANSLATED_EVERY, story_slug, story_text
from news.archive import month_folder
from news.models import ArticlePage, Author, SectionPage
from outlet.models import OutletSettings

# With the first eight, 30 a section: pages of 12, 12 and 6.
OLDER_PER_SECTION = 22
# A headline's angle, counted from its topic's own: load_stories took offsets 0 (English
# and its translations) and 3 (the other editions' own stories).
ANGLE_OFFSETS = (1, 2, 4, 5, 6, 7)
HEADLINES_PER_SECTION = len(ANGLE_OFFSETS) * TOPICS_PER_SECTION
DEFAULT = settings.LANGUAGE_CODE


def topic_and_angle(section_index: int, number: int) -> tuple[int, int]:
    """The section's `number`th headline not taken by load_stories, as (topic, angle)."""
    topic = section_index * TOPICS_PER_SECTION + number % TOPICS_PER_SECTION
    offset = ANGLE_OFFSETS[number // TOPICS_PER_SECTION]
    return topic, (topic + offset) % len(texts.ANGLES)


def older_story(
    section_index: int, number: int, language: str, now: datetime
) -> tuple[int, int, int, datetime]:
    """(topic, angle, seed, publication time) of a section's `number`th older story.

    A translation shares its English original's headline and seed; an edition's own
    story counts its headlines from the other end, so it never takes an English one.
    """
    hours = 11 + 31 * number + 7 * section_index
    if language == DEFAULT or number % TRANSLATED_EVERY == 0:
        topic, angle = topic_and_angle(section_index, number)
        late = timedelta(minutes=0 if language == DEFAULT else 40)
        return (
            topic,
            angle,
            10_000 + 100 * section_index + number,
            now - timedelta(hours=hours) + late,
        )
    topic, angle = topic_and_angle(section_index, HEADLINES_PER_SECTION - 1 - number)
    seed = 10_000 * (1 + texts.LANGUAGES.index(language)) + 100 * section_index + number
    return topic, angle, seed, now - timedelta(hours=hours - 4, minutes=17)


def load_older_stories(
    sections: dict[str, list[SectionPage]],
    images: dict,
    authors: dict[str, dict[str, Author]],
    now: datetime,
) -> list[ArticlePage]:
    """OLDER_PER_SECTION older stories in every section of every edition; returns them."""
    zone = OutletSettings.for_site(sections[DEFAULT][0].get_site()).zone
    keys = {
        (index, number): uuid.uuid4()
        for index in range(len(texts.SECTIONS))
        for number in range(OLDER_PER_SECTION)
    }
    months: dict[tuple[int, str], list[NewArticle]] = defaultdict(list)
    by_pk: dict[int, SectionPage] = {}
    for language, edition_sections in sections.items():
        tag_ids = {
            tag[language]: Tag.objects.get_or_create(name=tag[language])[0].pk for tag in texts.TAGS
        }
        for index, section in enumerate(edition_sections):
            by_pk[section.pk] = section
            for number in range(OLDER_PER_SECTION):
                topic, angle, seed, published_at = older_story(index, number, language, now)
                story = story_text(topic, angle, seed=seed, language=language)
                translated = language == DEFAULT or number % TRANSLATED_EVERY == 0
                article = ArticlePage(
                    title=story.headline,
                    slug=story_slug(story.headline),
                    published_at=published_at,
                    subheadline=story.subheadline,
                    lead=story.lead,
                    body=story.body(images, language),
                    cover_image=images[story.image_numbers[0]] if story.image_numbers else None,
                    translation_key=keys[index, number] if translated else uuid.uuid4(),
                )
                month = timezone.localtime(published_at, zone).strftime("%Y-%m")
                months[section.pk, month].append(
                    NewArticle(
                        article,
                        [tag_ids[name] for name in story.tag_names],
                        [authors[language][slug].pk for slug in story.author_slugs],
                    )
                )
    inserted = []
    for (section_pk, _month), new in months.items():
        section = by_pk[section_pk]
        insert_articles(month_folder(section, new[0].article.published_at), section, new)
        inserted.extend(item.article for item in new)
    # Searchable in the admin's page search like the stories Wagtail published (readers'
    # search indexes the whole demo at once: demo.loader.load_demo).
    for backend in get_search_backends():
        backend.add_bulk(ArticlePage, inserted)
    return inserted
