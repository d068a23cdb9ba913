"""`make run-production`: PostgreSQL, Redis, granian and the worker behind nginx, on one machine."""

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from conftest import ROOT
from masthead.tests.processes import group_ends
from masthead.tests.stack import get, https_handler

pytestmark = [pytest.mark.postgres, pytest.mark.redis]


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def answer(url: str, **headers: str):
    """Status, headers and body as sent: errors and redirects included, not followed."""
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.build_opener(NoRedirects, https_handler()).open(
            request, timeout=10
        ) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def shell(stack, code: str) -> str:
    """Run Python in `manage.py shell` with the stack's environment; its last line of output."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=stack.env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip().splitlines()[-1]


def test_each_edition_is_served_through_nginx(stack):
    for code, _name in settings.LANGUAGES:
        status, headers, body = get(f"{stack}/{code}/")

        assert status == 200
        assert b"Meridian Post" in body


def test_anonymous_pages_are_answered_from_nginxs_cache(stack):
    get(f"{stack}/en/politics/")

    _, headers, _ = get(f"{stack}/en/politics/")

    assert headers["X-Cache-Status"] in ("HIT", "UPDATING", "STALE")


def test_the_app_server_answers_a_repeat_visit_from_its_cache_with_its_security_headers(stack):
    app = f"http://127.0.0.1:{stack.env['APP_PORT']}"
    _, first, first_body = get(f"{app}/en/economy/")

    status, headers, body = get(f"{app}/en/economy/")

    assert status == 200
    assert (first["X-Page-Cache"], headers["X-Page-Cache"]) == ("MISS", "HIT")
    assert body == first_body
    assert headers["X-Content-Type-Options"] == "nosniff"


def editor_token(stack) -> str:
    from pagecache.editors import editor_bypass_token

    with override_settings(SECRET_KEY=stack.env["DJANGO_SECRET_KEY"]):
        return editor_bypass_token()


def test_editors_with_the_editor_cookie_bypass_the_cache(stack):
    get(f"{stack}/en/")

    _, headers, _ = get(f"{stack}/en/", Cookie=f"masthead_editor={editor_token(stack)}")

    assert headers["X-Cache-Status"] == "BYPASS"


def test_a_made_up_session_cookie_is_answered_from_nginxs_cache(stack):
    get(f"{stack}/en/world/")

    _, headers, _ = get(f"{stack}/en/world/", Cookie="sessionid=made-up")

    assert headers["X-Cache-Status"] == "HIT"


def test_a_made_up_editor_cookie_is_answered_from_nginxs_cache(stack):
    get(f"{stack}/en/world/")

    _, headers, _ = get(f"{stack}/en/world/", Cookie="masthead_editor=made-up")

    assert headers["X-Cache-Status"] == "HIT"


def test_the_admin_is_never_cached(stack):
    get(f"{stack}/admin/login/")

    _, headers, _ = get(f"{stack}/admin/login/")

    assert "X-Cache-Status" not in headers
    assert "no-store" in headers["Cache-Control"]


def test_static_files_are_hashed_compressed_and_cached_for_a_year(stack):
    _, _, page = get(f"{stack}/en/")
    stylesheet = re.search(rb'href="(/static/editions/site\.[0-9a-f]{12}\.css)"', page).group(1)

    status, headers, _ = get(stack + stylesheet.decode(), **{"Accept-Encoding": "gzip"})

    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_a_published_story_shows_through_nginx_within_half_a_second(stack):
    get(f"{stack}/en/")  # the home page is in both caches
    headline = f"Published while readers watch {time.time_ns()}"
    seen = []

    def watch() -> None:
        deadline = time.time() + 30
        while not seen and time.time() < deadline:
            if headline.encode() in get(f"{stack}/en/")[2]:
                seen.append(time.time())
            time.sleep(0.02)

    watcher = threading.Thread(target=watch)
    watcher.start()
    published = float(
        shell(
            stack,
            "import time; from news.models import SectionPage; "
            "from news.tests.factories import make_article; "
            f"make_article(SectionPage.objects.filter(locale__language_code='en').first(), {headline!r}); "
            "print(time.time())",
        )
    )
    watcher.join()

    assert seen, "never visible"
    assert seen[0] - published < 0.5


def new_story(stack, headline: str) -> tuple[int, str]:
    """A story published in the English edition's first section: its id and URL."""
    found = shell(
        stack,
        "from news.models import SectionPage; from news.tests.factories import make_article; "
        f"a = make_article(SectionPage.objects.filter(locale__language_code='en').first(), {headline!r}); "
        "print(a.pk, a.url)",
    )
    page_id, url = found.split()
    return int(page_id), url


