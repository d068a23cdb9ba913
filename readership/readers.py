"""Who is reading, as far as counting needs to know: a hash, and whether it is a person.

No cookie and nothing personal is stored: a reader is the HMAC of their address and
user agent under a random key that is replaced every day (readership.models.DailyKey),
so the same person is recognised within a day and cannot be recognised afterwards. The
per-minute limit counts the reader's client (their address, an IPv6 /64 as one), hashed
under the same key.
"""

import hashlib
import hmac
import ipaddress
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from crawlerdetect import CrawlerDetect
from django.db import DatabaseError, IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from masthead.client_address import client_address
from readership import live
from readership.models import DailyKey
from readership.stores import DEDUPE_WINDOW

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


def client_network(address: str) -> str:
    """The client the per-minute limit counts: an IPv4 address, or an IPv6 /64.

    One household or phone gets a whole /64 and may use any address in it, so a /64 is
    one client; an IPv4-mapped IPv6 address is the IPv4 client it stands for.
    """
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


@dataclass(frozen=True)
class Reader:
    """Who sent a beacon, as keyed hashes under the day's key (never the raw values)."""

    hash: str  # address and user agent: counted once per article within the window
    client: str  # the address's client (client_network): the per-minute limit
    # The same reader under yesterday's key, during the first DEDUPE_WINDOW of a day:
    # someone counted at 23:50 must not count again at 00:10.
    yesterdays_hash: str | None = None


def identify(request: HttpRequest, now: datetime | None = None) -> Reader:
    """The request's reader and client at `now` (days are UTC days, as the keys are)."""
    now = (now or timezone.now()).astimezone(UTC)
    day = now.date()
    address = client_address(request)
    identity = f"{address}\n{request.META.get('HTTP_USER_AGENT', '')}"
    key = daily_key(day)
    yesterdays_hash = None
    if now - datetime.combine(day, time.min, tzinfo=UTC) < DEDUPE_WINDOW:
        yesterdays_key = daily_key(day - timedelta(days=1), create=False)
        if yesterdays_key:
            yesterdays_hash = _hash(yesterdays_key, identity)
    return Reader(
        hash=_hash(key, identity),
        client=_hash(key, f"client\n{client_network(address)}"),
        yesterdays_hash=yesterdays_hash,
    )


def _hash(key: bytes, value: str) -> str:
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[:32]


# Yesterday's (the midnight overlap), today's, and tomorrow's (made ahead by the worker).
KEYS_IN_MEMORY = 3
_keys: dict[date, bytes] = {}


def daily_key(day: date, *, create: bool = True) -> bytes:
    """The day's hashing key, shared by every app server and made on first use; with
    `create` false, b"" for a day that has none.

    Read from the database, which keeps a copy in Redis, so that a process started
    while the database is away still hashes readers; with neither, DatabaseError
    (except when not creating: then b"", and the overlap goes unchecked).
    """
    key = _keys.get(day)
    if key is not None and (key or not create):
        return key
    try:
        secret = _stored_secret(day, create)
    except DatabaseError:
        secret = live.kept_daily_key(day)
        if secret is None:
            if not create:
                return b""
            raise
    else:
        if secret:
            live.keep_daily_key(day, secret)
    key = bytes.fromhex(secret)
    _keys[day] = key
    while len(_keys) > KEYS_IN_MEMORY:
        del _keys[min(_keys)]
    return key


def forget_keys_in_memory() -> None:
    _keys.clear()


def _stored_secret(day: date, create: bool) -> str:
    stored = DailyKey.objects.filter(day=day).first()
    if stored is None and create:
        try:
            with transaction.atomic():
                stored = DailyKey.objects.create(day=day, secret=secrets.token_hex(32))
        except IntegrityError:  # another server made it first
            stored = DailyKey.objects.get(day=day)
    return stored.secret if stored else ""


def make_tomorrows_key(today: date | None = None) -> None:
    """Make tomorrow's key ahead (the worker does), so that it is in Redis already
    should the database be away at midnight."""
    daily_key((today or timezone.now().date()) + timedelta(days=1))


def forget_old_keys(today: date | None = None) -> int:
    """Delete the keys of days before yesterday, and their copies; returns how many."""
    today = today or timezone.now().date()
    deleted, _ = DailyKey.objects.filter(day__lt=today - timedelta(days=1)).delete()
    live.forget_daily_keys_before(today - timedelta(days=1))
    for day in [day for day in _keys if day < today - timedelta(days=1)]:
        del _keys[day]
    return deleted
