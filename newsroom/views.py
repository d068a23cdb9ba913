from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect

from news.archive import month_folder
from news.models import SectionPage
from newsroom.starting import can_start_article


def add_article(request: HttpRequest, section_id: int) -> HttpResponse:
    """Start a new article in a section: opens Wagtail's editor in this month's folder."""
    section = get_object_or_404(SectionPage, pk=section_id)
    if not can_start_article(request.user, section):
        raise PermissionDenied
    folder = month_folder(section)
    return redirect("wagtailadmin_pages:add", "news", "articlepage", folder.pk)
