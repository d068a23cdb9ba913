"""Readers' search at scale: `.venv/bin/python bench/search.py` (or `make bench`).

For each backend (SQLite FTS5, PostgreSQL), in a database of its own made afresh
(var/bench-search.sqlite3; masthead_bench_search on the local server), builds
BENCH_SEARCH_STORIES stories (default 100,000; about 600 words each, over the four
editions) by bulk insert, indexes them with the rebuild command's code, then times
300 queries (single words, names in both scripts, phrases, typos, prefixes) through
search_stories, and suggest_headlines on prefixes. Prints the indexing rate and p50/p95
beside the targets. BENCH_SEARCH_BACKENDS picks backends ("sqlite,postgresql").
"""

import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORIES = int(os.environ.get("BENCH_SEARCH_STORIES", "100000"))
BACKENDS = os.environ.get("BENCH_SEARCH_BACKENDS", "sqlite,postgresql").split(",")
POSTGRES_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"
POSTGRES_NAME = "masthead_bench_search"
RESULTS_P95_MS, SUGGESTIONS_P95_MS = 30, 10
QUERIES = 300
WORDS_PER_STORY = 600
BATCH = 1000

# Fictional names, as each edition's script writes them.
NAMES = [
    {"en": "Lukashenko", "ru": "Лукашенко", "hy": "Լուկաշենկո", "az": "Lukaşenko"},
    {"en": "Tikhanovsky", "ru": "Тихановский", "hy": "Տիխանովսկի", "az": "Tixanovski"},
    {"en": "Pashinyan", "ru": "Пашинян", "hy": "Փաշինյան", "az": "Paşinyan"},
    {"en": "Aliyev", "ru": "Алиев", "hy": "Ալիև", "az": "Əliyev"},
    {"en": "Marchenko", "ru": "Марченко", "hy": "Մարչենկո", "az": "Marçenko"},
    {"en": "Zhuravleva", "ru": "Журавлёва", "hy": "Ժուրավլյովա", "az": "Juravlyova"},
]
SEED_WORDS = {
    "en": "sanctions parliament harbour election budget minister council inflation "
    "protest coalition railway hospital drought refinery tariffs",
    "ru": "санкции парламент гавань выборы бюджет министр совет инфляция протест "
    "коалиция железная больница засуха завод пошлины",
    "hy": "պատժամիջոցներ խորհրդարան նավահանգիստ ընտրություններ բյուջե նախարար "
    "խորհուրդ գնաճ բողոք կոալիցիա երկաթուղի հիվանդանոց երաշտ գործարան մաքսատուրք",
    "az": "sanksiyalar parlament liman seçkilər büdcə nazir şura inflyasiya etiraz "
    "koalisiya dəmiryolu xəstəxana quraqlıq zavod gömrük",
}
PHRASES = {
    "en": "central bank",
    "ru": "центральный банк",
    "hy": "կենտրոնական բանկ",
    "az": "mərkəzi bank",
}
SYLLABLES = {
    "en": [
        "ba",
        "be",
        "bi",
        "bo",
        "ca",
        "co",
        "da",
        "de",
        "di",
        "do",
        "fa",
        "fe",
        "ga",
        "ge",
        "la",
        "le",
        "li",
        "lo",
        "ma",
        "me",
        "mi",
        "mo",
        "na",
        "ne",
        "no",
        "pa",
        "pe",
        "po",
        "ra",
        "re",
        "ri",
        "ro",
        "sa",
        "se",
        "si",
        "so",
        "ta",
        "te",
        "ti",
        "to",
        "va",
        "ve",
        "vi",
    ],
    "ru": [
        "ба",
        "бе",
        "би",
        "бо",
        "ва",
        "ве",
        "ви",
        "во",
        "га",
        "го",
        "да",
        "де",
        "ди",
        "до",
        "ка",
        "ке",
        "ки",
        "ко",
        "ла",
        "ле",
        "ли",
        "ло",
        "ма",
        "ме",
        "ми",
        "мо",
        "на",
        "не",
        "ни",
        "но",
        "па",
        "пе",
        "по",
        "ра",
        "ре",
        "ри",
        "ро",
        "са",
        "се",
        "си",
        "со",
        "та",
        "те",
        "ти",
        "то",
    ],
    "hy": [
        "բա",
        "բե",
        "բի",
        "բո",
        "գա",
        "գե",
        "դա",
        "դե",
        "դի",
        "կա",
        "կե",
        "կի",
        "կո",
        "լա",
        "լե",
        "լի",
        "լո",
        "մա",
        "մե",
        "մի",
        "մո",
        "նա",
        "նե",
        "նի",
        "նո",
        "պա",
        "պե",
        "պո",
        "ռա",
        "ռե",
        "սա",
        "սե",
        "սի",
        "սո",
        "տա",
        "տե",
        "տի",
        "տո",
        "վա",
        "վե",
    ],
    "az": [
        "ba",
        "bə",
        "bi",
        "bo",
        "ca",
        "cə",
        "da",
        "də",
        "di",
        "do",
        "ga",
        "gə",
        "ka",
        "kə",
        "ki",
        "ko",
        "la",
        "lə",
        "li",
        "lo",
        "ma",
        "mə",
        "mi",
        "mo",
        "na",
        "nə",
        "nı",
        "no",
        "pa",
        "pə",
        "ra",
        "rə",
        "ri",
        "sa",
        "sə",
        "si",
        "şa",
        "şə",
        "ta",
        "tə",
        "ti",
        "ya",
        "yə",
    ],
}


