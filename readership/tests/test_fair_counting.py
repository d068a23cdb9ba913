"""Counts one client cannot inflate, in both stores: the per-minute limit is the address's
(an IPv6 /64 as one client), and the same reader counts once around midnight too."""

from datetime import UTC, datetime, timedelta

import pytest
from django.test import override_settings

from readership.counting import Outcome, current_views
from readership.models import RecentRead
from readership.tests.conftest import read_at

pytestmark = pytest.mark.django_db
MIDNIGHT = datetime(2026, 12, 1, tzinfo=UTC)


def browser(version: int) -> str:
    return (
        f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0.{version} Safari/537.36"
    )


def views(article) -> int:
    """The total readers see: stored, plus what Redis holds."""
    return current_views([article.pk])[article.pk]


def test_one_address_rotating_user_agents_counts_at_most_the_limit(
    counting_store, story, beacon, settings
):
    statuses = [beacon(story.pk, agent=browser(n)).status_code for n in range(100)]

    assert views(story) == settings.READERSHIP_READS_PER_MINUTE
    assert statuses.count(202) == settings.READERSHIP_READS_PER_MINUTE
    assert set(statuses[settings.READERSHIP_READS_PER_MINUTE :]) == {429}


@override_settings(READERSHIP_READS_PER_MINUTE=2)
def test_addresses_in_one_ipv6_64_share_the_limit(counting_store, story, beacon):
    addresses = ["2001:db8:1:2::1", "2001:db8:1:2::2", "2001:db8:1:2:ffff::3"]

    statuses = [beacon(story.pk, address=address).status_code for address in addresses]

    assert statuses == [202, 202, 429]
    assert views(story) == 2


@override_settings(READERSHIP_READS_PER_MINUTE=2)
def test_addresses_in_different_ipv6_64s_do_not_share_the_limit(counting_store, story, beacon):
    addresses = ["2001:db8:1:2::1", "2001:db8:1:3::1", "2001:db8:1:4::1"]

    statuses = [beacon(story.pk, address=address).status_code for address in addresses]

    assert statuses == [202, 202, 202]
    assert views(story) == 3


@override_settings(READERSHIP_READS_PER_MINUTE=1)
def test_an_ipv4_mapped_ipv6_address_is_its_ipv4_client(counting_store, story, beacon):
    statuses = [
        beacon(story.pk, address="203.0.113.7").status_code,
        beacon(story.pk, address="::ffff:203.0.113.7", agent=browser(2)).status_code,
    ]

    assert statuses == [202, 429]


def test_the_address_is_stored_only_as_a_hash(story, beacon):
    beacon(story.pk, address="2001:db8:1:2::1")

    row = RecentRead.objects.get()
    assert len(row.client) == 32 and "2001" not in row.client and row.client != row.reader


def test_a_reader_counted_before_midnight_is_not_counted_again_just_after(counting_store, story):
    assert read_at(story, MIDNIGHT - timedelta(minutes=10)) == Outcome.COUNTED
    assert read_at(story, MIDNIGHT + timedelta(minutes=10)) == Outcome.ALREADY_COUNTED
    assert views(story) == 1


def test_a_reader_counted_before_midnight_counts_again_once_the_window_has_passed(
    counting_store, story
):
    assert read_at(story, MIDNIGHT - timedelta(minutes=10)) == Outcome.COUNTED
    assert read_at(story, MIDNIGHT + timedelta(minutes=20)) == Outcome.COUNTED
    assert views(story) == 2


def test_another_reader_just_after_midnight_is_counted(counting_store, story):
    read_at(story, MIDNIGHT - timedelta(minutes=10))

    assert read_at(story, MIDNIGHT + timedelta(minutes=5), address="198.51.100.9") == (
        Outcome.COUNTED
    )
    assert views(story) == 2
