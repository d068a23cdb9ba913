import copy

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from caching.remembered import remembered
from news.models import ArticlePage, SectionPage
from news.models.sections import remembered_section
from news.models.stories import latest_articles, section_articles
from news.privacy import RestrictionsRemembered

SECTION_BLOCK_SIZE = 4
LATEST_SIZE = 10


class HomePage(RestrictionsRemembered, Page):
    """An edition's front page: the top story, the latest news, and a block per section."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.SectionPage", "news.TagIndexPage", "news.AuthorIndexPage"]

    class Meta:
        verbose_name = _("edition home page")

    def route(self, request: HttpRequest, path_components: list[str]) -> RouteResult:
        """The page at the path in one query for a story, three for any other page,
        instead of two per level of the tree.

        Wagtail walks down a level at a time, and a story is four levels below its
        edition (section, year, month). Each page keeps its url_path, which names the
        same page the walk would reach (indexed by news' migration 0004). Stories are
        nearly every page, so they are looked for first, with the cover image and
        section their page shows. A path no page has (a route of the tag or author
        index) is left to Wagtail's walk.
        """
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            story = (
                ArticlePage.objects.select_related("cover_image").filter(url_path=url_path).first()
            )
            if story is not None:
                if story.section_id is not None:
                    # Remembered: joining the section's ~40 columns costs more than a query.
                    story.section = remembered_section(story.section_id)
                return story.route(request, [])
            page = Page.objects.filter(url_path=url_path).first()
            if page is not None:
                return page.specific.route(request, [])
        return super().route(request, path_components)

    @property
    def localized(self) -> Page:
        """The edition home in the active language, as Wagtail's `localized` finds it.

        Wagtail's reads the locale and the translation on every request it routes;
        the homes are remembered (editions.models.edition_homes).
        """
        if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            return copy.copy(self)
        try:
            language = get_supported_content_language_variant(get_language())
        except LookupError:
            return copy.copy(self)
        # A copy: the page is served, and serving may write on it (self may be the
        # remembered site's root).
        return copy.copy(edition_homes(self).get(language, self))

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        latest = list(latest_articles(self.locale_id)[: LATEST_SIZE + 1])
        context["top_story"] = latest[0] if latest else None
        context["latest"] = latest[1:]
        sections = SectionPage.objects.child_of(self).live().in_menu()
        context["section_blocks"] = [
            (section, list(section_articles(section)[:SECTION_BLOCK_SIZE])) for section in sections
        ]
        return context


def edition_homes(root: Page) -> dict[str, Page]:
    """Every edition's live home page by language code: the site's root and its translations."""

    def read() -> dict[str, Page]:
        homes = root.get_translations(inclusive=True).live().select_related("locale")
        return {home.locale.language_code: home.specific for home in homes}

    return remembered(("edition-homes", root.translation_key), read)
