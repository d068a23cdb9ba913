"""Under /<lang>/feeds/ (masthead.urls): the edition's, each section's, tag's and author's."""

from django.urls import path

from syndication.addresses import FORMATS, KINDS, url_name
from syndication.feeds import FEED_CLASSES

urlpatterns = [
    path(
        f"{route}{feed_format}.xml",
        FEED_CLASSES[kind](feed_format),
        name=url_name(kind, feed_format),
    )
    for kind, route in KINDS.items()
    for feed_format in FORMATS
]
