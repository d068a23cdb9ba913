from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from news.tests.factories import make_article, make_section
from outlet.models import EditionText, OutletSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def outlet(editions):
    outlet = OutletSettings.for_site(editions["en"].get_site())
    outlet.edition_texts = [
        EditionText(
            language="en", attribution_rule="Link back to us.", copyright_line="Meridian Post"
        ),
        EditionText(
            language="ru",
            attribution_rule="Ссылка на нас обязательна.",
            copyright_line="Meridian Post",
        ),
    ]
    outlet.save()
    return outlet


def test_footer_shows_the_editions_attribution_rule_and_this_years_copyright(client, outlet):
    html = client.get("/ru/").content.decode()

    assert "Ссылка на нас обязательна." in html
    assert f"© {timezone.now().year} Meridian Post" in html


def test_an_edition_without_its_own_texts_falls_back_to_the_first(client, outlet):
    assert "Link back to us." in client.get("/az/").content.decode()


def test_dates_follow_the_time_zone_editors_chose(client, editions, outlet):
    outlet.time_zone = "Europe/London"
    outlet.save()
    article = make_article(
        make_section(editions["en"]),
        published_at=datetime(2025, 12, 15, 18, 55, tzinfo=ZoneInfo("Asia/Baku")),
    )

    html = client.get(article.url).content.decode()

    assert "15 December 2025 14:55" in html


def test_only_the_profiles_the_outlet_has_are_listed(outlet):
    outlet.telegram_url = "https://t.me/example"
    outlet.youtube_url = ""

    assert outlet.social_links == [("Telegram", "https://t.me/example")]


def test_each_edition_shows_its_own_footer_texts_one_after_the_other(client, outlet):
    """The footer is rendered once per edition and kept (editions_tags.sitewide)."""
    english, russian = client.get("/en/").content.decode(), client.get("/ru/").content.decode()

    assert "Link back to us." in english and "Ссылка на нас обязательна." not in english
    assert "Ссылка на нас обязательна." in russian and "Link back to us." not in russian


def test_a_profile_added_in_the_settings_shows_in_header_and_footer_at_once(
    client, editions, outlet, django_user_model, django_capture_on_commit_callbacks
):
    client.force_login(django_user_model.objects.create_superuser("editor", "e@x.org", "pw"))
    assert "t.me/masthead" not in client.get("/en/").content.decode()

    outlet.telegram_url = "https://t.me/masthead"
    with django_capture_on_commit_callbacks(execute=True):
        outlet.save()

    assert client.get("/en/").content.decode().count('href="https://t.me/masthead"') == 2
