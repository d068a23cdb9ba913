"""The editions are the outlet's configuration: a different list makes a different site."""

from collections.abc import Iterator
from contextlib import contextmanager
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils.translation import trans_real
from wagtail import coreutils

from editions.checks import check_editions
from editions.models import HomePage
from masthead.edition_settings import Edition, language_settings

pytestmark = pytest.mark.django_db

ENGLISH = Edition("en", "English", label="EN", home_title="The Ledger")
ARMENIAN = Edition("hy", "Հայերեն", label="ARM", home_title="Մատյան")
GERMAN = Edition("de", "Deutsch", label="DE", home_title="Das Hauptbuch", time_zone="Europe/Berlin")


def forget_languages() -> None:
    """Django and Wagtail remember what they found about languages; forget it."""
    for cached in (
        trans_real.get_languages,
        trans_real._get_supported_language_variant,
        coreutils.get_content_languages,
        coreutils.get_supported_content_language_variant,
    ):
        cached.cache_clear()


@contextmanager
def configured(*editions: Edition) -> Iterator[None]:
    """The outlet configured with `editions` (settings.EDITIONS and what is derived from it)."""
    language_code, languages, content_languages = language_settings(list(editions))
    forget_languages()
    try:
        with override_settings(
            EDITIONS=list(editions),
            LANGUAGE_CODE=language_code,
            LANGUAGES=languages,
            WAGTAIL_CONTENT_LANGUAGES=content_languages,
        ):
            yield
    finally:
        forget_languages()


def setup_editions() -> str:
    output = StringIO()
    call_command("setup_editions", stdout=output)
    return output.getvalue()


@pytest.fixture
def other_outlet(db):
    with configured(ENGLISH, ARMENIAN, GERMAN):
        setup_editions()
        yield


def test_setup_builds_a_home_page_per_configured_edition_with_its_title(other_outlet):
    homes = {home.locale.language_code: home.title for home in HomePage.objects.all()}

    assert homes == {"en": "The Ledger", "hy": "Մատյան", "de": "Das Hauptbuch"}


def test_every_configured_edition_answers_and_no_other(client, other_outlet):
    assert [client.get(path).status_code for path in ("/en/", "/hy/", "/de/")] == [200] * 3
    # Taken for a page of the default edition, which has none.
    assert client.get("/ru/", follow=True).status_code == 404


def test_the_switcher_offers_the_configured_editions_in_their_order(client, other_outlet):
    html = client.get("/en/").content.decode()

    assert html.index('hreflang="hy" lang="hy">ARM<') < html.index('hreflang="de" lang="de">DE<')
    assert 'hreflang="ru"' not in html and 'hreflang="az"' not in html


@pytest.mark.parametrize(
    ("accept_language", "edition"),
    [("de-AT,de;q=0.9", "/de/"), ("hy-AM", "/hy/"), ("ru-RU,ru;q=0.9", "/en/")],
)
def test_the_root_chooses_among_the_configured_editions(
    client, other_outlet, accept_language, edition
):
    assert client.get("/", headers={"accept-language": accept_language})["Location"] == edition


def test_an_edition_with_its_own_time_zone_shows_times_in_it(client, other_outlet):
    from datetime import UTC, datetime

    from news.tests.factories import make_article, make_section

    german = HomePage.objects.get(locale__language_code="de")
    story = make_article(
        make_section(german, "politik", "Politik"),
        published_at=datetime(2025, 12, 15, 14, 55, tzinfo=UTC),
    )

    assert '<time datetime="2025-12-15T15:55:00+01:00">' in client.get(story.url).content.decode()


def test_a_removed_edition_is_no_longer_served_or_offered_and_its_pages_are_kept(client, editions):
    with configured(ENGLISH, ARMENIAN):
        output = setup_editions()
        html = client.get("/en/").content.decode()
        removed = client.get("/az/", follow=True).status_code

    assert "No longer configured, still in the page tree: az, ru" in output
    assert removed == 404
    assert 'hreflang="hy"' in html and 'hreflang="az"' not in html
    assert HomePage.objects.filter(locale__language_code="az").exists()


def test_an_edition_with_an_unknown_time_zone_stops_the_site_at_start():
    with configured(ENGLISH, Edition("de", "Deutsch", label="DE", time_zone="Mars/Olympus")):
        errors = check_editions()

    assert [error.id for error in errors] == ["editions.E003"]
