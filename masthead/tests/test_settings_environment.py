"""Settings from the environment are parsed with their type, and a typo stops the start."""

import importlib
import subprocess
import sys
from types import ModuleType

import pytest
from django.core.exceptions import ImproperlyConfigured

from conftest import ROOT
from masthead.settings.environment import env_bool, env_float, env_int, env_list
from masthead.tests.test_production_settings import production_env

TRUE = ["1", "true", "True", "TRUE", "yes", "Yes", "YES", "on"]
FALSE = ["0", "false", "False", "FALSE", "no", "No", "NO", "off"]


@pytest.mark.parametrize("word", TRUE)
def test_a_switch_is_on_for_every_spelling_of_yes(monkeypatch, word):
    monkeypatch.setenv("SWITCH", word)

    assert env_bool("SWITCH", False) is True


@pytest.mark.parametrize("word", FALSE)
def test_a_switch_is_off_for_every_spelling_of_no(monkeypatch, word):
    monkeypatch.setenv("SWITCH", word)

    assert env_bool("SWITCH", True) is False


@pytest.mark.parametrize("value", [None, "", "  "])
def test_an_unset_or_empty_switch_keeps_its_default(monkeypatch, value):
    if value is None:
        monkeypatch.delenv("SWITCH", raising=False)
    else:
        monkeypatch.setenv("SWITCH", value)

    assert env_bool("SWITCH", True) is True
    assert env_bool("SWITCH", False) is False


@pytest.mark.parametrize("value", ["maybe", "ture", "2", "enabled", "y"])
def test_a_switch_that_is_neither_yes_nor_no_is_refused_by_name(monkeypatch, value):
    monkeypatch.setenv("SWITCH", value)

    with pytest.raises(ImproperlyConfigured, match=f"SWITCH='{value}' is not a boolean"):
        env_bool("SWITCH", True)


def test_a_whole_number_is_read_as_one(monkeypatch):
    monkeypatch.setenv("COUNT", " 42 ")

    assert env_int("COUNT", 1) == 42


@pytest.mark.parametrize("value", ["lots", "1.5", "1e3", "0x10"])
def test_what_is_not_a_whole_number_is_refused_by_name(monkeypatch, value):
    monkeypatch.setenv("COUNT", value)

    with pytest.raises(ImproperlyConfigured, match="COUNT="):
        env_int("COUNT", 1)


def test_a_whole_number_below_its_minimum_is_refused(monkeypatch):
    monkeypatch.setenv("COUNT", "-1")

    with pytest.raises(ImproperlyConfigured, match="COUNT='-1' must be at least 0"):
        env_int("COUNT", 1, minimum=0)


def test_a_number_may_have_a_fraction(monkeypatch):
    monkeypatch.setenv("SECONDS", "2.5")

    assert env_float("SECONDS", 1.0) == 2.5


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", "infinity", "soon"])
def test_what_is_not_a_finite_number_is_refused_by_name(monkeypatch, value):
    monkeypatch.setenv("SECONDS", value)

    with pytest.raises(ImproperlyConfigured, match="SECONDS="):
        env_float("SECONDS", 1.0)


def test_a_list_is_comma_separated_without_blanks(monkeypatch):
    monkeypatch.setenv("HOSTS", " news.example.org, ,www.example.org,")

    assert env_list("HOSTS") == ["news.example.org", "www.example.org"]


def load_settings(monkeypatch, module: str, **env: str) -> ModuleType:
    """A fresh import of a settings module (and base.py under it) with `env` set."""
    for name, value in production_env(**env).items():
        monkeypatch.setenv(name, value)
    package = sys.modules["masthead.settings"]
    for name in ("masthead.settings.base", module):
        # Put back afterwards as they were: the modules, and the package's names for them.
        monkeypatch.delitem(sys.modules, name, raising=False)
        monkeypatch.setattr(package, name.rpartition(".")[2], None, raising=False)
    return importlib.import_module(module)


@pytest.mark.parametrize("word", ["true", "True", "yes"])
def test_secure_ssl_redirect_spelt_as_a_word_redirects(monkeypatch, word):
    production = load_settings(
        monkeypatch, "masthead.settings.production", SECURE_SSL_REDIRECT=word
    )

    assert production.SECURE_SSL_REDIRECT is True


