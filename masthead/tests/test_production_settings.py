"""The production profile: configured from the environment, clean under `check --deploy`."""

import json
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


def run_in_production(script: str, env: dict[str, str]) -> dict:
    """Run Python in `manage.py shell` on the production settings; the JSON it printed last."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v0", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


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


MEDIA_SCRIPT = """
import json
from django.conf import settings
from django.core.files.storage import default_storage
print(json.dumps({
    "storage": settings.STORAGES["default"],
    "media_url": settings.MEDIA_URL,
    "img_src": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
    "url": default_storage.url("original_images/harbour.jpg"),
}))
"""


def test_media_goes_to_object_storage_when_a_bucket_is_named():
    env = production_env(
        MEDIA_S3_BUCKET="meridian-media",
        MEDIA_S3_REGION="eu-central-1",
        MEDIA_S3_ENDPOINT_URL="https://objects.example.net",
        MEDIA_S3_CUSTOM_DOMAIN="media.example.org",
    )

    result = run_in_production(MEDIA_SCRIPT, env)

    assert result["storage"] == {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": "meridian-media",
            "region_name": "eu-central-1",
            "endpoint_url": "https://objects.example.net",
            "custom_domain": "media.example.org",
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }
    assert result["url"] == "https://media.example.org/original_images/harbour.jpg"
    assert result["media_url"] == "https://media.example.org/"
    assert "https://media.example.org/" in result["img_src"]


@pytest.mark.parametrize(
    ("storage_env", "media_url"),
    [
        ({"MEDIA_S3_REGION": "eu-central-1"}, "https://meridian-media.s3.amazonaws.com/"),
        (
            {"MEDIA_S3_ENDPOINT_URL": "https://objects.example.net"},
            "https://objects.example.net/meridian-media/",
        ),
    ],
    ids=["AWS", "another service"],
)
def test_without_a_custom_domain_media_url_names_where_the_bucket_serves_from(
    storage_env, media_url
):
    env = production_env(MEDIA_S3_BUCKET="meridian-media", MEDIA_URL=media_url, **storage_env)

    result = run_in_production(MEDIA_SCRIPT, env)

    # What README tells operators to set is where the files' URLs point, and CSP allows it.
    assert result["url"] == media_url + "original_images/harbour.jpg"
    assert media_url in result["img_src"]


def test_object_storage_without_an_https_origin_for_its_images_refuses_to_start():
    env = production_env(MEDIA_S3_BUCKET="meridian-media")
    env.pop("MEDIA_URL", None)
    env.pop("MEDIA_S3_CUSTOM_DOMAIN", None)

    result = check(env)

    assert result.returncode != 0
    assert "Set MEDIA_S3_CUSTOM_DOMAIN" in result.stderr


def test_the_production_profile_with_object_storage_passes_the_deployment_checklist():
    result = check(
        production_env(MEDIA_S3_BUCKET="meridian-media", MEDIA_S3_CUSTOM_DOMAIN="media.example.org")
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


CACHES_SCRIPT = """
import json
from django.conf import settings
print(json.dumps({"caches": settings.CACHES, "sessions": settings.SESSION_ENGINE,
                  "middleware": settings.MIDDLEWARE}))
"""


def test_the_production_profile_uses_the_caches_that_survive_redis_going_away():
    from masthead.settings.base import redis_caches

    result = run_in_production(CACHES_SCRIPT, production_env())

    assert result["caches"] == redis_caches("redis://127.0.0.1:6379/0")
    assert result["caches"]["default"]["BACKEND"] == "masthead.redis_cache.RedisCache"
    assert result["caches"]["pagecache"]["BACKEND"] == "masthead.redis_cache.StrictRedisCache"
    assert result["sessions"] == "django.contrib.sessions.backends.cached_db"


def test_the_production_profile_gives_editors_their_cookie_once_they_are_known():
    middleware = run_in_production(CACHES_SCRIPT, production_env())["middleware"]

    authentication = middleware.index("django.contrib.auth.middleware.AuthenticationMiddleware")
    assert middleware.index("pagecache.middleware.EditorCookieMiddleware") > authentication
