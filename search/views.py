from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from wagtail.models import Locale

from news.listings import paginate, published_articles

MAX_QUERY_LENGTH = 200


def search(request: HttpRequest) -> HttpResponse:
    """The edition's stories matching ?q=, best match first."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query:
        stories = published_articles().filter(locale=Locale.get_active()).order_by()
        results = paginate(request, stories.search(query))
    return render(request, "search/search.html", {"query": query, "results": results})
