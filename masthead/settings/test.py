"""The test suite's settings: the embedded default, on a file so a worker process can share it."""

from .base import *  # noqa: F403
from .environment import env_str

SECRET_KEY = "test-only-insecure-key"  # noqa: S105 (tests only)
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

# A file, not ":memory:", so that a worker started as a subprocess by a test
# sees the same database as the test itself.
DATABASES["default"]["TEST"] = {  # noqa: F405
    "NAME": env_str("MASTHEAD_TEST_DB", str(BASE_DIR / "var" / "test-masthead.sqlite3"))  # noqa: F405
}
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
# Browser tests load pages from a live server: let it serve uploaded images too.
SERVE_MEDIA = True
# Run background tasks (search index and reference index updates) at once, as a
# worker would, so tests see their effects without running one.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Tests that sign in administrators (force_login) are about other things; accounts' tests
# turn the enrolment rule on. Enrolled users are asked for codes either way.
ACCOUNTS_TWO_FACTOR_REQUIRED = False
