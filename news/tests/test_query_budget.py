"""The article page costs the same number of SQL queries, however rich the article."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from caching.store import invalidate_site
from news.tests.factories import make_image, make_rich_article, make_section

pytestmark = pytest.mark.django_db

# Most of these are fixed costs: the edition finds the story by its URL in two queries
# (editions.models.HomePage.route), and the header, footer and edition links each
# read a little; the section's most-read lists take three. A rich article adds a few
# (its images and embeds, all at once), none per image, tag or author.
ARTICLE_PAGE_QUERY_BUDGET = 27
# After a change to the story alone, the rest is remembered (caching.remembered).
REMEMBERED_ARTICLE_PAGE_QUERY_BUDGET = 9


def rank_as_most_read(article) -> None:
    """Put the article on its section's most-read lists, which the page then shows."""
    from readership.counting import outlet_today
    from readership.database import add_views
    from readership.upkeep import refresh_most_read

    add_views([(article.pk, outlet_today(), 3)])
    refresh_most_read()


def get_uncached(client, url: str):
    """A render, not the page cache's copy: what a reader pays after a story changes."""
    invalidate_site()
    response = client.get(url)
    assert response["X-Page-Cache"] == "MISS"
    return response


def queries_to_render(client, url: str) -> int:
    get_uncached(client, url)  # the first render creates image renditions: measure the next
    with CaptureQueriesContext(connection) as captured:
        response = get_uncached(client, url)
    assert response.status_code == 200
    return len(captured)


@pytest.fixture
def section(editions):
    return make_section(editions["en"])


@pytest.mark.parametrize(
    "richness",
    [
        {"images": 0, "tags": 0, "authors": 0, "paragraphs": 1},
        {"images": 6, "tags": 8, "authors": 4, "paragraphs": 30, "embeds": 3},
    ],
    ids=["plain", "rich"],
)
def test_an_article_stays_within_the_query_budget(
    client, section, django_assert_max_num_queries, richness
):
    article = make_rich_article(section, "Budgeted", **richness)
    rank_as_most_read(article)
    get_uncached(client, article.url)  # the first render creates image renditions

    with django_assert_max_num_queries(ARTICLE_PAGE_QUERY_BUDGET):
        get_uncached(client, article.url)


def test_an_article_retired_by_its_own_change_reads_little_more_than_itself(
    client, section, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    """What every page reads alike (site, settings, menu, lists) is remembered, not read again."""
    article = make_rich_article(section, "Corrected", images=0, tags=2, authors=1, paragraphs=2)
    rank_as_most_read(article)
    get_uncached(client, article.url)
    article.subheadline = "A correction"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    # Found by its URL (2), its authors, its tags, its translations for the switcher; and
    # the lists the change retired: its section's (2) and the most-read it is on (2).
    with django_assert_max_num_queries(REMEMBERED_ARTICLE_PAGE_QUERY_BUDGET):
        response = client.get(article.url)

    assert response["X-Page-Cache"] == "MISS"
    assert "A correction" in response.content.decode()


def test_more_tags_authors_images_embeds_and_blocks_cost_no_more_queries(client, section):
    small = make_rich_article(section, "Small", images=1, tags=1, authors=1, paragraphs=2, embeds=1)
    large = make_rich_article(
        section, "Large", images=5, tags=7, authors=3, paragraphs=25, embeds=5
    )

    assert queries_to_render(client, large.url) == queries_to_render(client, small.url)


def add_stories(section, count: int, tag: str, author) -> None:
    from news.models import ArticleAuthor
    from news.tests.factories import make_article

    for _ in range(count):
        title = f"Story {section.slug} {section.articles.count()}"
        story = make_article(
            section,
            title,
            cover_image=make_image(f"cover {title}"),
            authorships=[ArticleAuthor(author=author)],
        )
        story.tags.add(tag)
        story.save_revision().publish()


@pytest.mark.parametrize("page_type", ["home", "section", "tag", "author", "search"])
def test_list_pages_cost_the_same_queries_with_few_or_many_stories(client, editions, page_type):
    from news.models import Author

    author = Author.objects.create(name="Mara Holt", slug="mara-holt", locale=editions["en"].locale)
    few = make_section(editions["en"], "few", "Few")
    many = make_section(editions["en"], "many", "Many")
    add_stories(few, 2, "few", author)
    add_stories(many, 1, "few", author)
    urls = {
        "home": "/en/",
        "section": few.url,
        "tag": "/en/tags/few/",
        "author": "/en/authors/mara-holt/",
        "search": "/en/search/?q=story",
    }
    small = queries_to_render(client, urls[page_type])

    add_stories(many, 14, "few", author)
    add_stories(few, 12, "few", author)

    assert queries_to_render(client, urls[page_type]) == small
