"""Errors are problems (RFC 9457), never HTML and never a 500."""

import pytest

pytestmark = pytest.mark.django_db


def problem(response, status: int) -> dict:
    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"] and body["type"]
    return body


def test_an_unknown_story_is_a_404_problem(editions, api_client):
    problem(api_client.get("/api/v1/stories/999999/"), 404)


def test_an_unknown_edition_is_a_404_problem(editions, api_client):
    problem(api_client.get("/api/v1/editions/xx/stories/"), 404)


def test_an_unknown_section_tag_or_author_is_a_404_problem(editions, api_client):
    for url in (
        "/api/v1/editions/en/sections/424242/stories/",
        "/api/v1/editions/en/tags/no-such-tag/stories/",
        "/api/v1/editions/en/authors/424242/stories/",
    ):
        problem(api_client.get(url), 404)


def test_an_unknown_path_under_api_is_a_json_404_not_a_redirect(editions, api_client):
    for url in ("/api/nothing", "/api/v1/nothing/here/", "/api/v2/stories/"):
        problem(api_client.get(url), 404)


def test_an_invalid_filter_is_a_400_naming_the_field(editions, api_client):
    body = problem(api_client.get("/api/v1/editions/en/stories/?since=yesterday"), 400)
    assert body["field"] == "since" and "since" in body["detail"]


def test_a_page_size_over_the_cap_is_a_400(editions, api_client):
    assert problem(api_client.get("/api/v1/editions/en/stories/?limit=51"), 400)["field"] == "limit"


def test_a_forged_cursor_is_a_400(editions, api_client):
    import base64

    for forged in ("abc", base64.urlsafe_b64encode(b"2026-01-01|1; DROP").decode(), "%%%"):
        response = api_client.get("/api/v1/editions/en/stories/", {"cursor": forged})
        assert problem(response, 400)["field"] == "cursor"


def test_a_non_numeric_id_is_a_400_naming_it(editions, api_client):
    assert problem(api_client.get("/api/v1/stories/abc/"), 400)["field"] == "story_id"


def test_an_id_past_the_database_integer_is_a_400(editions, api_client):
    problem(api_client.get(f"/api/v1/stories/{2**40}/"), 400)


def test_a_wrong_method_is_a_405_problem(editions, api_client):
    for method in (api_client.post, api_client.put, api_client.delete, api_client.patch):
        response = method("/api/v1/editions/")
        problem(response, 405)
        assert "GET" in response["Allow"]


def test_too_many_requests_is_a_429_with_retry_after(editions, api_client, settings):
    settings.API_REQUESTS_PER_WINDOW = 2
    # Different filters, so that the page cache does not answer them before the limit.
    for number in range(2):
        assert (
            api_client.get("/api/v1/editions/en/stories/", {"limit": number + 1}).status_code == 200
        )
    response = api_client.get("/api/v1/editions/en/stories/", {"limit": 3})
    problem(response, 429)
    assert 1 <= int(response["Retry-After"]) <= settings.API_WINDOW_SECONDS


def test_the_rate_limit_counts_the_address_our_proxy_saw(editions, api_client, settings):
    settings.API_REQUESTS_PER_WINDOW = 1
    settings.READERSHIP_TRUSTED_PROXIES = 1
    for number, address in enumerate(("203.0.113.1", "203.0.113.2")):
        response = api_client.get(
            "/api/v1/editions/en/stories/", {"limit": number + 1}, HTTP_X_FORWARDED_FOR=address
        )
        assert response.status_code == 200, address
