"""Headlines and snippets with the words that matched in <mark>, escaped everywhere else."""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search import analysis
from search.parsing import ParsedQuery, matches_as_prefix

TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
SNIPPET_WORDS = 30
WORDS_BEFORE_MATCH = 8
# A match further into the body than this is not looked for: the snippet is the body's start.
WORDS_SEARCHED = 400


@lru_cache(maxsize=50_000)
def stem_of(word: str, language: str) -> str:
    return analysis.stem(analysis.fold(word, language), language)


@lru_cache(maxsize=20_000)
def keys_of(word: str) -> frozenset[str]:
    return frozenset(analysis.name_keys(word))


class Matcher:
    """Whether a word of a story in `language` is one the query matched."""

    def __init__(self, query: ParsedQuery, language: str):
        self.language = language
        self.stems, self.prefixes, self.names = set(), set(), set()
        self.judged: dict[str, bool] = {}
        for word in query.words():
            stem = stem_of(word.typed, language)
            prefix = word.prefix or matches_as_prefix(stem, language)
            (self.prefixes if prefix else self.stems).add(stem)
            self.names |= word.names

    def __call__(self, word: str) -> bool:
        # A body repeats its words: each is judged once.
        known = self.judged.get(word)
        if known is None:
            known = self.judged[word] = self.judge(word)
        return known

    def judge(self, word: str) -> bool:
        stem = stem_of(word, self.language)
        if stem in self.stems or any(stem.startswith(p) for p in self.prefixes):
            return True
        return (
            bool(self.names)
            and len(word) > 2
            and word[0].isupper()
            and bool(keys_of(word) & self.names)
        )


def marked(text: str, matches: Matcher) -> SafeString:
    pieces, position = [], 0
    for token in TOKEN.finditer(text):
        if matches(token.group()):
            pieces.append(escape(text[position : token.start()]))
            pieces.append(f"<mark>{escape(token.group())}</mark>")
            position = token.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece escaped above)


def snippet(text: str, matches: Matcher) -> SafeString:
    """About SNIPPET_WORDS words of `text` around its first match (its start if none)."""
    tokens = list(TOKEN.finditer(text))
    first = next((i for i, t in enumerate(tokens[:WORDS_SEARCHED]) if matches(t.group())), 0)
    start = max(0, first - WORDS_BEFORE_MATCH)
    end = min(len(tokens), start + SNIPPET_WORDS)
    if not tokens:
        return mark_safe("")
    begin = tokens[start].start() if start else 0
    finish = tokens[end - 1].end() if end < len(tokens) else len(text)
    excerpt = marked(text[begin:finish], matches)
    before = "… " if start else ""
    after = " …" if end < len(tokens) else ""
    return mark_safe(f"{before}{excerpt}{after}")  # noqa: S308 (excerpt is escaped)
