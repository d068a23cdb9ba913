"""Codes as an authenticator app shows them, for the tests."""

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


def app_code(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """The six digits the app shows now, or that many 30-second steps later (a code is
    accepted once: a second sign-in in the same step needs the next step's)."""
    device.refresh_from_db()
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift + steps_ahead):06d}"
