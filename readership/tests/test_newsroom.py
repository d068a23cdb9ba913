"""What editors see: the dashboard's most-read panel and the article's own trend."""

from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model

from readership.charts import daily_views_chart
from readership.counting import outlet_today
from readership.database import add_views

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(get_user_model().objects.create_superuser("chief", "c@example.com", "pw"))
    return client


def test_the_dashboard_lists_the_most_read_stories_with_their_30_day_charts(editor_client, story):
    add_views([(story.pk, outlet_today(), 12), (story.pk, outlet_today() - timedelta(days=3), 5)])

    html = editor_client.get("/admin/").content.decode()

    panel = html[html.index('id="most-read') :]
    assert "A story people read" in panel
    assert "<svg" in panel and "17 in all" in panel


def test_the_article_edit_view_shows_its_total_and_trend(editor_client, story):
    add_views([(story.pk, outlet_today(), 7)])

    html = editor_client.get(f"/admin/pages/{story.pk}/edit/").content.decode()

    assert "Views in all: 7" in html
    assert 'class="readership-chart"' in html


def test_the_chart_has_a_bar_per_day_sized_by_its_views():
    series = [(date(2026, 11, 1), 10), (date(2026, 11, 2), 5), (date(2026, 11, 3), 0)]

    svg = daily_views_chart(series, width=300, height=102)

    assert svg.count("<rect") == 3
    assert 'height="100.00"' in svg and 'height="50.00"' in svg and 'height="0.00"' in svg
    assert "2 Nov: 5" in svg
    assert "15 in all, at most 10 a day" in svg
