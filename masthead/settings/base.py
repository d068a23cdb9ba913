"""Settings shared by every profile. Profiles (dev, test, production) import this and adjust."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from wagtail.embeds import oembed_providers

from masthead.edition_settings import Edition, language_settings

from .environment import env_bool, env_float, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    # Masthead's own apps, one per capability.
    "editions",
    "outlet",
    "news",
    "newsroom",
    "search",
    "pagecache",
    "readership",
    "accounts",
    "backups",
    "syndication",
    "crawling",
    "api",
    # Django Ninja's own static files: the API's docs page serves Swagger UI from this site.
    "ninja",
    # The demo outlet's commands (load_demo, generate_articles) are added by the dev and test
    # profiles only: production has no use for them (production_demo.py is the exception).
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
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Its sitemap index template and X-Robots-Tag, used by crawling.
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: anonymous readers' hits skip everything below, and what it stores carries
    # the security headers added below it (pagecache.wsgi serves hits before Django).
    "pagecache.middleware.AnonymousPageCacheMiddleware",
    "masthead.security_headers.PermissionsPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # The view-count endpoints skip the rest too (see the middleware's docstring).
    "readership.middleware.ReadershipEndpointsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Editors' sessions end after SESSION_COOKIE_AGE without a request, not after logging in.
    "masthead.idle_sessions.IdleSessionExpiryMiddleware",
    # Which sessions passed the second factor; admin URLs need it (accounts.middleware).
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    # Gives logged-in editors the cookie that takes them past the page caches.
    "pagecache.middleware.EditorCookieMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # django-csp's, with the admin's own policy (masthead.security_headers).
    "masthead.security_headers.SiteCSPMiddleware",
    "outlet.middleware.OutletTimeZoneMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns a throttled sign-in into the sign-in page saying so (accounts.throttling).
    "axes.middleware.AxesMiddleware",
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
                "syndication.context_processors.feed_links",
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
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'masthead.sqlite3'}")
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: the outlet's editions, defined here and nowhere else (see
# masthead.edition_settings and the README's "Adding or removing an edition"). The first is the
# default, and the order is the switcher's.
EDITIONS = [
    Edition("en", "English", label="EN"),
    Edition("ru", "Русский", label="RU"),
    Edition("hy", "Հայերեն", label="ARM"),
    Edition("az", "Azərbaycanca", label="AZ"),
]
LANGUAGE_CODE, LANGUAGES, WAGTAIL_CONTENT_LANGUAGES = language_settings(EDITIONS)
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# Our corrections to Django's date formats (Armenian has none of its own).
FORMAT_MODULE_PATH = ["masthead.formats"]
USE_I18N = True
USE_TZ = True
# The outlet's time zone. Editors can override it in the admin's site settings;
# this is the default before they do.
TIME_ZONE = "Asia/Baku"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
# Set MEDIA_URL to an https:// origin when media is served from object storage or a CDN;
# the reader site's CSP then allows images from it.
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or BASE_DIR / "var" / "media")

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
READERSHIP_REDIS_URL = env_str("READERSHIP_REDIS_URL")
# How many of our own proxies stand in front of the app (nginx: 1); see readership.readers.
READERSHIP_TRUSTED_PROXIES = env_int("READERSHIP_TRUSTED_PROXIES", 0, minimum=0)
# Reads one client (an address; an IPv6 /64) may have counted per minute; more get a 429.
READERSHIP_READS_PER_MINUTE = env_int("READERSHIP_READS_PER_MINUTE", 30, minimum=1)
# How often the worker moves Redis counters into the database; bounds what a Redis
# crash can lose.
READERSHIP_FLUSH_SECONDS = env_float("READERSHIP_FLUSH_SECONDS", 2.0, minimum=0.1)
# How often the worker recomputes the most-read lists.
READERSHIP_MOST_READ_SECONDS = env_float("READERSHIP_MOST_READ_SECONDS", 120.0, minimum=1)

# Searches one client may make per minute that the page cache could not answer (a cached
# page costs nothing); more get a 429. The overlay asks for suggestions as the reader
# types (debounced), so their limit is higher.
SEARCH_REQUESTS_PER_MINUTE = env_int("SEARCH_REQUESTS_PER_MINUTE", 60, minimum=1)
SEARCH_SUGGESTIONS_PER_MINUTE = env_int("SEARCH_SUGGESTIONS_PER_MINUTE", 180, minimum=1)

# The only query parameters reader pages read (a section's page number, the search query
# and its filters).
# The page cache keys on these alone and hands pages nothing else, so tracking and made-up
# parameters neither make new cache entries nor change what is rendered; nginx's cache
# keys and forwards the same (bin/run-production). A new parameter a page reads goes here.
PAGE_CACHE_QUERY_PARAMETERS = ["page", "q", "section", "author", "from", "until", "edition"]
# The JSON API's (api/): its cursor, page size and filters.
PAGE_CACHE_QUERY_PARAMETERS += [
    name
    for name in ("cursor", "limit", "since", "until", "section", "period")
    if name not in PAGE_CACHE_QUERY_PARAMETERS
]

# A CDN or Varnish in front: name it here and the page cache's invalidations purge it too,
# e.g. {"varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
# "LOCATION": "http://127.0.0.1:6081"}}. See Wagtail's frontend cache documentation.
WAGTAILFRONTENDCACHE: dict = {}

# Backups (manage.py backup): the folder dated backups go in when no file is named.
BACKUP_DIR = Path(env_str("BACKUP_DIR", str(BASE_DIR / "var" / "backups")))

# Wagtail
WAGTAIL_SITE_NAME = "Masthead"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
# Uploads: images only in the formats below, at most 10 MB and 24 megapixels (6000 x 4000).
# The pixels, not the bytes, are what a rendition costs: decoding and cropping one takes about
# 7.7 bytes a pixel whatever the file's size (a 4 KB PNG can hold 36 megapixels), so 24 MP
# adds at most ~185 MB to the worker making it, and a worker (150 MB, bench's target) stays
# under 350 MB. Raise it only for workers with the memory to match (README, "Uploads").
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("WAGTAILIMAGES_MAX_IMAGE_PIXELS", 24_000_000, minimum=1)
# Counts them from the file's header, before anything decodes it (Wagtail's own check decodes).
WAGTAILIMAGES_IMAGE_FORM_BASE = "newsroom.image_uploads.ImageForm"
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
# styles, nothing loaded from other hosts (embeds' frames excepted), never framed
# (X-Frame-Options: DENY says the same; Wagtail's preview frames the admin's own URLs).
CONTENT_SECURITY_POLICY = {
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
        "frame-ancestors": ["'none'"],
    },
}
X_FRAME_OPTIONS = "DENY"

ADMIN_URL_PREFIX = "/admin/"
# The admin's policy (masthead.security_headers.SiteCSPMiddleware), found by loading its
# pages in a browser and collecting what the policy blocked (masthead/tests/
# test_admin_csp_browser.py). Where anyone may arrive, logging in or resetting a password,
# it allows no inline script or style: those pages have none (their one inline <script>
# is JSON, which CSP does not run).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        # Previews of images chosen for upload, before they are sent.
        "img-src": [
            "'self'",
            "data:",
            "blob:",
            *([MEDIA_URL] if MEDIA_URL.startswith("https://") else []),
        ],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        # Wagtail's preview panel frames the admin's own preview URL; embeds in previews.
        "frame-src": ["'self'", *EMBED_FRAME_HOSTS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
ADMIN_STRICT_CSP_PREFIXES = ["/admin/login/", "/admin/password_reset/"]
# Behind the login, Wagtail 8 still writes inline <script> elements (inline panels,
# choosers, date fields) and style attributes, whose contents vary per page: no hash or
# nonce can name them, so there scripts and styles may also be inline.
ADMIN_EDITING_CSP_ADDITIONS = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
}

# Browser features no page uses are denied to the site and to whatever it frames; named
# are only features browsers know (Chromium warns about others). clipboard-write serves
# the reader's "copy link"; fullscreen and picture-in-picture the video embeds. Left at
# their default (this origin only) are clipboard-read, which the browser tests use to check
# "copy link", and publickey-credentials-*, for security keys at the admin's login.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "captured-surface-control",
        "compute-pressure",
        "display-capture",
        "encrypted-media",
        "gamepad",
        "geolocation",
        "gyroscope",
        "hid",
        "identity-credentials-get",
        "idle-detection",
        "interest-cohort",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "otp-credentials",
        "payment",
        "screen-wake-lock",
        "serial",
        "speaker-selection",
        "usb",
        "window-management",
        "xr-spatial-tracking",
    )
} | {
    "clipboard-write": ["self"],
    "fullscreen": ["self", *(f'"{host}"' for host in EMBED_FRAME_HOSTS)],
    "picture-in-picture": ["self", *(f'"{host}"' for host in EMBED_FRAME_HOSTS)],
}

# Editors' avatars are the ones they upload, never Gravatar's: each admin page would
# otherwise send a hash of every editor's e-mail address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

LOGIN_URL = "wagtailadmin_login"
# Editors' sessions (readers get none) end after a working day without a request
# (masthead.idle_sessions keeps them going while the editor works), not two weeks on.
SESSION_COOKIE_AGE = 10 * 60 * 60
SESSION_COOKIE_HTTPONLY = True
# No script reads the CSRF cookie: Wagtail's admin takes the token from the page
# (wagtailConfig.CSRF_TOKEN, from the wagtailadmin tags' get_token), and the reader site's
# scripts post nothing that needs one.
CSRF_COOKIE_HTTPONLY = True

# Editors' accounts (the accounts app; README "Editors' accounts").
# Sign-in throttling (django-axes, counts in the database): 5 failures for one username from
# one address, or 20 from one address, refuse signing in there for 15 minutes after the
# last counted failure. Never keyed on the username alone, so nobody can lock an editor out
# from everywhere; the client's address is read as readership reads it (behind nginx).
# Axes' backend refuses throttled tries and lets the next one check the password; it is also
# a ModelBackend, so sessions made for AUTHENTICATION_BACKENDS[0] (bench/run.py) load.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_HANDLER = "accounts.throttling.AccountAndAddressHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_FAILURE_LIMIT = env_int("ACCOUNTS_ACCOUNT_FAILURE_LIMIT", 5, minimum=1)
ACCOUNTS_ADDRESS_FAILURE_LIMIT = env_int("ACCOUNTS_ADDRESS_FAILURE_LIMIT", 20, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("ACCOUNTS_LOCKOUT_MINUTES", 15, minimum=1))
AXES_RESET_ON_SUCCESS = True
# A lock ends on time: tries during it are refused without being counted.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "masthead.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "accounts.throttling.locked_out"
# Two-factor authentication (django-otp): a code from an authenticator app (TOTP) at each
# sign-in for whoever enrolled, and recovery codes. Administrators (superusers, and whoever
# may manage accounts) must enrol before using the admin; dev and test turn that off.
ACCOUNTS_TWO_FACTOR_REQUIRED = env_bool("ACCOUNTS_TWO_FACTOR_REQUIRED", True)
OTP_TOTP_ISSUER = env_str("ACCOUNTS_TOTP_ISSUER", WAGTAIL_SITE_NAME)

# Logs: one line per event on stderr (masthead.logs), warnings and errors from everything
# (unhandled errors in requests, outages of PostgreSQL or Redis: "masthead.outages",
# "readership", the task worker) and the newsroom's scheduled publishing at INFO. An error
# repeated identically (the same exception and message) is logged once per
# LOG_REPEAT_SECONDS, with a count of those held back, so an outage cannot flood the log.
LOG_REPEAT_SECONDS = env_float("LOG_REPEAT_SECONDS", 60.0, minimum=0)
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

# The JSON API (api/): requests one client (an address, as for view counts) may make per
# window before a 429; page-cache hits are served before the count, so this bounds renders.
API_REQUESTS_PER_WINDOW = env_int("API_REQUESTS_PER_WINDOW", 300, minimum=1)
API_WINDOW_SECONDS = env_int("API_WINDOW_SECONDS", 60, minimum=1)
