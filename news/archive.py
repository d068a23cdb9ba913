"""Where articles live in the page tree: section → year → month folders.

Folders of translated sections share a translation key derived from the
section's key and the date, so Wagtail sees the Russian "2026/11" folder as the
translation of the English one and can copy stories between editions.
"""

import uuid
from datetime import datetime

from django.db import transaction
from django.utils import timezone, translation
from django.utils.formats import date_format
from wagtail.models import Page

from news.models.sections import MonthArchivePage, SectionPage, YearArchivePage


def folder_translation_key(section: SectionPage, label: str) -> uuid.UUID:
    return uuid.uuid5(section.translation_key, label)


def _child_folder(parent: Page, model: type[Page], slug: str, key: uuid.UUID, title: str) -> Page:
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    folder = model(title=title, slug=slug, translation_key=key, locale_id=parent.locale_id)
    parent.add_child(instance=folder)
    return folder


def month_folder(section: SectionPage, when: datetime | None = None) -> MonthArchivePage:
    """The month folder of `section` for `when`, created if missing.

    The month is the outlet's (its time zone from the site settings), so a story
    published at 01:00 on the 1st in the newsroom is filed under the new month
    whatever zone the server or command runs in.
    """
    from outlet.models import OutletSettings

    zone = OutletSettings.for_site(section.get_site()).zone
    local = timezone.localtime(when or timezone.now(), zone)
    year_slug, month_slug = f"{local.year:04d}", f"{local.month:02d}"
    with translation.override(section.locale.language_code):
        month_title = date_format(local, "F Y")
    with transaction.atomic():
        # Lock the section row so two editors starting an article in a new month
        # at the same moment do not both create the folder.
        SectionPage.objects.select_for_update().filter(pk=section.pk).first()
        year = _child_folder(
            section,
            YearArchivePage,
            year_slug,
            folder_translation_key(section, year_slug),
            title=year_slug,
        )
        return _child_folder(
            year,
            MonthArchivePage,
            month_slug,
            folder_translation_key(section, f"{year_slug}/{month_slug}"),
            title=month_title,
        )
