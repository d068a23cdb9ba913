"""The production profile with the demo app, for loading the demo outlet into a trial of the
production stack on one's own machine (`bin/run-production` runs `load_demo` with it, as
bench/run.py does `generate_articles`). Never serve with it: the production profile itself
leaves the demo's commands out.
"""

from .production import *  # noqa: F403
from .production import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
