"""Making sure a page or snippet has its translation into an edition's locale."""

from wagtail.models import Locale, Page, TranslatableMixin


def ensure_translation(original: TranslatableMixin, locale: Locale, **fields) -> TranslatableMixin:
    """The translation of `original` into `locale`; copied, given `fields` and published if missing.

    An existing translation is returned as it is: editors may have changed it.
    """
    existing = original.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific if isinstance(existing, Page) else existing
    if isinstance(original, Page):
        translation = original.copy_for_translation(locale, copy_parents=True)
    else:
        translation = original.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    if isinstance(translation, Page):
        translation.save_revision().publish()
        return translation.specific
    translation.save()
    return translation