def vocabulary(language: str, rng: random.Random, size: int = 6000) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES[language]) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def story_text(language, vocab, rng, words: int) -> str:
    seed_words = SEED_WORDS[language].split()
    chosen = []
    for _ in range(words):
        roll = rng.random()
        if roll < 0.01:
            chosen.append(NAMES[rng.randrange(len(NAMES))][language])
        elif roll < 0.04:
            chosen.append(rng.choice(seed_words))
        elif roll < 0.045:
            chosen.append(PHRASES[language])
        else:  # Zipf-like: a few words often, most rarely
            chosen.append(vocab[min(int(rng.paretovariate(0.9)) - 1, len(vocab) - 1)])
    sentences = [" ".join(chosen[i : i + 15]).capitalize() + "." for i in range(0, words, 15)]
    return " ".join(sentences)


def build(count: int) -> int:
    from django.utils import timezone
    from wagtail.rich_text import RichText

    from demo.generator import NewArticle, insert_articles
    from editions.setup import ensure_editions
    from news.archive import month_folder
    from news.models import ArticlePage
    from news.tests.factories import make_section

    homes = ensure_editions()
    sections = {code: make_section(home, "bench", "Bench") for code, home in homes.items()}
    rng = random.Random(15)
    vocab = {language: vocabulary(language, rng) for language in sections}
    now = timezone.now()
    languages = list(sections)
    made = 0
    for start in range(0, count, BATCH):
        by_month: dict = {}
        for number in range(start, min(count, start + BATCH)):
            language = languages[number % len(languages)]
            published_at = now - timedelta(minutes=15 * number)
            words = vocab[language]
            headline = story_text(language, words, rng, 8).rstrip(".")
            article = ArticlePage(
                title=headline,
                slug=f"s-{uuid.uuid4().hex[:12]}",
                published_at=published_at,
                subheadline=story_text(language, words, rng, 12),
                lead=story_text(language, words, rng, 25),
                body=[
                    ("paragraph", RichText(f"<p>{story_text(language, words, rng, 200)}</p>"))
                    for _ in range(3)
                ],
            )
            key = (language, published_at.strftime("%Y-%m"))
            by_month.setdefault(key, []).append(NewArticle(article, [], []))
        for (language, _month), new in by_month.items():
            section = sections[language]
            made += insert_articles(
                month_folder(section, new[0].article.published_at), section, new
            )
    return made


