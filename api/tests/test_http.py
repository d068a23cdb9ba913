"""HTTP as a CDN and an app's cache need it: validators, 304s, CORS, no cookies."""

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_every_get_has_validators_and_a_public_cache_control(outlet, api_client):
    story = outlet["stories"]["ru"]
    for url in (
        "/api/v1/editions/",
        "/api/v1/editions/ru/",
        "/api/v1/editions/ru/stories/",
        f"/api/v1/stories/{story.pk}/",
        "/api/v1/editions/ru/most-read/",
        "/api/v1/openapi.json",
    ):
        response = api_client.get(url)
        assert response.status_code == 200, url
        assert response["ETag"] and response["Last-Modified"], url
        assert "public" in response["Cache-Control"] and "s-maxage" in response["Cache-Control"]


def test_a_matching_conditional_request_gets_a_304(outlet, api_client):
    url = f"/api/v1/stories/{outlet['stories']['en'].pk}/"
    etag = api_client.get(url)["ETag"]
    assert api_client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert api_client.get(url, HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_a_changed_story_gives_a_new_etag_at_once(
    outlet, api_client, django_capture_on_commit_callbacks
):
    story = outlet["stories"]["en"]
    urls = [
        f"/api/v1/stories/{story.pk}/",
        "/api/v1/editions/en/stories/",
        f"/api/v1/editions/en/sections/{story.section_id}/stories/",
        "/api/v1/editions/en/tags/tag-0/stories/",
    ]
    before = {url: api_client.get(url)["ETag"] for url in urls}
    assert all(api_client.get(url)["X-Page-Cache"] == "HIT" for url in urls)
    story.title = "The harbour, rewritten"
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    for url in urls:
        response = api_client.get(url, HTTP_IF_NONE_MATCH=before[url])
        assert response.status_code == 200, url
        assert response["ETag"] != before[url]
        assert "The harbour, rewritten" in response.content.decode()


def test_a_change_in_one_edition_keeps_the_others_lists_cached(
    outlet, api_client, django_capture_on_commit_callbacks
):
    api_client.get("/api/v1/editions/hy/stories/")
    story = outlet["stories"]["en"]
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    assert api_client.get("/api/v1/editions/hy/stories/")["X-Page-Cache"] == "HIT"


def test_a_new_ranking_retires_the_most_read_list(
    outlet, api_client, django_capture_on_commit_callbacks
):
    from readership.models import MostRead

    url = "/api/v1/editions/en/most-read/"
    assert api_client.get(url).json()["rankings"] == []
    story = outlet["stories"]["en"]
    with django_capture_on_commit_callbacks(execute=True):
        MostRead.objects.create(
            locale=story.locale,
            period=MostRead.Period.TODAY,
            article_ids=[story.pk],
            computed_at=timezone.now(),
        )
    assert api_client.get(url).json()["rankings"][0]["stories"][0]["id"] == story.pk


def test_get_is_open_to_every_origin_without_cookies(outlet, api_client):
    for _ in range(2):  # rendered, then from the page cache
        response = api_client.get("/api/v1/editions/en/stories/", HTTP_ORIGIN="https://app.example")
        assert response["Access-Control-Allow-Origin"] == "*"
        assert not response.cookies
        assert "Cookie" not in response.get("Vary", "")


def test_a_preflight_is_answered_for_any_origin(editions, api_client):
    response = api_client.options(
        "/api/v1/editions/en/stories/",
        HTTP_ORIGIN="https://app.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]


def test_a_session_cookie_is_neither_read_nor_answered(outlet, api_client):
    api_client.cookies["sessionid"] = "x" * 32  # an expired session's, say
    response = api_client.get("/api/v1/editions/en/")
    assert not response.cookies and "Cookie" not in response.get("Vary", "")


def test_tracking_parameters_share_the_cached_copy(outlet, api_client):
    api_client.get("/api/v1/editions/en/stories/")
    assert api_client.get("/api/v1/editions/en/stories/?utm_source=x")["X-Page-Cache"] == "HIT"


def test_the_docs_page_loads_nothing_from_other_hosts(editions, api_client):
    import re

    page = api_client.get("/api/v1/docs/").content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert sources and all(source.startswith("/") for source in sources)
    assert "<script>" not in page.replace('<script type="application/json"', "")
