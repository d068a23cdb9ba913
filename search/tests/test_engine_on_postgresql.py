"""The engine's tests again, on PostgreSQL: both backends must find the same stories in
the same order. pytest-django builds its test database on the local server."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from conftest import port_open, service_unavailable

ROOT = Path(__file__).resolve().parents[2]
ENGINE_TESTS = [
    "search/tests/test_engine_matching.py",
    "search/tests/test_engine_results.py",
    "search/tests/test_engine_indexing.py",
    "search/tests/test_engine_bad_input.py",
]


@pytest.mark.postgres
def test_the_engine_tests_pass_on_postgresql():
    if not port_open("127.0.0.1", 5432):
        service_unavailable("PostgreSQL is not answering on 127.0.0.1:5432")
    env = {
        **os.environ,
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres",
        "MASTHEAD_TEST_DB": f"masthead_engine_test_{uuid.uuid4().hex[:8]}",
    }
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *ENGINE_TESTS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert run.returncode == 0, run.stdout[-5000:] + run.stderr[-2000:]