@pytest.mark.parametrize("word", ["yes", "TRUE", "on"])
def test_secure_cookies_spelt_as_a_word_keeps_cookies_secure(monkeypatch, word):
    production = load_settings(monkeypatch, "masthead.settings.production", SECURE_COOKIES=word)

    assert production.SESSION_COOKIE_SECURE is True
    assert production.CSRF_COOKIE_SECURE is True


def test_the_production_switches_are_secure_when_unset(monkeypatch):
    for name in ("SECURE_SSL_REDIRECT", "SECURE_COOKIES"):
        monkeypatch.delenv(name, raising=False)

    production = load_settings(monkeypatch, "masthead.settings.production")

    assert production.SECURE_SSL_REDIRECT is True
    assert production.SESSION_COOKIE_SECURE is True


def test_documents_are_sent_by_nginx_when_switched_on_in_words(monkeypatch):
    production = load_settings(
        monkeypatch, "masthead.settings.production", DOCUMENTS_X_ACCEL_REDIRECT="yes"
    )

    assert production.SENDFILE_BACKEND == "masthead.sendfile_nginx"


NUMBERS = {
    "READERSHIP_TRUSTED_PROXIES": ("2", 2),
    "READERSHIP_READS_PER_MINUTE": ("60", 60),
    "READERSHIP_FLUSH_SECONDS": ("0.5", 0.5),
    "READERSHIP_MOST_READ_SECONDS": ("300", 300.0),
    "LOG_REPEAT_SECONDS": ("30", 30.0),
    "SECURE_HSTS_SECONDS": ("600", 600),
    "WAGTAILIMAGES_MAX_IMAGE_PIXELS": ("12000000", 12_000_000),
    "SEARCH_REQUESTS_PER_MINUTE": ("90", 90),
    "SEARCH_SUGGESTIONS_PER_MINUTE": ("300", 300),
}


@pytest.mark.parametrize("name", NUMBERS)
def test_every_number_from_the_environment_is_read(monkeypatch, name):
    raw, value = NUMBERS[name]

    production = load_settings(monkeypatch, "masthead.settings.production", **{name: raw})

    assert getattr(production, name) == value


# Every switch and number a settings module reads, with a value it cannot parse.
UNPARSEABLE = [
    ("SECURE_SSL_REDIRECT", "maybe"),
    ("SECURE_COOKIES", "ture"),
    ("SECURE_HSTS_INCLUDE_SUBDOMAINS", "sure"),
    ("SECURE_HSTS_PRELOAD", "2"),
    ("DOCUMENTS_X_ACCEL_REDIRECT", "nginx"),
    ("SECURE_HSTS_SECONDS", "a year"),
    ("READERSHIP_TRUSTED_PROXIES", "one"),
    ("READERSHIP_READS_PER_MINUTE", "lots"),
    ("READERSHIP_FLUSH_SECONDS", "0"),
    ("READERSHIP_MOST_READ_SECONDS", "often"),
    ("LOG_REPEAT_SECONDS", "nan"),
    ("WAGTAILIMAGES_MAX_IMAGE_PIXELS", "24MP"),
    ("SEARCH_REQUESTS_PER_MINUTE", "lots"),
    ("SEARCH_SUGGESTIONS_PER_MINUTE", "0"),
]


@pytest.mark.parametrize(("name", "value"), UNPARSEABLE, ids=[name for name, _ in UNPARSEABLE])
def test_a_value_that_does_not_parse_stops_the_production_settings(monkeypatch, name, value):
    with pytest.raises(ImproperlyConfigured, match=name):
        load_settings(monkeypatch, "masthead.settings.production", **{name: value})


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("SECURE_SSL_REDIRECT", "maybe"),
        ("READERSHIP_READS_PER_MINUTE", "lots"),
        ("LOG_REPEAT_SECONDS", "nan"),
    ],
)
def test_the_production_site_does_not_start_with_a_value_that_does_not_parse(name, value):
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=production_env(**{name: value}),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    last_line = result.stderr.strip().splitlines()[-1]
    assert last_line.startswith(f"django.core.exceptions.ImproperlyConfigured: {name}={value!r}")
