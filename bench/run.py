"""The benchmark suite: `make bench`.

Brings up the production stack (bin/run-production) on its own PostgreSQL
database, fills it to BENCH_ARTICLES articles (default 100,000; reused on later
runs), and measures each scenario with wrk from 127.0.0.1 in one run, printing
requests/s, p50 and p99, and each one's ratio to the reference: nginx serving
the same article's bytes as a static file.

Environment: BENCH_ARTICLES, BENCH_SECONDS (per scenario, default 10),
BENCH_CONNECTIONS (default 32), BENCH_REPEATS (default 3; medians are printed),
PORT (default 8380).
"""

import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
PORT = int(os.environ.get("PORT", "8380"))
APP_PORT = PORT + 1
ARTICLES = int(os.environ.get("BENCH_ARTICLES", "100000"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "32"))
REPEATS = int(os.environ.get("BENCH_REPEATS", "3"))
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/masthead_bench"
)
VAR = ROOT / "var" / "bench"


@dataclass
class Result:
    name: str
    requests_per_second: float
    p50_ms: float
    p99_ms: float


def stack_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "PORT": str(PORT),
            "APP_PORT": str(APP_PORT),
            "DATABASE_URL": DATABASE_URL,
            "MASTHEAD_PRODUCTION_VAR": str(VAR),
            "DJANGO_SETTINGS_MODULE": "masthead.settings.production",
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_COOKIES": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
        }
    )
    return env


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (loopback only)
        return response.read()


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 600) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit("bin/run-production stopped; see var/bench/*.log")
        try:
            fetch(url)
            return
        except OSError:
            time.sleep(0.5)
    sys.exit("the stack did not come up")


def manage(*args: str) -> str:
    env = stack_env()
    env["DJANGO_SECRET_KEY"] = (VAR / "secret_key").read_text().strip()
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout


def shell(code: str) -> str:
    return manage("shell", "-c", code).strip().splitlines()[-1]


def to_ms(value: str) -> float:
    """wrk's latency ("812.00us", "3.20ms", "1.05s", "2.00m") in milliseconds."""
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value)
    if match is None:
        sys.exit(f"cannot read wrk's latency {value!r}")
    number, unit = match.groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


# A session cookie makes the app skip its page cache and render (plus one session lookup).
UNCACHED = ["-H", "Cookie: sessionid=benchmark"]
# Renders are measured one request at a time: with 32 waiting, p50 would be the queue's
# length, not what a render costs. (Two connections are not one per worker: granian may
# give both to the same worker, which then answers them in turn.)
RENDER_CONNECTIONS = 1


def wrk(
    name: str, url: str, extra: list[str] | None = None, connections: int = CONNECTIONS
) -> Result:
    runs = []
    for _ in range(REPEATS):
        output = subprocess.run(
            [
                "wrk",
                f"-t{min(2, connections)}",
                f"-c{connections}",
                f"-d{SECONDS}s",
                "--timeout",
                "30s",
                "--latency",
                *(extra or []),
                url,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if "Non-2xx" in output:
            sys.exit(f"{name}: {url} answered errors:\n{output}")
        runs.append(
            Result(
                name,
                float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
                to_ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1)),
                to_ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1)),
            )
        )
    return Result(
        name,
        statistics.median(r.requests_per_second for r in runs),
        statistics.median(r.p50_ms for r in runs),
        statistics.median(r.p99_ms for r in runs),
    )


def publish_to_visible(base: str) -> float:
    """Seconds from publishing a story to its headline on the home page, through nginx."""
    headline = f"Benchmark story {time.time_ns()}"
    shell(
        "from news.models import SectionPage; from news.tests.factories import make_article; "
        f"make_article(SectionPage.objects.filter(locale__language_code='en').first(), {headline!r})"
        "; print('ok')"
    )
    published = time.monotonic()
    while headline.encode() not in fetch(f"{base}/en/"):
        if time.monotonic() - published > 30:
            sys.exit("a published story did not appear on the home page within 30 s")
        time.sleep(0.05)
    return time.monotonic() - published


def worker_memory_mb() -> list[float]:
    output = subprocess.run(["ps", "-eo", "rss,args"], capture_output=True, text=True).stdout
    return [
        int(line.split()[0]) / 1024
        for line in output.splitlines()
        if "granian" in line and f"--port {APP_PORT}" in line
    ]


