"""What every page reads alike is read once per process, and again exactly when it changes."""

import time
from datetime import UTC, datetime

import pytest
from django.core.cache import cache

from caching import store
from caching.locations import Location
from caching.remembered import remembered
from news.tests.factories import make_article, make_section
from outlet.models import OutletSettings

POLITICS = Location(1, "/en/politics/")

SAME_MONTH = datetime(2026, 11, 10, 12, tzinfo=UTC)


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
    remembered("section list", reads, also_depends_on=(store.path_version_key(POLITICS),))
    reads.value = "six stories"

    store.invalidate_locations({Location(1, "/en/economy/")})
    assert remembered("section list", reads, (store.path_version_key(POLITICS),)) == (
        "five stories"
    )
    store.invalidate_locations({POLITICS})
    assert remembered("section list", reads, (store.path_version_key(POLITICS),)) == ("six stories")


def test_a_value_read_while_an_invalidation_lands_is_not_kept():
    reads = Reads("read before the change")

    def read_during_a_change() -> str:
        store.invalidate_site()
        return reads()

    remembered("name", read_during_a_change)
    reads.value = "read after the change"

    assert remembered("name", reads) == "read after the change"


def test_a_value_is_read_again_after_its_maximum_age_even_without_a_change(monkeypatch):
    """The bound on what a lost invalidation (Redis away, a version evicted) leaves stale."""
    from caching import remembered as module

    monkeypatch.setattr(module, "MAX_AGE_SECONDS", 0.05)
    reads = Reads("old name")
    remembered("name", reads)
    reads.value = "new name"

    time.sleep(0.05)

    assert remembered("name", reads) == "new name"


def test_a_value_is_read_from_the_primary_during_a_readers_request(monkeypatch):
    """A lagging replica's older state must not be kept under a version that is current."""
    from django.contrib.contenttypes.models import ContentType

    from masthead import db_replicas

    monkeypatch.setattr(db_replicas, "replica_aliases", lambda: ["replica_1"])
    router = db_replicas.ReplicaRouter()

    with db_replicas.replica_reads():
        read_from = remembered("where", lambda: router.db_for_read(ContentType))
        after = router.db_for_read(ContentType)

    assert read_from == "default"
    assert after == "replica_1"  # the rest of the request still reads from its replica


# What readers see, through pages rendered without the page cache (an editor's view
# of the site, or a page the page cache just retired).


@pytest.fixture
def politics(editions):
    return make_section(editions["en"], "politics", "Politics")


@pytest.fixture
def editor_client(client, django_user_model):
    """Logged in: never served from the page cache, so each request renders."""
    from pagecache.editors import EDITOR_COOKIE, editor_bypass_token

    client.force_login(django_user_model.objects.create_superuser("editor", "e@x.org", "pw"))
    client.cookies[EDITOR_COOKIE] = editor_bypass_token()
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


@pytest.mark.django_db
def test_reordering_a_story_beside_a_restricted_one_keeps_the_restricted_one_out(
    client, politics, publish
):
    """A reorder shifts the tree paths of the siblings it is put before."""
    from wagtail.models import PageViewRestriction

    secret = publish(make_article, politics, "For members only", when=SAME_MONTH)
    publish(
        PageViewRestriction.objects.create,
        page=secret,
        restriction_type=PageViewRestriction.PASSWORD,
        password="letmein",
    )
    public = publish(make_article, politics, "For everyone", when=SAME_MONTH)
    assert "For members only" not in client.get(politics.url).content.decode()

    publish(public.move, secret, pos="left")  # the admin's drag to reorder

    page = client.get(politics.url).content.decode()
    assert "For everyone" in page
    assert "For members only" not in page


@pytest.mark.parametrize("withdraw", ["unpublish", "delete"])
@pytest.mark.django_db
def test_a_story_withdrawn_long_after_it_was_published_leaves_more_stories(
    editor_client, politics, publish, withdraw
):
    """Where a story was shown is recorded for 30 days only; its section's list is retired anyway."""
    from pagecache.invalidation import shown_on_key

    old = publish(make_article, politics, "An old story", when=SAME_MONTH)
    other = publish(make_article, politics, "Another story", when=SAME_MONTH)
    assert "An old story" in editor_client.get(other.url).content.decode()
    cache.delete(shown_on_key(old.pk))  # as after SHOWN_ON_TIMEOUT

    publish(getattr(old, withdraw))

    assert "An old story" not in editor_client.get(other.url).content.decode()


@pytest.mark.django_db
def test_a_story_in_a_section_no_site_serves_renders_its_more_stories(editions, rf):
    """Its preview: the section has no address, so nothing could retire a remembered list."""
    from wagtail.models import Page

    from editions.models import HomePage
    from news.models import ArticlePage, MonthArchivePage, YearArchivePage

    staging = HomePage(title="Staging outlet", slug="staging")
    Page.get_first_root_node().add_child(instance=staging)
    section = make_section(staging, "world", "World")
    year = section.add_child(instance=YearArchivePage(title="2026", slug="2026"))
    month = year.add_child(instance=MonthArchivePage(title="November", slug="11"))
    for title in ("A story", "B story"):  # by hand: the date folders need a site's time zone
        month.add_child(instance=ArticlePage(title=title, slug=title.lower().replace(" ", "-")))
        month.get_children().last().specific.save_revision().publish()

    article = ArticlePage.objects.get(title="A story")
    shown = article.section.more_stories(article)

    assert [story.title for story in shown.stories] == ["B story", "A story"]
    assert shown.next_url is None
