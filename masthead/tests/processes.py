"""Process groups as /proc shows them, for the tests that kill and supervise processes."""

import contextlib
import time
from pathlib import Path


def group_ends(group: int, seconds: float) -> bool:
    """Whether no process of `group` is left running within `seconds`."""
    deadline = time.monotonic() + seconds
    while group in running_process_groups():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def running_process_groups() -> set[int]:
    """The process groups of every process but zombies (killed orphans wait for PID 1 to
    reap them, which here can take a second or more)."""
    groups = set()
    for entry in Path("/proc").iterdir():
        with contextlib.suppress(OSError):
            if entry.name.isdigit():
                # /proc/PID/stat: "pid (name) state ppid pgrp ..."; the name may hold spaces.
                state, _, group = (entry / "stat").read_text().rsplit(") ", 1)[1].split()[:3]
                if state != "Z":
                    groups.add(int(group))
    return groups
