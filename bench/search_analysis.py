"""The language layer's cost per indexed word: `make bench` runs it.

The engine folds, stems and takes the name keys of every word it indexes (100,000
stories of about 600 words: 60 million words) and of every word a reader types. This
prints words per second for fold + stem + name_keys over a sample of words drawn as
news text draws them (a few words very often, most rarely: Zipf's law over a
vocabulary per language, in Latin, Cyrillic and Armenian letters), from empty caches
and again with the caches warm, and the rate for words never seen before (the worst
case: every word computed), beside the target; calling the three functions, and
word_terms, which answers all three in one cached call. Per second of the clock and of
the process's CPU time, which other work on the machine hardly changes.

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


def separately(words: list[tuple[str, str]]) -> tuple[float, float]:
    from search.analysis import fold, name_keys, stem

    started, cpu = time.perf_counter(), time.process_time()
    for word, language in words:
        stem(fold(word, language), language)
        name_keys(word)
    return per_second(len(words), started, cpu)


def together(words: list[tuple[str, str]]) -> tuple[float, float]:
    from search.analysis import word_terms

    started, cpu = time.perf_counter(), time.process_time()
    for word, language in words:
        word_terms(word, language)
    return per_second(len(words), started, cpu)


def per_second(count: int, started: float, cpu: float) -> tuple[float, float]:
    """Words per second of the clock, and per second of this process's CPU time: the
    machine's other work slows the first, hardly the second."""
    return count / (time.perf_counter() - started), count / (time.process_time() - cpu)


def forget() -> None:
    from search.analysis import frozen_name_keys, stem, word_terms

    frozen_name_keys.cache_clear()
    stem.cache_clear()
    word_terms.cache_clear()


def main() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.test")
    import django

    django.setup()
    words = sample(random.Random(15))
    distinct = list(dict.fromkeys(words))
    print(
        f"\nSearch analysis: fold + stem + name_keys, {len(words)} words ({len(distinct)} distinct)"
    )
    print(f"{'calls':22} {'caches':8} {'words/s':>10} {'per CPU s':>10} {'target':>10}")
    for label, rate in (("fold, stem, name_keys", separately), ("word_terms", together)):
        forget()
        figures = {"empty": rate(words), "warm": rate(words)}
        forget()
        figures["unseen"] = rate(distinct)
        for caches, (clock, cpu) in figures.items():
            print(
                f"{label:22} {caches:8} {clock:10,.0f} {cpu:10,.0f} {TARGET_WORDS_PER_SECOND:10,}"
            )


if __name__ == "__main__":
    main()
