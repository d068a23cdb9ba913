"""The search index's own tables: one row per story readers may find, and the lexicon.

Wagtail's search (modelsearch) indexes a model in one language per backend: a language
argument has been asked for since 2015 (wagtail#1177) and two database backends for two
languages overwrite each other's index (wagtail#9253). Masthead's editions share one
tree, so readers' search keeps its own index, analysed per story by its language (see
search.analysis), beside Wagtail's, which the admin's page search keeps using.

The backends (search.backends) add what Django cannot declare: SQLite's FTS5 tables, and
PostgreSQL's per-row tsvector column with its GIN and trigram indexes.
"""

from django.db import models


class SearchDocument(models.Model):
    """A story as search reads it: its texts (for snippets) and their analysed forms.

    The `*_terms` columns hold what the backend's full-text index is built from: the
    stems on SQLite (FTS5 cannot call Python's stemmers), the folded words on PostgreSQL
    (stemmed there by the row's text search configuration). The `*_names` columns hold
    the cross-script keys of the names (search.analysis.name_keys).
    """

    article = models.OneToOneField(
        "news.ArticlePage", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(max_length=8)
    section_id = models.BigIntegerField(null=True)
    published_at = models.DateTimeField()
    headline = models.TextField()
    subheadline = models.TextField(blank=True)
    lead = models.TextField(blank=True)
    body = models.TextField(blank=True)
    headline_terms = models.TextField(blank=True)
    standfirst_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    headline_names = models.TextField(blank=True)
    standfirst_names = models.TextField(blank=True)
    body_names = models.TextField(blank=True)

    class Meta:
        db_table = "search_document"
        indexes = [models.Index(fields=["language", "-published_at"], name="search_doc_lang_date")]

    def __str__(self) -> str:
        return self.headline


class SearchTerm(models.Model):
    """Every folded word the index has seen in a language: what typos are corrected to.

    Words are never removed when a story is: a correction to a word no story has any
    more finds nothing and the next candidate is tried (search.spelling).
    """

    language = models.CharField(max_length=8)
    term = models.CharField(max_length=100)

    class Meta:
        db_table = "search_term"
        constraints = [
            models.UniqueConstraint(fields=["language", "term"], name="search_term_unique")
        ]

    def __str__(self) -> str:
        return f"{self.term} ({self.language})"


class RebuildProgress(models.Model):
    """Where `manage.py rebuild_search_index` got to, so that a restart continues there."""

    started_at = models.DateTimeField()
    last_article_id = models.BigIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "search_rebuild_progress"

    def __str__(self) -> str:
        return f"{self.done}/{self.total} after {self.last_article_id}"