def test_the_live_view_counts_are_never_kept_by_nginx(stack):
    page_id, _ = new_story(stack, f"Counted live {time.time_ns()}")
    counts = f"{stack}/readership/views?ids={page_id}"
    before = json.loads(get(counts)[2])["views"][str(page_id)]
    beacon = urllib.request.Request(
        f"{stack}/readership/read",
        data=json.dumps({"article": page_id}).encode(),
        headers={
            "Content-Type": "application/json",
            # A browser's (crawlerdetect knows "Reader …" agents for feed readers), new each run.
            "User-Agent": f"Mozilla/5.0 (X11; Linux x86_64) Firefox/{time.time_ns() % 10**6}.0",
        },
    )
    urllib.request.build_opener(https_handler()).open(beacon, timeout=10).close()

    _, headers, body = get(counts)

    assert json.loads(body)["views"][str(page_id)] == before + 1
    assert headers.get("X-Cache-Status") not in ("HIT", "STALE", "UPDATING")


def test_an_unpublished_story_is_not_served_again(stack):
    page_id, url = new_story(stack, f"Soon withdrawn {time.time_ns()}")
    get(stack + url)
    get(stack + url)  # in nginx's cache

    shell(stack, f"from wagtail.models import Page; Page.objects.get(pk={page_id}).unpublish()")

    assert answer(stack + url)[0] == 404


def test_a_story_put_behind_a_view_restriction_is_not_served_again(stack):
    headline = f"Soon for subscribers {time.time_ns()}"
    page_id, url = new_story(stack, headline)
    get(stack + url)
    get(stack + url)  # in nginx's cache

    shell(
        stack,
        "from wagtail.models import PageViewRestriction as R; "
        f"R.objects.create(page_id={page_id}, restriction_type=R.LOGIN)",
    )

    status, _, body = answer(stack + url)
    assert status == 302
    assert headline.encode() not in body


@pytest.fixture(scope="module")
def two_pages(stack) -> str:
    """A section with a second page of stories; its URL."""
    return shell(
        stack,
        "from news.models import SectionPage; from news.tests.factories import make_article; "
        "s = SectionPage.objects.filter(locale__language_code='en', slug='economy').first(); "
        "[make_article(s, f'Filling page two {n}') for n in range(13)]; print(s.url)",
    )


@pytest.mark.parametrize(
    "query", ["?PAGE=2", "?page=1&page=2", "?page=2&page=1", "?p%61ge=2", "?utm_source=x"]
)
def test_a_query_string_cannot_store_one_pages_content_under_anothers_key(stack, two_pages, query):
    app = f"http://127.0.0.1:{stack.env['APP_PORT']}"
    answer(stack + two_pages + query)  # whatever nginx keeps from it

    for canonical in ("", "?page=1", "?page=2"):
        status, _, body = answer(stack + two_pages + canonical)
        app_status, _, app_body = answer(app + two_pages + canonical, Host="127.0.0.1")
        # The stories listed, not the bytes: the rest of a page may change meanwhile (a
        # most-read refresh), and nginx's copy may then be up to a second older.
        assert (status, listed(body)) == (app_status, listed(app_body)), canonical


def listed(page: bytes) -> set[bytes]:
    return set(re.findall(rb"Filling page two \d+", page))


def test_tracking_parameters_make_no_new_entry(stack):
    get(f"{stack}/en/politics/?utm_source=newsletter")

    _, headers, _ = get(f"{stack}/en/politics/?utm_source=social&fbclid=x")

    assert headers["X-Cache-Status"] == "HIT"