def main() -> None:
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install wrk")
    VAR.mkdir(parents=True, exist_ok=True)
    base, app = f"http://127.0.0.1:{PORT}", f"http://127.0.0.1:{APP_PORT}"
    stack = subprocess.Popen(
        ["bin/run-production"],
        cwd=ROOT,
        env=stack_env(),
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(f"{base}/en/", stack)
        have = int(shell("from news.models import ArticlePage; print(ArticlePage.objects.count())"))
        if have < ARTICLES:
            print(f"generating {ARTICLES - have} articles ...", flush=True)
            print(manage("generate_articles", str(ARTICLES - have)).strip(), flush=True)
        article = shell(
            "from news.models import ArticlePage; "
            "print(ArticlePage.objects.live().filter(locale__language_code='en', body__isnull=False)"
            ".exclude(cover_image=None).order_by('-published_at').first().url)"
        )
        section, last_page = shell(
            "from news.models import SectionPage, ArticlePage; import math; "
            "s = SectionPage.objects.filter(locale__language_code='en').first(); "
            "print(s.url, math.ceil(ArticlePage.objects.live().filter(section=s).count() / 12))"
        ).split()
        deep_page = min(1000, int(last_page))
        static_root = Path(
            manage("shell", "-c", "from django.conf import settings; print(settings.STATIC_ROOT)")
            .strip()
            .splitlines()[-1]
        )
        (static_root / "bench").mkdir(exist_ok=True)
        (static_root / "bench" / "article.html").write_bytes(fetch(f"{app}{article}"))
        scenarios = [
            (
                "reference: nginx, the article as a static file",
                f"{base}/static/bench/article.html",
                None,
            ),
            ("article through the stack, cached", f"{base}{article}", None),
            ("article, the app alone from its cache", f"{app}{article}", None),
        ]
        renders = [
            ("article uncached", f"{app}{article}"),
            ("home uncached", f"{app}/en/"),
            ("section page 1 uncached", f"{app}{section}"),
            (f"section page {deep_page} uncached", f"{app}{section}?page={deep_page}"),
        ]
        results = [wrk(name, url, extra) for name, url, extra in scenarios]
        results += [wrk(name, url, UNCACHED, RENDER_CONNECTIONS) for name, url in renders]
        visible = statistics.median(publish_to_visible(base) for _ in range(3))
        memory = worker_memory_mb()
    finally:
        os.killpg(stack.pid, signal.SIGTERM)
        stack.wait(timeout=60)

    reference = results[0].requests_per_second
    print(
        f"\n{ARTICLES} articles; wrk -d{SECONDS}s, -t2 -c{CONNECTIONS} (cached) or "
        f"-t1 -c{RENDER_CONNECTIONS} (uncached), median of {REPEATS} runs\n"
    )
    print(f"{'scenario':52} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>7}")
    for result in results:
        ratio = result.requests_per_second / reference
        print(
            f"{result.name:52} {result.requests_per_second:9.0f} {result.p50_ms:8.2f} {result.p99_ms:8.2f} {ratio:7.1%}"
        )
    print(f"\npublish to visible on the home page through nginx: {visible:.2f} s (median of 3)")
    print("granian processes' resident memory (MB):", ", ".join(f"{m:.0f}" for m in memory))
    by_name = {result.name: result for result in results}
    deep, first = results[-1], by_name["section page 1 uncached"]
    print(
        "\ntargets: stack cached >= 70% of the reference "
        f"({by_name['article through the stack, cached'].requests_per_second / reference:.1%}); "
        "app alone from its cache >= 20% "
        f"({by_name['article, the app alone from its cache'].requests_per_second / reference:.1%}); "
        f"uncached article p50 <= 15 ms ({by_name['article uncached'].p50_ms:.1f}); "
        f"deep section page p50 <= 1.5x page 1 ({deep.p50_ms / first.p50_ms:.2f}x); "
        f"publish to visible <= 1 s ({visible:.2f}); "
        f"each worker <= 150 MB ({max(memory):.0f})"
    )


if __name__ == "__main__":
    main()
