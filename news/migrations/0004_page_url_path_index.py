"""An index on the url_path Wagtail keeps for every page.

The edition home page routes a request with one lookup by url_path instead of a
walk down the tree (editions.models.HomePage.route); without the index that
lookup reads every page. Both SQLite and PostgreSQL accept this SQL.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("news", "0003_deep_pages_indexes")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS news_pages_by_url_path ON wagtailcore_page (url_path)",
            "DROP INDEX IF EXISTS news_pages_by_url_path",
        ),
    ]
