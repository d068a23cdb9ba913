"""A name's nominative behind its case endings, so that its keys meet the reader's.

Russian, Armenian and Azerbaijani decline names ("Тихановского", "Пашиняна",
"Փաշինյանը", "Əliyevin"); a reader types them in the nominative, usually in Latin
letters ("Tikhanovsky", "Pashinyan", "Aliyev"). A stemmer cannot help across scripts,
so for a declined-looking word this gives the nominatives it may stand for, each of
which gets keys: a few keys too many for a word that only looks declined, never a
name missed because its story spelled it in the genitive. English and other Latin
spellings are not declined and get none.
"""

from search.analysis.scripts import has_azerbaijani_letters, script_of

# Russian: ending -> the nominative endings it may stand for ("" drops it). ь is
# silent in the keys, so Игоря needs only "я" -> "". Longest endings first.
RUSSIAN = {
    "ого": ("ий", "ый", "ой"), "ому": ("ий", "ый", "ой"), "ией": ("ия",),
    "ым": ("ый", ""), "им": ("ий",), "ом": ("", "ий", "ый"), "ой": ("ая", "а"),
    "ую": ("ая",), "ии": ("ия",), "ию": ("ия",), "ем": ("й", ""),
    "а": ("",), "у": ("", "а"), "е": ("", "а"), "ы": ("а",), "я": ("й", ""), "ю": ("й", ""),
}  # fmt: skip
# Eastern Armenian: the definite article and the cases' endings, dropped.
ARMENIAN = ("յից", "յում", "յով", "յին", "յի", "ից", "ում", "ով", "ին", "ի", "ը")
# Azerbaijani: the cases' endings in each vowel-harmony form, dropped.
AZERBAIJANI = (
    "nın", "nin", "nun", "nün", "dan", "dən", "tan", "tən", "ın", "in", "un", "ün",
    "ya", "yə", "nı", "ni", "nu", "nü", "da", "də", "ta", "tə", "la", "lə",
    "a", "ə", "ı", "i", "u", "ü",
)  # fmt: skip
# Left of a word once its ending is dropped, at least: shorter stems are not names.
MIN_STEM = 3


def nominatives(lowered: str) -> set[str]:
    """The nominatives that the lower-case word `lowered` may be a declined form of (not
    the word itself); none for a word of a language that does not decline names."""
    script = script_of(lowered)
    if script == "cyrillic":
        return {
            lowered[: -len(ending)] + nominative
            for ending, replacements in RUSSIAN.items()
            if lowered.endswith(ending) and len(lowered) - len(ending) >= MIN_STEM
            for nominative in replacements
        }
    if script == "armenian":
        endings = ARMENIAN
    elif has_azerbaijani_letters(lowered):
        endings = AZERBAIJANI
    else:
        return set()
    return {
        lowered[: -len(ending)]
        for ending in endings
        if lowered.endswith(ending) and len(lowered) - len(ending) >= MIN_STEM
    }
