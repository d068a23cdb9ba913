"""Read beacons per second: `make bench-beacons` (`make bench` runs it too).

For each counting backend (the embedded default, SQLite without Redis; and the
production profile, PostgreSQL with Redis counters) it starts a fresh database with
one story, serves the app as production does (granian, two workers, the production settings),
and sends beacons with wrk from 127.0.0.1, every request a new reader. It prints
beacons/s, p50 and p99, then moves Redis's counters into the database as the worker
does and checks the stored total against the beacons acknowledged as counted: none
may be missing (lost), and the only extra ones allowed are those still in flight when
wrk stopped (stored, but their answer never read: at most one per connection per run).

Environment: BENCH_SECONDS (per run, default 10), BENCH_CONNECTIONS (default 16),
BENCH_REPEATS (default 3; medians are printed), PORT (default 8390).
"""

import os
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from run import to_ms

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
PORT = int(os.environ.get("PORT", "8390"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
REPEATS = int(os.environ.get("BENCH_REPEATS", "3"))
VAR = ROOT / "var" / "bench"
POSTGRES = "postgres://postgres@127.0.0.1:5432"
BACKENDS = {
    "SQLite (embedded default)": (f"sqlite:///{VAR / 'beacons.sqlite3'}", ""),
    "PostgreSQL + Redis": (f"{POSTGRES}/masthead_bench_beacons", "redis://127.0.0.1:6379/12"),
}
# The readership issue's targets on a 2-core machine, the reference each ratio is to.
TARGET_BEACONS_PER_SECOND = {"SQLite (embedded default)": 1000, "PostgreSQL + Redis": 2000}
TARGET_P99_MS = 50


def environment(database_url: str, counters_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="masthead.settings.production",
        DJANGO_SECRET_KEY="bench-only-secret-key-" + "x" * 40,
        DATABASE_URL=database_url,
        REDIS_URL="redis://127.0.0.1:6379/11",
        READERSHIP_REDIS_URL=counters_url,
        # wrk stands in for nginx too: each reader's address in X-Forwarded-For, so the
        # per-minute limit per address does not stop one machine's many readers.
        READERSHIP_TRUSTED_PROXIES="1",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
    )
    return env


def manage(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout.strip()


def shell(env: dict[str, str], code: str) -> str:
    return manage(env, "shell", "-c", code).splitlines()[-1]


def fresh_database(database_url: str, counters_url: str) -> None:
    if database_url.startswith("sqlite:///"):
        for suffix in ("", "-wal", "-shm"):
            Path(database_url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
    else:
        name = database_url.rsplit("/", 1)[1]
        for sql in (f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"'):
            subprocess.run(["psql", f"{POSTGRES}/postgres", "-qc", sql], check=True)
    if counters_url:
        subprocess.run(
            ["redis-cli", "-u", counters_url, "flushdb"], check=True, capture_output=True
        )


def serve(env: dict[str, str]) -> subprocess.Popen:
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/granian"), "--interface", "wsgi", "--host", "127.0.0.1"]
        + ["--port", str(PORT), "--workers", "2", "--blocking-threads", "1", "--no-ws"]
        + ["masthead.wsgi:application"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/readership/views?ids=1", timeout=5)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.3)
    sys.exit("the app server did not come up")


def measure(name: str, database_url: str, counters_url: str) -> dict:
    env = environment(database_url, counters_url)
    fresh_database(database_url, counters_url)
    manage(env, "migrate", "--noinput")
    article = shell(
        env,
        "from editions.setup import ensure_editions; "
        "from news.tests.factories import make_article, make_section; "
        "print(make_article(make_section(ensure_editions()['en'], 'bench'), 'Bench story').pk)",
    )
    runs, acknowledged = [], 0
    server = serve(env)
    try:
        for _ in range(REPEATS):
            output = subprocess.run(
                ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency"]
                + ["-s", str(ROOT / "bench" / "beacons.lua"), f"http://127.0.0.1:{PORT}"]
                + ["--", article, str(time.time_ns())],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            counted, errors = map(int, re.search(r"counted (\d+) errors (\d+)", output).groups())
            acknowledged += counted
            runs.append(
                (
                    float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
                    to_ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1)),
                    to_ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1)),
                    errors,
                )
            )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    stored = int(
        shell(
            env,
            "from readership.upkeep import flush_counters\n"
            "while flush_counters(): pass\n"
            f"from news.models import ArticlePage; print(ArticlePage.objects.get(pk={article}).view_count)",
        )
    )
    return {
        "name": name,
        "rps": statistics.median(run[0] for run in runs),
        "p50": statistics.median(run[1] for run in runs),
        "p99": statistics.median(run[2] for run in runs),
        "errors": sum(run[3] for run in runs),
        "acknowledged": acknowledged,
        "stored": stored,
    }


def main() -> None:
    VAR.mkdir(parents=True, exist_ok=True)
    chosen = os.environ.get("BENCH_BACKENDS", "")  # e.g. "Redis" runs only names with it
    results = [measure(name, *urls) for name, urls in BACKENDS.items() if chosen in name]
    print(
        f"\nread beacons, granian with 2 workers; wrk -t2 -c{CONNECTIONS} -d{SECONDS}s, "
        f"median of {REPEATS} runs\n"
    )
    print(
        f"{'backend':28} {'beacons/s':>10} {'target':>7} {'ratio':>6} {'p50 ms':>7} {'p99 ms':>7} "
        f"{'acknowledged':>13} {'stored':>8} {'lost':>5} {'in flight':>10} {'errors':>7}"
    )
    failed = False
    for r in results:
        target = TARGET_BEACONS_PER_SECOND[r["name"]]
        lost = max(0, r["acknowledged"] - r["stored"])
        in_flight = max(0, r["stored"] - r["acknowledged"])
        print(
            f"{r['name']:28} {r['rps']:10.0f} {target:7} {r['rps'] / target:6.0%} "
            f"{r['p50']:7.2f} {r['p99']:7.2f} {r['acknowledged']:13} {r['stored']:8} "
            f"{lost:5} {in_flight:10} {r['errors']:7}"
        )
        failed |= lost > 0 or in_flight > CONNECTIONS * REPEATS or r["errors"] > 0
    print(
        f"\ntargets: beacons/s as above, p99 under {TARGET_P99_MS} ms; 'in flight' are beacons "
        f"stored whose answer wrk never read when it stopped (at most {CONNECTIONS * REPEATS})"
    )
    if failed:
        sys.exit("a beacon was lost, failed, or counted without being sent")


if __name__ == "__main__":
    main()
