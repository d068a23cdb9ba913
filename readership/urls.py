from django.urls import path

from readership import views

urlpatterns = [
    path("read", views.read, name="readership-read"),
    path("views", views.counts, name="readership-views"),
]
