"""A feed costs the same SQL queries with few stories or many: nothing is read per story."""

import pytest
from wagtail.rich_text import RichText

from news.models import ArticleAuthor, Author
from news.tests.factories import make_article, make_image, make_section
from news.tests.test_query_budget import queries_to_render

pytestmark = pytest.mark.django_db

FEEDS = [
    "/en/feeds/rss.xml",
    "/en/feeds/atom.xml",
    "/en/feeds/sections/world/rss.xml",
    "/en/feeds/tags/harbour/atom.xml",
    "/en/feeds/authors/mara-holt/rss.xml",
]


def add_stories(section, author, count: int) -> None:
    """Stories as rich as a feed gets them: a cover, a body image, a link to a page, authors, tags."""
    for _ in range(count):
        number = section.articles.count()
        picture = make_image(f"picture {number}")
        link = f'<p>See <a linktype="page" id="{section.pk}">the desk</a>.</p>'
        story = make_article(
            section,
            f"Story {number}",
            publish=False,
            cover_image=make_image(f"cover {number}"),
            body=[
                ("paragraph", RichText(link)),
                ("image", {"image": picture, "caption": "Quay", "credit": "Us"}),
                ("quote", {"text": "Not done yet.", "attribution": "A pilot"}),
            ],
        )
        story.authorships = [ArticleAuthor(author=author)]
        story.tags.add("harbour", f"tag-{number}")
        story.save_revision().publish()


@pytest.mark.parametrize("path", FEEDS)
def test_a_feed_costs_the_same_queries_with_few_or_many_stories(client, editions, path):
    author = Author.objects.create(name="Mara Holt", slug="mara-holt", locale=editions["en"].locale)
    section = make_section(editions["en"], "world", "World")
    add_stories(section, author, 2)
    few = queries_to_render(client, path)

    add_stories(section, author, 10)

    assert queries_to_render(client, path) == few
