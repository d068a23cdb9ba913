"""The progress line of a long backup or restore: at most one line a second, on stderr."""

import sys
import time
from typing import TextIO


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


class Progress:
    """Counts bytes and files; `tick` prints where things stand once a second at most.

    Quiet when `enabled` is false (-v0), so a scheduled run only speaks when it fails.
    """

    def __init__(
        self, action: str, *, enabled: bool, stream: TextIO | None = None, interval: float = 1.0
    ):
        self.action = action
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.interval = interval
        self.started = time.monotonic()
        self.last_shown = self.started
        self.bytes = 0
        self.files = 0
        self.stage = ""

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def enter(self, stage: str) -> None:
        self.stage = stage
        self.tick()

    def add(self, size: int = 0, files: int = 0) -> None:
        self.bytes += size
        self.files += files
        self.tick()

    def tick(self) -> None:
        now = time.monotonic()
        if self.enabled and now - self.last_shown >= self.interval:
            self.last_shown = now
            self.show()

    def show(self) -> None:
        self.stream.write(
            f"{self.action}: {self.stage}, {megabytes(self.bytes)}, {self.files} files, "
            f"{self.elapsed():.0f} s\n"
        )
        self.stream.flush()
