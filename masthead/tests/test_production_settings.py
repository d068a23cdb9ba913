"""The production profile: configured from the environment, clean under `check --deploy`."""

import secrets
import subprocess
import sys

import pytest

from conftest import ROOT, process_env


def production_env(**overrides: str) -> dict[str, str]:
    env = process_env("postgres://postgres@127.0.0.1:5432/postgres", "masthead.settings.production")
    env.update(
        {
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "REDIS_URL": "redis://127.0.0.1:6379/0",
            "ALLOWED_HOSTS": "news.example.org",
        }
    )
    env.update(overrides)
    return env


def check(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_production_profile_passes_the_deployment_checklist():
    result = check(production_env())

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["DJANGO_SECRET_KEY", "DATABASE_URL", "REDIS_URL"])
def test_the_production_profile_refuses_to_start_without_its_settings(missing):
    env = production_env()
    env.pop(missing)

    result = check(env)

    assert result.returncode != 0
    assert f"Set {missing}" in result.stderr
