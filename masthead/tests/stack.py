"""Running `bin/run-production` for a test: the whole production stack on this machine."""

import os
import shutil
import signal
import ssl
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from conftest import ROOT, free_port, port_open, service_unavailable

# Trusts what a browser trusts, and each stack's own certificate once it has made one.
TRUSTED = ssl.create_default_context()


def https_handler() -> urllib.request.HTTPSHandler:
    """For a urllib opener of a test's own: verifying the stacks' certificates."""
    return urllib.request.HTTPSHandler(context=TRUSTED)


def get(url: str, **headers: str):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=10, context=TRUSTED) as response:  # noqa: S310 (loopback only)
        return response.status, response.headers, response.read()


class Stack(str):
    """The stack's base URL (nginx, HTTPS), with its plain HTTP one (redirecting), the app
    server's, and the processes' environment."""

    def __new__(cls, base: str, env: dict[str, str]):
        stack = super().__new__(cls, base)
        stack.env = env
        stack.http = f"http://127.0.0.1:{env['HTTP_PORT']}"
        stack.app = f"http://127.0.0.1:{env['APP_PORT']}"
        stack.var = Path(env["MASTHEAD_PRODUCTION_VAR"])
        stack.certificate = stack.var / "tls" / "certificate.pem"
        return stack


@contextmanager
def production_stack(
    database_url: str, var: Path, media: Path, redis_url: str = "redis://127.0.0.1:6379/0"
) -> Iterator[Stack]:
    """bin/run-production against the database and Redis given, up and answering; stopped after."""
    if shutil.which("nginx") is None:
        service_unavailable("nginx is not installed (apt-get install nginx-light)")
    redis_port = int(redis_url.rsplit(":", 1)[1].split("/")[0])
    if not port_open("127.0.0.1", redis_port):
        service_unavailable(f"Redis is not answering on 127.0.0.1:{redis_port}")
    port = free_port()
    env = dict(os.environ)
    env.update(
        {
            "PORT": str(port),
            "HTTP_PORT": str(free_port()),
            "APP_PORT": str(free_port()),
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "MASTHEAD_PRODUCTION_VAR": str(var),
            "MEDIA_ROOT": str(media),
            # The stack's tests all come from 127.0.0.1: the per-client limits are search's
            # and the API's own tests' subject, not theirs.
            "SEARCH_REQUESTS_PER_MINUTE": "100000",
            "SEARCH_SUGGESTIONS_PER_MINUTE": "100000",
            "API_REQUESTS_PER_WINDOW": "100000",
        }
    )
    env.pop("DJANGO_SETTINGS_MODULE", None)
    process = subprocess.Popen(
        ["bin/run-production"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"https://127.0.0.1:{port}"
    certificate = var / "tls" / "certificate.pem"
    try:
        deadline = time.monotonic() + 240
        while True:
            try:
                if not certificate.exists():
                    raise FileNotFoundError(certificate)
                TRUSTED.load_verify_locations(certificate)
                if get(base + "/en/")[0] == 200:
                    break
            except OSError:
                pass
            assert process.poll() is None, "bin/run-production stopped"
            assert time.monotonic() < deadline, "the stack did not come up"
            time.sleep(0.5)
        # What bin/run-production gives its own processes, for a test's `manage.py` and the
        # like: a story published there refreshes nginx's copies as the app's would.
        env["DJANGO_SETTINGS_MODULE"] = "masthead.settings.production"
        env["DJANGO_SECRET_KEY"] = (var / "secret_key").read_text().strip()
        env.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
        env["PAGE_CACHE_EDGE_URL"] = base
        env["PAGE_CACHE_EDGE_CA"] = str(certificate)
        yield Stack(base, env)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
