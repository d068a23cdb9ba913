"""Indexing through the worker: a publish returns at once, the worker indexes within
its poll interval (run_worker --interval, 1 s by default)."""

from django_tasks import task

from search.indexing import index_story


@task()
def index_story_task(article_id: int) -> None:
    index_story(article_id)
