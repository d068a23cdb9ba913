import json

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_a_minute(settings):
    settings.SEARCH_REQUESTS_PER_MINUTE = 2
    settings.SEARCH_SUGGESTIONS_PER_MINUTE = 2


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("en", "Too many searches"),
        ("ru", "Слишком много запросов"),
        ("hy", "Չափազանց շատ որոնումներ"),
        ("az", "Həddindən çox axtarış"),
    ],
)
def test_a_client_over_its_search_limit_gets_a_429_page_in_its_language(
    client, engine, editions, two_a_minute, language, heading
):
    # Different queries: a page the cache already holds costs nothing and is not counted.
    statuses = [client.get(f"/{language}/search/", {"q": f"word{n}"}).status_code for n in range(3)]
    refused = client.get(f"/{language}/search/", {"q": "word9"})

    assert statuses == [200, 200, 429]
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "no-store" in refused["Cache-Control"]
    assert BeautifulSoup(refused.content, "html.parser").h1.get_text() == heading


def test_a_client_over_its_suggestion_limit_gets_a_json_429(client, engine, editions, two_a_minute):
    for n in range(2):
        client.get("/en/search/suggest/", {"q": f"word{n}"})

    refused = client.get("/en/search/suggest/", {"q": "word9"})

    assert refused.status_code == 429
    assert int(refused["Retry-After"]) >= 1
    assert json.loads(refused.content)["retry_after"] >= 1


def test_other_clients_keep_searching(client, engine, editions, two_a_minute):
    for n in range(3):
        client.get("/en/search/", {"q": f"word{n}"})

    other = client.get("/en/search/", {"q": "word9"}, REMOTE_ADDR="192.0.2.7")

    assert other.status_code == 200
