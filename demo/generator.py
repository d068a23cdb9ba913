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
from dataclasses import dataclass
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
    tag_ids = _tag_ids(language)
    author_ids = list(Author.objects.filter(locale=section.locale).values_list("pk", flat=True))
    articles = []
    for published_at in dates:
        topic = texts.TOPICS[rng.randrange(len(texts.TOPICS))][language]
        angle = texts.ANGLES[rng.randrange(len(texts.ANGLES))][language]
        article = ArticlePage(
            title=texts.HEADLINE[language].format(topic=topic, angle=angle),
            slug=f"story-{uuid.uuid4().hex[:12]}",
            published_at=published_at,
            subheadline=texts.SUBHEADLINES[rng.randrange(len(texts.SUBHEADLINES))][language],
            lead=texts.LEADS[rng.randrange(len(texts.LEADS))][language],
            body=_body(rng, language),
        )
        tags = rng.sample(tag_ids, 2)
        authors = [rng.choice(author_ids)] if author_ids and rng.random() < 0.8 else []
        articles.append(NewArticle(article, tags, authors))
    return insert_articles(month_folder(section, dates[0]), section, articles)


@dataclass
class NewArticle:
    """An unsaved article with its content fields set, and the keys of its tags and authors."""

    article: ArticlePage
    tag_ids: list[int]
    author_ids: list[int]


@transaction.atomic
def insert_articles(folder: Page, section: SectionPage, new: list[NewArticle]) -> int:
    """Insert live articles as the last children of `folder` (a month of `section`), in bulk.

    The caller gives each a unique slug and its publication time; the tree, the
    locale and the publication columns are filled in here.
    """
    folder = Page.objects.select_for_update().get(pk=folder.pk)
    last = Page.objects.filter(path__startswith=folder.path, depth=folder.depth + 1).order_by(
        "-path"
    )
    last_path = last.values_list("path", flat=True).first()
    position = Page._str2int(last_path[-Page.steplen :]) if last_path else 0
    content_type = ContentType.objects.get_for_model(ArticlePage)
    articles = [item.article for item in new]
    for offset, article in enumerate(articles, start=1):
        article.draft_title = article.title
        article.path = Page._get_path(folder.path, folder.depth + 1, position + offset)
        article.depth = folder.depth + 1
        article.numchild = 0
        article.url_path = f"{folder.url_path}{article.slug}/"
        article.content_type = content_type
        article.locale_id = section.locale_id
        article.live = True
        article.has_unpublished_changes = False
        article.first_published_at = article.last_published_at = article.published_at
        article.section_id = section.pk
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
        ArticleTag(content_object_id=item.article.pk, tag_id=tag)
        for item in new
        for tag in item.tag_ids
    )
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(article_id=item.article.pk, author_id=author, sort_order=order)
        for item in new
        for order, author in enumerate(item.author_ids)
    )
    Page.objects.filter(pk=folder.pk).update(numchild=F("numchild") + len(articles))
    return len(articles)
