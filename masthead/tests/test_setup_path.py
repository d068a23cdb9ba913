"""`make run`'s setup path, from an empty database to every edition with demo stories."""

import subprocess
import sys
import time
import urllib.request

import pytest
from django.conf import settings

from conftest import ROOT, free_port, process_env


@pytest.fixture
def fresh_setup(tmp_path):
    env = process_env(f"sqlite:///{tmp_path / 'fresh.sqlite3'}", "masthead.settings.dev")
    env["MEDIA_ROOT"] = str(tmp_path / "media")
    subprocess.run(
        ["make", "--no-print-directory", "setup"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=600,
    )
    return env


def fetch(url: str, deadline: float) -> str:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (loopback only)
                return response.read().decode()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_make_setup_on_an_empty_database_serves_every_edition_with_demo_headlines(fresh_setup):
    from demo.stories import story_text
    from demo.texts import ANGLES

    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "runserver",
            "--noreload",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env=fresh_setup,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        pages = {
            code: fetch(f"http://127.0.0.1:{port}/{code}/", deadline)
            for code, _name in settings.LANGUAGES
        }
    finally:
        server.terminate()
        server.wait(timeout=10)

    # The first topic's story leads every edition: English and its translations.
    for code, html in pages.items():
        headline = story_text(0, 0 % len(ANGLES), seed=0, language=code).headline
        assert headline in html, code
