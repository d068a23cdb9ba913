"""Who is reading, as far as counting needs to know: a hash, and whether it is a person.

No cookie and nothing personal is stored: a reader is the HMAC of their address and
user agent under a random key that is replaced every day (readership.models.DailyKey),
so the same person is recognised within a day and cannot be recognised afterwards.
"""

import hashlib
import hmac
import re
import secrets
from datetime import date, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from readership.models import DailyKey

# Crawlers, link-preview fetchers, headless browsers and HTTP libraries. Matched
# case-insensitively anywhere in the User-Agent.
AUTOMATED_AGENTS = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|preview|fetcher|scrap|headless|phantomjs|selenium|"
    r"puppeteer|playwright|lighthouse|pagespeed|facebookexternalhit|facebot|meta-external|"
    r"telegrambot|twitterbot|whatsapp|slack|discord|linkedin|pinterest|skype|vkshare|"
    r"embedly|iframely|mastodon|bluesky|tumblr|qwantify|yandex|baidu|"
    r"bingpreview|google-|googleother|apis-google|feedfetcher|mediapartners|ia_archiver|"
    r"archive\.org|curl|wget|python|requests|httpx|aiohttp|go-http|java/|okhttp|libwww|"
    r"node-fetch|axios|postman|insomnia|gptbot|chatgpt|claude|anthropic|perplexity|"
    r"bytespider|ccbot|petalbot|semrush|ahrefs|mj12|dotbot|uptime|monitor|check_http",
    re.IGNORECASE,
)
PREFETCH_HEADERS = ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_PURPOSE", "HTTP_X_MOZ")
_keys: dict[date, bytes] = {}


def is_automated(request: HttpRequest) -> bool:
    """True for requests that are not a person reading: bots, previews, prefetches."""
    agent = request.META.get("HTTP_USER_AGENT", "")
    if not agent or AUTOMATED_AGENTS.search(agent):
        return True
    return any(
        "prefetch" in request.META.get(header, "").lower()
        or "preview" in request.META.get(header, "").lower()
        for header in PREFETCH_HEADERS
    )


def client_address(request: HttpRequest) -> str:
    """The reader's address: REMOTE_ADDR, or the one our own proxies saw.

    READERSHIP_TRUSTED_PROXIES is how many proxies of ours stand in front of the app
    (nginx: 1). Each appends the address it received from to X-Forwarded-For, so the
    entry that many places from the end is the one a reader cannot forge.
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


def daily_key(day: date) -> bytes:
    """The day's hashing key, made on first use and shared by every app server."""
    key = _keys.get(day)
    if key is None:
        stored = DailyKey.objects.filter(day=day).first()
        if stored is None:
            try:
                with transaction.atomic():
                    stored = DailyKey.objects.create(day=day, secret=secrets.token_hex(32))
            except IntegrityError:  # another server made it first
                stored = DailyKey.objects.get(day=day)
        key = bytes.fromhex(stored.secret)
        _keys.clear()  # only today's is needed in memory
        _keys[day] = key
    return key


def reader_hash(request: HttpRequest, day: date | None = None) -> str:
    day = day or timezone.now().date()
    identity = f"{client_address(request)}\n{request.META.get('HTTP_USER_AGENT', '')}"
    return hmac.new(daily_key(day), identity.encode(), hashlib.sha256).hexdigest()[:32]


def forget_old_keys(today: date | None = None) -> int:
    """Delete the keys of days before yesterday; returns how many."""
    today = today or timezone.now().date()
    deleted, _ = DailyKey.objects.filter(day__lt=today - timedelta(days=1)).delete()
    return deleted
