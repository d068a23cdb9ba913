from django.urls import path
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import Button

from news.models import SectionPage
from newsroom import views
from newsroom.starting import can_start_article, new_story_url, sections_to_start_in
from newsroom.templatetags.newsroom_tags import NEW_STORY


@hooks.register("register_admin_urls")
def register_newsroom_urls():
    return [
        path(
            "newsroom/sections/<int:section_id>/add-article/",
            views.add_article,
            name="newsroom_add_article",
        )
    ]


@hooks.register("register_page_header_buttons")
def add_article_button(page, user, view_name, next_url=None):
    """Sections hold month folders, so editors start stories here instead of picking a folder.

    The section's page listing shows it in the header itself
    (templates/wagtailadmin/pages/page_listing_header.html); other views of a
    section (editing it) keep it in their "…" menu.
    """
    if view_name == "index":
        return
    section = page.specific_deferred
    if isinstance(section, SectionPage) and can_start_article(user, section):
        yield Button(NEW_STORY, new_story_url(section), icon_name="doc-full-inverse", priority=5)


class NewStoryPanel(Component):
    """The dashboard's "New story": every edition's sections the user may write in."""

    name = "new_story"
    template_name = "newsroom/new_story_panel.html"
    order = 50

    def __init__(self, editions):
        self.editions = editions

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["editions"] = self.editions
        return context


@hooks.register("construct_homepage_panels")
def add_new_story_panel(request, panels) -> None:
    editions = sections_to_start_in(request.user)
    if editions:
        panels.append(NewStoryPanel(editions))
