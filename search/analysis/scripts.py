"""Which alphabet a word is written in, from its first letter."""

# The letters only Azerbaijani (or Turkish) writes among the Latin ones.
AZERBAIJANI_LETTERS = frozenset("əığşçöü")


def script_of(word: str) -> str:
    """The script of `word`: "cyrillic", "armenian" or "other" (Latin, digits, the rest)."""
    first = word[:1]
    if "\u0400" <= first <= "\u04ff":
        return "cyrillic"
    if "\u0531" <= first <= "\u058f":
        return "armenian"
    return "other"


def has_azerbaijani_letters(lowered: str) -> bool:
    return not lowered.isascii() and not AZERBAIJANI_LETTERS.isdisjoint(lowered)
