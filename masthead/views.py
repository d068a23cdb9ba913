from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """The 404 page, rendered with the request so it shows the edition's language and navigation.

    Django's default handler renders 404.html without the request, so the
    header's edition links and the footer's texts would be missing.
    """
    return render(request, "404.html", status=404)
