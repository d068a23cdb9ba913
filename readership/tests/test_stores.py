"""The two counting stores, the database and Redis, answer through one interface."""

import pytest
from django.utils import timezone

from readership import counting, database, live
from readership.stores import Outcome, ReadCounted

pytestmark = pytest.mark.django_db


def the_store(counting_store):
    return database.COUNTS if counting_store is None else live.COUNTS


def test_each_store_answers_a_read_and_its_repeat_alike(counting_store, story):
    store = the_store(counting_store)
    now = timezone.now()

    first = store.record_read("reader", "client", story.pk, now.date(), 10, now)
    again = store.record_read("reader", "client", story.pk, now.date(), 10, now)

    assert first == ReadCounted(Outcome.COUNTED, 1)
    assert isinstance(again, ReadCounted) and again.outcome == Outcome.ALREADY_COUNTED


def test_each_store_says_what_it_holds_beyond_the_stored_totals(counting_store, story):
    store = the_store(counting_store)
    now = timezone.now()
    store.record_read("reader", "client", story.pk, now.date(), 10, now)

    pending = store.pending_views([story.pk])

    assert pending == ({} if store is database.COUNTS else {story.pk: 1})
    assert counting.current_views([story.pk]) == {story.pk: 1}


def test_the_database_counts_when_redis_is_configured_but_away(story, settings):
    settings.READERSHIP_REDIS_URL = "redis://127.0.0.1:9/0"  # nothing listens there
    live.mark_up()
    now = timezone.now()

    counted = counting.first_answering(
        lambda store: store.record_read("reader", "client", story.pk, now.date(), 10, now)
    )

    assert counted == ReadCounted(Outcome.COUNTED, 1)
    assert type(story).objects.get(pk=story.pk).view_count == 1
    live.mark_up()
