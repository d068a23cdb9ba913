"""Stories into the index and out of it: what a search document holds, and when.

Readers may find a story exactly when they may read it: live and not behind a view
restriction (news.models.stories.published_articles). Drafts and scheduled stories are
not live, so they never get a document; a story unpublished, made private or deleted
loses its document the next time it is indexed, which every save queues (search.signals).
"""

import logging
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from news.models import ArticlePage
from news.models.stories import published_articles
from search import analysis
from search.backends import current_backend
from search.documents import SearchDocument

logger = logging.getLogger("search")

MAX_TERM_LENGTH = 100


def body_text(article: ArticlePage) -> str:
    """The body's readable text, as Wagtail's own index extracts it (tags stripped)."""
    field = ArticlePage._meta.get_field("body")
    return "\n".join(piece for piece in field.get_searchable_content(article.body) if piece)


def is_name(word: str) -> bool:
    return len(word) > 2 and word[0].isupper()


def analyse(text: str, language: str, lexicon: set[tuple[str, str]]) -> tuple[str, str]:
    """(terms, names) columns for `text`; its folded words are added to `lexicon`."""
    typed = analysis.words(text)
    folded = [analysis.fold(word, language) for word in typed]
    lexicon.update((language, word) for word in folded if len(word) <= MAX_TERM_LENGTH)
    names: set[str] = set()
    for word in typed:
        if is_name(word):
            names |= analysis.name_keys(word)
    return current_backend().analysed(folded, language), " ".join(sorted(names))


def document_for(article: ArticlePage, lexicon: set[tuple[str, str]]) -> SearchDocument:
    language = article.locale.language_code
    body = body_text(article)
    standfirst = f"{article.subheadline}\n{article.lead}"
    headline_terms, headline_names = analyse(article.title, language, lexicon)
    standfirst_terms, standfirst_names = analyse(standfirst, language, lexicon)
    body_terms, body_names = analyse(body, language, lexicon)
    return SearchDocument(
        article_id=article.pk,
        language=language,
        section_id=article.section_id,
        published_at=article.published_at or article.first_published_at or timezone.now(),
        headline=article.title,
        subheadline=article.subheadline,
        lead=article.lead,
        body=body,
        headline_terms=headline_terms,
        standfirst_terms=standfirst_terms,
        body_terms=body_terms,
        headline_names=headline_names,
        standfirst_names=standfirst_names,
        body_names=body_names,
    )


def findable(article_ids: Iterable[int]):
    return published_articles().order_by().select_related("locale").filter(pk__in=article_ids)


@transaction.atomic
def index_stories(article_ids: list[int]) -> int:
    """Bring these stories' documents up to date: written if findable, removed if not."""
    lexicon: set[tuple[str, str]] = set()
    documents = [document_for(article, lexicon) for article in findable(article_ids)]
    SearchDocument.objects.filter(article_id__in=article_ids).delete()
    SearchDocument.objects.bulk_create(documents)
    current_backend().add_terms(lexicon)
    return len(documents)


def index_story(article_id: int) -> None:
    index_stories([article_id])
