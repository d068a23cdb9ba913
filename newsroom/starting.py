"""Where an editor starts a story: the sections they may write in, edition by edition."""

from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from wagtail.models import Locale

from news.models import SectionPage


def can_start_article(user, section: SectionPage) -> bool:
    """Whether `user` may add pages under `section`.

    Wagtail's can_add_subpage() answers no for sections, because their direct
    children (year folders) are not creatable by hand.
    """
    if not user.is_active:
        return False
    return user.is_superuser or "add" in section.permissions_for_user(user).permissions


def new_story_url(section: SectionPage) -> str:
    """The newsroom's shortcut that opens the editor in the section's current month."""
    return reverse("newsroom_add_article", args=[section.pk])


@dataclass
class EditionSections:
    locale: Locale
    sections: list[SectionPage]

    @property
    def name(self) -> str:
        return self.locale.get_display_name() or self.locale.language_code


def sections_to_start_in(user: AbstractBaseUser | AnonymousUser) -> list[EditionSections]:
    """Each edition with the sections `user` may start a story in; editions with none left out."""
    if not user.is_active:
        return []
    by_locale: dict[int, EditionSections] = {}
    sections = SectionPage.objects.select_related("locale").order_by("locale_id", "path")
    for section in sections:
        if can_start_article(user, section):
            edition = by_locale.setdefault(section.locale_id, EditionSections(section.locale, []))
            edition.sections.append(section)
    return list(by_locale.values())
