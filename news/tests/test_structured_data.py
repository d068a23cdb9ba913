"""schema.org JSON-LD as search engines read it: extruct extracts it from the pages."""

import json

import html5lib
from django.conf import settings
from django.utils.html import strip_tags

from news.tests.factories import make_article
from news.tests.share_fixtures import OUTLET, EveryEditionTestCase, metadata, of_type, with_offset
from search.indexing import index_stories

EDITIONS = [code for code, _name in settings.LANGUAGES]
HOSTILE = "Ports </script><script>alert(1)</script> <!-- close \u2028 & more"


def words_read(story) -> int:
    """The lead, the paragraphs and the quotes with their attributions."""
    parts = [story.lead]
    for block in story.body:
        if block.block_type == "paragraph":
            parts.append(strip_tags(block.value.source))
        elif block.block_type == "quote":
            parts += [block.value["text"], block.value["attribution"]]
    return len(" ".join(parts).split())


class StructuredDataTests(EveryEditionTestCase):
    def test_a_story_is_a_news_article_with_every_field_google_news_reads(self):
        for code in EDITIONS:
            with self.subTest(code):
                story = self.built[code].story
                url = f"http://testserver{story.url}"
                article = of_type(metadata(self.client, story.url)["json_ld"], "NewsArticle")

                assert article["headline"] == story.title
                assert article["alternativeHeadline"] == story.subheadline
                assert article["description"] == story.lead
                assert article["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
                assert with_offset(article["datePublished"]) == story.published_at
                assert with_offset(article["dateModified"]) == story.last_published_at
                assert article["author"] == [
                    {
                        "@type": "Person",
                        "name": "Author 0",
                        "url": f"http://testserver/{code}/authors/author-0/",
                    }
                ]
                assert article["articleSection"] == self.built[code].section.title
                assert article["keywords"] == ["tag-0", "tag-1"]
                assert article["inLanguage"] == code
                assert article["isAccessibleForFree"] is True
                assert article["wordCount"] == words_read(story)

    def test_a_story_is_published_by_the_outlet_with_its_logo(self):
        article = of_type(
            metadata(self.client, self.built["hy"].story.url)["json_ld"], "NewsArticle"
        )
        publisher = article["publisher"]

        assert publisher["@type"] == "Organization"
        assert publisher["name"] == OUTLET
        assert publisher["url"] == "http://testserver/hy/"
        assert publisher["logo"]["@type"] == "ImageObject"
        assert "/meridian-post-logo" in publisher["logo"]["url"]
        assert (publisher["logo"]["width"], publisher["logo"]["height"]) == (600, 60)

    def test_a_storys_pictures_are_wide_square_and_four_by_three_each_1200_px_wide(self):
        article = of_type(
            metadata(self.client, self.built["az"].story.url)["json_ld"], "NewsArticle"
        )
        sizes = [(image["width"], image["height"]) for image in article["image"]]

        assert sizes == [(1200, 675), (1200, 900), (1200, 1200)]
        for image in article["image"]:
            assert image["url"].startswith("http://testserver/media/images/")

    def test_a_story_signed_by_the_outlet_has_the_outlet_as_author(self):
        signed = make_article(self.built["en"].section, "Unsigned", lead="Short.")

        article = of_type(metadata(self.client, signed.url)["json_ld"], "NewsArticle")

        assert article["author"] == [
            {"@type": "Organization", "name": "Meridian Post staff", "url": "http://testserver/en/"}
        ]
        assert "image" not in article  # no cover: no pictures rather than the outlet's card

    def test_a_story_and_its_section_have_breadcrumbs_from_the_edition_home(self):
        for code in EDITIONS:
            with self.subTest(code):
                edition = self.built[code]
                home = f"http://testserver/{code}/"
                section = f"http://testserver{edition.section.url}"
                story = of_type(
                    metadata(self.client, edition.story.url)["json_ld"], "BreadcrumbList"
                )
                listing = of_type(
                    metadata(self.client, edition.section.url)["json_ld"], "BreadcrumbList"
                )

                crumbs = [
                    (item["position"], item["name"], item["item"])
                    for item in story["itemListElement"]
                ]
                assert crumbs == [
                    (1, OUTLET, home),
                    (2, edition.section.title, section),
                    (3, edition.story.title, f"http://testserver{edition.story.url}"),
                ]
                assert [item["item"] for item in listing["itemListElement"]] == [home, section]

    def test_a_home_page_describes_the_outlet_and_its_search(self):
        for code in EDITIONS:
            with self.subTest(code):
                json_ld = metadata(self.client, f"/{code}/")["json_ld"]
                outlet = of_type(json_ld, "Organization")
                site = of_type(json_ld, "WebSite")
                action = site["potentialAction"]

                assert outlet["name"] == OUTLET
                assert outlet["url"] == f"http://testserver/{code}/"
                assert "/meridian-post-logo" in outlet["logo"]["url"]
                assert outlet["sameAs"] == ["https://t.me/meridianpost_example"]
                assert site["url"] == f"http://testserver/{code}/"
                assert site["inLanguage"] == code
                assert action["@type"] == "SearchAction"
                assert action["target"]["urlTemplate"] == (
                    f"http://testserver/{code}/search/?q={{search_term_string}}"
                )
                assert action["query-input"] == "required name=search_term_string"

    def test_the_search_action_leads_to_a_search_that_answers(self):
        json_ld = metadata(self.client, "/en/")["json_ld"]
        template = of_type(json_ld, "WebSite")["potentialAction"]["target"]["urlTemplate"]
        # Indexed as the worker indexes a published story (the test's transaction never commits).
        index_stories([self.built["en"].story.pk])

        response = self.client.get(template.replace("{search_term_string}", "harbour"))

        assert response.status_code == 200
        # The result links the story (its headline has the matched word marked).
        assert f'href="{self.built["en"].story.url}"' in response.content.decode()

    def test_pages_with_nothing_of_their_own_to_say_have_no_json_ld(self):
        for path in ("/en/tags/tag-0/", "/en/authors/author-0/", "/en/search/?q=harbour"):
            with self.subTest(path):
                assert metadata(self.client, path)["json_ld"] == []

    def test_a_hostile_headline_cannot_break_out_of_the_script_element(self):
        story = self.built["en"].story
        story.title = HOSTILE
        story.subheadline = "-->\u2029</SCRIPT >"
        story.save_revision().publish()

        found = metadata(self.client, story.url)
        article = of_type(found["json_ld"], "NewsArticle")
        # A browser's parser (html5lib follows the HTML standard): the data block holds
        # all of the JSON and nothing else became a script.
        document = html5lib.parse(found["html"], namespaceHTMLElements=False)
        scripts = document.findall(".//script")
        data_blocks = [s for s in scripts if s.get("type") == "application/ld+json"]

        assert article["headline"] == HOSTILE
        assert article["alternativeHeadline"] == "-->\u2029</SCRIPT >"
        assert len(data_blocks) == 1
        assert json.loads(data_blocks[0].text)[0]["headline"] == HOSTILE
        assert all(s.get("src") or s.get("type") == "application/ld+json" for s in scripts)
        assert "\u2028" not in data_blocks[0].text and "<" not in data_blocks[0].text
