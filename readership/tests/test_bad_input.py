"""Bad beacons and count requests get a 4xx with a JSON error, and nothing is counted."""

import json

import pytest
from django.test import override_settings

from news.models import ArticlePage
from news.tests.factories import make_article
from readership.models import DailyViews, RecentRead

pytestmark = pytest.mark.django_db


def nothing_counted() -> bool:
    return (
        not DailyViews.objects.exists()
        and not RecentRead.objects.exists()
        and not ArticlePage.objects.filter(view_count__gt=0).exists()
    )


def post(client, body, content_type="application/json", **headers):
    return client.post(
        "/readership/read",
        data=body,
        content_type=content_type,
        HTTP_USER_AGENT="Mozilla/5.0",
        **headers,
    )


@pytest.mark.parametrize(
    "body",
    [
        "",
        "not json",
        "[]",
        '{"article": "12"}',
        '{"article": true}',
        '{"article": -4}',
        '{"article": 99999999999999999999999}',
        '{"story": 1}',
        b"\xff\xfe",
    ],
)
def test_a_malformed_beacon_is_a_400(client, story, body):
    response = post(client, body)

    assert response.status_code == 400
    assert "error" in response.json()
    assert nothing_counted()


def test_a_beacon_for_an_unknown_article_is_a_404(client, story):
    response = post(client, json.dumps({"article": story.pk + 1000}))

    assert response.status_code == 404
    assert "error" in response.json()
    assert nothing_counted()


def test_a_beacon_for_an_unpublished_article_is_a_404(client, story):
    draft = make_article(story.section, "Still a draft", publish=False)

    response = post(client, json.dumps({"article": draft.pk}))

    assert response.status_code == 404
    assert nothing_counted()


def test_an_oversized_beacon_is_a_413(client, story):
    body = json.dumps({"article": story.pk, "padding": "x" * 2000})

    response = post(client, body)

    assert response.status_code == 413
    assert nothing_counted()


def test_the_wrong_method_is_a_405(client, story):
    response = client.get("/readership/read")

    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert "error" in response.json()


def test_a_beacon_another_site_makes_is_refused(client, story):
    response = post(client, json.dumps({"article": story.pk}), HTTP_SEC_FETCH_SITE="cross-site")

    assert response.status_code == 403
    assert nothing_counted()


@override_settings(READERSHIP_READS_PER_MINUTE=3)
def test_one_client_looping_is_rate_limited(client, story):
    others = [make_article(story.section, f"Another story {n}") for n in range(3)]
    statuses = [
        post(client, json.dumps({"article": article.pk})).status_code
        for article in [story, *others]
    ]

    assert statuses == [202, 202, 202, 429]
    assert ArticlePage.objects.get(pk=others[-1].pk).view_count == 0


@pytest.mark.parametrize("ids", ["", "abc", "1,x", "0", ",".join(str(n) for n in range(1, 60))])
def test_bad_count_requests_are_a_400(client, ids):
    response = client.get("/readership/views", {"ids": ids})

    assert response.status_code == 400
    assert "error" in response.json()
