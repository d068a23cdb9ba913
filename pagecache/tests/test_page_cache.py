"""Anonymous readers are served from the cache; a story's change retires exactly its pages."""

import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.contrib.auth import get_user_model

from caching import store
from news.tests.factories import make_article, make_section
from outlet.models import OutletSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(editions):
    politics = make_section(editions["en"], "politics", "Politics")
    economy = make_section(editions["en"], "economy", "Economy")
    make_article(politics, "An older politics story")
    make_article(economy, "An economy story")
    return politics, economy


def cache_status(client, url: str) -> str:
    return client.get(url).get("X-Page-Cache", "none")


def test_an_anonymous_readers_repeat_visit_costs_no_database_query(
    client, sections, django_assert_num_queries
):
    client.get("/en/")

    with django_assert_num_queries(0):
        response = client.get("/en/")

    assert response["X-Page-Cache"] == "HIT"
    assert "An economy story" in response.content.decode()


def test_editors_are_never_served_from_the_cache(client, sections):
    client.get("/en/")
    get_user_model().objects.create_superuser("editor", "e@example.com", "pw")
    client.post("/admin/login/", {"username": "editor", "password": "pw"})

    assert cache_status(client, "/en/") == "none"


def test_publishing_a_story_retires_its_lists_and_nothing_else(client, sections, publish):
    politics, economy = sections
    urls = ["/en/", politics.url, economy.url, "/en/tags/elections/"]
    for url in urls:
        client.get(url)

    def new_story():
        story = make_article(politics, "Breaking: the vote is in", publish=False)
        story.tags.add("elections")
        story.save_revision().publish()

    publish(new_story)

    assert {url: cache_status(client, url) for url in urls} == {
        "/en/": "MISS",
        politics.url: "MISS",
        economy.url: "HIT",
        "/en/tags/elections/": "MISS",
    }
    assert "Breaking: the vote is in" in client.get("/en/").content.decode()


def test_an_edit_that_drops_a_tag_retires_the_tag_page_it_left(client, sections, publish):
    politics, _ = sections
    story = publish(make_article, politics, "Tagged story")
    story.tags.add("budget")
    publish(story.save_revision().publish)
    client.get("/en/tags/budget/")

    story.tags.clear()
    publish(story.save_revision().publish)

    response = client.get("/en/tags/budget/")
    assert response["X-Page-Cache"] == "MISS"
    assert "Tagged story" not in response.content.decode()


def test_a_tag_page_with_an_armenian_slug_is_retired_when_its_story_changes(
    client, sections, publish
):
    politics, _ = sections
    story = publish(make_article, politics, "Budget story")
    story.tags.add("բյուջե")
    publish(story.save_revision().publish)
    client.get("/en/tags/բյուջե/")

    story.title = "Budget story, revised"
    publish(story.save_revision().publish)

    response = client.get("/en/tags/բյուջե/")
    assert response["X-Page-Cache"] == "MISS"
    assert "Budget story, revised" in response.content.decode()


def test_a_story_with_an_armenian_slug_is_retired_when_it_changes(client, sections, publish):
    politics, _ = sections
    story = publish(make_article, politics, "Armenian address", slug="հասցե")
    client.get(story.url)

    story.title = "Armenian address, revised"
    publish(story.save_revision().publish)

    response = client.get(story.url)
    assert response["X-Page-Cache"] == "MISS"
    assert "Armenian address, revised" in response.content.decode()


def test_an_unpublished_story_is_gone_from_its_page_and_lists_at_once(client, sections, publish):
    politics, _ = sections
    story = publish(make_article, politics, "Soon withdrawn")
    url = story.url
    client.get(url)
    client.get(politics.url)

    publish(story.unpublish)

    assert client.get(url).status_code == 404
    assert "Soon withdrawn" not in client.get(politics.url).content.decode()


def test_a_deleted_story_is_gone_from_its_lists_at_once(client, sections, publish):
    politics, _ = sections
    story = publish(make_article, politics, "Deleted by mistake")
    client.get("/en/")

    publish(story.delete)

    assert "Deleted by mistake" not in client.get("/en/").content.decode()


def test_renaming_a_section_retires_every_page_that_shows_the_menu(client, sections, publish):
    politics, economy = sections
    client.get(economy.url)
    politics.title = "Power"

    publish(politics.save_revision().publish)

    assert "Power" in client.get(economy.url).content.decode()


