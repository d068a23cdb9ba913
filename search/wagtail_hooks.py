from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from search.models import NameAlias


class NameAliasViewSet(SnippetViewSet):
    model = NameAlias
    icon = "user"
    list_display = ["name", "spellings"]
    search_fields = ["name", "spellings"]


class SearchViewSetGroup(SnippetViewSetGroup):
    """Editors' tools for readers' search, one "Search" menu in the admin."""

    menu_label = _("Search")
    menu_icon = "search"
    menu_name = "search"
    items = (NameAliasViewSet,)


register_snippet(SearchViewSetGroup)
