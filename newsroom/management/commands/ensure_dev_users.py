from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

# Development logins only: this command refuses to run with DEBUG off.
DEV_USERS = [
    ("admin", "Administrator", None),
    ("editor", "Editor (reviews, publishes, schedules)", "Editors"),
    ("author", "Author (writes, submits for review)", "Authors"),
]
DEV_PASSWORD = "masthead"  # noqa: S105 (refused unless DEBUG)


class Command(BaseCommand):
    help = "Creates the development logins (admin, editor, author) if missing, and prints them."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Development logins are only for DEBUG settings.")
        User = get_user_model()
        for username, role, group_name in DEV_USERS:
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User.objects.create_user(
                    username=username,
                    password=DEV_PASSWORD,
                    email=f"{username}@example.com",
                    is_staff=group_name is None,
                    is_superuser=group_name is None,
                )
                if group_name:
                    user.groups.add(Group.objects.get(name=group_name))
            self.stdout.write(f"  {role}: {username} / {DEV_PASSWORD}")
        # The dev profile does not make the admin enrol (masthead.settings.dev), so `make run`
        # stays one step; whoever enrols from their account page is asked for codes.
        if not settings.ACCOUNTS_TWO_FACTOR_REQUIRED:
            self.stdout.write(
                "  Two-factor authentication: optional here "
                "(ACCOUNTS_TWO_FACTOR_REQUIRED=1 makes administrators enrol)."
            )
