"""Generating many articles quickly, for benchmarks and for trying the admin at scale.

Creating pages one by one through Wagtail (add_child, a revision, publishing)
costs tens of milliseconds each, so 100,000 would take most of an hour. Here the
tree rows are computed and inserted in bulk: each article gets the next
materialised path under its month folder, as treebeard would give it. Generated
articles are live, without revisions (like pages imported by a migration), and
are not in the search index until `manage.py update_index`.
"""

import random
import uuid
from collections import defaultdict
from datetime import datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page
from wagtail.rich_text import RichText

from demo import texts
from news.archive import month_folder
from news.models import ArticleAuthor, ArticlePage, ArticleTag, Author, SectionPage

BATCH = 2000
SPREAD = timedelta(days=3 * 365)  # generated stories are spread over the last three years


def _body(rng: random.Random, language: str) -> list[tuple[str, RichText]]:
    sentences = rng.sample(texts.SENTENCES, 12)
    return [
        (
            "paragraph",
            RichText("<p>" + " ".join(s[language] for s in sentences[i : i + 4]) + "</p>"),
        )
        for i in range(0, 12, 4)
    ]


def _tag_ids(language: str) -> list[int]:
    from taggit.models import Tag

    return [Tag.objects.get_or_create(name=tag[language])[0].pk for tag in texts.TAGS]


def generate_articles(count: int, *, seed: int = 1, now: datetime | None = None) -> int:
    """Add `count` live articles across every section of every edition; returns how many."""
    sections = list(SectionPage.objects.select_related("locale").order_by("path"))
    if not sections:
        raise ValueError("No sections: run `manage.py load_demo` (or create sections) first.")
    rng = random.Random(seed)
    now = now or timezone.now()
    step = SPREAD / max(count, 1)
    plan: dict[tuple[int, str], list[datetime]] = defaultdict(list)
    for number in range(count):
        section = sections[number % len(sections)]
        published_at = now - step * number - timedelta(seconds=rng.randint(0, 59))
        plan[(section.pk, published_at.strftime("%Y-%m"))].append(published_at)
    by_pk = {section.pk: section for section in sections}
    made = 0
    for (section_pk, _month), dates in plan.items():
        section = by_pk[section_pk]
        for start in range(0, len(dates), BATCH):
            made += _insert_batch(section, dates[start : start + BATCH], rng)
    # Fresh statistics: with the old ones the planner takes a locale of 30,000 pages for a
    # few dozen and sorts them all for the home page (110 ms instead of a few).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return made


@transaction.atomic
def _insert_batch(section: SectionPage, dates: list[datetime], rng: random.Random) -> int:
    language = section.locale.language_code
    folder = month_folder(section, dates[0])
    folder = Page.objects.select_for_update().get(pk=folder.pk)
    last = Page.objects.filter(path__startswith=folder.path, depth=folder.depth + 1).order_by(
        "-path"
    )
    last_path = last.values_list("path", flat=True).first()
    position = Page._str2int(last_path[-Page.steplen :]) if last_path else 0
    content_type = ContentType.objects.get_for_model(ArticlePage)
    tag_ids = _tag_ids(language)
    author_ids = list(Author.objects.filter(locale=section.locale).values_list("pk", flat=True))

    articles = []
    for offset, published_at in enumerate(dates, start=1):
        topic = texts.TOPICS[rng.randrange(len(texts.TOPICS))][language]
        angle = texts.ANGLES[rng.randrange(len(texts.ANGLES))][language]
        title = f"{topic}: {angle}"
        slug = f"story-{uuid.uuid4().hex[:12]}"
        articles.append(
            ArticlePage(
                title=title,
                draft_title=title,
                slug=slug,
                path=Page._get_path(folder.path, folder.depth + 1, position + offset),
                depth=folder.depth + 1,
                numchild=0,
                url_path=f"{folder.url_path}{slug}/",
                content_type=content_type,
                locale_id=section.locale_id,
                translation_key=uuid.uuid4(),
                live=True,
                has_unpublished_changes=False,
                first_published_at=published_at,
                last_published_at=published_at,
                published_at=published_at,
                subheadline=texts.SUBHEADLINES[rng.randrange(len(texts.SUBHEADLINES))][language],
                lead=texts.LEADS[rng.randrange(len(texts.LEADS))][language],
                body=_body(rng, language),
                section_id=section.pk,
            )
        )
    # Django cannot bulk-create multi-table models: insert the Page rows, then the
    # ArticlePage rows pointing at them.
    pages = Page.objects.bulk_create(
        [
            Page(
                **{
                    f.attname: getattr(a, f.attname)
                    for f in Page._meta.concrete_fields
                    if not f.primary_key
                }
            )
            for a in articles
        ]
    )
    for article, page in zip(articles, pages, strict=True):
        article.page_ptr_id = article.id = page.pk
    ArticlePage.objects._insert(  # noqa: SLF001 (no public bulk insert for MTI children)
        articles, fields=ArticlePage._meta.local_concrete_fields, raw=True
    )
    ArticleTag.objects.bulk_create(
        ArticleTag(content_object_id=a.pk, tag_id=tag)
        for a in articles
        for tag in rng.sample(tag_ids, 2)
    )
    if author_ids:
        ArticleAuthor.objects.bulk_create(
            ArticleAuthor(article_id=a.pk, author_id=rng.choice(author_ids), sort_order=0)
            for a in articles
            if rng.random() < 0.8
        )
    Page.objects.filter(pk=folder.pk).update(numchild=F("numchild") + len(articles))
    return len(articles)
