"""`make run`'s settings (masthead.settings.dev) for a test's own server of the demo.

The database and the media folder come from DATABASE_URL and MEDIA_ROOT, as in base;
the cache is the process's own, not `make run`'s folder in var/, so a test never
leaves pages of its database in a developer's cache.
"""

from masthead.settings.dev import *  # noqa: F403

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "served-demo",
    }
}
