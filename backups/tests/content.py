"""The content the backup tests put in a database, and its census to compare after a restore.

Run as `python -m backups.tests.content seed|census` (DATABASE_URL, MEDIA_ROOT and
DJANGO_SETTINGS_MODULE=backups.tests.settings in the environment) for a database of
another process; census prints JSON.
"""

import hashlib
import json
import sys
import uuid
from datetime import date
from typing import Any


def seed() -> None:
    """Stories with several revisions, a translation, an image with its file, view counts."""
    from editions.setup import ensure_editions
    from news.models import ArticlePage
    from news.tests.factories import make_article, make_rich_article, make_section
    from readership.models import DailyViews

    editions = ensure_editions()
    marker = uuid.uuid4().hex[:8]
    section = make_section(editions["en"], f"backup-desk-{marker}", "Backup desk")
    section.copy_for_translation(editions["ru"].locale).save_revision().publish()
    story = make_rich_article(section, f"The harbour after the strike {marker}")
    translation = story.copy_for_translation(editions["ru"].locale, copy_parents=True)
    translation.title = "Гавань после забастовки"
    translation.save_revision().publish()
    edited = make_article(section, f"Council budget {marker}")
    for draft in ("Council budget, first figures", "Council budget: the final vote"):
        edited.title = draft
        edited.save_revision().publish()
    ArticlePage.objects.filter(pk=story.pk).update(view_count=1234)
    ArticlePage.objects.filter(pk=edited.pk).update(view_count=56)
    DailyViews.objects.create(article=story, day=date(2026, 11, 30), views=1000)
    DailyViews.objects.create(article=story, day=date(2026, 12, 1), views=234)


def census() -> dict[str, Any]:
    """Everything the round trip must keep, in a form two databases can be compared by."""
    from django.core.files.storage import default_storage
    from wagtail.images import get_image_model
    from wagtail.models import Revision

    from news.models import ArticlePage
    from readership.models import DailyViews

    def dumped(value: Any) -> str:
        return json.dumps(value, sort_keys=True, default=str)

    def file_digest(name: str) -> str | None:
        if not default_storage.exists(name):
            return None
        with default_storage.open(name) as stream:
            return hashlib.sha256(stream.read()).hexdigest()

    articles = ArticlePage.objects.select_related("locale").order_by("pk")
    return {
        "stories": [
            [a.pk, a.locale.language_code, a.title, a.lead, dumped(a.body.raw_data), a.live]
            for a in articles
        ],
        "revisions": [
            [r.object_id, r.content_type_id, dumped(r.content)]
            for r in Revision.objects.order_by("pk")
        ],
        "translations": sorted(
            [str(a.translation_key), a.locale.language_code, a.title] for a in articles
        ),
        "images": [
            [image.title, image.file.name, image.width, image.height, file_digest(image.file.name)]
            for image in get_image_model().objects.order_by("pk")
        ],
        "view_counts": [[a.pk, a.view_count] for a in articles],
        "daily_views": [
            [row.article_id, row.day.isoformat(), row.views]
            for row in DailyViews.objects.order_by("article_id", "day")
        ],
    }


if __name__ == "__main__":
    import django

    django.setup()
    if sys.argv[1] == "seed":
        seed()
    else:
        print(json.dumps(census()))
