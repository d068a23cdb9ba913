"""Logs a person can read during an outage: one line per event on stderr, and no flood.

Configured in settings.LOGGING. Every unhandled error in a request (django.request
logs it with the request's path) and every outage warning becomes one line: time,
level, logger, message, and the exception's type, message and the place it was
raised, with no multi-line traceback to interleave with other processes' lines.
When a dependency is down, every request fails alike; `RepeatedErrorsFilter` lets
the first such line through, then at most one per interval, counting the rest.
"""

import logging
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def flatten(text: str) -> str:
    """`text` on one line: PostgreSQL's messages, for one, span several."""
    return " ".join(text.split())


def raised_at(error: BaseException) -> str:
    """Where `error` was raised, as `path/module.py:123 in function`, the path shortened."""
    traceback = error.__traceback__
    if traceback is None:
        return "unknown place"
    while traceback.tb_next is not None:
        traceback = traceback.tb_next
    code = traceback.tb_frame.f_code
    filename = code.co_filename
    if "site-packages/" in filename:
        filename = filename.rsplit("site-packages/", 1)[1]
    elif filename.startswith(f"{ROOT}/"):
        filename = filename[len(str(ROOT)) + 1 :]
    return f"{filename}:{traceback.tb_lineno} in {code.co_name}"


def describe(error: BaseException) -> str:
    try:
        text = flatten(str(error))
    except Exception:  # the error's own __str__ failed: its type and place still tell a lot
        text = "(message unprintable)"
    return f"{type(error).__name__}: {text} (raised at {raised_at(error)})"


class OneLineFormatter(logging.Formatter):
    """`2026-12-01T09:55:00.123Z ERROR django.request: message | Error: text (raised at …)`."""

    # UTC: Django sets the process's time zone to the outlet's, and logs of machines in
    # different zones must line up.
    converter = time.gmtime

    def format(self, record: logging.LogRecord) -> str:
        moment = f"{self.formatTime(record, '%Y-%m-%dT%H:%M:%S')}.{int(record.msecs):03d}Z"
        line = f"{moment} {record.levelname} {record.name}: "
        line += flatten(record.getMessage())
        request = getattr(record, "request", None)
        path = getattr(request, "path", None)
        if path and path not in line:
            line += f" [{path}]"
        if record.exc_info and record.exc_info[1] is not None:
            line += f" | {describe(record.exc_info[1])}"
        held_back = getattr(record, "repeats_held_back", 0)
        if held_back:
            seconds = getattr(record, "repeats_seconds", 0.0)
            line += f" ({held_back} more like it held back in the last {seconds:.0f} s)"
        return line


@dataclass
class Run:
    """A run of identical records: when one was last let through, and how many since."""

    passed_at: float
    held_back: int = 0


class RepeatedErrorsFilter(logging.Filter):
    """Lets the first of identical warnings or errors through, then one per `seconds`.

    Records with an exception are identical when the exception's type and message
    are, whatever the request: during an outage every page fails with the same
    "connection refused". Others when their message is. The line let through after
    a pause says how many were held back. Records below WARNING always pass.
    """

    most_remembered = 1000

    def __init__(self, seconds: float = 60.0, name: str = ""):
        super().__init__(name)
        self.seconds = seconds
        self.runs: dict[tuple, Run] = {}
        self.lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        try:
            key = self.key(record)
        except Exception:
            # A filter's error would reach the code that logged (the request being answered);
            # an unprintable record is the handler's to report, as logging does.
            return True
        now = time.monotonic()
        with self.lock:
            run = self.runs.get(key)
            if run is not None and now - run.passed_at < self.seconds:
                run.held_back += 1
                return False
            if run is not None:
                record.repeats_held_back = run.held_back
                record.repeats_seconds = now - run.passed_at
            self.forget_old_runs(now)
            self.runs[key] = Run(passed_at=now)
            return True

    @staticmethod
    def key(record: logging.LogRecord) -> tuple:
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            return (type(error).__module__, type(error).__qualname__, str(error))
        return (record.name, record.levelno, record.getMessage())

    def forget_old_runs(self, now: float) -> None:
        # Bounded memory however many different messages come: drop the runs that are over.
        if len(self.runs) >= self.most_remembered:
            self.runs = {
                key: run for key, run in self.runs.items() if now - run.passed_at < self.seconds
            }


class StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time, as logging's last resort does.

    A handler holding the stream it was configured with would miss a replaced
    sys.stderr (a test's capture, a server that redirects it after start-up).
    """

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass
