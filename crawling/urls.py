from django.urls import path, re_path

from crawling import views

app_name = "crawling"

# An edition's code as settings.EDITIONS spells them (en, hy, pt-br); a month as 2026-11,
# its later parts 2026-11-2. Anything else is no route: a 404.
EDITION = r"(?P<language>[a-z]{2,3}(?:-[a-z0-9]{2,8})?)"

urlpatterns = [
    path("robots.txt", views.robots, name="robots"),
    path("sitemap.xml", views.index, name="index"),
    re_path(rf"^sitemaps/{EDITION}/lists\.xml$", views.lists, name="lists"),
    re_path(rf"^sitemaps/{EDITION}/news\.xml$", views.news, name="news"),
    re_path(
        rf"^sitemaps/{EDITION}/(?P<name>\d{{4}}-\d{{2}}(?:-\d{{1,4}})?)\.xml$",
        views.month,
        name="month",
    ),
]
