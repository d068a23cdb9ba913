"""The URLs an API response is finished under (see api.views.with_cors): only the API's.

LocaleMiddleware redirects a 404 to the same path under the default edition (/en/api/…)
when the root URLconf has i18n patterns and that path resolves, which Wagtail's catch-all
always does. A JSON 404 must stay a 404, so API responses name this URLconf instead.
"""

from django.urls import include, path

urlpatterns = [path("api/", include("api.urls"))]
