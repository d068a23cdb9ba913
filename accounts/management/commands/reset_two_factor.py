from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.two_factor import remove_devices


class Command(BaseCommand):
    help = (
        "Removes an account's authenticator app and recovery codes, for someone who lost "
        "both (the admin's Users listing does the same). They then sign in with the password "
        "alone; an administrator is asked to set up an app again."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username: str, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account is called {username!r}.")
        remove_devices(user)
        self.stdout.write(f"Two-factor authentication reset for {username}.")
