from django.urls import re_path

from api.v1 import api
from api.views import api_view, not_found

# Every operation's view wrapped once (CORS, rate limit, JSON 405); see api.views.
v1_patterns, v1_app, v1_namespace = api.urls
for pattern in v1_patterns:
    pattern.callback = api_view(pattern.callback)

urlpatterns = [
    re_path(r"^v1/", (v1_patterns, v1_app, v1_namespace)),
    re_path(r"^(?P<path>.*)$", not_found),
]
