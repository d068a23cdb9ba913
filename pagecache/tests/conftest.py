import pytest


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Make changes as the newsroom does, running the commit hooks (the invalidation)."""

    def publish(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return publish
