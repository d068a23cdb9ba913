"""Indexes for reading lists of pages at 100,000 stories and more.

- news_article_section_list: a section's stories in the order readers see them
  (newest first, then the highest id), keys only, so page 1,000 of a section costs
  what page 1 does (see news.models.stories). It covers the old (section, date) index.
- news_unpublished_pages: the few pages that are not live, so a list can leave them
  out without reading wagtailcore_page for every story it skips.
- news_pages_by_depth: a page's children, as treebeard asks for them (depth = d + 1
  and path in the parent's range), and the root (depth = 1). Without it each such
  query scans every page: the reader site's menu (the home page's children) and
  every admin page (the root) paid some 60 ms each with 100,000 stories.

Both SQLite and PostgreSQL accept this SQL.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("news", "0002_embeds_youtube_vimeo_only")]

    operations = [
        migrations.AddIndex(
            model_name="articlepage",
            index=models.Index(
                fields=["section", "-published_at", "-page_ptr"], name="news_article_section_list"
            ),
        ),
        migrations.RemoveIndex(model_name="articlepage", name="news_article_section_date"),
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS news_unpublished_pages ON wagtailcore_page (id) "
            "WHERE NOT live",
            "DROP INDEX IF EXISTS news_unpublished_pages",
        ),
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS news_pages_by_depth ON wagtailcore_page (depth, path)",
            "DROP INDEX IF EXISTS news_pages_by_depth",
        ),
    ]
