from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from news.models import SectionPage
from newsroom import views


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
    """Sections hold month folders, so editors start stories here instead of picking a folder."""
    section = page.specific_deferred
    if isinstance(section, SectionPage) and views.can_start_article(user, section):
        yield Button(
            _("Add article"),
            reverse("newsroom_add_article", args=[page.pk]),
            icon_name="doc-full-inverse",
            priority=5,
        )
