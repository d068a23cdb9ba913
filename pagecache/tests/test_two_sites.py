"""Two sites on different host names: a change retires its pages on every site that shows
them, and the edge and the CDN are asked for them on that site's host name.

One domain for an edition is common: here news.example serves every edition (the default
site, rooted at the English home) and az.news.example the Azerbaijani edition on its own.
"""

import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from wagtail.models import Site

from news.tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

MAIN, AZ = "news.example", "az.news.example"


@pytest.fixture
def two_sites(editions, settings):
    settings.ALLOWED_HOSTS = [MAIN, AZ]
    Site.objects.filter(is_default_site=True).update(hostname=MAIN)
    Site.objects.create(hostname=AZ, port=80, root_page=editions["az"], site_name="Az")
    section = make_section(editions["az"], "siyaset", "Siyasət")
    make_article(section, "Köhnə xəbər")
    return section


def status_and_text(client, host: str, url: str) -> tuple[str, str]:
    response = client.get(url, headers={"host": host})
    assert response.status_code == 200
    return response.get("X-Page-Cache", "none"), response.content.decode()


def test_a_story_published_on_the_second_site_is_shown_there_at_once(client, two_sites, publish):
    section_path = "/az/siyaset/"
    status_and_text(client, AZ, section_path)
    assert status_and_text(client, AZ, section_path)[0] == "HIT"

    publish(make_article, two_sites, "Təzə xəbər")

    status, text = status_and_text(client, AZ, section_path)
    assert status == "MISS"
    assert "Təzə xəbər" in text


def test_a_story_on_both_sites_is_retired_from_both(client, two_sites, publish):
    section_path = "/az/siyaset/"
    for host in (MAIN, AZ):
        status_and_text(client, host, section_path)

    publish(make_article, two_sites, "Hər iki saytda")

    for host in (MAIN, AZ):
        status, text = status_and_text(client, host, section_path)
        assert (host, status) == (host, "MISS")
        assert "Hər iki saytda" in text


def test_a_change_retires_nothing_on_a_site_that_does_not_show_it(client, two_sites, publish):
    english = make_section(Site.objects.get(hostname=MAIN).root_page, "politics", "Politics")
    status_and_text(client, MAIN, english.get_url_parts()[2])

    publish(make_article, two_sites, "Yalnız azərbaycanca")

    assert status_and_text(client, MAIN, english.get_url_parts()[2])[0] == "HIT"


class Recorder(BaseHTTPRequestHandler):
    asked: list[tuple[str, str, str]] = []

    def do_GET(self):  # noqa: N802 (the HTTP method's name)
        self.record()

    def do_PURGE(self):  # noqa: N802
        self.record()

    def record(self):
        Recorder.asked.append((self.command, self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_the_edge_and_the_cdn_are_asked_for_each_sites_host_and_path(two_sites, publish, settings):
    server = HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    where = f"http://127.0.0.1:{server.server_port}"
    settings.PAGE_CACHE_EDGE_URL = where
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": where}
    }
    Recorder.asked = []
    try:
        story = publish(make_article, two_sites, "Kənarda da təzə")
        path = story.get_url_parts()[2]
        wanted = {
            (method, host, page)
            for method in ("GET", "PURGE")
            for host in (MAIN, AZ)
            for page in ("/az/siyaset/", path)
        }
        deadline = time.monotonic() + 3
        while not wanted <= set(Recorder.asked) and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        server.shutdown()

    assert wanted <= set(Recorder.asked)
    assert not [asked for asked in Recorder.asked if "://" in asked[2]]
