"""The production stack over HTTPS, and the headers its responses carry, graded by the MDN
HTTP Observatory as the public one grades a site."""

import json
import os
import re
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, service_unavailable
from masthead.tests.stack import get, https_handler

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

OBSERVATORY = ROOT / "var" / "observatory"
SCAN = Path(__file__).parent / "observatory" / "scan.mjs"


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def answer(url: str):
    """Status and headers as sent, redirects not followed."""
    opener = urllib.request.build_opener(NoRedirects, https_handler())
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


def observatory(stack, path: str) -> dict:
    """The Observatory's scan of one page of the stack: its grade, score and tests."""
    if shutil.which("node") is None or not (OBSERVATORY / ".installed").exists():
        service_unavailable("the MDN HTTP Observatory is not installed (make observatory)")
    result = subprocess.run(
        [
            "node",
            str(SCAN),
            str(OBSERVATORY),
            "127.0.0.1",
            stack.env["PORT"],
            stack.env["HTTP_PORT"],
            path,
        ],
        env={**os.environ, "NODE_EXTRA_CA_CERTS": str(stack.certificate)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    scanned = json.loads(result.stdout)
    assert "error" not in scanned, scanned
    return scanned


def failed(scanned: dict) -> dict[str, str]:
    return {name: test["result"] for name, test in scanned["tests"].items() if not test["pass"]}


def test_a_reader_page_grades_a_plus_on_the_observatory(stack):
    scanned = observatory(stack, "/en/")

    assert scanned["scan"]["grade"] == "A+", (scanned["scan"]["score"], failed(scanned))


def test_the_admin_login_grades_at_least_a_on_the_observatory(stack):
    scanned = observatory(stack, "/admin/login/")

    assert scanned["scan"]["grade"] in ("A+", "A"), (scanned["scan"]["score"], failed(scanned))


def test_plain_http_is_redirected_to_the_same_page_over_https(stack):
    status, headers = answer(f"{stack.http}/en/world/?page=2")

    assert status == 301
    assert headers["Location"] == f"{stack}/en/world/?page=2"


def test_reader_pages_tell_browsers_to_use_https_from_now_on(stack):
    _, headers, _ = get(f"{stack}/en/")

    assert re.fullmatch(r"max-age=\d{8,}.*", headers["Strict-Transport-Security"])


def test_the_admins_cookies_are_sent_over_https_only(stack):
    _, headers, _ = get(f"{stack}/admin/login/")

    cookies = headers.get_all("Set-Cookie")
    assert cookies
    assert all("; Secure" in cookie for cookie in cookies)


def test_reader_pages_may_not_be_framed(stack):
    _, headers, _ = get(f"{stack}/en/")

    assert headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


def test_the_admin_may_be_framed_by_itself_only_for_wagtails_preview(stack):
    _, headers, _ = get(f"{stack}/admin/login/")

    assert headers["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in headers["Content-Security-Policy"]


def test_the_admin_login_allows_no_inline_script(stack):
    _, headers, _ = get(f"{stack}/admin/login/")

    policy = dict(
        directive.strip().split(" ", 1)
        for directive in headers["Content-Security-Policy"].split(";")
    )
    assert policy["script-src"] == "'self'"


def test_static_files_are_never_sniffed_and_carry_the_permissions_policy(stack):
    _, _, page = get(f"{stack}/en/")
    script = re.search(rb'src="(/static/editions/reader\.[0-9a-f]{12}\.js)"', page).group(1)

    _, headers, _ = get(stack + script.decode())

    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in headers["Permissions-Policy"]


def test_media_files_are_never_sniffed_or_run_and_carry_the_permissions_policy(stack):
    media = Path(stack.env["MEDIA_ROOT"])
    image = next(path for path in media.rglob("*") if path.suffix in (".jpg", ".png", ".webp"))

    _, headers, _ = get(f"{stack}/media/{image.relative_to(media)}")

    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Security-Policy"] == "default-src 'none'"
    assert "camera=()" in headers["Permissions-Policy"]


@pytest.mark.parametrize("path", ["/en/", "/admin/login/", "/readership/views?ids=1"])
def test_every_app_response_denies_features_the_site_does_not_use(stack, path):
    _, headers = answer(stack + path)

    policy = headers["Permissions-Policy"]
    assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy
    assert 'fullscreen=(self "https://www.youtube.com"' in policy
