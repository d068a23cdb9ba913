"""Running the backup commands, and the content census, as separate processes."""

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, manage, process_env

SETTINGS = "backups.tests.settings"


def env_for(database_url: str, media_root: Path) -> dict[str, str]:
    env = process_env(database_url, SETTINGS)
    env["MEDIA_ROOT"] = str(media_root)
    return env


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """manage.py as an operator runs it; unlike conftest's manage(), a failure is returned."""
    return manage(*args, env=env, check=False)


def content_of(env: dict[str, str], action: str = "census") -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "backups.tests.content", action],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(done.stdout) if action == "census" else {}
