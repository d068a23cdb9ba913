"""The docs page in a real browser: Swagger UI from this site, under the strict CSP."""

from urllib.parse import urlsplit

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_docs_page_shows_every_operation_loading_nothing_from_elsewhere(
    editions, browser, live_server
):
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    hosts, violations = set(), []
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.goto("/api/v1/docs/")
    page.wait_for_selector(".opblock", timeout=15_000)
    assert page.locator(".opblock").count() >= 11
    assert hosts <= {urlsplit(live_server.url).netloc}
    assert violations == []
    context.close()
