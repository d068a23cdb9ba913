from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Not per edition: the beacon and the counts are the same in every language.
    path("readership/", include("readership.urls")),
    # The apps' JSON API and what crawlers read first (robots.txt, the sitemap index) are
    # the same in every language; their edition is a parameter or a part of the path.
    path("api/", include("api.urls")),
    path("", include("crawling.urls")),
]

# In production the web server or object storage serves media; here, Django does.
if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every reader URL carries its edition (settings.EDITIONS): /en/…, /hy/…. A bare "/" is
# redirected by LocaleMiddleware to the edition that fits Accept-Language.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("feeds/", include("syndication.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "masthead.views.page_not_found"
handler500 = "masthead.views.server_error"
