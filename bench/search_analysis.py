"""The language layer's cost per indexed word: `make bench` runs it.

The engine folds, stems and takes the name keys of every word it indexes (100,000
stories of about 600 words: 60 million words) and of every word a reader types. This
prints words per second for fold + stem + name_keys over a sample of words drawn as
news text draws them (a few words very often, most rarely: Zipf's law over a
vocabulary per language, in Latin, Cyrillic and Armenian letters), from empty caches
and again with the caches warm, and the rate for words never seen before (the worst
case: every word computed), beside the target.

Environment: BENCH_ANALYSIS_WORDS (sample size, default 100000).
"""

import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = int(os.environ.get("BENCH_ANALYSIS_WORDS", "100000"))
VOCABULARY = 30_000  # distinct words per language
# 60 million words indexed in ten minutes on this 2-core machine.
TARGET_WORDS_PER_SECOND = 100_000
SYLLABLES = {
    "en": "ba be con der for gan her in is la ment na ob per re sh st tion un ver wa",
    "ru": "ба ве го де жи за ка ли ме но пра ро ст та ун фе хо це чи ша щи ый ия",
    "hy": "բա գե դի զո թու կա հա ղե մի նա շո չա պե ռո սա վի տու րե ցա փո քի յան",
    "az": "ba cə çi də ğa hə xa ıq ka lə mə nö qa rə şə tü ük və ya zə ov ev",
}


def vocabulary(language: str, rng: random.Random) -> list[str]:
    syllables = SYLLABLES[language].split()
    words = []
    for n in range(VOCABULARY):
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(1, 4)))
        # About one word in ten a capitalised name, as in news.
        words.append(word.capitalize() if n % 10 == 0 else word)
    return words


def sample(rng: random.Random) -> list[tuple[str, str]]:
    languages = list(SYLLABLES)
    vocabularies = {language: vocabulary(language, rng) for language in languages}
    weights = [1 / (rank + 1) ** 1.07 for rank in range(VOCABULARY)]
    drawn = []
    for language in languages:
        for word in rng.choices(vocabularies[language], weights, k=SAMPLE // len(languages)):
            drawn.append((word, language))
    rng.shuffle(drawn)
    return drawn


def rate(words: list[tuple[str, str]]) -> float:
    from search.analysis import fold, name_keys, stem

    started = time.perf_counter()
    for word, language in words:
        stem(fold(word, language), language)
        name_keys(word)
    return len(words) / (time.perf_counter() - started)


def forget() -> None:
    from search.analysis.names import _name_keys
    from search.analysis.stemming import stem

    _name_keys.cache_clear()
    stem.cache_clear()


def main() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.test")
    import django

    django.setup()
    words = sample(random.Random(15))
    distinct = len(set(words))
    forget()
    cold = rate(words)
    warm = rate(words)
    forget()
    unseen = rate(list(dict.fromkeys(words)))
    print(f"\nSearch analysis: fold + stem + name_keys, {len(words)} words ({distinct} distinct)")
    print(f"{'caches':8} {'words/s':>10} {'target':>10}")
    for label, figure in (("empty", cold), ("warm", warm), ("unseen", unseen)):
        print(f"{label:8} {figure:10,.0f} {TARGET_WORDS_PER_SECOND:10,}")


if __name__ == "__main__":
    main()
