"""Share cards: what Telegram, Facebook, X and WhatsApp show for a link to any reader page.

Read back with extruct (Open Graph) and lxml (canonical link, robots, X's card), as a
crawler reads them. extruct gives og:type as @type.
"""

from django.conf import settings

from news.pagination import STORIES_PER_PAGE
from news.tests.factories import make_article
from news.tests.share_fixtures import (
    OUTLET,
    EveryEditionTestCase,
    metadata,
    set_outlet,
    with_offset,
)

EDITIONS = [code for code, _name in settings.LANGUAGES]
OG_LOCALES = {"en": "en_GB", "ru": "ru_RU", "hy": "hy_AM", "az": "az_AZ"}


def list_pages(edition) -> dict[str, str]:
    """Every kind of reader page but the story, by name: their paths."""
    code = edition.code
    year = edition.story.published_at.year
    return {
        "home": f"/{code}/",
        "section": edition.section.url,
        "year": f"{edition.section.url}{year}/",
        "tag": f"/{code}/tags/tag-0/",
        "author": f"/{code}/authors/author-0/",
        "authors": f"/{code}/authors/",
        "search": f"/{code}/search/?q=harbour",
    }


class ShareCardTests(EveryEditionTestCase):
    """Four editions, built once for the class (Django rolls each test's changes back)."""

    def test_a_story_is_shared_as_an_article_with_its_picture_section_tags_and_author(self):
        for code in EDITIONS:
            with self.subTest(code):
                story = self.built[code].story
                found = metadata(self.client, story.url)
                og = found["og"]
                url = f"http://testserver{story.url}"

                assert og["og:site_name"] == OUTLET
                assert og["@type"] == "article"
                assert og["og:title"] == story.title
                assert og["og:description"] == story.lead
                assert og["og:url"] == url
                assert found["canonical"] == [url]
                assert og["og:locale"] == OG_LOCALES[code]
                assert sorted(og["og:locale:alternate"]) == sorted(
                    OG_LOCALES[other] for other in EDITIONS if other != code
                )
                assert og["og:image"].startswith("http://testserver/media/")
                assert ".fill-1200x630" in og["og:image"]
                assert (og["og:image:width"], og["og:image:height"]) == ("1200", "630")
                assert og["og:image:alt"] == f"Quay at dawn ({code})"
                assert with_offset(og["article:published_time"]) == story.published_at
                assert with_offset(og["article:modified_time"]) == story.last_published_at
                assert og["article:section"] == self.built[code].section.title
                assert og["article:tag"] == ["tag-0", "tag-1"]
                assert og["article:author"] == f"http://testserver/{code}/authors/author-0/"

    def test_every_other_reader_page_is_shared_as_a_website_with_the_outlets_picture(self):
        for code in EDITIONS:
            for name, path in list_pages(self.built[code]).items():
                with self.subTest(code=code, page=name):
                    found = metadata(self.client, path)
                    og = found["og"]
                    canonical = f"http://testserver{path.split('?')[0]}"

                    assert og["@type"] == "website"
                    assert og["og:site_name"] == OUTLET
                    assert og["og:title"]
                    assert og["og:description"] == found["names"]["description"]
                    assert og["og:url"] == canonical
                    assert found["canonical"] == [canonical]
                    assert og["og:locale"] == OG_LOCALES[code]
                    assert "/meridian-post-card" in og["og:image"]
                    assert ".fill-1200x630" in og["og:image"]
                    assert (og["og:image:width"], og["og:image:height"]) == ("1200", "630")
                    assert og["og:image:alt"] == "Meridian Post card"
                    assert not any(key.startswith("article:") for key in og)

    def test_every_reader_page_has_a_large_x_card_and_lets_search_engines_show_large_pictures(
        self,
    ):
        for code in EDITIONS:
            pages = {"story": self.built[code].story.url, **list_pages(self.built[code])}
            for name, path in pages.items():
                with self.subTest(code=code, page=name):
                    found = metadata(self.client, path)
                    names, og = found["names"], found["og"]

                    assert names["robots"] == "max-image-preview:large"
                    assert names["twitter:card"] == "summary_large_image"
                    assert names["twitter:title"] == og["og:title"]
                    assert names["twitter:description"] == og["og:description"]
                    assert names["twitter:image"] == og["og:image"]
                    assert names["twitter:image:alt"] == og["og:image:alt"]

    def test_a_list_is_shared_under_its_own_name(self):
        titles = {
            "tag": "#tag-0",
            "author": "Author 0",
            "authors": "Authors",
            "section": "Analytics",
            "home": OUTLET,
        }
        pages = list_pages(self.built["en"])
        for name, title in titles.items():
            with self.subTest(name):
                assert metadata(self.client, pages[name])["og"]["og:title"] == title

    def test_a_story_without_a_cover_is_shared_with_the_outlets_default_picture(self):
        bare = make_article(self.built["en"].section, "No picture today")

        og = metadata(self.client, bare.url)["og"]

        assert "/meridian-post-card" in og["og:image"]
        assert (og["og:image:width"], og["og:image:height"]) == ("1200", "630")

    def test_without_a_default_picture_a_page_is_shared_with_the_whole_logo(self):
        set_outlet(self.editions["en"].get_site(), share_image=False)

        og = metadata(self.client, "/en/")["og"]

        assert "/meridian-post-logo" in og["og:image"]
        # Not cropped to a card's shape, and not enlarged: the size it really has.
        assert (og["og:image:width"], og["og:image:height"]) == ("600", "60")

    def test_with_neither_picture_a_page_has_no_og_image_rather_than_an_empty_one(self):
        set_outlet(self.editions["en"].get_site(), share_image=False, logo=False)

        found = metadata(self.client, "/en/")

        assert not any(key.startswith("og:image") for key in found["og"])
        assert "twitter:image" not in found["names"]
        assert 'content=""' not in found["html"]

    def test_a_later_page_of_a_list_is_its_own_canonical_page_and_junk_parameters_go(self):
        section = self.built["en"].section
        for number in range(STORIES_PER_PAGE):
            make_article(section, f"Filler {number}")

        first = metadata(self.client, f"{section.url}?utm_source=telegram&page=1")
        second = metadata(self.client, f"{section.url}?page=2&utm_source=telegram&fbclid=x")

        assert first["canonical"] == [f"http://testserver{section.url}"]
        assert second["canonical"] == [f"http://testserver{section.url}?page=2"]
        assert second["og"]["og:url"] == f"http://testserver{section.url}?page=2"

    def test_a_story_with_no_translation_names_no_alternate_locale(self):
        alone = make_article(self.built["ru"].section, "Только по-русски")

        og = metadata(self.client, alone.url)["og"]

        assert og["og:locale"] == "ru_RU"
        assert "og:locale:alternate" not in og

    def test_a_story_signed_by_the_outlet_names_its_signature_as_author(self):
        signed = make_article(self.built["en"].section, "Unsigned")

        assert metadata(self.client, signed.url)["og"]["article:author"] == "Meridian Post staff"

    def test_a_missing_page_has_no_card_and_no_canonical_address(self):
        response = self.client.get("/en/no-such-page/")
        page = response.content.decode()

        assert response.status_code == 404
        assert 'rel="canonical"' not in page
        assert "og:" not in page
