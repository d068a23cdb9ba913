"""Fixtures of the engine's tests: stories written as editors write them, indexed as the
worker indexes them (the test settings run queued tasks at once, on commit)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from news.tests.factories import make_article, make_section
from search.query import StorySearch, search_stories


def paragraphs(*texts: str) -> list[dict]:
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


@pytest.fixture
def sections(editions):
    return {
        "en": make_section(editions["en"], "world", "World"),
        "en-economy": make_section(editions["en"], "economy", "Economy"),
        "ru": make_section(editions["ru"], "world", "Мир"),
        "hy": make_section(editions["hy"], "world", "Աշխարհ"),
        "az": make_section(editions["az"], "world", "Dünya"),
    }


@pytest.fixture
def write(sections, django_capture_on_commit_callbacks):
    """write(edition, headline, body=..., days_ago=..., **fields): a published story."""
    made = iter(range(1, 10_000))

    def write(edition: str, headline: str, *bodies: str, days_ago: float = 1, **fields):
        when = timezone.now() - timedelta(days=days_ago)
        with django_capture_on_commit_callbacks(execute=True):
            return make_article(
                sections[edition],
                headline,
                slug=f"story-{next(made)}",
                when=when,
                published_at=when,
                body=paragraphs(*bodies) if bodies else [],
                **fields,
            )

    return write


def found(text: str, language: str = "en", **options) -> list[str]:
    """Headlines found for `text`, best first."""
    results = search_stories(StorySearch(text=text, language=language, **options))
    return [hit.article.title for hit in results.hits]
