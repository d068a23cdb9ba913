"""The current counts a page asks for: fresh, whatever cache the page came from."""

import pytest

pytestmark = pytest.mark.django_db


def test_counts_are_the_current_totals_of_published_articles(client, story, beacon):
    beacon(story.pk)
    beacon(story.pk, address="203.0.113.8")

    response = client.get("/readership/views", {"ids": f"{story.pk},{story.pk + 1000}"})

    assert response.json() == {"views": {str(story.pk): 2}}


def test_counts_are_never_cached(client, story, beacon):
    client.get("/readership/views", {"ids": story.pk})
    beacon(story.pk)

    response = client.get("/readership/views", {"ids": story.pk})

    assert response.json()["views"][str(story.pk)] == 1
    assert "no-cache" in response["Cache-Control"]
    assert "X-Page-Cache" not in response


def test_the_article_page_carries_no_count_but_asks_for_it(client, story):
    type(story).objects.filter(pk=story.pk).update(view_count=51)

    html = client.get(story.url).content.decode()

    views = html[html.index("data-views-of") :].split("</p>")[0]
    assert "51" not in views
    assert "<span data-views-count></span>" in views
    assert f'data-views-of="{story.pk}"' in html
    assert 'data-read-beacon="/readership/read"' in html
    assert "readership/views.js" in html
