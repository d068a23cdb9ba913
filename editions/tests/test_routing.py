"""An edition finds the page at a URL in a fixed number of queries, whatever its depth."""

import pytest
from django.http import Http404
from wagtail.models import Page, get_page_models

from editions.models import HomePage
from news.models import ArticlePage, TagIndexPage
from news.tests.factories import make_article, make_image, make_section

pytestmark = pytest.mark.django_db


def components(url: str) -> list[str]:
    return [part for part in url.split("/") if part][1:]  # without the edition's /en/


def test_a_story_four_levels_down_is_found_in_one_query(editions, rf, django_assert_num_queries):
    story = make_article(make_section(editions["en"]), "Deep in the tree", cover_image=make_image())
    editions["en"].route(rf.get(story.url), components(story.url))  # the section, remembered

    with django_assert_num_queries(1):
        found = editions["en"].route(rf.get(story.url), components(story.url))
        assert found.page.section.title == "Politics"  # as the page shows it
        assert found.page.cover_image.title == "Harbour at dawn"  # read with it

    assert isinstance(found.page, ArticlePage)
    assert found.page.pk == story.pk


def test_a_section_is_found_in_three_queries(editions, rf, django_assert_num_queries):
    section = make_section(editions["en"])

    with django_assert_num_queries(3):
        found = editions["en"].route(rf.get(section.url), components(section.url))

    assert found.page.specific_class.__name__ == "SectionPage"
    assert found.page.pk == section.pk


def test_an_unpublished_story_is_not_found(editions, rf):
    story = make_article(make_section(editions["en"]), "Withdrawn")
    url = story.url
    story.unpublish()

    with pytest.raises(Http404):
        editions["en"].route(rf.get(url), components(url))


def test_a_route_of_the_tag_index_is_still_found(editions, client):
    story = make_article(make_section(editions["en"]), "Tagged")
    story.tags.add("energy")
    story.save_revision().publish()

    response = client.get("/en/tags/energy/")

    assert response.status_code == 200
    assert isinstance(response.context["page"], TagIndexPage)


def test_a_path_of_another_edition_is_not_found_from_this_one(editions, rf):
    story = make_article(make_section(editions["ru"], "politika", "Политика"), "Чужая")

    with pytest.raises(Http404):
        editions["en"].route(rf.get(story.url), components(story.url))


def test_no_page_type_with_children_routes_its_own_way():
    """HomePage.route goes straight to the page at the path, past the route() of the pages
    between: that is Wagtail's walk only while none of them changes how it routes."""
    customised = [
        model
        for model in get_page_models()
        if model.route is not Page.route and model is not HomePage
    ]

    assert customised  # the tag and author indexes route their own paths ...
    for model in customised:  # ... and have no child pages
        assert not model.allowed_subpage_models(), model
