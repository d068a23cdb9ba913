from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Editors' accounts: login throttling and two-factor authentication for the admin."""

    name = "accounts"
    verbose_name = "Editors' accounts"
