"""bin/supervise: what keeps each of bin/run-production's processes running."""

import os
import re
import signal
import subprocess
import time

import pytest

from conftest import ROOT
from masthead.tests.processes import group_ends


@pytest.fixture
def supervise(tmp_path):
    """Start bin/supervise on a shell command; returns the supervisor and its pid file."""
    started = []

    def supervise(command: str) -> tuple[subprocess.Popen, object]:
        pidfile = tmp_path / "thing.pid"
        supervisor = subprocess.Popen(
            [
                "bin/supervise",
                "thing",
                str(pidfile),
                str(tmp_path / "thing.log"),
                "sh",
                "-c",
                command,
            ],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        started.append(supervisor)
        return supervisor, pidfile

    yield supervise
    for supervisor in started:
        if supervisor.poll() is None:
            os.killpg(supervisor.pid, signal.SIGKILL)
        supervisor.wait(timeout=10)


def test_a_command_that_exits_is_started_again_and_the_restart_is_told_on_stderr(
    supervise, tmp_path
):
    supervisor, _ = supervise(f"echo started >> {tmp_path}/starts; exit 3")

    line = supervisor.stderr.readline()

    assert "thing" in line and "exited with status 3" in line and "restarting in 1 s" in line
    deadline = time.monotonic() + 5
    while (tmp_path / "starts").read_text().count("started") < 2:
        assert time.monotonic() < deadline, "not started again"
        time.sleep(0.1)


def test_a_command_that_keeps_dying_at_once_waits_longer_and_longer(supervise):
    supervisor, _ = supervise("exit 1")

    pauses = [
        int(re.search(r"restarting in (\d+) s", supervisor.stderr.readline()).group(1))
        for _ in range(3)
    ]

    assert pauses == [1, 2, 4]


def test_sigterm_stops_the_command_and_its_group_then_the_supervisor(supervise):
    supervisor, pidfile = supervise("sleep 60 & sleep 60")
    deadline = time.monotonic() + 5
    while not pidfile.exists():
        assert time.monotonic() < deadline, "the command was not started"
        time.sleep(0.05)
    command = int(pidfile.read_text())

    supervisor.terminate()

    assert supervisor.wait(timeout=5) == 0
    assert group_ends(command, seconds=2)
