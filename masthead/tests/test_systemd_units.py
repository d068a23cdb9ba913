"""deploy/systemd: the units that keep the app server, the worker and nginx running."""

import configparser
import re
import shlex
import shutil
import subprocess

import pytest

from conftest import ROOT

UNITS = ROOT / "deploy" / "systemd"
INSTALLED_AT = "/srv/masthead"


def unit(name: str) -> configparser.ConfigParser:
    # Units may repeat a key (Environment=); only the keys read here must be single.
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read_string(re.sub(r"\\\n\s*", " ", (UNITS / name).read_text()))
    return parser


def exec_start(name: str) -> list[str]:
    return shlex.split(unit(name)["Service"]["ExecStart"])


def run_production_granian_options() -> set[str]:
    script = (ROOT / "bin" / "run-production").read_text()
    command = re.search(r'"\$ROOT/\.venv/bin/granian"(.*?)masthead\.wsgi', script, re.S).group(1)
    return {word for word in command.split() if word.startswith("--")}


@pytest.mark.parametrize(
    "name", ["masthead-app.service", "masthead-worker.service", "masthead-nginx.service"]
)
def test_each_unit_is_restarted_whenever_it_stops_and_never_given_up_on(name):
    parsed = unit(name)

    assert parsed["Service"]["Restart"] in ("always", "on-failure")
    assert parsed["Service"]["RestartSec"]
    assert parsed["Unit"]["StartLimitIntervalSec"] == "0"


@pytest.mark.parametrize(
    "name", ["masthead-app.service", "masthead-worker.service", "masthead-nginx.service"]
)
def test_each_unit_runs_hardened_writing_only_under_var_lib_masthead(name):
    service = unit(name)["Service"]

    assert service["NoNewPrivileges"] == "yes"
    assert service["ProtectSystem"] == "strict"
    assert service["PrivateTmp"] == "yes"
    assert all(path.startswith("/var/lib/masthead") for path in service["ReadWritePaths"].split())


def test_the_app_unit_runs_granian_on_the_wsgi_application_as_run_production_does():
    command = exec_start("masthead-app.service")

    assert command[0] == f"{INSTALLED_AT}/.venv/bin/granian"
    assert command[-1] == "masthead.wsgi:application"
    assert {word for word in command if word.startswith("--")} == run_production_granian_options()


def test_the_worker_unit_runs_manage_py_run_worker():
    assert exec_start("masthead-worker.service") == [
        f"{INSTALLED_AT}/.venv/bin/python",
        f"{INSTALLED_AT}/manage.py",
        "run_worker",
    ]


def test_the_app_and_the_worker_read_the_same_settings_as_the_same_dedicated_user():
    app, worker = (
        unit("masthead-app.service")["Service"],
        unit("masthead-worker.service")["Service"],
    )

    assert app["EnvironmentFile"] == worker["EnvironmentFile"] == "/etc/masthead/masthead.env"
    assert app["User"] == worker["User"] == "masthead"
    assert app["WorkingDirectory"] == worker["WorkingDirectory"] == INSTALLED_AT


def test_the_nginx_unit_runs_nginx_in_the_foreground_instead_of_debians_service():
    parsed = unit("masthead-nginx.service")
    command = exec_start("masthead-nginx.service")

    assert command[0] == "/usr/sbin/nginx"
    assert command[command.index("-g") + 1] == "daemon off;"
    assert parsed["Unit"]["Conflicts"] == "nginx.service"


def test_systemd_finds_nothing_wrong_with_the_units(tmp_path):
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed (Debian's systemd package)")
    # Where this checkout is stands in for /srv/masthead, so the executables exist.
    for path in UNITS.glob("*.service"):
        (tmp_path / path.name).write_text(path.read_text().replace(INSTALLED_AT, str(ROOT)))

    verified = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *sorted(map(str, tmp_path.glob("*.service")))],
        capture_output=True,
        text=True,
    )

    assert (verified.returncode, verified.stderr) == (0, "")
