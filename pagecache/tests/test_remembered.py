"""What every page reads alike is read once per process, and again exactly when it changes."""

import time

from django.core.cache import cache

from pagecache import store
from pagecache.remembered import remembered


class Reads:
    """A compute function that counts its calls and returns the latest value set."""

    def __init__(self, value: str):
        self.value = value
        self.count = 0

    def __call__(self) -> str:
        self.count += 1
        return self.value


def test_a_value_is_read_once_while_the_site_is_unchanged():
    reads = Reads("menu")

    assert [remembered("menu", reads) for _ in range(3)] == ["menu"] * 3
    assert reads.count == 1


def test_a_site_change_made_in_this_process_is_read_at_once():
    reads = Reads("old name")
    remembered("name", reads)

    reads.value = "new name"
    store.invalidate_site()

    assert remembered("name", reads) == "new name"


def test_a_change_made_by_another_process_is_read_within_the_version_interval():
    reads = Reads("old name")
    remembered("name", reads)
    reads.value = "new name"

    cache.set(store.SITE_VERSION_KEY, time.time_ns(), None)  # another process's invalidation
    time.sleep(store.VERSION_SECONDS)

    assert remembered("name", reads) == "new name"


def test_a_value_depending_on_a_list_is_read_again_when_the_list_changes():
    reads = Reads("five stories")
    remembered("section list", reads, also_depends_on=(store.path_version_key("/en/politics/"),))
    reads.value = "six stories"

    store.invalidate_paths({"/en/economy/"})
    assert remembered("section list", reads, (store.path_version_key("/en/politics/"),)) == (
        "five stories"
    )
    store.invalidate_paths({"/en/politics/"})
    assert remembered("section list", reads, (store.path_version_key("/en/politics/"),)) == (
        "six stories"
    )


def test_a_value_read_while_an_invalidation_lands_is_not_kept():
    reads = Reads("read before the change")

    def read_during_a_change() -> str:
        store.invalidate_site()
        return reads()

    remembered("name", read_during_a_change)
    reads.value = "read after the change"

    assert remembered("name", reads) == "read after the change"
