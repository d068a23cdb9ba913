import re

from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from wagtail.models import Locale

from news.models.stories import paginate, published_articles

MAX_QUERY_LENGTH = 200
# Control characters (NUL breaks PostgreSQL) and double quotes (an unbalanced one is a
# syntax error for SQLite's full-text search) carry no meaning in a reader's query.
UNSEARCHABLE = re.compile(r'[\x00-\x1f\x7f"]')


def clean_query(raw: str) -> str:
    return " ".join(UNSEARCHABLE.sub(" ", raw).split())[:MAX_QUERY_LENGTH]


def search(request: HttpRequest) -> HttpResponse:
    """The edition's stories matching ?q=, best match first."""
    query = clean_query(request.GET.get("q", ""))
    results = None
    if query:
        stories = published_articles().filter(locale=Locale.get_active()).order_by()
        try:
            results = paginate(request, stories.search(query))
        except DatabaseError:
            # The backend could not parse what is left of the query: nothing matches it.
            results = paginate(request, stories.none())
    return render(request, "search/search.html", {"query": query, "results": results})
