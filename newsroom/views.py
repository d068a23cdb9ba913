from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect

from news.archive import month_folder
from news.models import SectionPage


def can_start_article(user, section: SectionPage) -> bool:
    """Whether `user` may add pages under `section`.

    Wagtail's can_add_subpage() answers no for sections, because their direct
    children (year folders) are not creatable by hand.
    """
    if not user.is_active:
        return False
    return user.is_superuser or "add" in section.permissions_for_user(user).permissions


def add_article(request: HttpRequest, section_id: int) -> HttpResponse:
    """Start a new article in a section: opens Wagtail's editor in this month's folder."""
    section = get_object_or_404(SectionPage, pk=section_id)
    if not can_start_article(request.user, section):
        raise PermissionDenied
    folder = month_folder(section)
    return redirect("wagtailadmin_pages:add", "news", "articlepage", folder.pk)
