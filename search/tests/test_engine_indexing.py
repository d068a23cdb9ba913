"""The index follows publishing: what readers may read is found, nothing else."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from news.tests.factories import make_article
from search import rebuilding
from search.documents import RebuildProgress, SearchDocument
from search.tests.engine_fixtures import found

pytestmark = pytest.mark.django_db


def test_an_edited_story_is_found_by_its_new_words(write, django_capture_on_commit_callbacks):
    story = write("en", "Harbour cranes return")

    with django_capture_on_commit_callbacks(execute=True):
        story.title = "Lighthouse lamps return"
        story.save_revision().publish()

    assert found("lighthouse") == ["Lighthouse lamps return"]
    assert found("harbour") == []


def test_a_draft_edit_of_a_live_story_is_not_searchable_yet(
    write, django_capture_on_commit_callbacks
):
    story = write("en", "Harbour cranes return")

    with django_capture_on_commit_callbacks(execute=True):
        story.title = "Lighthouse lamps return"
        story.save_revision()

    assert found("lighthouse") == []
    assert found("harbour") == ["Harbour cranes return"]


def test_an_unpublished_story_disappears(write, django_capture_on_commit_callbacks):
    story = write("en", "Harbour cranes return")

    with django_capture_on_commit_callbacks(execute=True):
        story.unpublish()

    assert found("harbour") == []


def test_a_deleted_story_disappears(write, django_capture_on_commit_callbacks):
    story = write("en", "Harbour cranes return")

    with django_capture_on_commit_callbacks(execute=True):
        story.delete()

    assert found("harbour") == []
    assert not SearchDocument.objects.exists()


def test_a_scheduled_story_is_not_found_before_it_goes_live(
    sections, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        story = make_article(sections["en"], "Harbour tomorrow", publish=False)
        story.go_live_at = timezone.now() + timedelta(days=1)
        story.save_revision().publish()

    assert found("harbour") == []


def test_a_story_behind_a_view_restriction_is_not_found(write, django_capture_on_commit_callbacks):
    from wagtail.models import PageViewRestriction

    story = write("en", "Harbour secrets")

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=story, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )

    assert found("harbour") == []


def test_rebuilding_indexes_every_story_with_a_progress_bar(write, sections):
    write("en", "Harbour cranes return")
    write("en", "Harbour pilots strike", "Pilots say the harbour is unsafe.")
    SearchDocument.objects.all().delete()
    errors = io.StringIO()

    call_command("rebuild_search_index", "--batch-size=1", stderr=errors, stdout=io.StringIO())

    assert sorted(found("harbour")) == ["Harbour cranes return", "Harbour pilots strike"]
    assert "100% 2/2 stories" in errors.getvalue()
    assert not RebuildProgress.objects.exists()


class Stopped(Exception):
    """The rebuild killed mid-way (pytest takes a KeyboardInterrupt for its own)."""


def test_a_stopped_rebuild_continues_where_it_stopped(write, monkeypatch):
    stories = [write("en", f"Harbour story {n}") for n in range(3)]
    SearchDocument.objects.all().delete()
    index_stories, calls, stopping = rebuilding.index_stories, [], [True]

    def stopped_after_the_first_batch(keys):
        calls.append(keys)
        if len(calls) == 2 and stopping:
            raise Stopped
        return index_stories(keys)

    monkeypatch.setattr(rebuilding, "index_stories", stopped_after_the_first_batch)
    with pytest.raises(Stopped):
        rebuilding.rebuild(batch_size=1)
    assert len(found("harbour")) == 1

    calls.clear()
    stopping.clear()
    rebuilding.rebuild(batch_size=1)

    assert [keys for keys in calls] == [[stories[1].pk], [stories[2].pk]]
    assert len(found("harbour")) == 3


def test_the_body_text_is_indexed_without_its_markup(write):
    write("en", "Weather", "<b>Stormy</b> seas near the <i>harbour</i>.")

    assert found("stormy harbour") == ["Weather"]
    assert found("b") == []
