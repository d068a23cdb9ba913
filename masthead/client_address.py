"""The address a request came from, as our own proxies saw it.

Shared by the capabilities that count or limit per client (readership's per-minute
limit, the admin's login throttling), so that both trust X-Forwarded-For in exactly the
same way. It sits here, below every app, so neither has to import the other.
"""

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """REMOTE_ADDR, or the address our own proxies received the request from.

    READERSHIP_TRUSTED_PROXIES (named for its first user) is how many proxies of ours
    stand in front of the app (nginx: 1). Each appends the address it received from to
    X-Forwarded-For, so the entry that many places from the end is the one a client
    cannot forge; anything to the left of it is the client's own say.
    """
    proxies = settings.READERSHIP_TRUSTED_PROXIES
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
