import pytest


@pytest.fixture(autouse=True)
def no_aliases_kept_from_an_earlier_test():
    """Each test reads the name aliases of its own database, not a copy an earlier test's
    (rolled back) aliases left in this process."""
    from search.analysis.aliases import forget_local_copy

    forget_local_copy()
    yield
