"""Share links for the networks readers use: plain links that work without JavaScript."""

from urllib.parse import urlencode

from django.utils.translation import gettext as _


def share_links(url: str, headline: str) -> list[dict[str, str]]:
    """(network, accessible label, href) for each network, with the URL and headline encoded."""
    return [
        {
            "network": "X",
            "label": _("Share on X"),
            "href": "https://x.com/intent/post?" + urlencode({"url": url, "text": headline}),
        },
        {
            "network": "Facebook",
            "label": _("Share on Facebook"),
            "href": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        },
        {
            "network": "Telegram",
            "label": _("Share on Telegram"),
            "href": "https://t.me/share/url?" + urlencode({"url": url, "text": headline}),
        },
        {
            "network": "WhatsApp",
            "label": _("Share on WhatsApp"),
            "href": "https://wa.me/?" + urlencode({"text": f"{headline} {url}"}),
        },
    ]
