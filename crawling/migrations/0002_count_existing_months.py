from django.db import migrations


def count_months(apps, schema_editor) -> None:
    # The current code, not historical models: the rows must count what the sitemaps
    # list (crawling.months), and there is nothing older to be compatible with.
    from crawling.months import rebuild_months

    rebuild_months()


class Migration(migrations.Migration):
    dependencies = [("crawling", "0001_initial"), ("news", "0004_page_url_path_index")]

    operations = [migrations.RunPython(count_months, migrations.RunPython.noop)]
