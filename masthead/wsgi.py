import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.production")

django_application = get_wsgi_application()

from pagecache.wsgi import CachedPagesFirst  # noqa: E402 (needs the settings loaded above)

# Cached pages for anonymous readers are answered before Django's handler (see pagecache.wsgi).
application = CachedPagesFirst(django_application)
