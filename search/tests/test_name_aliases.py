"""Editors' name aliases: spellings no rule produces, editable in the admin, used at once."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from search.analysis import alias_keys, name_keys
from search.models import NameAlias

pytestmark = pytest.mark.django_db

LIST_URL = "wagtailsnippets_search_namealias:list"
ADD_URL = "wagtailsnippets_search_namealias:add"


def key(word: str) -> str:
    (only,) = name_keys(word)
    return only


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("chief", "chief@example.com", "pw")
    client.force_login(user)
    return client


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


def test_a_spelling_of_several_words_contributes_each_words_keys():
    NameAlias.objects.create(name="Ter-Petrosyan", spellings="Тер-Петросян")

    assert key("Petrosyan") in alias_keys(key("Тер"))


def test_the_admin_lists_the_aliases(admin_client):
    NameAlias.objects.create(name="Bakı", spellings="Baku")

    response = admin_client.get(reverse(LIST_URL))

    assert response.status_code == 200
    assert "Bakı" in response.content.decode()


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
