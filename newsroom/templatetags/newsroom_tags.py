from django import template
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Page

from news.models import SectionPage
from newsroom.starting import can_start_article, new_story_url

register = template.Library()

NEW_STORY = _("New story")


@register.simple_tag(takes_context=True)
def new_story_button(context, page: Page | None) -> HeaderButton | None:
    """The header's "New story" when `page` is a section the user may write in, else None.

    Wagtail's hooks put page header buttons in the "…" menu; starting a story is
    the one thing an editor comes to a section for, so it stands next to its name.
    """
    request = context.get("request")
    if page is None or request is None:
        return None
    section = page.specific_deferred
    if not isinstance(section, SectionPage) or not can_start_article(request.user, section):
        return None
    return HeaderButton(
        NEW_STORY, url=new_story_url(section), icon_name="plus", attrs={"data-new-story": ""}
    )
