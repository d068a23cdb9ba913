"""Cyrillic and Armenian letters in Latin ones, the everyday English way.

Only the first step towards a name's keys (see names.py): the table writes what the
skeleton then collapses, so it picks one spelling per letter and leaves the variants
(й as y, i or j; х as kh or h; ye or e) to the skeleton.
"""

# Russian (BGN/PCGN without its diacritics), with the Ukrainian, Belarusian and
# Azerbaijani Cyrillic letters (ә ғ һ ө ү ҹ ҝ ј) that names written in Cyrillic use.
# "@" is a vowel the skeleton reads both as a and as e (Azerbaijani ə, ә).
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    "ә": "@", "ғ": "gh", "һ": "h", "ө": "o", "ү": "u", "ҹ": "dzh", "ҝ": "g", "ј": "y",
}  # fmt: skip

# Eastern Armenian. ու is u and և ev; ե opens a word as ye, ո as vo (the skeleton
# reads ye and e alike, so only vo needs the word's start).
ARMENIAN = {
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "e",
    "թ": "t", "ժ": "zh", "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h",
    "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y", "ն": "n", "շ": "sh", "ո": "o",
    "չ": "ch", "պ": "p", "ջ": "dzh", "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r",
    "ց": "ts", "ւ": "v", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f", "և": "ev",
}  # fmt: skip
ARMENIAN_WORD_START = {"ո": "vo", "և": "yev", "ե": "ye"}
ARMENIAN_DIGRAPHS = {"ու": "u"}

# Latin letters with a reading of their own in the romanisations and in Azerbaijani,
# spelled out before accents are dropped (ş is sh, not s; ž is zh, not z).
LATIN = {
    "ə": "@", "ı": "i", "ğ": "gh", "ş": "sh", "ç": "ch", "ž": "zh", "š": "sh", "č": "ch",
    "ŝ": "shch", "ć": "ch", "ś": "s", "ź": "z", "ż": "zh", "ł": "l", "ø": "o", "đ": "dj",
    "ä": "a", "ö": "o", "ü": "u", "ë": "e", "è": "e", "ê": "e", "é": "e", "û": "yu",
    "â": "ya", "ß": "ss", "æ": "ae", "œ": "oe", "ñ": "n", "ǧ": "gh", "ĵ": "j",
}  # fmt: skip

TRANSLITERATION = str.maketrans({**CYRILLIC, **ARMENIAN, **LATIN})


def to_latin(word: str) -> str:
    """`word` (lower case, any script) in Latin letters, with "@" for ə."""
    if word.isascii():
        return word
    first = word[0]
    if first in ARMENIAN_WORD_START and not word.startswith("ու"):
        word = ARMENIAN_WORD_START[first] + word[1:]
    if "ու" in word:
        word = word.replace("ու", "u")
    return word.translate(TRANSLITERATION)
