"""Production: PostgreSQL and Redis from the environment, several app workers, HTTPS assumed.

Environment (read through masthead.settings.environment: a switch is 1/0, true/false, yes/no or
on/off in any case; a value that does not parse stops the start with a message naming it):
- DJANGO_SECRET_KEY (required): a long random string, the same on every app server.
- DATABASE_URL (required): postgres://user:password@host:5432/name.
- REDIS_URL (required): redis://host:6379/0, for the cache and sessions.
- ALLOWED_HOSTS: comma-separated host names the site answers to.
- SECURE_SSL_REDIRECT: on (default) redirects HTTP to HTTPS; off when the proxy does it.
- SECURE_HSTS_SECONDS: HSTS lifetime in seconds, default one year (0: no HSTS header).
- SECURE_HSTS_INCLUDE_SUBDOMAINS: on adds includeSubDomains to HSTS, forcing HTTPS on every
  subdomain too; off by default.
- SECURE_HSTS_PRELOAD: on adds preload to HSTS, the consent to be put on browsers' preload
  lists (submit the domain at hstspreload.org; leaving the lists takes months); off by default.
- SECURE_COOKIES: on (default) sends session and CSRF cookies over HTTPS only.
- WAGTAILADMIN_BASE_URL: the admin's public URL, for links in notification emails.
- WAGTAILIMAGES_MAX_IMAGE_PIXELS: the most pixels an uploaded image may have (default 24 MP,
  what keeps a rendition within a worker's memory: see base.py).
- DATABASE_REPLICA_URLS: comma-separated postgres:// URLs of read replicas of DATABASE_URL;
  readers' page views read from them (masthead.db_replicas). Unset: the primary serves all.
- MEDIA_ROOT: where uploaded images and documents are stored on disk (default var/media).
- MEDIA_URL: the URL media is served under (default /media/); an https:// origin is
  allowed by the reader site's Content-Security-Policy.
- MEDIA_S3_BUCKET: store media in this S3-compatible bucket (django-storages) instead of
  MEDIA_ROOT. Then also:
  - MEDIA_S3_CUSTOM_DOMAIN: the host readers load media from (a CDN or the bucket's
    public host), e.g. media.example.org; sets MEDIA_URL. Without it, set MEDIA_URL to the
    https:// origin of the bucket's own URLs.
  - MEDIA_S3_REGION: the bucket's region, e.g. eu-central-1.
  - MEDIA_S3_ENDPOINT_URL: the service's endpoint when it is not AWS (MinIO, R2, ...).
  - AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN): the credentials,
    read by boto3 (or its other sources: ~/.aws, the machine's role).
- LOG_REPEAT_SECONDS: an error logged again identically (the same exception and message, as
  during an outage) is logged at most once per this many seconds (default 60), with the
  number held back (masthead.logs).
- PAGE_CACHE_EDGE_URL: where nginx's page cache listens, e.g. https://127.0.0.1:443
  (comma-separated when each app server has its own nginx); the pages a change retires
  are refreshed there at once (pagecache.edge). Unset: none.
- PAGE_CACHE_EDGE_CA: a PEM file of the certificate(s) to trust for an https:// edge
  whose certificate no public authority signed (bin/run-production's own); unset: the
  system's.
- DOCUMENTS_X_ACCEL_REDIRECT: on when nginx sends documents' files once Wagtail's view
  allowed them (masthead.sendfile_nginx; nginx refuses /media/documents/ itself).
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    CONTENT_SECURITY_POLICY,
    DATABASES,
    MEDIA_URL,
    MIDDLEWARE,
    SECRET_KEY,
    database_from_url,
    redis_caches,
)
from .environment import env_bool, env_int, env_list, env_str


def required(name: str) -> str:
    value = env_str(name)
    if not value:
        raise ImproperlyConfigured(f"Set {name} for the production profile.")
    return value


if not SECRET_KEY:
    raise ImproperlyConfigured("Set DJANGO_SECRET_KEY for the production profile.")
required("DATABASE_URL")

DATABASES["default"]["CONN_MAX_AGE"] = 60
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# Read replicas (PostgreSQL streaming replicas of the primary) as "replica_1", "replica_2", …
# The router and its middleware send readers' GET requests to one of them and everything
# else (writes, migrations, the admin, the worker) to the primary: see masthead.db_replicas.
_replica_urls = env_list("DATABASE_REPLICA_URLS")
for _number, _url in enumerate(_replica_urls, start=1):
    DATABASES[f"replica_{_number}"] = {
        **database_from_url(_url),
        "CONN_MAX_AGE": DATABASES["default"]["CONN_MAX_AGE"],
        "CONN_HEALTH_CHECKS": DATABASES["default"]["CONN_HEALTH_CHECKS"],
        # A test run uses the primary's test database for it rather than creating one.
        "TEST": {"MIRROR": "default"},
    }
if _replica_urls:
    DATABASE_ROUTERS = ["masthead.db_replicas.ReplicaRouter"]

CACHES = redis_caches(required("REDIS_URL"))
# View counts: live counters in the same Redis unless told otherwise; nginx in front.
READERSHIP_REDIS_URL = env_str("READERSHIP_REDIS_URL", CACHES["default"]["LOCATION"])
READERSHIP_TRUSTED_PROXIES = env_int("READERSHIP_TRUSTED_PROXIES", 1, minimum=0)
# Sessions (editors only; readers get none) in Redis, written through to the database
# so a Redis restart does not log the newsroom out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Static files: hashed names and pre-compressed copies made by collectstatic, served by
# WhiteNoise (or by the reverse proxy from STATIC_ROOT) with far-future cache headers.
_after_security = MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1
MIDDLEWARE = [
    *MIDDLEWARE[:_after_security],
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything that reads the database: chooses the primary or a replica per request.
    *(["masthead.db_replicas.ReplicaReadsMiddleware"] if _replica_urls else []),
    *MIDDLEWARE[_after_security:],
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Media (uploaded images, their renditions, documents) on S3-compatible object storage
# when MEDIA_S3_BUCKET is set, so every app server and worker sees the same files.
_media_bucket = env_str("MEDIA_S3_BUCKET")
if _media_bucket:
    _media_domain = env_str("MEDIA_S3_CUSTOM_DOMAIN")
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": _media_bucket,
            "region_name": env_str("MEDIA_S3_REGION") or None,
            "endpoint_url": env_str("MEDIA_S3_ENDPOINT_URL") or None,
            "custom_domain": _media_domain or None,
            # Plain public URLs: signed ones expire, while pages showing them stay cached
            # (page cache, CDN). The bucket, or the CDN in front of it, must allow reading.
            "querystring_auth": False,
            # Never replace an object: a second upload named photo.jpg gets a new name, as on disk.
            "file_overwrite": False,
        },
    }
    if _media_domain:
        MEDIA_URL = f"https://{_media_domain}/"
    if not MEDIA_URL.startswith("https://"):
        raise ImproperlyConfigured(
            "Set MEDIA_S3_CUSTOM_DOMAIN, or MEDIA_URL to the https:// origin of the bucket's "
            "URLs, so that the reader site's Content-Security-Policy allows its images."
        )
    # base.py allowed the MEDIA_URL it saw; the one chosen here must be allowed too.
    _image_sources = CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]
    if MEDIA_URL not in _image_sources:
        _image_sources.append(MEDIA_URL)

PAGE_CACHE_EDGE_URL = env_str("PAGE_CACHE_EDGE_URL")
PAGE_CACHE_EDGE_CA = env_str("PAGE_CACHE_EDGE_CA")

# Documents through Wagtail's view, which checks private collections, and their files
# then sent by nginx (X-Accel-Redirect): never served to anyone from their /media/ URL.
if env_bool("DOCUMENTS_X_ACCEL_REDIRECT", False) and not _media_bucket:
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
    SENDFILE_BACKEND = "masthead.sendfile_nginx"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Cookies only over HTTPS; SECURE_COOKIES=0 is for serving plain HTTP on one's own machine.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000, minimum=0)
# Both reach beyond this site, so each is the deployer's explicit choice: includeSubDomains
# forces HTTPS on every subdomain (an intranet host on plain HTTP stops working), and leaving
# the browsers' preload list once on it takes months.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# `check --deploy` warns when they are off; off is the default chosen above, not an oversight.
SILENCED_SYSTEM_CHECKS = [
    *([] if SECURE_HSTS_INCLUDE_SUBDOMAINS else ["security.W005"]),
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
]
SECURE_CONTENT_TYPE_NOSNIFF = True
