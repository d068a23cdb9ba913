"""The app keeps nginx's copies current (pagecache.edge): the contract, with a stand-in edge.

The production stack's tests show the outcome through nginx itself."""

import logging
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from news.tests.factories import make_article, make_section
from pagecache import edge


class EdgeRecorder(BaseHTTPRequestHandler):
    asked: list[tuple[str, str, str]] = []

    def do_GET(self):  # noqa: N802 (the HTTP method's name)
        EdgeRecorder.asked.append(
            (self.headers["Host"], self.path, self.headers.get(edge.REFRESH_HEADER, ""))
        )
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def wait_for(condition, seconds: float = 3) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)


@pytest.fixture
def politics(editions):
    return make_section(editions["en"], "politics", "Politics")


def test_a_published_storys_pages_are_refreshed_in_the_edge_for_every_host(
    politics, publish, settings
):
    server = HTTPServer(("127.0.0.1", 0), EdgeRecorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.PAGE_CACHE_EDGE_URL = f"http://127.0.0.1:{server.server_port}"
    settings.ALLOWED_HOSTS = ["news.example", "www.news.example", ".example"]
    EdgeRecorder.asked = []
    try:
        story = publish(make_article, politics, "Refreshed at the edge")
        wanted = {
            (host, path, edge.refresh_token())
            for host in ("news.example", "www.news.example")
            for path in ("/en/", politics.url, story.url)
        }
        wait_for(lambda: wanted <= set(EdgeRecorder.asked))
    finally:
        server.shutdown()

    assert wanted <= set(EdgeRecorder.asked)


def test_an_edge_that_does_not_answer_neither_fails_nor_slows_the_publish(
    politics, publish, settings, monkeypatch, caplog
):
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()  # accepts connections, never answers
    settings.PAGE_CACHE_EDGE_URL = f"http://127.0.0.1:{silent.getsockname()[1]}"
    monkeypatch.setattr(edge, "TIMEOUT_SECONDS", 0.3)
    caplog.set_level(logging.WARNING, logger="pagecache.edge")
    try:
        started = time.monotonic()
        story = publish(make_article, politics, "Published regardless")
        took = time.monotonic() - started
        wait_for(lambda: "edge refresh" in caplog.text)
    finally:
        silent.close()

    assert story.live
    assert took < 0.5
    assert "edge refresh" in caplog.text
