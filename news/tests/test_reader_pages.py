import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from news.models import ArticleAuthor, Author
from news.tests.factories import make_article, make_section
from outlet.models import OutletSettings

pytestmark = pytest.mark.django_db

BAKU = ZoneInfo("Asia/Baku")


@pytest.fixture
def section(editions):
    return make_section(editions["en"], "analytics", "Analytics")


def test_article_page_shows_section_headline_subheadline_and_local_time(client, section):
    article = make_article(
        section,
        "Water and the dry decade",
        subheadline="Dams, farms and a shrinking lake",
        published_at=datetime(2025, 12, 15, 14, 55, tzinfo=ZoneInfo("UTC")),
    )

    html = client.get(article.url).content.decode()

    assert '<a href="/en/analytics/">Analytics</a>' in html
    assert "<h1>Water and the dry decade</h1>" in html
    assert "Dams, farms and a shrinking lake" in html
    assert '<time datetime="2025-12-15T18:55:00+04:00">15 December 2025 18:55</time>' in html


@pytest.mark.parametrize(
    ("language", "published_at", "shown"),
    [
        # Russian inflects the month inside a date (Django's own names).
        ("ru", datetime(2025, 12, 15, 18, 55, tzinfo=BAKU), "15 декабря 2025 18:55"),
        ("ru", datetime(2025, 3, 8, 9, 5, tzinfo=BAKU), "8 марта 2025 09:05"),
        # Azerbaijani writes it in lower case (our catalogue overrides Django's).
        ("az", datetime(2025, 12, 15, 18, 55, tzinfo=BAKU), "15 dekabr 2025 18:55"),
        # Armenian: the month in the genitive, lower case, a comma before the time
        # (our catalogue and format module: Django has neither).
        ("hy", datetime(2025, 12, 15, 18, 55, tzinfo=BAKU), "15 դեկտեմբերի 2025, 18:55"),
        ("hy", datetime(2025, 3, 8, 9, 5, tzinfo=BAKU), "8 մարտի 2025, 09:05"),
    ],
)
def test_article_dates_read_as_the_editions_language_writes_them(
    client, editions, section, language, published_at, shown
):
    translated_section = section.copy_for_translation(editions[language].locale)
    translated_section.save_revision().publish()
    article = make_article(translated_section, "Story", slug="story", published_at=published_at)

    assert shown in client.get(article.url).content.decode()


def test_byline_links_the_authors(client, editions, section):
    author = Author.objects.create(name="Mara Holt", slug="mara-holt", locale=editions["en"].locale)
    article = make_article(section, authorships=[ArticleAuthor(author=author)])

    html = client.get(article.url).content.decode()

    assert '<a href="/en/authors/mara-holt/">Mara Holt</a>' in html


def test_byline_without_authors_is_the_outlets_signature(client, editions, section):
    outlet = OutletSettings.for_site(editions["en"].get_site())
    outlet.outlet_name = "Meridian Post"
    outlet.save()
    article = make_article(section)

    html = client.get(article.url).content.decode()

    assert re.search(r'<p class="byline">\s*Meridian Post\s*</p>', html)


def test_section_page_lists_published_stories_newest_first(client, section):
    make_article(section, "Older story", published_at=datetime(2025, 1, 1, tzinfo=BAKU))
    make_article(section, "Newer story", published_at=datetime(2025, 6, 1, tzinfo=BAKU))
    make_article(section, "Unpublished draft", publish=False)

    html = client.get(section.url).content.decode()

    assert html.index("Newer story") < html.index("Older story")
    assert "Unpublished draft" not in html


@pytest.mark.parametrize("page_number", ["0", "-1", "999999", "abc", "1.5", "9" * 30])
def test_a_page_number_that_is_not_a_page_is_a_404(client, section, page_number):
    make_article(section)

    response = client.get(section.url, {"page": page_number})

    assert response.status_code == 404


def test_tag_page_lists_the_editions_stories_with_that_tag(client, section):
    tagged = make_article(section, "Tagged story")
    tagged.tags.add("energy")
    tagged.save_revision().publish()
    make_article(section, "Untagged story")

    html = client.get("/en/tags/energy/").content.decode()

    assert "Tagged story" in html
    assert "Untagged story" not in html


def test_author_page_shows_bio_and_stories(client, editions, section):
    author = Author.objects.create(
        name="Sofia Brandt",
        slug="sofia-brandt",
        bio="Writes on water.",
        locale=editions["en"].locale,
    )
    make_article(section, "Her story", authorships=[ArticleAuthor(author=author)])

    html = client.get("/en/authors/sofia-brandt/").content.decode()

    assert "Writes on water." in html
    assert "Her story" in html


def test_unknown_author_and_tag_are_404s(client, editions):
    assert client.get("/en/authors/nobody/").status_code == 404
    assert client.get("/en/tags/nothing/").status_code == 404


def test_a_tag_without_a_slug_is_shown_without_a_link(client, section):
    article = make_article(section)
    article.tags.add("!!!")
    article.save_revision().publish()

    response = client.get(article.url)

    assert response.status_code == 200
    assert "#!!!" in response.content.decode()


def test_the_tag_index_itself_is_a_404(client, editions):
    assert client.get("/en/tags/").status_code == 404


def test_reader_pages_carry_a_strict_content_security_policy(client, section):
    article = make_article(section)

    policy = client.get(article.url)["Content-Security-Policy"]

    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-src https://www.youtube.com" in policy


def test_an_article_that_is_its_sections_only_story_shows_no_empty_more_stories(client, section):
    article = make_article(section)

    assert "more-stories" not in client.get(article.url).content.decode()
