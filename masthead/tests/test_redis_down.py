"""With Redis killed, readers still get every page and editors keep working; when Redis
returns, caching resumes by itself. The production profile's caches and sessions, on a
Redis of the test's own (conftest's production_caches)."""

import logging
import time

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django_tasks_db.models import DBTaskResult

from masthead import redis_cache
from news.archive import month_folder
from news.models import ArticlePage
from news.tests.factories import make_article, make_section
from news.tests.test_editing import article_form, create_url
from pagecache.editors import EDITOR_COOKIE
from search.indexing import index_stories

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(editions):
    politics = make_section(editions["en"], "politics", "Politics")
    story = make_article(politics, "The harbour reopens")
    # Indexed as the worker indexes a published story (the test's transaction never commits).
    index_stories([story.pk])
    return {"home": "/en/", "section": politics.url, "story": story.url, "politics": politics}


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("chief", "chief@example.com", "pw")


def log_in(client: Client) -> None:
    response = client.post("/admin/login/", {"username": "chief", "password": "pw"})
    assert response.status_code == 302


@pytest.mark.parametrize("page", ["home", "section", "story"])
def test_with_redis_stopped_reader_pages_answer_200(client, site, production_caches, page):
    client.get(site[page])  # cached before the outage
    production_caches.stop()

    first, second = client.get(site[page]), client.get(site[page])

    assert (first.status_code, second.status_code) == (200, 200)
    assert "The harbour reopens" in second.content.decode()


def test_with_redis_stopped_no_page_is_served_from_a_process_copy(client, site, production_caches):
    client.get(site["home"])
    production_caches.stop()
    time.sleep(0.1)  # past the process's memory of the versions (store.VERSION_SECONDS)

    responses = [client.get(site["home"]) for _ in range(3)]

    assert [response.get("X-Page-Cache") for response in responses] == [None] * 3


def test_with_redis_stopped_search_answers_200(client, site, production_caches):
    production_caches.stop()

    response = client.get("/en/search/?q=harbour")

    assert response.status_code == 200
    # The result links the story (its headline has the matched word marked).
    assert f'href="{site["story"]}"' in response.content.decode()


def test_with_redis_stopped_a_missing_page_is_a_404(client, site, production_caches):
    production_caches.stop()

    assert client.get("/en/no-such-page/").status_code == 404


def test_with_redis_stopped_an_editor_can_log_in_and_open_the_admin(
    client, site, editor, production_caches
):
    production_caches.stop()

    log_in(client)

    assert client.cookies[EDITOR_COOKIE].value
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/{site['politics'].pk}/").status_code == 200


def test_an_editor_logged_in_before_the_outage_stays_logged_in(
    client, site, editor, production_caches
):
    log_in(client)
    production_caches.stop()

    response = client.get("/admin/")

    assert response.status_code == 200
    assert response.context["request"].user.username == "chief"


def test_with_redis_stopped_an_editor_can_publish_and_a_retry_is_queued(
    client, site, editor, production_caches, settings, caplog, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    log_in(client)
    production_caches.stop()

    with (
        caplog.at_level(logging.WARNING, logger="pagecache"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(
            create_url(month_folder(site["politics"])),
            {**article_form(title="Published in the outage"), "action-publish": "publish"},
        )

    assert response.status_code == 302
    assert ArticlePage.objects.get(title="Published in the outage").live
    assert any("failed; retrying" in record.getMessage() for record in caplog.records)
    assert DBTaskResult.objects.filter(status="READY", task_path__endswith="retry_invalidation")
    assert "Published in the outage" in Client().get(site["section"]).content.decode()


def test_when_redis_returns_caching_resumes_by_itself(client, site, production_caches):
    production_caches.stop()
    client.get(site["home"])
    production_caches.start()
    time.sleep(redis_cache.OUTAGE_RETRY_SECONDS)

    first, second = client.get(site["home"]), client.get(site["home"])

    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("MISS", "HIT")


def test_with_redis_stopped_the_front_door_hands_pages_to_django(site, production_caches):
    from pagecache.tests.test_front_door import CountingDjango, call
    from pagecache.wsgi import CachedPagesFirst

    django = CountingDjango()
    front_door = CachedPagesFirst(django)
    call(front_door, site["home"])
    production_caches.stop()
    time.sleep(0.1)  # past the process's memory of the versions (store.VERSION_SECONDS)

    status, _, body = call(front_door, site["home"])

    assert status == "200 OK"
    assert "The harbour reopens" in body.decode()
    assert django.calls == 2
