"""An outlet with a story in each of the four editions, for the feeds to show."""

from dataclasses import dataclass

import pytest
from django.conf import settings

from news.models import ArticlePage, SectionPage
from news.tests.factories import make_rich_article, make_section
from pagecache.tests.conftest import publish  # noqa: F401  (changes made as the newsroom does)

pytestmark = pytest.mark.django_db

LANGUAGES = [edition.code for edition in settings.EDITIONS]


@dataclass
class Edition:
    language: str
    section: SectionPage
    story: ArticlePage


@pytest.fixture
def outlet(editions) -> dict[str, Edition]:
    """In each edition a section "world" and a rich story: cover, body image, quote,
    two tags (tag-0, tag-1) and one author (author-0, the edition's own)."""
    english = make_section(editions["en"], "world", "World")
    found = {"en": Edition("en", english, make_rich_article(english, "Harbour figures"))}
    for language in LANGUAGES[1:]:
        section = english.copy_for_translation(editions[language].locale)
        section.title = f"World ({language})"
        section.save_revision().publish()
        story = make_rich_article(section, f"Harbour figures {language}")
        found[language] = Edition(language, section, story)
    return found
