"""Every reader page type has a well-formed heading outline and a description of its own."""

import pytest
from bs4 import BeautifulSoup

from news.models import ArticleAuthor, Author, YearArchivePage
from news.tests.factories import make_article, make_section
from outlet.models import OutletSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(editions):
    outlet = OutletSettings.for_site(editions["en"].get_site())
    outlet.outlet_name = "Meridian Post"
    outlet.save()
    section = make_section(editions["en"], "analytics", "Analytics")
    author = Author.objects.create(
        name="Sofia Brandt", slug="sofia-brandt", bio="Writes on water.", locale=section.locale
    )
    for number in range(3):
        make_article(section, f"Earlier harbour story {number}")
    article = make_article(
        section,
        "The harbour's long recovery",
        lead="A year after the strike, the port is busy again.",
        authorships=[ArticleAuthor(author=author)],
    )
    article.tags.add("energy")
    article.save_revision().publish()
    make_article(make_section(editions["en"], "economy", "Economy"), "Prices rise")
    return {"section": section, "article": article, "author": author}


def reader_pages(site) -> dict[str, str]:
    year = YearArchivePage.objects.child_of(site["section"]).get()
    return {
        "home": "/en/",
        "section": site["section"].url,
        "article": site["article"].url,
        "tag": "/en/tags/energy/",
        "author": "/en/authors/sofia-brandt/",
        "authors": "/en/authors/",
        "year archive": year.url,
        "month archive": year.get_children().get().url,
        "search": "/en/search/?q=harbour",
        "empty search": "/en/search/",
        "not found": "/en/no-such-page/",
    }


PAGE_TYPES = [
    "home",
    "section",
    "article",
    "tag",
    "author",
    "authors",
    "year archive",
    "month archive",
    "search",
    "empty search",
    "not found",
]


def html_of(client, path: str) -> BeautifulSoup:
    response = client.get(path)
    assert response.status_code in (200, 404), path
    return BeautifulSoup(response.content, "html.parser")


def outline(page: BeautifulSoup) -> list[int]:
    return [int(heading.name[1]) for heading in page.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]


def descriptions(page: BeautifulSoup) -> list[str]:
    return [meta.get("content") for meta in page.find_all("meta", attrs={"name": "description"})]


def skipped_levels(levels: list[int]) -> list[tuple[int, int]]:
    return [
        (before, after)
        for before, after in zip(levels, levels[1:], strict=False)
        if after > before + 1
    ]


def test_every_reader_page_has_one_h1_first_and_skips_no_level(client, site):
    # One site for every page type: building it is the expensive part.
    outlines = {name: outline(html_of(client, path)) for name, path in reader_pages(site).items()}

    assert set(outlines) == set(PAGE_TYPES)
    assert {name: levels for name, levels in outlines.items() if levels[:1] != [1]} == {}
    assert {name: levels for name, levels in outlines.items() if levels.count(1) != 1} == {}
    assert {name: levels for name, levels in outlines.items() if skipped_levels(levels)} == {}


def test_the_home_pages_story_cards_sit_under_a_level_two_heading(client, site):
    page = html_of(client, "/en/")

    top_story = page.select_one(".top-story")

    assert top_story.find("h2").get_text(strip=True) == "Top story"
    assert len(outline(page)) > 5  # the top story, the latest news and the section blocks


def test_every_reader_page_has_exactly_one_non_empty_description(client, site):
    found = {name: descriptions(html_of(client, path)) for name, path in reader_pages(site).items()}

    assert {
        name: meta for name, meta in found.items() if len(meta) != 1 or not meta[0].strip()
    } == {}


EXPECTED_DESCRIPTIONS = {
    "home": "The latest news from Meridian Post",
    "section": "Analytics: our stories.",
    "article": "A year after the strike, the port is busy again.",
    "tag": "Stories tagged #energy",
    "author": "Writes on water.",
    "authors": "The authors of Meridian Post",
    "search": "Search the stories of Meridian Post",
    "empty search": "Search the stories of Meridian Post",
    "not found": (
        "The page you asked for is not here. It may have moved, or the address may be mistyped."
    ),
}


def test_each_page_type_describes_itself(client, site):
    pages = reader_pages(site)

    found = {name: descriptions(html_of(client, pages[name]))[0] for name in EXPECTED_DESCRIPTIONS}

    assert found == EXPECTED_DESCRIPTIONS


def test_a_month_archive_is_described_by_its_section_and_month(client, site):
    month = YearArchivePage.objects.child_of(site["section"]).get().get_children().get()

    assert descriptions(html_of(client, month.url)) == [f"Stories in Analytics from {month.title}"]


def test_an_author_without_a_bio_is_described_by_their_stories(client, site):
    site["author"].bio = ""
    site["author"].save()

    assert descriptions(html_of(client, "/en/authors/sofia-brandt/")) == ["Stories by Sofia Brandt"]


def test_an_articles_seo_description_wins_over_its_lead(client, site):
    article = site["article"]
    article.search_description = "How the port came back."
    article.save_revision().publish()

    assert descriptions(html_of(client, article.url)) == ["How the port came back."]


def test_each_edition_home_has_the_description_its_editors_give_it(client, editions, site):
    russian = editions["ru"]
    russian.search_description = "Новости Meridian Post на русском"
    russian.save_revision().publish()

    assert descriptions(html_of(client, "/ru/")) == ["Новости Meridian Post на русском"]
    assert descriptions(html_of(client, "/en/")) == ["The latest news from Meridian Post"]


def test_the_description_is_escaped_once(client, editions):
    section = make_section(editions["en"], "food", "Food")
    section.description = 'Fish & "chips" <b>served</b>'
    section.save_revision().publish()

    html = client.get(section.url).content.decode()

    assert (
        '<meta name="description" content="Fish &amp; &quot;chips&quot; &lt;b&gt;served&lt;/b&gt;">'
        in html
    )


def test_a_long_lead_is_cut_to_a_search_results_length(client, site):
    article = make_article(site["section"], "Long one", lead="word " * 150)

    (description,) = descriptions(html_of(client, article.url))

    assert len(description) <= 300
    assert description.endswith("…")


def test_the_default_home_description_speaks_the_editions_language(client, site):
    assert descriptions(html_of(client, "/az/")) == ["Meridian Post: son xəbərlər"]
