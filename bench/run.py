"""The benchmark suite: `make bench`.

Brings up the production stack (bin/run-production) on its own PostgreSQL
database, fills it to BENCH_ARTICLES articles (default 100,000; reused on later
runs), and measures each scenario with wrk from 127.0.0.1 in one run, printing
requests/s, p50 and p99, and each one's ratio to the reference: an nginx of its own
tuned to serve one static file (bench/static-nginx.conf.template) sending the same
article's bytes. The former reference, the production nginx's /static/ location, is
measured and its ratio printed too.

Environment: BENCH_ARTICLES, BENCH_SECONDS (per scenario, default 10),
BENCH_CONNECTIONS (default 32), BENCH_REPEATS (default 3; medians are printed),
PORT (default 8380, HTTPS; the stack's app server uses PORT + 1, the reference nginx PORT + 2,
the stack's plain HTTP redirect PORT + 3).
"""

import json
import os
import re
import shutil
import signal
import ssl
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
PORT = int(os.environ.get("PORT", "8380"))
APP_PORT = PORT + 1
REFERENCE_PORT = PORT + 2
HTTP_PORT = PORT + 3
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
            "HTTP_PORT": str(HTTP_PORT),
            "DATABASE_URL": DATABASE_URL,
            "MASTHEAD_PRODUCTION_VAR": str(VAR),
            "DJANGO_SETTINGS_MODULE": "masthead.settings.production",
            "SECURE_SSL_REDIRECT": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
            # wrk is one client: past the per-client limits every answer would be a quick 429.
            "API_REQUESTS_PER_WINDOW": "1000000000",
            "SEARCH_REQUESTS_PER_MINUTE": "1000000000",
        }
    )
    return env


def fetch(url: str) -> bytes:
    # The stack's own certificate, made on its first run (bin/run-production).
    context = ssl.create_default_context()
    if (VAR / "tls" / "certificate.pem").exists():
        context.load_verify_locations(VAR / "tls" / "certificate.pem")
    with urllib.request.urlopen(url, timeout=30, context=context) as response:  # noqa: S310 (loopback only)
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


def manage(*args: str, edge: bool = False, demo: bool = False) -> str:
    env = stack_env()
    if demo:  # the demo's commands are only in this variant of the production settings
        env["DJANGO_SETTINGS_MODULE"] = "masthead.settings.production_demo"
    env["DJANGO_SECRET_KEY"] = (VAR / "secret_key").read_text().strip()
    if edge:  # as bin/run-production's own processes: a change refreshes nginx's copies
        env["PAGE_CACHE_EDGE_URL"] = f"https://127.0.0.1:{PORT}"
        env["PAGE_CACHE_EDGE_CA"] = str(VAR / "tls" / "certificate.pem")
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout


def shell(code: str) -> str:
    return manage("shell", "-c", code, edge=True).strip().splitlines()[-1]


def to_ms(value: str) -> float:
    """wrk's latency ("812.00us", "3.20ms", "1.05s", "2.00m") in milliseconds."""
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value)
    if match is None:
        sys.exit(f"cannot read wrk's latency {value!r}")
    number, unit = match.groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


# A made-up session cookie must not skip the caches: readers' hits, measured with one.
JUNK_SESSION = ["-H", "Cookie: sessionid=made-up-by-a-reader"]
RANDOM_QUERY = ["-s", str(ROOT / "bench" / "random_query.lua")]
# The same script sending the plain path: what the random query strings are compared with,
# since building requests in Lua costs wrk (on the same two cores) throughput too.
SAME_QUERY = [*RANDOM_QUERY, "--", "same"]
# Renders are measured one request at a time: with 32 waiting, p50 would be the queue's
# length, not what a render costs. (Two connections are not one per worker: granian may
# give both to the same worker, which then answers them in turn.)
RENDER_CONNECTIONS = 1


def wrk(
    name: str, url: str, extra: list[str] | None = None, connections: int = CONNECTIONS
) -> Result:
    # Options go before the URL; a script's own arguments after it, following "--".
    extra = extra or []
    options, script_arguments = (
        (extra[: extra.index("--")], extra[extra.index("--") :]) if "--" in extra else (extra, [])
    )
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
                *options,
                url,
                *script_arguments,
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


