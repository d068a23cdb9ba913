"""Who must use a second factor, and the devices that make one (django-otp's models).

Each editor has at most one authenticator app (a confirmed TOTPDevice) and one set of
recovery codes (a StaticDevice whose tokens are deleted as they are used).
"""

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"
RECOVERY_CODE_COUNT = 10
# Whoever may change other accounts can make themselves or anyone an administrator, so
# they count as administrators here, whatever their group is called.
ADMINISTRATOR_PERMISSIONS = ("auth.add_user", "auth.change_user", "auth.delete_user")


def is_administrator(user: AbstractBaseUser) -> bool:
    return user.is_superuser or any(user.has_perm(p) for p in ADMINISTRATOR_PERMISSIONS)


def two_factor_required(user: AbstractBaseUser) -> bool:
    """Administrators must enrol (unless a profile turns the rule off, as dev and test do)."""
    return settings.ACCOUNTS_TWO_FACTOR_REQUIRED and is_administrator(user)


def is_enrolled(user: AbstractBaseUser) -> bool:
    return user_has_device(user, confirmed=True)


def pending_app_device(user: AbstractBaseUser) -> TOTPDevice:
    """The authenticator app being set up: the same secret until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return device


def confirmed_app_device(user: AbstractBaseUser) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def recovery_device(user: AbstractBaseUser) -> StaticDevice | None:
    return StaticDevice.objects.filter(user=user, confirmed=True).first()


@transaction.atomic
def confirm_app_device(device: TOTPDevice) -> list[str]:
    """Make `device` the user's only authenticator app; returns new recovery codes."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_recovery_codes(device.user)


@transaction.atomic
def new_recovery_codes(user: AbstractBaseUser) -> list[str]:
    """Replace the user's recovery codes (the old ones stop working) and return them."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=c) for c in codes])
    return codes


@transaction.atomic
def remove_devices(user: AbstractBaseUser) -> None:
    """Forget the user's app and recovery codes: they sign in with the password alone
    (and an administrator is asked to enrol again)."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
