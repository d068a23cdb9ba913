"""Case and accent folding: the same function folds what is indexed and what is searched."""

import re
import unicodedata

# Turkish-style capitals for Azerbaijani (and Turkish): I is the capital of dotless ı,
# İ of dotted i. Other languages' casefold() reads I as i and İ as i + a combining dot.
_TURKIC_CAPITALS = str.maketrans({"I": "ı", "İ": "i"})
TURKIC_LANGUAGES = frozenset({"az", "tr"})

# Letters that are not a base letter plus accents, so decomposition leaves them alone,
# but that readers type as the base letter: Azerbaijani ə and ı (on a keyboard without
# them "Gəncə" is typed "Gence", "Bakı" "Baki"), and a few of other languages' names.
_UNDECOMPOSABLE = {"ı": "i", "ə": "e", "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "æ": "ae", "œ": "oe"}
# Letters kept although they decompose: Russian й is a letter of its own (мой ≠ мои),
# as are Belarusian ў and Ukrainian й.
_KEPT = frozenset("йЙўЎ")
# Latin, Cyrillic and Greek letters with accents, and the combining marks themselves.
_FOLDED_RANGES = [(0x00C0, 0x024F), (0x1E00, 0x1EFF), (0x0400, 0x04FF), (0x0370, 0x03FF)]
_COMBINING_RANGES = [
    (0x0300, 0x036F),
    (0x0483, 0x0489),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
]


def _folding_table() -> dict[int, str | None]:
    """Each accented letter to its base letter(s), each combining mark to nothing.

    Built once from Unicode's decompositions rather than listed by hand, so that every
    accented Latin letter of a foreign name folds, not only the ones we thought of.
    """
    table: dict[int, str | None] = {}
    for start, end in _COMBINING_RANGES:
        table.update(dict.fromkeys(range(start, end + 1)))
    for start, end in _FOLDED_RANGES:
        for code in range(start, end + 1):
            letter = chr(code)
            if letter in _KEPT:
                continue
            base = "".join(
                part
                for part in unicodedata.normalize("NFD", letter)
                if not unicodedata.combining(part)
            )
            if base and base != letter:
                table[code] = base
    table.update({ord(letter): base for letter, base in _UNDECOMPOSABLE.items()})
    return table


_FOLDING = _folding_table()
# Most Cyrillic and Armenian words have nothing to fold: finding that out is one regular
# expression scan in C, much cheaper than translate()'s lookup of every character.
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLDING)) + "]")


def fold(text: str, language: str) -> str:
    """`text` in lower case without accents, as `language` reads its capitals.

    ё is е; Azerbaijani's own letters fold to the Latin letters its readers type without
    an Azerbaijani keyboard (ə→e, ı→i, ğ→g, ö→o, ş→s, ü→u, ç→c), after Turkish-style
    case (I→ı, İ→i), so every edition folds a word alike and an all-editions search
    compares like with like. Armenian և (a ligature casefold() spells եւ) and the
    classical եւ both become եվ, which is how the reformed spelling writes it in capitals
    (ԵՐԵՎԱՆ is Երևան). Punctuation is left as it is: words() splits it off.
    """
    if language in TURKIC_LANGUAGES:
        text = text.translate(_TURKIC_CAPITALS)
    folded = text.casefold()
    if folded.isascii():
        return folded
    if _FOLDABLE.search(folded) is not None:
        folded = folded.translate(_FOLDING)
    if "ւ" in folded:
        folded = folded.replace("եւ", "եվ")
    return folded
