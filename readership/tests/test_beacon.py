"""The read beacon on the embedded default (SQLite, no Redis): what counts, and what does not."""

from datetime import timedelta

import pytest
from django.utils import timezone

from news.models import ArticlePage
from readership.counting import outlet_today
from readership.models import DailyViews, RecentRead
from readership.tests.beacon_load import send_beacons

pytestmark = pytest.mark.django_db


def stored_views(article) -> int:
    return ArticlePage.objects.get(pk=article.pk).view_count


def test_a_read_is_counted_in_the_total_and_in_the_day(story, beacon):
    response = beacon(story.pk)

    assert response.status_code == 202
    assert response.json() == {"article": story.pk, "counted": True, "views": 1}
    assert stored_views(story) == 1
    assert DailyViews.objects.get(article=story).views == 1
    assert DailyViews.objects.get(article=story).day == outlet_today()


def test_the_same_reader_twice_within_30_minutes_counts_once(story, beacon):
    beacon(story.pk)
    second = beacon(story.pk)

    assert second.status_code == 200
    assert second.json()["counted"] is False
    assert stored_views(story) == 1


def test_the_same_reader_after_30_minutes_counts_again(story, beacon):
    beacon(story.pk)
    RecentRead.objects.update(counted_at=timezone.now() - timedelta(minutes=30, seconds=1))

    assert beacon(story.pk).json()["counted"] is True
    assert stored_views(story) == 2


def test_another_browser_at_the_same_address_is_another_reader(story, beacon):
    beacon(story.pk)
    beacon(story.pk, agent="Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1")

    assert stored_views(story) == 2


@pytest.mark.parametrize(
    "agent",
    [
        "",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "TelegramBot (like TwitterBot)",
        "Twitterbot/1.0",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "WhatsApp/2.23.20.0 A",
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/131.0 Safari/537.36",
        "python-requests/2.32",
        "curl/8.5.0",
    ],
)
def test_bots_crawlers_and_link_previews_count_zero(story, beacon, agent):
    response = beacon(story.pk, agent=agent)

    assert response.status_code == 200
    assert response.json()["counted"] is False
    assert stored_views(story) == 0


# Not in our own pattern: recognised by crawlerdetect's maintained list only.
@pytest.mark.parametrize(
    "agent",
    [
        "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
        "Mozilla/5.0 (compatible; Barkrowler/0.9; +https://babbar.tech/crawler)",
        "Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)",
        "NetcraftSurveyAgent/1.0",
        "Xenu Link Sleuth/1.3.8",
    ],
)
def test_crawlers_on_the_maintained_list_count_zero(story, beacon, agent):
    response = beacon(story.pk, agent=agent)

    assert response.json()["counted"] is False
    assert stored_views(story) == 0


@pytest.mark.parametrize(
    "agent",
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/18.1 Safari/605.1.15",
        "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) "
        "SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.30",
    ],
)
def test_common_desktop_and_mobile_browsers_are_counted(story, beacon, agent):
    response = beacon(story.pk, agent=agent)

    assert response.json()["counted"] is True
    assert stored_views(story) == 1


def test_a_prefetch_counts_zero(story, beacon):
    beacon(story.pk, HTTP_SEC_PURPOSE="prefetch;prerender")

    assert stored_views(story) == 0


def test_no_cookie_is_set_and_no_address_or_browser_is_stored(story, beacon):
    response = beacon(story.pk, address="198.51.100.23")

    assert not response.cookies
    reader = RecentRead.objects.get().reader
    assert "198.51.100.23" not in reader and "Mozilla" not in reader
    assert len(reader) == 32


# Threads use their own database connections: the rows must be committed, not held in
# the test's transaction. Serialized rollback restores what migrations made afterwards.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_many_threads_of_distinct_readers_are_all_counted(story):
    acknowledged, failed = send_beacons(story.pk, threads=8, readers=2000)

    assert (acknowledged, failed) == (16000, 0)
    assert stored_views(story) == 16000
    assert DailyViews.objects.get(article=story).views == 16000
