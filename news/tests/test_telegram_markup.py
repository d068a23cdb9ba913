"""The markup Telegram's Instant View template (deploy/telegram/instant-view.txt) relies on,
checked on demo stories of every edition with the template's own XPath expressions."""

import re

from django.conf import settings
from django.test import TestCase
from lxml import html as lxml_html

from conftest import ROOT
from demo.loader import load_demo
from news.models import ArticlePage

TEMPLATE = (ROOT / "deploy" / "telegram" / "instant-view.txt").read_text()
EDITIONS = [code for code, _name in settings.LANGUAGES]
HAS_CLASS = re.compile(r'has-class\("([^"]+)"\)')


def rules() -> list[tuple[str, str]]:
    """(name, value) of each rule line of the template, in order; comments left out."""
    found = []
    for line in TEMPLATE.splitlines():
        match = re.match(r"^([?@~]?[\w()<>-]+):\s+(.+)$", line)
        if match:
            found.append((match.group(1), match.group(2).strip()))
    return found


def standard_xpath(expression: str, body: str) -> str:
    """Instant View's XPath as XPath 1.0: its has-class() and the $body variable written out."""
    expression = expression.replace("$body", body)
    return HAS_CLASS.sub(r"contains(concat(' ', normalize-space(@class), ' '), ' \1 ')", expression)


class InstantViewMarkupTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()
        # A story with everything the template reads (a cover, a picture in its body,
        # named authors), in each edition.
        cls.stories = {}
        for code in EDITIONS:
            stories = ArticlePage.objects.live().filter(
                locale__language_code=code, cover_image__isnull=False, authorships__isnull=False
            )
            cls.stories[code] = next(
                story
                for story in stories.order_by("-published_at")[:30]
                if any(block.block_type == "image" for block in story.body)
            )

    def page(self, code: str):
        response = self.client.get(self.stories[code].url)
        assert response.status_code == 200
        return lxml_html.fromstring(response.content)

    def test_a_story_page_has_one_article_holding_headline_byline_time_body_and_figures(self):
        for code in EDITIONS:
            with self.subTest(code):
                page = self.page(code)
                [article] = page.xpath("//article")

                assert article.xpath(".//h1") == page.xpath("//h1")
                assert article.xpath(".//time[@datetime]")
                assert article.xpath(".//*[contains(@class, 'byline')]")
                assert article.xpath(".//*[contains(@class, 'article__body')]//p")
                assert article.xpath(".//figure/figcaption")

    def test_the_page_chrome_is_outside_the_article(self):
        for code in EDITIONS:
            with self.subTest(code):
                page = self.page(code)
                chrome = {
                    "header": "//header[contains(@class, 'site-header')]",
                    "footer": "//footer[contains(@class, 'site-footer')]",
                    "more stories": "//section[contains(@class, 'more-stories')]",
                    "most read": "//section[contains(@class, 'most-read')]",
                }
                for name, path in chrome.items():
                    assert page.xpath(path), name
                    assert not page.xpath(f"{path}/ancestor::article"), name

    def test_the_templates_path_condition_takes_stories_and_nothing_else(self):
        [condition] = [value for name, value in rules() if name == "?path"]
        story = self.stories["hy"]

        assert re.fullmatch(condition, story.url)
        assert not re.fullmatch(condition, story.section.url)
        assert not re.fullmatch(condition, "/hy/tags/energy/")
        assert not re.fullmatch(condition, "/hy/")

    def test_every_property_and_removal_of_the_template_finds_its_element_on_a_story(self):
        found = dict(rules())
        body = found["body"]
        wanted = ["title", "subtitle", "kicker", "author", "author_url", "published_date", "cover"]
        for code in EDITIONS:
            with self.subTest(code):
                page = self.page(code)
                assert len(page.xpath(standard_xpath(body, body))) == 1
                for name in wanted:
                    assert page.xpath(standard_xpath(found[name], body)), name
                for name, expression in rules():
                    if name == "@remove":
                        assert page.xpath(standard_xpath(expression, body)), expression

    def test_the_published_date_is_iso_8601_with_the_outlets_offset(self):
        found = dict(rules())
        page = self.page("az")
        [value] = page.xpath(standard_xpath(found["published_date"], found["body"]))

        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d", value)