def editor_cookie() -> list[str]:
    """wrk's header for an editor: a real session and the editor cookie, so both caches
    let the request through and the app renders, as it does for the newsroom."""
    session, token = shell(
        "from django.conf import settings; from importlib import import_module; "
        "from django.contrib.auth import get_user_model, SESSION_KEY, BACKEND_SESSION_KEY, "
        "HASH_SESSION_KEY; from pagecache.editors import editor_bypass_token; "
        "User = get_user_model(); "
        "user = User.objects.filter(username='bench-editor').first() or "
        "User.objects.create_superuser('bench-editor', 'bench@example.com', None); "
        "s = import_module(settings.SESSION_ENGINE).SessionStore(); "
        "s.update({SESSION_KEY: str(user.pk), BACKEND_SESSION_KEY: settings.AUTHENTICATION_BACKENDS[0], "
        "HASH_SESSION_KEY: user.get_session_auth_hash()}); s.create(); "
        "print(s.session_key, editor_bypass_token())"
    ).split()
    return ["-H", f"Cookie: sessionid={session}; masthead_editor={token}"]


def publish_to_visible(base: str) -> float:
    """Seconds from a story's publication (its commit) to its headline on the home page
    through nginx, watched while the publishing process still runs."""
    headline = f"Benchmark story {time.time_ns()}"
    seen: list[float] = []

    def watch() -> None:
        deadline = time.time() + 30
        while not seen and time.time() < deadline:
            if headline.encode() in fetch(f"{base}/en/"):
                seen.append(time.time())
            time.sleep(0.01)

    watcher = threading.Thread(target=watch)
    watcher.start()
    published = float(
        shell(
            "import time; from news.models import SectionPage; "
            "from news.tests.factories import make_article; "
            f"make_article(SectionPage.objects.filter(locale__language_code='en').first(), {headline!r})"
            "; print(time.time())"
        )
    )
    watcher.join()
    if not seen:
        sys.exit("a published story did not appear on the home page within 30 s")
    return seen[0] - published


def start_reference(article: bytes) -> subprocess.Popen:
    """The tuned static nginx, serving the article's bytes as /article.html."""
    var = VAR / "reference"
    for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi", "root"):
        (var / name).mkdir(parents=True, exist_ok=True)
    (var / "root" / "article.html").write_bytes(article)
    template = (ROOT / "bench" / "static-nginx.conf.template").read_text()
    config = var / "nginx.conf"
    config.write_text(
        template.replace("@VAR@", str(var))
        .replace("@PORT@", str(REFERENCE_PORT))
        .replace("@ROOT@", str(var / "root"))
    )
    server = subprocess.Popen(
        ["nginx", "-p", str(var), "-c", str(config), "-g", "daemon off;"],
        start_new_session=True,
    )
    wait_until_up(f"http://127.0.0.1:{REFERENCE_PORT}/article.html", server, 30)
    return server


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
    base, app = f"https://127.0.0.1:{PORT}", f"http://127.0.0.1:{APP_PORT}"
    reference_server = None
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
            print(manage("generate_articles", str(ARTICLES - have), demo=True).strip(), flush=True)
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
        article_bytes = fetch(f"{app}{article}")
        (static_root / "bench").mkdir(exist_ok=True)
        (static_root / "bench" / "article.html").write_bytes(article_bytes)
        reference_server = start_reference(article_bytes)
        # The API's list and one story, and the same bytes from the tuned nginx beside them.
        api_list = "/api/v1/editions/en/stories/"
        api_story = f"/api/v1/stories/{json.loads(fetch(f'{app}{api_list}'))['stories'][0]['id']}/"
        reference_root = VAR / "reference" / "root"
        (reference_root / "api-list.json").write_bytes(fetch(f"{app}{api_list}"))
        (reference_root / "api-story.json").write_bytes(fetch(f"{app}{api_story}"))
        editor = editor_cookie()
        scenarios = [
            (
                REFERENCE,
                f"http://127.0.0.1:{REFERENCE_PORT}/article.html",
                None,
            ),
            (FORMER_REFERENCE, f"{base}/static/bench/article.html", None),
            (CACHED, f"{base}{article}", None),
            (f"{CACHED}, made-up sessionid", f"{base}{article}", JUNK_SESSION),
            (f"{CACHED}, a new ?utm= each", f"{base}{article}", RANDOM_QUERY),
            (f"{CACHED}, plain, same Lua script", f"{base}{article}", SAME_QUERY),
            (APP_ALONE, f"{app}{article}", None),
            (API_LIST_REFERENCE, f"http://127.0.0.1:{REFERENCE_PORT}/api-list.json", None),
            (API_LIST_CACHED, f"{base}{api_list}", None),
            (API_STORY_REFERENCE, f"http://127.0.0.1:{REFERENCE_PORT}/api-story.json", None),
            (API_STORY_CACHED, f"{base}{api_story}", None),
        ]
        renders = [
            ("API story list uncached", f"{app}{api_list}"),
            ("API story uncached", f"{app}{api_story}"),
            ("article uncached", f"{app}{article}"),
            ("home uncached", f"{app}/en/"),
            ("section page 1 uncached", f"{app}{section}"),
            (f"section page {deep_page} uncached", f"{app}{section}?page={deep_page}"),
        ]
        results = [wrk(name, url, extra) for name, url, extra in scenarios]
        results += [wrk(name, url, editor, RENDER_CONNECTIONS) for name, url in renders]
        visible = statistics.median(publish_to_visible(base) for _ in range(3))
        memory = worker_memory_mb()
    finally:
        if reference_server is not None:
            os.killpg(reference_server.pid, signal.SIGTERM)
            reference_server.wait(timeout=30)
        os.killpg(stack.pid, signal.SIGTERM)
        stack.wait(timeout=60)
    report(results, visible, memory)


