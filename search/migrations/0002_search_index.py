from django.db import migrations, models


def install_backend(apps, schema_editor):
    """The full-text tables and indexes Django cannot declare, for this database."""
    from search.backends.postgresql import BACKEND as POSTGRESQL
    from search.backends.sqlite import BACKEND as SQLITE

    backend = POSTGRESQL if schema_editor.connection.vendor == "postgresql" else SQLITE
    with schema_editor.connection.cursor() as cursor:
        backend.install(cursor)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_name_aliases"),
        ("news", "0004_page_url_path_index"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                (
                    "article",
                    models.OneToOneField(
                        on_delete=models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="news.articlepage",
                    ),
                ),
                ("language", models.CharField(max_length=8)),
                ("section_id", models.BigIntegerField(null=True)),
                ("published_at", models.DateTimeField()),
                ("headline", models.TextField()),
                ("subheadline", models.TextField(blank=True)),
                ("lead", models.TextField(blank=True)),
                ("body", models.TextField(blank=True)),
                ("headline_terms", models.TextField(blank=True)),
                ("standfirst_terms", models.TextField(blank=True)),
                ("body_terms", models.TextField(blank=True)),
                ("headline_names", models.TextField(blank=True)),
                ("standfirst_names", models.TextField(blank=True)),
                ("body_names", models.TextField(blank=True)),
            ],
            options={
                "db_table": "search_document",
                "indexes": [
                    models.Index(
                        fields=["language", "-published_at"], name="search_doc_lang_date"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="SearchTerm",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("language", models.CharField(max_length=8)),
                ("term", models.CharField(max_length=100)),
            ],
            options={
                "db_table": "search_term",
                "constraints": [
                    models.UniqueConstraint(fields=("language", "term"), name="search_term_unique")
                ],
            },
        ),
        migrations.CreateModel(
            name="RebuildProgress",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("started_at", models.DateTimeField()),
                ("last_article_id", models.BigIntegerField(default=0)),
                ("total", models.PositiveIntegerField(default=0)),
                ("done", models.PositiveIntegerField(default=0)),
            ],
            options={"db_table": "search_rebuild_progress"},
        ),
        migrations.RunPython(install_backend, migrations.RunPython.noop, elidable=False),
    ]
