"""The cost of telling a person's browser from an automated agent: `make bench` runs it.

Every beacon asks readership.readers.is_automated_agent. It prints the median cost of
one check for a browser's and a crawler's User-Agent: the first time an agent is seen
(each sample a User-Agent not seen before, so neither memo holds it) and repeated (the
same one again, as nearly every beacon of a spike is), beside the targets.

Environment: BENCH_AGENT_SAMPLES (per figure, default 2000).
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = int(os.environ.get("BENCH_AGENT_SAMPLES", "2000"))
TARGET_FIRST_US = 1000
TARGET_REPEATED_US = 50
AGENTS = {
    "browser": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.{n}.0 Safari/537.36",
    "crawler": "Mozilla/5.0 (compatible; Barkrowler/0.{n}; +https://babbar.tech/crawler)",
}


def median_microseconds(check, agents: list[str]) -> float:
    samples = []
    for agent in agents:
        started = time.perf_counter_ns()
        check(agent)
        samples.append(time.perf_counter_ns() - started)
    return statistics.median(samples) / 1000


def main() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.test")
    import django

    django.setup()
    from readership.readers import is_automated_agent

    print(f"\nAutomated-agent check, median of {SAMPLES} checks")
    print(f"{'User-Agent':10} {'seen':9} {'µs':>8} {'target':>8}")
    for kind, template in AGENTS.items():
        first = median_microseconds(
            is_automated_agent, [template.format(n=n) for n in range(SAMPLES)]
        )
        repeated = median_microseconds(is_automated_agent, [template.format(n=0)] * SAMPLES)
        print(f"{kind:10} {'first':9} {first:8.1f} {'≤ ' + str(TARGET_FIRST_US):>8}")
        print(f"{kind:10} {'repeated':9} {repeated:8.1f} {'≤ ' + str(TARGET_REPEATED_US):>8}")


if __name__ == "__main__":
    main()
