import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Page

from demo.generator import generate_articles
from news.models import ArticlePage, Author, MonthArchivePage
from news.tests.factories import make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(editions):
    Author.objects.create(name="Mara Holt", slug="mara-holt", locale=editions["en"].locale)
    return [
        make_section(editions["en"], "politics", "Politics"),
        make_section(editions["ru"], "economy", "Экономика"),
    ]


def test_generated_articles_are_spread_over_every_editions_sections(sections):
    made = generate_articles(40)

    assert made == 40
    assert {
        section.title: ArticlePage.objects.filter(section=section).count() for section in sections
    } == {"Politics": 20, "Экономика": 20}


def test_the_page_tree_stays_consistent(sections):
    generate_articles(40)
    generate_articles(10, seed=2)  # appended after the first batch's siblings

    assert [len(problem) for problem in Page.find_problems()] == [0, 0, 0, 0, 0]
    for folder in MonthArchivePage.objects.all():
        assert folder.numchild == folder.get_children().count()


def test_generated_articles_are_served_and_listed(client, sections):
    generate_articles(12)
    article = ArticlePage.objects.filter(section=sections[0]).order_by("-published_at").first()

    assert client.get(article.url).status_code == 200
    assert article.title in client.get(sections[0].url).content.decode()
    assert article.tags.count() == 2


def test_the_admin_lists_a_generated_month(client, sections):
    generate_articles(12)
    client.force_login(get_user_model().objects.create_superuser("chief", "c@example.com", "pw"))
    folder = MonthArchivePage.objects.first()

    response = client.get(reverse("wagtailadmin_explore", args=[folder.pk]))

    assert response.status_code == 200


def test_generating_without_sections_is_a_clear_error(editions):
    with pytest.raises(CommandError, match="No sections"):
        call_command("generate_articles", "5")
