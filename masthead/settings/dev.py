"""Local development: `make run`."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

# A file cache, not local memory: `make run` serves from runserver and publishes scheduled
# stories from the worker, two processes that must see the same page cache (and its
# invalidations) and the same readership rate limits.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": BASE_DIR / "var" / "cache",  # noqa: F405
    }
}

# `make run`'s admin is not made to enrol in two-factor authentication (set
# ACCOUNTS_TWO_FACTOR_REQUIRED=1 to try it); whoever enrols is still asked for codes.
ACCOUNTS_TWO_FACTOR_REQUIRED = env_bool("ACCOUNTS_TWO_FACTOR_REQUIRED", False)  # noqa: F405

# Static files through WhiteNoise, as in production, rather than runserver's own handler,
# which answers before any middleware: so they carry nosniff and the Permissions-Policy.
INSTALLED_APPS = ["whitenoise.runserver_nostatic", *INSTALLED_APPS]  # noqa: F405
_after_security = MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1  # noqa: F405
MIDDLEWARE = [
    *MIDDLEWARE[:_after_security],  # noqa: F405
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[_after_security:],  # noqa: F405
]
