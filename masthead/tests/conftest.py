import pytest

from conftest import fresh_postgres_database
from masthead.tests.stack import production_stack


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    """One production stack (bin/run-production) for every module that reads from it: a
    start-up costs a minute (migrations, the demo outlet, collectstatic)."""
    with fresh_postgres_database() as database_url:
        var, media = tmp_path_factory.mktemp("production"), tmp_path_factory.mktemp("media")
        with production_stack(database_url, var, media) as running:
            yield running
