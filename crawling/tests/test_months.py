"""The months the index lists follow the stories: publication, redating, deletion, bulk imports."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from crawling.models import SitemapMonth
from crawling.tests.conftest import locations, sitemap_paths
from news.tests.factories import make_article

pytestmark = pytest.mark.django_db


def month_path(when) -> str:
    return f"/sitemaps/en/{when:%Y-%m}.xml"


@pytest.fixture
def archived(story_site):
    old = timezone.now() - timedelta(days=75)
    return make_article(story_site.section, "From the archive", when=old, published_at=old)


def test_a_redated_story_moves_to_its_new_months_file(client, story_site, archived):
    left = archived.published_at
    older = left - timedelta(days=62)
    archived.published_at = older
    archived.save_revision().publish()

    assert locations(client.get(month_path(older)).content) == [f"http://testserver{archived.url}"]
    assert month_path(left) not in sitemap_paths(client)
    assert client.get(month_path(left)).status_code == 404


def test_deleting_a_months_only_story_takes_the_month_out_of_the_index(
    client, story_site, archived
):
    path = month_path(archived.published_at)
    archived.delete()

    assert path not in sitemap_paths(client)
    assert client.get(path).status_code == 404


def test_unpublishing_moves_the_months_lastmod_forward_not_back(client, story_site):
    newest = story_site.untranslated
    month = SitemapMonth.objects.get(
        locale=newest.locale, month=timezone.now().date().replace(day=1)
    )
    before = month.last_modified
    newest.unpublish()

    month.refresh_from_db()
    assert month.last_modified > before
    assert month.stories == 1


def test_count_sitemap_months_counts_stories_added_without_signals(client, story_site, archived):
    SitemapMonth.objects.all().delete()  # as after generate_articles' bulk inserts
    assert month_path(archived.published_at) not in sitemap_paths(client)

    call_command("count_sitemap_months", stdout=open("/dev/null", "w"))  # noqa: SIM115

    paths = sitemap_paths(client)
    assert month_path(archived.published_at) in paths
    assert month_path(timezone.now()) in paths
