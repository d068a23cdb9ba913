from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from news.listings import latest_articles, section_articles
from news.models import SectionPage

SECTION_BLOCK_SIZE = 4
LATEST_SIZE = 10


class HomePage(Page):
    """An edition's front page: the top story, the latest news, and a block per section."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.SectionPage", "news.TagIndexPage", "news.AuthorIndexPage"]

    class Meta:
        verbose_name = _("edition home page")

    def route(self, request: HttpRequest, path_components: list[str]) -> RouteResult:
        """The page at the path in two queries, instead of two per level of the tree.

        Wagtail walks down a level at a time, and a story is four levels below its
        edition (section, year, month). Each page keeps its url_path, which names the
        same page the walk would reach (indexed by news' migration 0004). A path no
        page has (a route of the tag or author index) is left to Wagtail's walk.
        """
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            page = Page.objects.filter(url_path=url_path).first()
            if page is not None:
                return page.specific.route(request, [])
        return super().route(request, path_components)

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
