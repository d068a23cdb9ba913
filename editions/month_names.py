"""Month names as they stand inside a date ("15 December 2025").

Django's Azerbaijani catalogue capitalises them ("15 Dekabr"), where Azerbaijani
writes "15 dekabr"; its Armenian one gives the capitalised nominative ("Դեկտեմբեր"),
where a date takes the genitive ("15 դեկտեմբերի"). Listing them here keeps them in
our catalogues, which take precedence over Django's; an edition that leaves one
untranslated (English, Russian) falls back to Django's own.
"""

from django.utils.translation import pgettext_lazy

MONTHS_IN_DATES = [
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]
