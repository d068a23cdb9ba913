"""Who may bypass the page caches: editors, recognised by a cookie only the site can make.

Anyone can send a cookie named `sessionid`, so its presence alone must not skip the
caches (a made-up one would turn every hit into a render). The site gives editors a
second cookie whose value is derived from SECRET_KEY; nginx compares it with the value
written into its configuration, and the app then checks the session itself.
"""

import hashlib
import hmac

from django.conf import settings

EDITOR_COOKIE = "masthead_editor"


def editor_bypass_token() -> str:
    """The editor cookie's value: the same on every app server, unknown to anyone without
    SECRET_KEY, and changed by rotating it."""
    return hmac.new(
        settings.SECRET_KEY.encode(), b"masthead.pagecache.editor-bypass", hashlib.sha256
    ).hexdigest()
