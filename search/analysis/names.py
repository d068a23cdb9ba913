"""Names across scripts: keys that the usual spellings of one name share.

A name is transliterated into Latin letters (transliteration.py), then reduced to a
skeleton in which the romanisations' variants fall together: kh, h and g (Russian
writes a foreign h as г: Гасанов is Hasanov); sh, sch and shch; ts and tz; y, i and j
for й; ya/ia, yu/iu, ye/e (an initial Е, a ye after a vowel) and ie/e; double
letters; and so -sky, -skiy, -skij, -ski and -skii alike. Letters that one rule
cannot read (Latin c is k, s, Azerbaijani j or ISO ц; x is ks or Azerbaijani kh; q
is k or g; ə is a or e) give one key per reading: the engine indexes them all, and
a word matches a name when any of their keys meet.

A word that may be a declined form of a name (Тихановского, Пашиняна, Փաշինյանը,
Əliyevin) also gets the keys of the nominatives it may stand for (inflection.py). A
surname's feminine form written in Latin letters keeps its own key: "Ivanova" does
not find "Ivanov"; but the Cyrillic "Иванова" is also Иванов's genitive, so it does.
"""

import itertools
import re
from functools import lru_cache

from search.analysis.folding import fold
from search.analysis.inflection import nominatives
from search.analysis.scripts import has_azerbaijani_letters
from search.analysis.transliteration import to_latin

# Past this many readings a word gets one key per reading position, not every
# combination (a long Azerbaijani name with four ə would otherwise give 16).
MAX_KEYS = 8

# What the skeleton writes for each digraph of a Latin spelling, and for the single
# letters that change, as capitals so that they cannot be read again: X = sh, sch, shch
# (ш, щ); W = zh (ж); C = ch (ч); J = dzh (дж); H = kh, h, g, gh (х, һ, г, ғ); Q = ts, tz
# (ц). Longest first; the key is lowered at the end.
_FIXED = {
    "shch": "X", "sch": "X", "tch": "C", "dzh": "J", "zh": "W", "kh": "H", "gh": "H",
    "sh": "X", "ch": "C", "ts": "Q", "tz": "Q", "ph": "F", "th": "T", "ck": "K", "dj": "J",
    "g": "H", "h": "H", "w": "V", "y": "I", "yo": "%",
}  # fmt: skip
_FIXED_SEGMENT = re.compile("|".join(sorted(_FIXED, key=len, reverse=True)))
# The letters left that one rule cannot read, and their readings. "%" is a Latin yo:
# ё, which Russian text mostly writes е (Pyotr is Петр, Fyodor Федор, Solovyov Соловьев).
_AMBIGUOUS = re.compile("[cjxq@%]")
_READINGS = {"@": ("A", "E"), "x": ("KS", "H"), "q": ("K", "H"), "%": ("IO", "E")}
# Latin c: English k (s before e, i, y), Azerbaijani j (Cəlil, Джалил), ISO 9's ц.
_SOFT_C = ("S", "J", "Q")
_HARD_C = ("K", "J", "Q")
# j is дж in English and Azerbaijani spellings (Jalil, Hajiyev, Azerbaijan) and й at the
# end of a word or before a consonant in ISO and German-style ones (Tikhanovskij, Sergej).
_J_AS_DZH = ("J",)
_J_AS_Y = ("I",)
_VOWELS = frozenset("aeiouI@%")
_SOFTENING = frozenset("eiI@")
# A word with letters only Azerbaijani (or Turkish) writes reads c, x and q its way.
_AZERBAIJANI_READINGS = {"c": ("J",), "x": ("H",), "q": ("K", "H")}
_DOUBLES = re.compile(r"(.)\1+")
_NOT_LETTER = re.compile(r"[^a-z0-9@]")


def _reading(spelled: str, at: int, letter: str, azerbaijani: bool) -> tuple[str, ...]:
    if azerbaijani and letter in _AZERBAIJANI_READINGS:
        return _AZERBAIJANI_READINGS[letter]
    following = spelled[at + 1 : at + 2]
    if letter == "c":
        return _SOFT_C if following and following in _SOFTENING else _HARD_C
    if letter == "j":
        return _J_AS_DZH if following and following in _VOWELS else _J_AS_Y
    return _READINGS[letter]


def _spellings(spelled: str, azerbaijani: bool, most: int = MAX_KEYS) -> set[str]:
    """Each reading of `spelled` (digraphs already read): every combination of the
    ambiguous letters' readings, or, when they are more than `most`, the spellings
    that take the same reading (the first, the second, ...) at every such letter."""
    pieces: list[tuple[str, ...]] = []
    done = 0
    for match in _AMBIGUOUS.finditer(spelled):
        at = match.start()
        pieces.append((spelled[done:at],))
        pieces.append(_reading(spelled, at, match.group(), azerbaijani))
        done = at + 1
    if not pieces:
        return {spelled}
    pieces.append((spelled[done:],))
    combinations = 1
    for choices in pieces:
        combinations *= len(choices)
    if combinations <= most:
        return {"".join(spelling) for spelling in itertools.product(*pieces)}
    widest = max(len(choices) for choices in pieces)
    return {"".join(choices[min(n, len(choices) - 1)] for choices in pieces) for n in range(widest)}


def _skeleton(spelling: str) -> str:
    collapsed = _DOUBLES.sub(r"\1", spelling.lower())
    # ie and ye are e once y is i: Yeltsin/Eltsin, Aliyev/Aliev (both then "alev").
    if "ie" in collapsed:
        collapsed = _DOUBLES.sub(r"\1", collapsed.replace("ie", "e"))
    return collapsed


def _keys(lowered: str, azerbaijani: bool, most: int) -> set[str]:
    latin = to_latin(lowered)
    if not latin.isascii():  # other scripts' letters, accents: folded as fold() does
        latin = fold(latin, "en")
    if not latin.isalnum() or not latin.isascii():
        latin = _NOT_LETTER.sub("", latin)
    if not latin:
        return set()
    spelled = _FIXED_SEGMENT.sub(lambda match: _FIXED[match.group()], latin)
    return {_skeleton(spelling) for spelling in _spellings(spelled, azerbaijani, most)}


@lru_cache(maxsize=200_000)
def frozen_name_keys(word: str) -> frozenset[str]:
    """name_keys() as a frozenset, shared between callers: do not copy what you only read."""
    lowered = word.casefold()
    azerbaijani = has_azerbaijani_letters(lowered)
    keys = _keys(lowered, azerbaijani, MAX_KEYS)
    if not keys:
        return frozenset({lowered}) if lowered else frozenset()
    for nominative in nominatives(lowered):
        # A declined form's nominatives: their consistent readings only, or a long
        # Azerbaijani word's keys would multiply by its endings.
        keys |= _keys(nominative, azerbaijani, 1)
    return frozenset(keys)


def name_keys(word: str) -> set[str]:
    """Keys in Latin letters shared by the common spellings of the name `word`, in any
    script: Lukashenko and Лукашенко, Tikhanovsky and Тихановский, Pashinyan and
    Փաշինյան, Aliyev, Əliyev and Алиев.

    Give it the word as written (a word of words()), not folded: folding drops what
    tells ş (sh) from s. A number, or a word in a script we do not transliterate
    (Greek, Chinese), is its own key.
    """
    return set(frozen_name_keys(word))