def test_the_app_receives_only_the_parameters_the_key_holds(stack):
    _, _, body = get(f"{stack}/en/search/?q=first&q=second&Q=third")

    assert b'value="first"' in body
    assert b"second" not in body and b"third" not in body


@pytest.fixture(scope="module")
def documents(stack) -> dict:
    """A document in a collection only logged-in users may see, one in the public root, and
    an editor's session."""
    return json.loads(
        shell(
            stack,
            "import json; from django.core.files.base import ContentFile; "
            "from django.contrib.auth import get_user_model, SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY; "
            "from django.conf import settings; from importlib import import_module; "
            "from wagtail.models import Collection, CollectionViewRestriction as R; "
            "from wagtail.documents import get_document_model; D = get_document_model(); "
            "private = Collection.get_first_root_node().add_child(name='Board minutes'); "
            "R.objects.create(collection=private, restriction_type=R.LOGIN); "
            "secret = D.objects.create(title='Minutes', collection=private, file=ContentFile(b'board secret', name='minutes.txt')); "
            "public = D.objects.create(title='Report', file=ContentFile(b'annual report', name='report.txt')); "
            "user = get_user_model().objects.create_user('doc-editor', password=None, is_staff=True); "
            "session = import_module(settings.SESSION_ENGINE).SessionStore(); "
            "session.update({SESSION_KEY: str(user.pk), BACKEND_SESSION_KEY: settings.AUTHENTICATION_BACKENDS[0], HASH_SESSION_KEY: user.get_session_auth_hash()}); "
            "session.create(); "
            "print(json.dumps({'private': secret.url, 'private_file': secret.file.url, "
            "'public': public.url, 'session': session.session_key}))",
        )
    )


def test_a_private_documents_file_url_is_not_served(stack, documents):
    status, _, body = answer(stack + documents["private_file"])

    assert status != 200
    assert b"board secret" not in body


def test_a_private_document_asks_an_anonymous_reader_to_log_in(stack, documents):
    status, headers, _ = answer(stack + documents["private"])

    assert status == 302
    assert "/login/" in headers["Location"]


def test_a_private_document_is_served_to_an_editor(stack, documents):
    status, _, body = answer(
        stack + documents["private"], Cookie=f"sessionid={documents['session']}"
    )

    assert (status, body) == (200, b"board secret")


def test_a_public_document_is_served(stack, documents):
    status, headers, body = answer(stack + documents["public"])

    assert (status, body) == (200, b"annual report")
    assert headers["X-Content-Type-Options"] == "nosniff"


def supervised_pid(stack, name: str) -> int:
    """The pid bin/run-production's supervisor last started for `name` (app, worker, nginx)."""
    return int((Path(stack.env["MASTHEAD_PRODUCTION_VAR"]) / f"{name}.pid").read_text())


def restarted(stack, name: str, old_pid: int, seconds: float) -> int:
    """The pid of `name` once it is running again in place of `old_pid`."""
    deadline = time.monotonic() + seconds
    while True:
        with contextlib.suppress(FileNotFoundError, ValueError, ProcessLookupError):
            pid = supervised_pid(stack, name)
            if pid != old_pid:
                os.kill(pid, 0)
                return pid
        assert time.monotonic() < deadline, f"{name} was not started again"
        time.sleep(0.1)


def answers(url: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if get(url)[0] == 200:
                return True
        time.sleep(0.2)
    return False


def test_a_killed_worker_is_started_again_while_the_site_keeps_answering(stack):
    old = supervised_pid(stack, "worker")

    os.kill(old, signal.SIGKILL)

    restarted(stack, "worker", old, seconds=5)
    assert get(f"{stack}/en/")[0] == 200
    assert get(f"http://127.0.0.1:{stack.env['APP_PORT']}/en/world/")[0] == 200


def test_a_killed_app_server_comes_back_without_its_old_workers_and_pages_answer_again(stack):
    old = supervised_pid(stack, "app")

    os.kill(old, signal.SIGKILL)

    restarted(stack, "app", old, seconds=10)
    assert answers(f"http://127.0.0.1:{stack.env['APP_PORT']}/en/", seconds=30)
    assert group_ends(old, seconds=5)  # the granian workers it had left behind were stopped
