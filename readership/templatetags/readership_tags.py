from django import template

from readership.most_read import Ranking, most_read

register = template.Library()


@register.simple_tag
def most_read_lists(locale_id: int, section_id: int | None = None) -> list[Ranking]:
    """The edition's (or the section's) most-read lists, as the worker last ranked them."""
    return most_read(locale_id, section_id)
