"""Sections and the date folders that keep each section's articles in small groups.

The page tree is Home → Section → Year → Month → Article. Wagtail's admin lists a
page's children, and with hundreds of thousands of articles directly under a
section those listings (ordering, counting, the move/choose dialogs) slow down;
month folders keep every listing to one month of one section. Articles still
carry their section in a column, so reader listings never walk the tree.
"""

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from caching.remembered import remembered
from news.models.stories import (
    MoreStories,
    archive_articles,
    more_stories,
    paginate,
    section_articles,
)
from news.privacy import RestrictionsRemembered


class SectionPage(RestrictionsRemembered, Page):
    description = models.TextField(
        _("description"),
        max_length=500,
        blank=True,
        help_text=_("Shown on the section page and under its stories."),
    )

    content_panels = Page.content_panels + [FieldPanel("description")]

    parent_page_types = ["editions.HomePage"]
    subpage_types = ["news.YearArchivePage"]

    class Meta:
        verbose_name = _("section")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, section_articles(self))
        return context

    def more_stories(self, article: Page) -> MoreStories | None:
        """The first page of this section's list, shown under one of its stories.

        The article asks its section (its `section` relation) for these, so that the
        article model need not import the lists that read it.
        """
        return more_stories(self, article)


class ArchiveFolderPage(RestrictionsRemembered, Page):
    """A year or month of one section. Created on demand by news.archive, never by hand."""

    is_creatable = False
    show_in_menus_default = False

    class Meta:
        abstract = True

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, archive_articles(self))
        return context


class YearArchivePage(ArchiveFolderPage):
    # Wagtail does not inherit is_creatable: each folder says it again, or the admin's
    # "+" on a section would offer editors a year folder instead of a story.
    is_creatable = False
    parent_page_types = ["news.SectionPage"]
    subpage_types = ["news.MonthArchivePage"]
    template = "news/archive_page.html"

    class Meta:
        verbose_name = _("year")


class MonthArchivePage(ArchiveFolderPage):
    is_creatable = False
    parent_page_types = ["news.YearArchivePage"]
    subpage_types = ["news.ArticlePage"]
    template = "news/archive_page.html"

    class Meta:
        verbose_name = _("month")


def remembered_section(section_id: int) -> SectionPage | None:
    """A section as its stories show it (title, description, address), remembered per process.

    Anything about a section readers see changes by publishing or moving it, which
    retires the site's version (pagecache.signal_handlers).
    """
    return remembered(
        ("section", section_id), lambda: SectionPage.objects.filter(pk=section_id).first()
    )
