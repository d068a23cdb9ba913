"""What a reader asks the results page: the words and the filters, read with Django's forms.

A filter value that does not parse (a made-up date, a section of another edition) is
dropped and named on the page, so the search still runs on the rest.
"""

import re
from dataclasses import dataclass
from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from news.models import Author, SectionPage

MAX_QUERY_LENGTH = 200
# Control characters carry no meaning in a query, and NUL breaks PostgreSQL; the engine
# (search.query) copes with the rest of what readers type, operators included.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
ALL_EDITIONS = "all"
MAX_KEY = 2**63 - 1  # the database's bigint


def clean_query(raw: str) -> str:
    return " ".join(CONTROL_CHARACTERS.sub(" ", raw).split())[:MAX_QUERY_LENGTH]


class KeyChoiceField(forms.ModelChoiceField):
    """A choice by primary key that a key out of the database's range cannot break: Django
    hands the value to the query as it is, and SQLite refuses integers over 64 bits."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not str(value).isdecimal() or not 0 < int(value) <= MAX_KEY:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, strip=False)
    section = KeyChoiceField(
        label=_("Section"), queryset=SectionPage.objects.none(), required=False
    )
    author = KeyChoiceField(label=_("Author"), queryset=Author.objects.none(), required=False)
    edition = forms.ChoiceField(label=_("Edition"), required=False)

    def __init__(self, data, *, locale_id: int):
        super().__init__(data)
        self.fields["section"].queryset = SectionPage.objects.live().filter(locale_id=locale_id)
        self.fields["author"].queryset = Author.objects.filter(locale_id=locale_id)
        self.fields["edition"].choices = [
            ("", _("This edition")),
            (ALL_EDITIONS, _("All editions")),
        ]
        # "from" is a Python keyword: declared here, not as a class attribute.
        widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        self.fields["from"] = forms.DateField(label=_("From"), required=False, widget=widget)
        self.fields["until"] = forms.DateField(label=_("Until"), required=False, widget=widget)
        self.order_fields(["q", "section", "author", "from", "until", "edition"])

    def clean_q(self) -> str:
        return clean_query(self.cleaned_data.get("q") or "")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from"), cleaned.get("until")
        if start and end and start > end:
            self.add_error("until", _("The end of the date range is before its start."))
        return cleaned


@dataclass(frozen=True)
class Filters:
    """The filters that parsed; `ignored` names those that did not, for the page to say so."""

    query: str
    section: SectionPage | None = None
    author: Author | None = None
    published_from: date | None = None
    published_until: date | None = None
    all_editions: bool = False
    ignored: tuple[str, ...] = ()

    @property
    def narrowed(self) -> bool:
        return bool(self.section or self.author or self.published_from or self.published_until)


def filters_of(form: SearchForm) -> Filters:
    form.is_valid()
    valid = form.cleaned_data
    return Filters(
        query=valid.get("q") or clean_query(form.data.get("q", "")),
        section=valid.get("section"),
        author=valid.get("author"),
        published_from=valid.get("from"),
        published_until=valid.get("until"),
        all_editions=valid.get("edition") == ALL_EDITIONS,
        ignored=tuple(str(form.fields[name].label) for name in form.errors if name in form.fields),
    )