def queries(rng: random.Random) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(text, language) for results, and for suggestions."""
    from search.analysis import words

    found, suggested = [], []
    languages = list(SEED_WORDS)
    for number in range(QUERIES):
        language = languages[number % 4]
        seed = rng.choice(SEED_WORDS[language].split())
        kind = number % 6
        if kind == 0:
            text = seed
        elif kind == 1:  # a name in the edition's script
            text = rng.choice(NAMES)[language]
        elif kind == 2:  # a name in Latin letters, in another edition
            text = rng.choice(NAMES)["en"]
        elif kind == 3:
            text = f'"{PHRASES[language]}"'
        elif kind == 4:  # a typo: two letters swapped
            i = rng.randrange(1, len(seed) - 2)
            text = seed[:i] + seed[i + 1] + seed[i] + seed[i + 2 :]
        else:
            text = f"{seed} {rng.choice(NAMES)[language]}"
        found.append((text, language))
        word = words(seed)[0]
        suggested.append((word[: rng.randint(3, max(3, len(word)))], language))
    return found, suggested


def percentile(times: list[float], share: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run_backend(backend: str) -> None:
    import django

    django.setup()
    from django.core.management import call_command

    from search.query import StorySearch, search_stories, suggest_headlines
    from search.rebuilding import rebuild

    call_command("migrate", verbosity=0)
    started = time.monotonic()
    made = build(STORIES)
    built = time.monotonic() - started
    started = time.monotonic()
    rebuild(batch_size=500)
    indexed = time.monotonic() - started
    if backend == "postgresql":
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE search_document")
    print(
        f"[{backend}] {made} stories inserted in {built:.0f} s; indexed in {indexed:.0f} s "
        f"({made / indexed:.0f} stories/s)"
    )
    found, suggested = queries(random.Random(1))
    for text, language in found[:20]:  # warm the caches, as a running server has them
        search_stories(StorySearch(text=text, language=language))
    times, cpu, empty = [], [], 0
    for text, language in found:
        start, start_cpu = time.perf_counter(), time.process_time()
        results = search_stories(StorySearch(text=text, language=language))
        times.append((time.perf_counter() - start) * 1000)
        # This process's own CPU time: on a machine shared with other work, what the
        # query costs here apart from waiting for a core (SQLite runs in this process;
        # PostgreSQL's own work is in its server's).
        cpu.append((time.process_time() - start_cpu) * 1000)
        empty += not results.hits
    suggestion_times = []
    for text, language in suggested:
        start = time.perf_counter()
        suggest_headlines(text, language)
        suggestion_times.append((time.perf_counter() - start) * 1000)
    print(
        f"[{backend}] results:     p50 {statistics.median(times):6.1f} ms  "
        f"p95 {percentile(times, 0.95):6.1f} ms  (target p95 <= {RESULTS_P95_MS} ms; "
        f"{QUERIES - empty}/{QUERIES} queries found stories)"
    )
    print(
        f"[{backend}] results, this process's CPU time: p50 {statistics.median(cpu):6.1f} ms  "
        f"p95 {percentile(cpu, 0.95):6.1f} ms; load average {os.getloadavg()[0]:.1f} on "
        f"{os.cpu_count()} cores"
    )
    print(
        f"[{backend}] suggestions: p50 {statistics.median(suggestion_times):6.1f} ms  "
        f"p95 {percentile(suggestion_times, 0.95):6.1f} ms  (target p95 <= {SUGGESTIONS_P95_MS} ms)"
    )


def fresh_database(backend: str) -> str:
    if backend == "sqlite":
        path = ROOT / "var" / "bench-search.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    import psycopg

    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{POSTGRES_NAME}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{POSTGRES_NAME}"')
    return POSTGRES_ADMIN.rsplit("/", 1)[0] + f"/{POSTGRES_NAME}"


def main() -> None:
    if len(sys.argv) > 1:
        sys.path.insert(0, str(ROOT))
        run_backend(sys.argv[1])
        return
    print(
        f"Search benchmark: {STORIES} stories of about {WORDS_PER_STORY} words, {QUERIES} queries"
    )
    for backend in BACKENDS:
        env = {
            **os.environ,
            "DATABASE_URL": fresh_database(backend),
            "DJANGO_SETTINGS_MODULE": "masthead.settings.test",
        }
        subprocess.run([sys.executable, __file__, backend], cwd=ROOT, env=env, check=True)


if __name__ == "__main__":
    main()
