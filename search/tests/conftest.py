from search.tests.engine_fixtures import sections, write  # noqa: F401
