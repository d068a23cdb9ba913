"""What every page reads alike is read once per process, and again exactly when it changes."""

import time
from datetime import UTC, datetime

import pytest
from django.core.cache import cache

from news.tests.factories import make_article, make_section
from outlet.models import OutletSettings
from pagecache import store
from pagecache.remembered import remembered


class Reads:
    """A compute function that counts its calls and returns the latest value set."""

    def __init__(self, value: str):
        self.value = value
        self.count = 0

    def __call__(self) -> str:
        self.count += 1
        return self.value


def test_a_value_is_read_once_while_the_site_is_unchanged():
    reads = Reads("menu")

    assert [remembered("menu", reads) for _ in range(3)] == ["menu"] * 3
    assert reads.count == 1


def test_a_site_change_made_in_this_process_is_read_at_once():
    reads = Reads("old name")
    remembered("name", reads)

    reads.value = "new name"
    store.invalidate_site()

    assert remembered("name", reads) == "new name"


def test_a_change_made_by_another_process_is_read_within_the_version_interval():
    reads = Reads("old name")
    remembered("name", reads)
    reads.value = "new name"

    cache.set(store.SITE_VERSION_KEY, time.time_ns(), None)  # another process's invalidation
    time.sleep(store.VERSION_SECONDS)

    assert remembered("name", reads) == "new name"


def test_a_value_depending_on_a_list_is_read_again_when_the_list_changes():
    reads = Reads("five stories")
    remembered("section list", reads, also_depends_on=(store.path_version_key("/en/politics/"),))
    reads.value = "six stories"

    store.invalidate_paths({"/en/economy/"})
    assert remembered("section list", reads, (store.path_version_key("/en/politics/"),)) == (
        "five stories"
    )
    store.invalidate_paths({"/en/politics/"})
    assert remembered("section list", reads, (store.path_version_key("/en/politics/"),)) == (
        "six stories"
    )


def test_a_value_read_while_an_invalidation_lands_is_not_kept():
    reads = Reads("read before the change")

    def read_during_a_change() -> str:
        store.invalidate_site()
        return reads()

    remembered("name", read_during_a_change)
    reads.value = "read after the change"

    assert remembered("name", reads) == "read after the change"


# What readers see, through pages rendered without the page cache (an editor's view
# of the site, or a page the page cache just retired).


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    def publish(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return publish


@pytest.fixture
def politics(editions):
    return make_section(editions["en"], "politics", "Politics")


@pytest.fixture
def editor_client(client, django_user_model):
    """Logged in: never served from the page cache, so each request renders."""
    client.force_login(django_user_model.objects.create_superuser("editor", "e@x.org", "pw"))
    return client


@pytest.mark.django_db
def test_a_story_published_in_a_section_shows_under_its_other_stories_at_once(
    editor_client, politics, publish
):
    older = publish(make_article, politics, "The older story")
    assert "The newest story" not in editor_client.get(older.url).content.decode()

    publish(make_article, politics, "The newest story")

    assert "The newest story" in editor_client.get(older.url).content.decode()


@pytest.mark.django_db
def test_a_retitled_story_shows_its_new_title_in_lists_at_once(editor_client, politics, publish):
    story = publish(make_article, politics, "The first headline")
    other = publish(make_article, politics, "Another story")
    assert "The first headline" in editor_client.get(other.url).content.decode()

    story.title = "The corrected headline"
    publish(story.save_revision().publish)

    page = editor_client.get(other.url).content.decode()
    assert "The corrected headline" in page
    assert "The first headline" not in page


@pytest.mark.django_db
def test_a_section_added_to_the_menu_shows_on_every_page_at_once(editor_client, politics, publish):
    story = publish(make_article, politics, "A story")
    assert "Culture" not in editor_client.get(story.url).content.decode()

    publish(make_section, politics.get_parent(), "culture", "Culture")

    assert ">Culture</a>" in editor_client.get(story.url).content.decode()


@pytest.mark.django_db
def test_the_outlet_settings_saved_show_on_the_next_page_at_once(editor_client, politics, publish):
    story = publish(make_article, politics, "A story")
    editor_client.get(story.url)
    outlet = OutletSettings.for_site(politics.get_site())
    outlet.outlet_name = "The Renamed Outlet"

    publish(outlet.save)

    assert "The Renamed Outlet" in editor_client.get(story.url).content.decode()


@pytest.mark.django_db
def test_a_restricted_story_stays_out_of_its_sections_list_after_a_move(client, politics, publish):
    """Lists remember where restricted pages are in the tree; a move changes that."""
    from wagtail.models import PageViewRestriction

    from news.archive import month_folder

    story = publish(make_article, politics, "For members only")
    publish(
        PageViewRestriction.objects.create,
        page=story,
        restriction_type=PageViewRestriction.PASSWORD,
        password="letmein",
    )
    publish(make_article, politics, "For everyone")
    assert "For members only" not in client.get(politics.url).content.decode()

    last_year = month_folder(politics, datetime(2025, 1, 15, tzinfo=UTC))
    publish(story.move, last_year, pos="last-child")

    page = client.get(politics.url).content.decode()
    assert "For everyone" in page
    assert "For members only" not in page
