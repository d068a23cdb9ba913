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
from functools import lru_cache

from crawlerdetect import CrawlerDetect
from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from readership.models import DailyKey

# Crawlers are recognised by crawlerdetect's maintained list (about 1,500 names); these
# are ours on top of it, matched case-insensitively anywhere in the User-Agent.
OUR_AUTOMATED_AGENTS = re.compile(
    # Headless browsers and page testers.
    r"headless|phantomjs|selenium|puppeteer|playwright|lighthouse|pagespeed|"
    # HTTP libraries and tools.
    r"curl|wget|python|requests|httpx|aiohttp|go-http|java/|okhttp|libwww|node-fetch|axios|"
    r"postman|insomnia|"
    # Link-preview fetchers (the apps' in-app browsers, people reading, do not match).
    r"preview|fetcher|facebookexternalhit|facebot|meta-external|telegrambot|twitterbot|"
    r"whatsapp|slackbot|slack-imgproxy|discordbot|linkedinbot|pinterestbot|vkshare|embedly|"
    r"iframely|mastodon|bluesky|tumblr|"
    # AI crawlers and assistants fetching for a user.
    r"gptbot|chatgpt|oai-searchbot|claude|anthropic|perplexity|bytespider|ccbot|cohere-ai|"
    r"google-extended|googleother|applebot-extended|amazonbot|diffbot|youbot|meta-externalagent",
    re.IGNORECASE,
)
# A User-Agent longer than this is matched on its start: real browsers' are ~150 characters,
# and a pattern of 1,500 names over kilobytes of header would cost milliseconds a beacon.
AGENT_CHARACTERS_MATCHED = 512
_crawlers = CrawlerDetect()
_crawlers.is_crawler("compile the list now, not on a reader's beacon")
PREFETCH_HEADERS = ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_PURPOSE", "HTTP_X_MOZ")
_keys: dict[date, bytes] = {}


def is_automated_agent(agent: str) -> bool:
    """True for a User-Agent that is not a person's browser (or is missing)."""
    return _is_automated_agent(agent[:AGENT_CHARACTERS_MATCHED])


# Memoized (bounded, and on the truncated agent, so at most ~5 MB): a beacon spike is
# many readers with a few dozen browser versions, so nearly every check is a lookup;
# a client rotating User-Agents only evicts.
@lru_cache(maxsize=10_000)
def _is_automated_agent(agent: str) -> bool:
    if not agent.strip() or OUR_AUTOMATED_AGENTS.search(agent):
        return True
    return _crawlers.is_crawler(agent)


def is_automated(request: HttpRequest) -> bool:
    """True for requests that are not a person reading: bots, previews, prefetches."""
    if is_automated_agent(request.META.get("HTTP_USER_AGENT", "")):
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
