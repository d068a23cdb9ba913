from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

# The index's own tables (search.documents), beside the editors' aliases.
from search.documents import RebuildProgress, SearchDocument, SearchTerm  # noqa: F401


class NameAlias(models.Model):
    """Spellings of one name that no transliteration rule produces (an irregular English
    form, a nickname, an old romanisation): search treats them all as the same name."""

    name = models.CharField(
        _("name"),
        max_length=120,
        unique=True,
        help_text=_("The name as the outlet usually writes it, in any script."),
    )
    spellings = models.TextField(
        _("other spellings"),
        help_text=_("One spelling per line, in any script."),
    )

    panels = [FieldPanel("name"), FieldPanel("spellings")]

    class Meta:
        verbose_name = _("name alias")
        verbose_name_plural = _("name aliases")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def all_spellings(self) -> list[str]:
        """The name and each of its other spellings, blank lines dropped."""
        lines = [self.name, *self.spellings.splitlines()]
        return [line.strip() for line in lines if line.strip()]
