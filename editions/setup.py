"""Creating the configured editions' page trees: idempotent, safe to run on every start."""

from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from editions.models import HomePage
from editions.translations import ensure_translation
from masthead.edition_settings import configured_editions
from news.models import AuthorIndexPage, TagIndexPage


def ensure_locales() -> dict[str, Locale]:
    return {
        edition.code: Locale.objects.get_or_create(language_code=edition.code)[0]
        for edition in configured_editions()
    }


def _default_home(root: Page, title: str) -> HomePage:
    """The default edition's home page, replacing Wagtail's placeholder welcome page."""
    home = (
        HomePage.objects.child_of(root).filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )
    if home is not None:
        return home
    placeholder = (
        Page.objects.child_of(root).filter(slug="home", content_type__model="page").first()
    )
    if placeholder is not None:
        placeholder.delete()
    home = HomePage(title=title, slug="home")
    root.add_child(instance=home)
    home.save_revision().publish()
    return home


def _index_pages() -> list[tuple[type[Page], str, Callable[[], str]]]:
    return [
        (TagIndexPage, "tags", lambda: _("Tags")),
        (AuthorIndexPage, "authors", lambda: _("Authors")),
    ]


@transaction.atomic
def ensure_editions() -> dict[str, HomePage]:
    """Every edition's home page with its tag and author indexes; the site served from them."""
    locales = ensure_locales()
    titles = {edition.code: edition.home_title for edition in configured_editions()}
    root = Page.get_first_root_node()
    home = _default_home(root, titles[settings.LANGUAGE_CODE])
    # Created once; afterwards the site (hostname, port, name) is the administrators' to edit.
    # Deleting Wagtail's placeholder page above also deleted the site that pointed at it.
    if not Site.objects.filter(is_default_site=True).exists():
        Site.objects.create(
            is_default_site=True,
            root_page=home,
            hostname="localhost",
            port=80,
            site_name="Masthead",
        )
    indexes = []
    with translation.override(settings.LANGUAGE_CODE):
        for model, slug, title in _index_pages():
            index_page = model.objects.child_of(home).first()
            if index_page is None:
                index_page = model(title=title(), slug=slug, show_in_menus=False)
                home.add_child(instance=index_page)
                index_page.save_revision().publish()
            indexes.append((index_page, title))
    homes = {settings.LANGUAGE_CODE: home}
    for code, locale in locales.items():
        if code == settings.LANGUAGE_CODE:
            continue
        homes[code] = ensure_translation(home, locale, title=titles[code])
        with translation.override(code):
            for index_page, title in indexes:
                ensure_translation(index_page, locale, title=title())
    return homes


def unconfigured_editions() -> list[str]:
    """Languages that still have a home page though no configured edition publishes in them.

    Left alone (their stories are the newsroom's to delete or keep), but no longer
    routed or offered by the switcher.
    """
    configured = {edition.code for edition in configured_editions()}
    codes = HomePage.objects.values_list("locale__language_code", flat=True).distinct()
    return sorted(code for code in codes if code not in configured)
