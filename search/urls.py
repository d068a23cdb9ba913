from django.urls import path

from search import views

# Included under each edition's prefix (/<lang>/search/). No namespace: the results page
# has always been reversed as "search".
urlpatterns = [
    path("", views.search, name="search"),
    path("all/", views.search_all, name="search_all"),
    path("suggest/", views.suggest, name="search_suggest"),
]
