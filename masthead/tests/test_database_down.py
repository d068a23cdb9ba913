"""With the database unreachable, readers get a friendly 503 in their edition's language."""

import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from conftest import ROOT, free_port, process_env


@pytest.fixture
def server_without_database():
    port = free_port()
    # Port 9 (discard) on loopback: nothing listens, so every connection is refused at once.
    env = process_env("postgres://postgres@127.0.0.1:9/masthead")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "masthead.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def fetch_error(url: str) -> urllib.error.HTTPError:
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(url, timeout=5)  # noqa: S310 (loopback only)
        except urllib.error.HTTPError as error:
            return error
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
        else:
            raise AssertionError(f"{url} answered without an error")


@pytest.mark.parametrize(
    ("path", "heading"),
    [("/en/", "Back in a moment"), ("/ru/analytics/", "Скоро вернёмся")],
)
def test_pages_answer_503_with_a_friendly_page_when_the_database_is_unreachable(
    server_without_database, path, heading
):
    error = fetch_error(server_without_database + path)

    assert error.code == 503
    assert error.headers["Retry-After"] == "30"
    assert f"<h1>{heading}</h1>" in error.read().decode()
