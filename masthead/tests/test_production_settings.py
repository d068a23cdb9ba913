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


def test_the_demo_commands_are_not_installed_in_production():
    result = subprocess.run(
        [sys.executable, "manage.py", "load_demo"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert "Unknown command: 'load_demo'" in result.stderr


def test_a_local_trial_loads_the_demo_through_the_production_demo_settings():
    env = production_env(DJANGO_SETTINGS_MODULE="masthead.settings.production_demo")

    listed = subprocess.run(
        [sys.executable, "manage.py", "help", "--commands"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert {"load_demo", "generate_articles"} <= set(listed.stdout.split())


# What a browser gets from the production settings over HTTPS: the admin's login page, then
# logging in. Static files are not what is looked at here, and collectstatic has not run.
RESPONSES_SCRIPT = """
import json
from django.contrib.auth import get_user_model
from django.test import Client, override_settings
get_user_model().objects.filter(username="cookie-editor").delete()
get_user_model().objects.create_superuser("cookie-editor", "", "a long pass phrase")
plain_static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
with override_settings(STORAGES={"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}, "staticfiles": plain_static}):
    client = Client(HTTP_HOST="news.example.org")
    login_page = client.get("/admin/login/", secure=True)
    logged_in = client.post(
        "/admin/login/", {"username": "cookie-editor", "password": "a long pass phrase"}, secure=True
    )
def flags(cookie):
    return {"Secure": bool(cookie["secure"]), "HttpOnly": bool(cookie["httponly"])}
print(json.dumps({
    "hsts": login_page.headers.get("Strict-Transport-Security"),
    "logged_in": logged_in.status_code,
    "csrf_cookie": flags(login_page.cookies["csrftoken"]),
    "session_cookie": flags(logged_in.cookies["sessionid"]),
}))
"""


@pytest.fixture(scope="module")
def production_responses(postgres_database_url) -> dict:
    return run_in_production(RESPONSES_SCRIPT, production_env(DATABASE_URL=postgres_database_url))


def test_hsts_asks_for_neither_subdomains_nor_preloading_by_default(production_responses):
    assert production_responses["hsts"] == "max-age=31536000"


def test_hsts_covers_subdomains_and_asks_for_preloading_when_the_deployer_says_so(
    postgres_database_url,
):
    env = production_env(
        DATABASE_URL=postgres_database_url,
        SECURE_HSTS_INCLUDE_SUBDOMAINS="yes",
        SECURE_HSTS_PRELOAD="true",
    )

    responses = run_in_production(RESPONSES_SCRIPT, env)

    assert responses["hsts"] == "max-age=31536000; includeSubDomains; preload"


def test_session_and_csrf_cookies_are_secure_and_hidden_from_scripts(production_responses):
    assert production_responses["logged_in"] == 302
    assert production_responses["session_cookie"] == {"Secure": True, "HttpOnly": True}
    assert production_responses["csrf_cookie"] == {"Secure": True, "HttpOnly": True}
