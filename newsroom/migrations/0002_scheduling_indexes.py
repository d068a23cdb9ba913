"""Partial indexes for the scheduler, which asks every second what is due.

Without them each check scans every revision and every page; with them it reads
only the few rows that are scheduled at all. Both SQLite and PostgreSQL accept
this SQL.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0001_newsroom_roles")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS newsroom_due_revisions ON wagtailcore_revision "
            "(approved_go_live_at) WHERE approved_go_live_at IS NOT NULL",
            "DROP INDEX IF EXISTS newsroom_due_revisions",
        ),
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS newsroom_expiring_pages ON wagtailcore_page "
            "(expire_at) WHERE live AND expire_at IS NOT NULL",
            "DROP INDEX IF EXISTS newsroom_expiring_pages",
        ),
    ]
