from datetime import timedelta

import pytest
from django.utils import timezone

from news.archive import month_folder
from news.models import ArticlePage, MonthArchivePage, YearArchivePage
from news.tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(editions):
    return make_section(editions["en"])


def test_article_lives_in_its_sections_month_folder(section):
    when = timezone.now().replace(year=2025, month=12, day=15)
    article = make_article(section, "Harbour talks resume", when=when)

    assert article.url_path.endswith("/politics/2025/12/harbour-talks-resume/")
    assert article.url == "/en/politics/2025/12/harbour-talks-resume/"


def test_article_takes_its_section_from_the_tree(section):
    article = make_article(section)

    assert ArticlePage.objects.get(pk=article.pk).section_id == section.pk


def test_month_folder_is_created_once_and_reused(section):
    when = timezone.now()

    first = month_folder(section, when)
    again = month_folder(section, when)

    assert first.pk == again.pk
    assert YearArchivePage.objects.child_of(section).count() == 1
    assert MonthArchivePage.objects.descendant_of(section).count() == 1


def test_translated_sections_share_folder_translation_keys(editions, section):
    russian_section = section.copy_for_translation(editions["ru"].locale)
    russian_section.save_revision().publish()

    english_folder = month_folder(section)
    russian_folder = month_folder(russian_section)

    assert english_folder.translation_key == russian_folder.translation_key
    assert russian_folder.locale == editions["ru"].locale


def test_publication_date_defaults_to_the_first_publication(section):
    article = make_article(section)

    assert article.published_at == article.first_published_at


def test_an_editors_publication_date_is_kept(section):
    chosen = timezone.now() - timedelta(days=3)

    article = make_article(section, published_at=chosen)

    assert article.published_at == chosen


def test_a_draft_has_no_publication_date(section):
    article = make_article(section, publish=False)

    assert article.published_at is None
    assert not article.live


def test_moving_an_article_to_another_section_updates_its_section(editions, section):
    other = make_section(editions["en"], "economy", "Economy")
    article = make_article(section)

    article.move(month_folder(other), pos="last-child")

    assert ArticlePage.objects.get(pk=article.pk).section_id == other.pk


def test_translating_an_article_points_it_at_the_translated_section(editions, section):
    article = make_article(section)
    russian_section = section.copy_for_translation(editions["ru"].locale)
    russian_section.save_revision().publish()
    month_folder(russian_section, article.published_at)

    translation = article.copy_for_translation(editions["ru"].locale)

    assert ArticlePage.objects.get(pk=translation.pk).section_id == russian_section.pk


def test_reordering_sections_keeps_their_articles_in_them(editions, section):
    other = make_section(editions["en"], "economy", "Economy")
    article = make_article(section)

    other.move(editions["en"], pos="first-child")

    assert ArticlePage.objects.get(pk=article.pk).section_id == section.pk


def test_publishing_an_older_revision_keeps_the_live_view_count(section):
    article = make_article(section)
    draft = article.save_revision()
    ArticlePage.objects.filter(pk=article.pk).update(view_count=51)

    draft.publish()

    assert ArticlePage.objects.get(pk=article.pk).view_count == 51


def test_a_copied_article_starts_with_no_views(section):
    article = make_article(section)
    ArticlePage.objects.filter(pk=article.pk).update(view_count=51)
    article.refresh_from_db()

    copy = article.copy(update_attrs={"slug": "a-story-again", "title": "Again"})

    assert copy.view_count == 0


def test_month_folders_are_titled_in_the_editions_language(editions, section):
    russian_section = section.copy_for_translation(editions["ru"].locale)
    russian_section.save_revision().publish()
    when = timezone.now().replace(year=2025, month=12, day=15)

    assert month_folder(section, when).title == "December 2025"
    assert month_folder(russian_section, when).title == "Декабрь 2025"


def test_month_follows_the_outlets_time_zone(editions, section):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    # 22:30 UTC on 31 December is already 1 January in Baku, the outlet's zone.
    new_years_eve = datetime(2025, 12, 31, 22, 30, tzinfo=ZoneInfo("UTC"))

    assert month_folder(section, new_years_eve).url_path.endswith("/2026/01/")
