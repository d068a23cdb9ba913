import pytest
from wagtail.models import Page, Site

from editions.models import HomePage
from editions.setup import ensure_editions
from outlet.models import EditionText, OutletSettings

pytestmark = pytest.mark.django_db


def test_each_edition_has_a_home_page_in_its_own_locale(editions):
    assert {code: home.locale.language_code for code, home in editions.items()} == {
        "en": "en",
        "ru": "ru",
        "hy": "hy",
        "az": "az",
    }


def test_edition_homes_are_translations_of_each_other(editions):
    assert len({home.translation_key for home in editions.values()}) == 1


def test_setting_up_editions_twice_changes_nothing(editions):
    pages_before = Page.objects.count()

    ensure_editions()

    assert Page.objects.count() == pages_before
    assert HomePage.objects.count() == 4


def test_the_site_is_served_from_the_default_editions_home(editions):
    assert Site.objects.get(is_default_site=True).root_page_id == editions["en"].pk


@pytest.mark.parametrize("path", ["/en/", "/ru/", "/hy/", "/az/"])
def test_each_edition_home_answers(client, editions, path):
    assert client.get(path).status_code == 200


@pytest.mark.parametrize(
    ("accept_language", "edition"),
    [
        ("ru-RU,ru;q=0.9,en;q=0.5", "/ru/"),
        ("az", "/az/"),
        ("hy", "/hy/"),
        ("hy-AM,hy;q=0.9,ru;q=0.8", "/hy/"),
        ("de-DE", "/en/"),
        ("en-GB", "/en/"),
    ],
)
def test_the_root_sends_readers_to_the_edition_of_their_browser_language(
    client, editions, accept_language, edition
):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == edition


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/en/no-such-story/", "Page not found"),
        ("/ru/no-such-story/", "Страница не найдена"),
        ("/hy/no-such-story/", "Էջը չի գտնվել"),
        ("/az/no-such-story/", "Səhifə tapılmadı"),
    ],
)
def test_an_unknown_address_gets_a_404_page_in_the_editions_language(
    client, editions, path, heading
):
    response = client.get(path)

    assert response.status_code == 404
    assert f"<h1>{heading}</h1>" in response.content.decode()


def test_the_language_switcher_leads_to_the_other_editions_homes(client, editions):
    html = client.get("/en/").content.decode()

    assert 'href="/ru/" hreflang="ru"' in html
    assert 'href="/hy/" hreflang="hy"' in html
    assert 'href="/az/" hreflang="az"' in html


def test_the_switcher_shows_each_editions_short_label_and_names_it_in_its_language(
    client, editions
):
    html = client.get("/en/").content.decode()

    for code, label, name in [
        ("ru", "RU", "Русский"),
        ("hy", "ARM", "Հայերեն"),
        ("az", "AZ", "Azərbaycanca"),
    ]:
        assert (
            f'<a href="/{code}/" hreflang="{code}" lang="{code}">'
            f'{label}<span class="visually-hidden"> {name}</span></a>'
        ) in html


def test_the_switcher_shows_the_label_editors_gave_an_edition(client, editions):
    outlet = OutletSettings.for_site(editions["en"].get_site())
    outlet.edition_texts = [
        EditionText(language="hy", short_label="ՀԱՅ", attribution_rule="-", copyright_line="-")
    ]
    outlet.save()

    html = client.get("/en/").content.decode()

    assert 'hreflang="hy" lang="hy">ՀԱՅ<span' in html
    assert 'hreflang="ru" lang="ru">RU<span' in html


def test_the_armenian_edition_is_marked_as_armenian(client, editions):
    html = client.get("/hy/").content.decode()

    assert '<html lang="hy">' in html
    assert '<span class="visually-hidden">Որոնում</span>' in html


def test_translated_pages_name_every_language_version_for_search_engines(client, editions):
    html = client.get("/en/").content.decode()

    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/">' in html
    assert '<link rel="alternate" hreflang="ru" href="http://testserver/ru/">' in html
    assert '<link rel="alternate" hreflang="hy" href="http://testserver/hy/">' in html
    assert '<link rel="alternate" hreflang="az" href="http://testserver/az/">' in html
