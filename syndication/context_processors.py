from django.http import HttpRequest

from syndication.links import alternate_links


def feed_links(request: HttpRequest) -> dict:
    """`feed_links`: the page's <link rel="alternate"> feeds, read only if a template shows them
    (a callable: the template calls it), so the admin's pages and JSON views pay nothing."""
    return {"feed_links": lambda: alternate_links(request)}
