from django import template

from readership.most_read import Ranking, most_read_shown

register = template.Library()


@register.simple_tag(takes_context=True)
def most_read_lists(context, locale_id: int, section_id: int | None = None) -> list[Ranking]:
    """The edition's (or the section's) most-read lists, as the worker last ranked them."""
    return most_read_shown(locale_id, section_id, context.get("request"))
