"""Write nginx's configuration for the production stack from Django's own settings.

bin/run-production runs it: `nginx_conf.py TEMPLATE OUTPUT`, with the stack's environment
and USER, VAR, PORT (HTTPS), HTTP_PORT (redirecting to HTTPS), APP_PORT, TLS_CERTIFICATE and
TLS_KEY (PEM files). The values nginx must agree with the app on come from
the app, so they cannot drift: the editor cookie and its token (pagecache.editors), the
edge refresh token (pagecache.edge), the query parameters pages read
(settings.PAGE_CACHE_QUERY_PARAMETERS), where static files and media are, and the
Permissions-Policy (settings.PERMISSIONS_POLICY) of the files nginx serves itself.
"""

import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def kept_arguments(parameters: list[str]) -> str:
    """nginx maps giving $kept_arguments: each kept parameter's first value, as sent, in a
    fixed order, and nothing else, e.g. `page=2&q=rain`."""
    maps = []
    for name in parameters:
        # $arg_NAME is case-insensitive; the app reads lower-case names, as nginx sends them.
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
            raise SystemExit(f"PAGE_CACHE_QUERY_PARAMETERS: {name!r} cannot be an nginx variable")
        maps.append(
            f'    map $arg_{name} $kept_{name} {{\n        "" "";\n        default "&{name}=$arg_{name}";\n    }}\n'
        )
    joined = "".join(f"$kept_{name}" for name in parameters)
    maps.append(
        f'    map "{joined}" $kept_arguments {{\n'
        '        "~^&(?<arguments>.*)$" $arguments;\n'
        '        default "";\n'
        "    }\n"
    )
    return "".join(maps)


def main(template: str, output: str) -> None:
    import django

    django.setup()
    from django.conf import settings

    from masthead.security_headers import permissions_policy
    from masthead.sendfile_nginx import PROTECTED_MEDIA_URL
    from pagecache.edge import refresh_token
    from pagecache.editors import EDITOR_COOKIE, editor_bypass_token

    values = {
        "USER": os.environ["USER"],
        "VAR": os.environ["VAR"],
        "PORT": os.environ["PORT"],
        "HTTP_PORT": os.environ["HTTP_PORT"],
        # Redirects name the HTTPS port unless it is the default one.
        "HTTPS_PORT_SUFFIX": "" if os.environ["PORT"] == "443" else f":{os.environ['PORT']}",
        "TLS_CERTIFICATE": os.environ["TLS_CERTIFICATE"],
        "TLS_KEY": os.environ["TLS_KEY"],
        "PERMISSIONS_POLICY": permissions_policy(),
        "APP_PORT": os.environ["APP_PORT"],
        "STATIC_ROOT": str(settings.STATIC_ROOT),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "PROTECTED_MEDIA_URL": PROTECTED_MEDIA_URL,
        "EDITOR_COOKIE": EDITOR_COOKIE,
        "EDITOR_TOKEN": editor_bypass_token(),
        "REFRESH_TOKEN": refresh_token(),
        "KEPT_ARGUMENTS": kept_arguments(list(settings.PAGE_CACHE_QUERY_PARAMETERS)),
    }
    text = Path(template).read_text()
    for name, value in values.items():
        text = text.replace(f"@{name}@", value)
    left = re.findall(r"@[A-Z_]+@", text)
    if left:
        raise SystemExit(f"{template}: nothing fills in {', '.join(sorted(set(left)))}")
    Path(output).write_text(text)


if __name__ == "__main__":
    main(*sys.argv[1:])