REFERENCE = "reference: tuned nginx, the article as a static file"
FORMER_REFERENCE = "former reference: the stack's nginx, /static/"
CACHED = "article through the stack, cached"
APP_ALONE = "article, the app alone from its cache"
API_LIST_REFERENCE = "reference: tuned nginx, the API story list's bytes"
API_LIST_CACHED = "API story list through the stack, cached"
API_STORY_REFERENCE = "reference: tuned nginx, the API story's bytes"
API_STORY_CACHED = "API story through the stack, cached"


def report(results: list[Result], visible: float, memory: list[float]) -> None:
    by_name = {result.name: result for result in results}
    reference = by_name[REFERENCE].requests_per_second
    former = by_name[FORMER_REFERENCE].requests_per_second
    print(
        f"\n{ARTICLES} articles; wrk -d{SECONDS}s, -t2 -c{CONNECTIONS} (cached) or "
        f"-t1 -c{RENDER_CONNECTIONS} (uncached, as a logged-in editor), median of {REPEATS} runs\n"
    )
    print(f"{'scenario':52} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>7} {'former':>7}")
    for result in results:
        rps = result.requests_per_second
        print(
            f"{result.name:52} {rps:9.0f} {result.p50_ms:8.2f} {result.p99_ms:8.2f} "
            f"{rps / reference:7.1%} {rps / former:7.1%}"
        )
    print(
        "(ratio: to the tuned static nginx; former: to the stack's own /static/, the "
        "reference before issue 11)"
    )
    print(f"\npublish to visible on the home page through nginx: {visible:.2f} s (median of 3)")
    print("granian processes' resident memory (MB):", ", ".join(f"{m:.0f}" for m in memory))
    cached = by_name[CACHED].requests_per_second
    junk = by_name[f"{CACHED}, made-up sessionid"].requests_per_second
    utm = by_name[f"{CACHED}, a new ?utm= each"].requests_per_second
    same = by_name[f"{CACHED}, plain, same Lua script"].requests_per_second
    deep, first = results[-1], by_name["section page 1 uncached"]
    targets = [
        ("stack cached >= 70% of the reference", f"{cached / reference:.1%}"),
        ("(against the former reference)", f"{cached / former:.1%}"),
        ("made-up sessionid >= 90% of stack cached", f"{junk / cached:.1%}"),
        ("a new ?utm= each >= 90% of the same script without", f"{utm / same:.1%}"),
        (
            "app alone from its cache >= 20% of the reference",
            f"{by_name[APP_ALONE].requests_per_second / reference:.1%}",
        ),
        ("uncached article p50 <= 15 ms", f"{by_name['article uncached'].p50_ms:.1f}"),
        ("deep section page p50 <= 1.5x page 1", f"{deep.p50_ms / first.p50_ms:.2f}x"),
        ("publish to visible <= 0.5 s", f"{visible:.2f}"),
        (
            "API list cached >= 70% of nginx, same bytes",
            f"{by_name[API_LIST_CACHED].requests_per_second / by_name[API_LIST_REFERENCE].requests_per_second:.1%}",
        ),
        (
            "API story cached >= 70% of nginx, same bytes",
            f"{by_name[API_STORY_CACHED].requests_per_second / by_name[API_STORY_REFERENCE].requests_per_second:.1%}",
        ),
        (
            "API story list uncached p50 <= 10 ms",
            f"{by_name['API story list uncached'].p50_ms:.1f}",
        ),
        ("API story uncached p50 <= 10 ms", f"{by_name['API story uncached'].p50_ms:.1f}"),
        ("largest worker <= 150 MB", f"{max(memory):.0f}"),
    ]
    print("\ntargets:")
    for target, measured in targets:
        print(f"  {target:52} {measured}")


if __name__ == "__main__":
    main()
