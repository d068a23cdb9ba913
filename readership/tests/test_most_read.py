"""Most-read lists: ranked by the worker, shown on the home page and beside the article."""

from datetime import timedelta

import pytest
from django_tasks_db.models import DBTaskResult

from caching.remembered import forget_local_copies
from caching.store import invalidate_edition
from news.tests.factories import make_article, make_section
from readership.counting import outlet_today
from readership.database import add_views
from readership.models import MostRead
from readership.most_read import most_read, most_read_shown
from readership.upkeep import refresh_most_read

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(editions):
    analytics = make_section(editions["en"], "analytics", "Analytics")
    culture = make_section(editions["en"], "culture", "Culture")
    return {
        "steady": make_article(analytics, "A steady favourite"),
        "today": make_article(analytics, "Today's talking point"),
        "culture": make_article(culture, "A culture story"),
        "russian": make_article(make_section(editions["ru"], "analitika", "Аналитика"), "Статья"),
    }


def read(story, views: int, days_ago: int = 0) -> None:
    add_views([(story.pk, outlet_today() - timedelta(days=days_ago), views)])


def titles(ranking) -> list[str]:
    return [story.title for story in ranking.stories]


@pytest.fixture
def ranked(stories):
    read(stories["steady"], 500, days_ago=20)
    read(stories["steady"], 30, days_ago=3)
    read(stories["today"], 40)
    read(stories["culture"], 10)
    read(stories["russian"], 1000)
    refresh_most_read()
    return stories


def test_editions_lists_rank_today_this_week_and_all_time(ranked):
    today, week, all_time = most_read(ranked["steady"].locale_id)

    assert titles(today) == ["Today's talking point", "A culture story"]
    assert titles(week) == ["Today's talking point", "A steady favourite", "A culture story"]
    assert titles(all_time) == ["A steady favourite", "Today's talking point", "A culture story"]


def test_a_sections_lists_hold_only_its_stories(ranked):
    today, week, all_time = most_read(ranked["culture"].locale_id, ranked["culture"].section_id)

    assert titles(today) == titles(week) == titles(all_time) == ["A culture story"]


def test_reading_the_lists_is_three_queries_whatever_the_number_of_stories(
    ranked, django_assert_num_queries
):
    # The rankings, the view restrictions (private pages stay out), the stories; in a
    # process that has not read the restrictions yet (news.privacy remembers them).
    forget_local_copies()
    with django_assert_num_queries(3):
        most_read(ranked["steady"].locale_id)


def test_pages_read_the_lists_again_only_when_the_edition_changes(
    ranked, django_assert_num_queries
):
    locale_id = ranked["steady"].locale_id
    most_read_shown(locale_id)

    with django_assert_num_queries(0):
        most_read_shown(locale_id)
    invalidate_edition("ru")
    with django_assert_num_queries(0):
        most_read_shown(locale_id)
    invalidate_edition("en")
    with django_assert_num_queries(2):
        most_read_shown(locale_id)


def test_the_home_page_shows_its_editions_most_read(client, ranked):
    html = client.get("/en/").content.decode()

    assert 'id="most-read-heading"' in html
    assert "Today&#x27;s talking point" in html.split('id="most-read-heading"')[1]
    assert "Статья" not in html


def test_the_article_shows_its_sections_most_read(client, ranked):
    html = client.get(ranked["culture"].url).content.decode()

    block = html.split('id="most-read-heading"')[1].split("</section>")[0]
    assert "Most read in Culture" in block
    assert "A culture story" in block and "steady favourite" not in block


def test_a_changed_ranking_retires_the_editions_cached_pages(client, ranked):
    client.get("/en/")
    client.get("/ru/")
    read(ranked["culture"], 100)

    refresh_most_read()

    assert client.get("/en/")["X-Page-Cache"] == "MISS"
    assert client.get("/ru/")["X-Page-Cache"] == "HIT"


def test_an_unchanged_ranking_keeps_the_cached_pages(client, ranked):
    client.get("/en/")

    refresh_most_read()

    assert client.get("/en/")["X-Page-Cache"] == "HIT"


def test_an_unpublished_story_leaves_the_lists_at_once(
    client, ranked, django_capture_on_commit_callbacks
):
    client.get("/en/")
    with django_capture_on_commit_callbacks(execute=True):
        ranked["today"].unpublish()

    html = client.get("/en/").content.decode()

    assert "talking point" not in html
    assert MostRead.objects.filter(article_ids__isnull=False).exists()


def test_a_listed_story_unpublished_while_redis_is_away_leaves_its_edition_for_a_retry(
    ranked, production_caches, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    production_caches.stop()

    with django_capture_on_commit_callbacks(execute=True):
        ranked["today"].unpublish()  # raises here if a commit hook lets the cache error out

    retries = DBTaskResult.objects.filter(task_path__endswith="retry_invalidation")
    assert ["edition", ["en"]] in [retry.args_kwargs["args"][:2] for retry in retries]


def test_a_story_on_the_lists_that_moves_is_linked_at_its_new_address(
    client, ranked, django_capture_on_commit_callbacks
):
    from datetime import UTC, datetime

    from news.archive import month_folder

    story = ranked["today"]
    client.get("/en/")
    old_url = story.url
    with django_capture_on_commit_callbacks(execute=True):
        story.move(month_folder(story.section, datetime(2025, 3, 9, tzinfo=UTC)), "last-child")
    story.refresh_from_db()

    block = client.get("/en/").content.decode().split('id="most-read-heading"')[1]

    assert story.url != old_url
    assert f'href="{story.url}"' in block
    assert f'href="{old_url}"' not in block
