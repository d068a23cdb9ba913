"""Settings shared by every profile. Profiles (dev, test, production) import this and adjust."""

import os
from pathlib import Path

import dj_database_url
from wagtail.embeds import oembed_providers

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    # Masthead's own apps, one per capability.
    "editions",
    "outlet",
    "news",
    "newsroom",
    "search",
    "pagecache",
    "readership",
    "demo",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "csp",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First: anonymous readers' hits skip everything below, and what it stores carries
    # the security headers added below it (pagecache.wsgi serves hits before Django).
    "pagecache.middleware.AnonymousPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # The view-count endpoints skip the rest too (see the middleware's docstring).
    "readership.middleware.ReadershipEndpointsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Gives logged-in editors the cookie that takes them past the page caches.
    "pagecache.middleware.EditorCookieMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "outlet.middleware.OutletTimeZoneMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "masthead.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "masthead" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "masthead.wsgi.application"

# The embedded default is a SQLite file in WAL mode, so the web server and the
# worker (scheduled publishing, tasks) can read while the other writes.
# DATABASE_URL switches to PostgreSQL for the production profile.
SQLITE_OPTIONS = {
    "init_command": (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;"
    ),
    # Take the write lock when a transaction starts, so two writers queue up
    # instead of failing with "database is locked" mid-transaction.
    "transaction_mode": "IMMEDIATE",
}


def database_from_url(url: str) -> dict:
    """Parse DATABASE_URL, adding the SQLite options the embedded default relies on."""
    config = dj_database_url.parse(url, conn_max_age=0)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = dict(SQLITE_OPTIONS)
    return config


DATABASES = {
    "default": database_from_url(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'masthead.sqlite3'}")
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: three language editions. The first is the default.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ru", "Русский"),
    ("az", "Azərbaycanca"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
# The outlet's time zone. Editors can override it in the admin's site settings;
# this is the default before they do.
TIME_ZONE = "Asia/Baku"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
# Set MEDIA_URL to an https:// origin when media is served from object storage or a CDN;
# the reader site's CSP then allows images from it.
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "masthead",
    }
}


def redis_caches(url: str) -> dict:
    """The production profile's caches, both in the Redis at `url` (see masthead.redis_cache).

    "default" (Wagtail, sessions) treats Redis being away as a miss, so every page renders
    from the database meanwhile. "pagecache" is the same Redis through a backend that
    raises instead: the page cache must not take "Redis is away" for "no such version"
    (it would keep local copies under versions it never read, and lose invalidations);
    caching.store uses it, and "default" where no such alias is configured.
    """
    return {
        "default": {
            "BACKEND": "masthead.redis_cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "masthead",
        },
        "pagecache": {
            "BACKEND": "masthead.redis_cache.StrictRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "masthead",
        },
    }


# Background work: Django's task framework with its database backend, run by
# `manage.py run_worker` (which also publishes scheduled pages on time).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Readership (view counts). Redis holds live counters when READERSHIP_REDIS_URL is set
# (production sets it to REDIS_URL); otherwise, and while Redis does not answer,
# counts go straight to the database.
READERSHIP_REDIS_URL = os.environ.get("READERSHIP_REDIS_URL", "")
# How many of our own proxies stand in front of the app (nginx: 1); see readership.readers.
READERSHIP_TRUSTED_PROXIES = int(os.environ.get("READERSHIP_TRUSTED_PROXIES", "0"))
# Reads one client (an address; an IPv6 /64) may have counted per minute; more get a 429.
READERSHIP_READS_PER_MINUTE = int(os.environ.get("READERSHIP_READS_PER_MINUTE", "30"))
# How often the worker moves Redis counters into the database; bounds what a Redis
# crash can lose.
READERSHIP_FLUSH_SECONDS = float(os.environ.get("READERSHIP_FLUSH_SECONDS", "2"))
# How often the worker recomputes the most-read lists.
READERSHIP_MOST_READ_SECONDS = float(os.environ.get("READERSHIP_MOST_READ_SECONDS", "120"))

# The only query parameters reader pages read (a section's page number, the search query).
# The page cache keys on these alone and hands pages nothing else, so tracking and made-up
# parameters neither make new cache entries nor change what is rendered; nginx's cache
# keys and forwards the same (bin/run-production). A new parameter a page reads goes here.
PAGE_CACHE_QUERY_PARAMETERS = ["page", "q"]

# A CDN or Varnish in front: name it here and the page cache's invalidations purge it too,
# e.g. {"varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
# "LOCATION": "http://127.0.0.1:6081"}}. See Wagtail's frontend cache documentation.
WAGTAILFRONTENDCACHE: dict = {}

# Wagtail
WAGTAIL_SITE_NAME = "Masthead"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
# Uploads: images only in the formats below, at most 10 MB and 40 megapixels.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "csv", "txt", "docx", "xlsx"]
# Wagtail's responsive embed wrapper uses an inline style, which the reader
# site's Content-Security-Policy forbids; the CSS sizes embeds instead.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
# Only video players that embed as a plain iframe: social posts (X, Instagram, ...)
# embed with scripts and inline styles, which the reader site's CSP forbids.
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [oembed_providers.youtube, oembed_providers.vimeo],
    }
]
EMBED_FRAME_HOSTS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]

# A strict Content-Security-Policy for the reader site: no inline scripts or
# styles, nothing loaded from other hosts (embeds' frames excepted). Wagtail's
# admin relies on inline scripts, so it is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *([MEDIA_URL] if MEDIA_URL.startswith("https://") else [])],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": EMBED_FRAME_HOSTS,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}

LOGIN_URL = "wagtailadmin_login"

# Logs: one line per event on stderr (masthead.logs), warnings and errors from everything
# (unhandled errors in requests, outages of PostgreSQL or Redis: "masthead.outages",
# "readership", the task worker) and the newsroom's scheduled publishing at INFO. An error
# repeated identically (the same exception and message) is logged once per
# LOG_REPEAT_SECONDS, with a count of those held back, so an outage cannot flood the log.
LOG_REPEAT_SECONDS = float(os.environ.get("LOG_REPEAT_SECONDS", "60"))
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"one_line": {"()": "masthead.logs.OneLineFormatter"}},
    "filters": {
        "repeats": {"()": "masthead.logs.RepeatedErrorsFilter", "seconds": LOG_REPEAT_SECONDS}
    },
    "handlers": {
        "stderr": {
            "class": "masthead.logs.StderrHandler",
            "formatter": "one_line",
            "filters": ["repeats"],
        }
    },
    # Every logger's warnings and errors reach this handler; below, only levels change.
    "root": {"handlers": ["stderr"], "level": "WARNING"},
    "loggers": {
        "masthead": {"level": "WARNING"},
        # Redis going away and coming back (masthead.redis_cache), one line per outage.
        "masthead.outages": {"level": "INFO"},
        "readership": {"level": "WARNING"},
        # Invalidations that failed and are retried (pagecache.retries).
        "pagecache": {"level": "INFO"},
        # 5xx only: a 4xx (a missing page, a throttled beacon) is the client's, and nginx's
        # access log has them all.
        "django.request": {"level": "ERROR"},
        "newsroom": {"level": "INFO"},
    },
}
