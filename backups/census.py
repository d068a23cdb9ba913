"""What a backup holds, counted the same way before the backup and after a restore."""

from django.db import connections
from django.db.models import Sum


def content_counts() -> dict[str, int]:
    """Stories, revisions, images, documents and views; an empty database counts nothing."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Revision

    from news.models import ArticlePage
    from readership.models import DailyViews

    if ArticlePage._meta.db_table not in connections["default"].introspection.table_names():
        return {}
    return {
        "stories": ArticlePage.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "views": ArticlePage.objects.aggregate(total=Sum("view_count"))["total"] or 0,
        "daily_views": DailyViews.objects.count(),
    }


def applied_migrations() -> dict[str, list[str]]:
    """The migrations applied to the database, per app."""
    from django.db.migrations.recorder import MigrationRecorder

    recorder = MigrationRecorder(connections["default"])
    if not recorder.has_table():
        return {}
    applied: dict[str, list[str]] = {}
    for app, name in sorted(recorder.applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


def unknown_migrations(applied: dict[str, list[str]]) -> list[str]:
    """Migrations a backup's database has that this code does not: it comes from a newer
    version, whose tables this version would misread."""
    from django.db.migrations.loader import MigrationLoader

    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    return [
        f"{app}.{name}"
        for app, names in applied.items()
        for name in names
        if (app, name) not in known
    ]


def migrations_pending() -> bool:
    """Whether this code has migrations the database lacks (a backup of an older version)."""
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connections["default"])
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))
