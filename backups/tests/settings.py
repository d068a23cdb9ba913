"""The test settings, with MEDIA_ROOT from the environment, for the commands the backup
tests run as separate processes (the test profile fixes MEDIA_ROOT to var/test-media)."""

import os
from pathlib import Path

from masthead.settings.test import *  # noqa: F403

MEDIA_ROOT = Path(os.environ["MEDIA_ROOT"])
