from django import template
from django.utils.translation import get_language

from outlet.models import EditionText, OutletSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def edition_texts(context) -> EditionText | None:
    """The footer texts (attribution rule, copyright line) in the current edition's language."""
    request = context.get("request")
    if request is None:
        return None
    return OutletSettings.for_request(request).texts_for(get_language())
