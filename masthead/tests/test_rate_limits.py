import pytest
from django.core.cache import caches

from masthead import rate_limits


@pytest.fixture(autouse=True)
def empty_cache():
    caches[rate_limits.CACHE_ALIAS].clear()


def test_requests_within_the_limit_are_allowed():
    verdicts = [rate_limits.take("search", "192.0.2.1", 3, 60) for _ in range(3)]
    assert all(v.allowed for v in verdicts)


def test_the_request_over_the_limit_is_refused_with_the_seconds_to_wait():
    for _ in range(3):
        rate_limits.take("search", "192.0.2.1", 3, 60)
    verdict = rate_limits.take("search", "192.0.2.1", 3, 60)
    assert not verdict.allowed
    assert 1 <= verdict.retry_after <= 60


def test_each_client_and_bucket_has_its_own_count():
    for _ in range(3):
        rate_limits.take("search", "192.0.2.1", 3, 60)
    assert rate_limits.take("search", "192.0.2.2", 3, 60).allowed
    assert rate_limits.take("api", "192.0.2.1", 3, 60).allowed


def test_a_cache_that_fails_lets_the_request_through(monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache away")

    monkeypatch.setattr(caches[rate_limits.CACHE_ALIAS], "add", broken)
    assert rate_limits.take("search", "192.0.2.1", 0, 60).allowed
