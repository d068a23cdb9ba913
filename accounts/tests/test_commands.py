import importlib

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from accounts import two_factor

pytestmark = pytest.mark.django_db


def test_reset_two_factor_removes_the_app_and_the_recovery_codes():
    user = get_user_model().objects.create_user("editor", password="pw")
    two_factor.confirm_app_device(two_factor.pending_app_device(user))

    call_command("reset_two_factor", "editor")

    assert not two_factor.is_enrolled(user)


def test_reset_two_factor_names_an_unknown_account():
    with pytest.raises(CommandError, match="nobody"):
        call_command("reset_two_factor", "nobody")


def test_make_runs_admin_is_not_made_to_enrol(monkeypatch):
    monkeypatch.delenv("ACCOUNTS_TWO_FACTOR_REQUIRED", raising=False)
    from masthead.settings import dev

    assert importlib.reload(dev).ACCOUNTS_TWO_FACTOR_REQUIRED is False


def test_production_makes_administrators_enrol(monkeypatch):
    monkeypatch.delenv("ACCOUNTS_TWO_FACTOR_REQUIRED", raising=False)
    from masthead.settings import base

    assert importlib.reload(base).ACCOUNTS_TWO_FACTOR_REQUIRED is True
