"""Editors' name aliases: spellings no rule produces, editable in the admin, used at once."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.urls import reverse

from search.analysis import alias_keys, aliases, name_keys
from search.models import NameAlias

pytestmark = pytest.mark.django_db

LIST_URL = "wagtailsnippets_search_namealias:list"
ADD_URL = "wagtailsnippets_search_namealias:add"


@pytest.fixture(autouse=True)
def no_aliases_kept_between_tests():
    """Each test reads its own database's aliases, and leaves no copy of them behind in
    this process for the next test (whose database never had them)."""
    aliases.forget_local_copy()
    yield
    aliases.forget_local_copy()


def key(word: str) -> str:
    """The key of the word as written: the longest of its keys (a word that looks
    declined, as "Bakı" does, also has its would-be nominative's, "bak")."""
    return max(name_keys(word), key=len)


def editor_with(*codenames: str):
    group = Group.objects.create(name="Search editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    group.permissions.add(*Permission.objects.filter(codename__in=codenames))
    user = get_user_model().objects.create_user("editor", "editor@example.com", "pw")
    user.groups.add(group)
    return user


def test_a_name_no_alias_lists_has_no_alias_keys():
    assert alias_keys(key("Baku")) == set()


def test_adding_an_alias_changes_alias_keys_at_once():
    assert key("Baku") not in alias_keys(key("Bakı"))

    NameAlias.objects.create(name="Bakı", spellings="Baku\nБаку")

    assert key("Baku") in alias_keys(key("Bakı"))
    assert key("Bakı") in alias_keys(key("Baku"))


def test_every_spelling_of_an_alias_leads_to_every_other():
    NameAlias.objects.create(name="Sargsyan", spellings="Sarkisyan\nСаркисян\n\n  Sarkissian  ")

    found = alias_keys(key("Саркисян"))

    assert {key("Sargsyan"), key("Sarkisyan"), key("Sarkissian")} <= found


def test_an_edited_alias_forgets_the_spelling_it_no_longer_lists():
    alias = NameAlias.objects.create(name="Bakı", spellings="Baku")
    assert alias_keys(key("Baku"))

    alias.spellings = "Bakou"
    alias.save()

    assert alias_keys(key("Baku")) == set()
    assert key("Bakı") in alias_keys(key("Bakou"))


def test_a_deleted_alias_is_forgotten_at_once():
    alias = NameAlias.objects.create(name="Bakı", spellings="Baku")
    assert alias_keys(key("Baku"))

    alias.delete()

    assert alias_keys(key("Baku")) == set()


def test_an_alias_saved_by_another_process_is_seen_once_this_process_rechecks(monkeypatch):
    assert alias_keys(key("Baku")) == set()
    # What another process's save leaves here: the row, and a new version in the cache.
    NameAlias.objects.bulk_create([NameAlias(name="Bakı", spellings="Baku")])
    cache.set(aliases.VERSION_KEY, time.time_ns(), None)

    assert alias_keys(key("Baku")) == set()  # this process's copy, trusted a moment

    monkeypatch.setattr(aliases, "RECHECK_SECONDS", 0)
    assert key("Bakı") in alias_keys(key("Baku"))


def test_another_process_reads_the_table_from_the_cache_not_the_database(
    django_assert_num_queries,
):
    NameAlias.objects.create(name="Bakı", spellings="Baku")
    alias_keys(key("Baku"))
    aliases.forget_local_copy()  # as a process that never read it

    with django_assert_num_queries(0):
        assert key("Bakı") in alias_keys(key("Baku"))


def test_a_spelling_of_several_words_contributes_each_words_keys():
    NameAlias.objects.create(name="Ter-Petrosyan", spellings="Тер-Петросян")

    assert key("Petrosyan") in alias_keys(key("Тер"))


def test_the_admin_lists_the_aliases(admin_client):
    NameAlias.objects.create(name="Bakı", spellings="Baku")

    response = admin_client.get(reverse(LIST_URL))

    assert response.status_code == 200
    assert "Bakı" in response.content.decode()


def test_editors_find_an_alias_by_one_of_its_spellings(admin_client):
    NameAlias.objects.create(name="Bakı", spellings="Baku")
    NameAlias.objects.create(name="Sargsyan", spellings="Sarkisyan")

    html = admin_client.get(reverse(LIST_URL), {"q": "Sarkis"}).content.decode()

    assert "Sargsyan" in html
    assert "Bakı" not in html


def test_an_editor_adds_an_alias_in_the_admin_and_search_uses_it(admin_client):
    response = admin_client.post(
        reverse(ADD_URL), {"name": "Hovhannisyan", "spellings": "Оганесян\nOganesyan"}
    )

    assert response.status_code == 302
    assert NameAlias.objects.get().name == "Hovhannisyan"
    assert key("Hovhannisyan") in alias_keys(key("Оганесян"))


def test_an_alias_without_spellings_is_a_form_error_and_nothing_is_saved(admin_client):
    response = admin_client.post(reverse(ADD_URL), {"name": "Bakı", "spellings": ""})

    assert response.status_code == 200
    assert response.context["form"].errors["spellings"]
    assert not NameAlias.objects.exists()


def test_an_editor_with_the_permission_sees_the_aliases(client):
    client.force_login(editor_with("view_namealias"))

    assert client.get(reverse(LIST_URL)).status_code == 200


def test_an_editor_without_the_permission_cannot_see_them(client):
    client.force_login(editor_with())

    response = client.get(reverse(LIST_URL))

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_the_aliases_are_in_the_admins_search_menu(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()

    assert reverse(LIST_URL) in html