def test_changing_the_outlet_settings_retires_every_page(client, sections, publish):
    client.get("/en/")
    outlet = OutletSettings.for_site(sections[0].get_site())
    outlet.outlet_name = "The New Name"

    publish(outlet.save)

    assert "The New Name" in client.get("/en/").content.decode()


def test_restricting_a_cached_story_takes_its_copy_away_at_once(client, sections, publish):
    from wagtail.models import PageViewRestriction

    story = make_article(sections[0], "Soon for subscribers only")
    client.get(story.url)

    publish(
        PageViewRestriction.objects.create,
        page=story,
        restriction_type=PageViewRestriction.PASSWORD,
        password="letmein",
    )

    response = client.get(story.url)
    assert response.get("X-Page-Cache") != "HIT"
    assert "Soon for subscribers only</h1>" not in response.content.decode()


def test_deleting_a_section_retires_every_page_that_shows_the_menu(client, sections, publish):
    politics, economy = sections
    assert "Politics" in client.get(economy.url).content.decode()

    publish(politics.delete)

    assert "Politics" not in client.get(economy.url).content.decode()


def test_deleting_a_story_retires_its_lists_and_not_the_whole_site(client, sections, publish):
    politics, economy = sections
    story = make_article(politics, "Withdrawn")
    client.get(economy.url)

    publish(story.delete)

    assert cache_status(client, economy.url) == "HIT"


def test_a_browser_with_the_current_copy_gets_a_304(client, sections):
    first = client.get("/en/")

    again = client.get("/en/", headers={"if-none-match": first["ETag"]})

    assert again.status_code == 304
    assert first["Cache-Control"] == "public, max-age=0, s-maxage=300"
    assert "Last-Modified" in first


class PurgeRecorder(BaseHTTPRequestHandler):
    purged: list[str] = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        PurgeRecorder.purged.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_cdn_is_purged_of_the_same_pages(sections, publish, settings):
    server = HTTPServer(("127.0.0.1", 0), PurgeRecorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    PurgeRecorder.purged = []
    politics, _ = sections
    try:
        story = publish(make_article, politics, "Purged everywhere")
        wanted = {"/en/", politics.url, story.url}
        deadline = time.monotonic() + 2  # purged in the background, not during the publish
        while not wanted <= set(PurgeRecorder.purged) and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        server.shutdown()

    assert wanted <= set(PurgeRecorder.purged)


def test_a_render_begun_before_a_change_cannot_store_the_old_page(client, rf, sections, publish):
    from django.http import HttpResponse

    key = store.key_for(rf.get("/en/"))  # a reader's request arrives ...
    publish(make_article, sections[0], "Published mid-render")  # ... a story is published ...
    store.save(key, HttpResponse("the page as it was"))  # ... and the old render finishes

    assert "Published mid-render" in client.get("/en/").content.decode()


def test_after_the_cache_loses_its_data_no_process_serves_its_old_copy(client, sections):
    from django.core.cache import cache

    politics, _ = sections
    client.get("/en/")  # cached in Redis, and kept by this process
    make_article(politics, "A story from after the restart")  # its invalidation never ran

    cache.clear()  # Redis restarted empty: every version is gone
    time.sleep(store.VERSION_SECONDS)  # how long a process trusts the versions it read

    response = client.get("/en/")
    assert response["X-Page-Cache"] == "MISS"
    assert "A story from after the restart" in response.content.decode()


def test_replacing_an_images_file_retires_the_pages_showing_it(client, sections, publish):
    import io
    import re

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage

    from news.tests.factories import make_image

    politics, _ = sections
    image = make_image("Harbour")
    publish(make_article, politics, "Pictured story", cover_image=image)
    before = re.findall(r'<img[^>]*src="([^"]+)"', client.get(politics.url).content.decode())

    # What Wagtail's image form does with a new upload: a new file, its renditions gone.
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), (200, 10, 10)).save(buffer, "JPEG")
    image.file = ImageFile(buffer, name="harbour-new.jpg")
    image._set_image_file_metadata()
    publish(image.save)
    image.renditions.all().delete()

    response = client.get(politics.url)
    after = re.findall(r'<img[^>]*src="([^"]+)"', response.content.decode())
    assert response["X-Page-Cache"] == "MISS"
    assert before and after and not set(before) & set(after)


def test_wagtails_bookkeeping_on_an_image_retires_nothing(client, sections, publish):
    from news.tests.factories import make_image

    image = make_image("Harbour")
    client.get("/en/")

    image.file_hash = "recomputed"
    publish(image.save, update_fields=["file_hash"])

    assert cache_status(client, "/en/") == "HIT"
