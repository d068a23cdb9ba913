"""deploy/systemd's backup timer: a nightly `manage.py backup` as the site's own user."""

import shutil
import subprocess

import pytest

from conftest import ROOT
from masthead.tests.test_systemd_units import INSTALLED_AT, UNITS, exec_start, unit


def test_the_timer_starts_the_backup_every_night_and_catches_up_after_downtime():
    timer = unit("masthead-backup.timer")["Timer"]

    assert timer["OnCalendar"].startswith("*-*-* ")
    assert timer["Persistent"] == "true"


def test_the_backup_unit_runs_manage_py_backup_into_var_lib_masthead_as_the_worker_does():
    backup, worker = (
        unit("masthead-backup.service")["Service"],
        unit("masthead-worker.service")["Service"],
    )

    assert exec_start("masthead-backup.service")[:3] == [
        f"{INSTALLED_AT}/.venv/bin/python",
        f"{INSTALLED_AT}/manage.py",
        "backup",
    ]
    assert "BACKUP_DIR=/var/lib/masthead/backups" in backup["Environment"]
    for key in ("User", "EnvironmentFile", "WorkingDirectory", "ReadWritePaths", "ProtectSystem"):
        assert backup[key] == worker[key]


def test_systemd_finds_nothing_wrong_with_the_backup_units(tmp_path):
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed (Debian's systemd package)")
    for name in ("masthead-backup.service", "masthead-backup.timer"):
        (tmp_path / name).write_text((UNITS / name).read_text().replace(INSTALLED_AT, str(ROOT)))

    verified = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *sorted(map(str, tmp_path.iterdir()))],
        capture_output=True,
        text=True,
    )

    assert (verified.returncode, verified.stderr) == (0, "")
