"""Production: PostgreSQL and Redis from the environment, several app workers, HTTPS assumed.

Environment:
- DJANGO_SECRET_KEY (required): a long random string, the same on every app server.
- DATABASE_URL (required): postgres://user:password@host:5432/name.
- REDIS_URL (required): redis://host:6379/0, for the cache and sessions.
- ALLOWED_HOSTS: comma-separated host names the site answers to.
- SECURE_SSL_REDIRECT: "1" (default) redirects HTTP to HTTPS; "0" when the proxy does it.
- SECURE_HSTS_SECONDS: HSTS lifetime, default one year.
- SECURE_COOKIES: "1" (default) sends session and CSRF cookies over HTTPS only.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, MIDDLEWARE, SECRET_KEY


def required(name: str) -> str:
    value = os.environ.get(name, "")
    if not value:
        raise ImproperlyConfigured(f"Set {name} for the production profile.")
    return value


if not SECRET_KEY:
    raise ImproperlyConfigured("Set DJANGO_SECRET_KEY for the production profile.")
required("DATABASE_URL")

DATABASES["default"]["CONN_MAX_AGE"] = 60
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": required("REDIS_URL"),
        "KEY_PREFIX": "masthead",
    }
}
# Sessions (editors only; readers get none) in Redis, written through to the database
# so a Redis restart does not log the newsroom out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Static files: hashed names and pre-compressed copies made by collectstatic, served by
# WhiteNoise (or by the reverse proxy from STATIC_ROOT) with far-future cache headers.
MIDDLEWARE = [
    MIDDLEWARE[0],
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[1:],
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
# Cookies only over HTTPS; SECURE_COOKIES=0 is for serving plain HTTP on one's own machine.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = os.environ.get("SECURE_COOKIES", "1") == "1"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
