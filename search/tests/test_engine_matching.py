"""What a query matches, on whichever backend the tests run (SQLite here; PostgreSQL
through test_engine_on_postgresql)."""

import pytest

from search.query import StorySearch, search_stories
from search.tests.engine_fixtures import found

pytestmark = pytest.mark.django_db


def test_an_english_word_finds_its_other_forms(write):
    write("en", "Sanctions announced")
    write("en", "The council sanctioned the plan")
    write("en", "Harbour reopens")

    assert sorted(found("sanction")) == ["Sanctions announced", "The council sanctioned the plan"]


def test_a_russian_word_finds_its_other_cases(write):
    write("ru", "Список санкций", "О санкциях говорили долго.")
    write("ru", "Ответ санкциям")
    write("ru", "Погода в столице")

    assert sorted(found("санкции", "ru")) == ["Ответ санкциям", "Список санкций"]


def test_an_armenian_word_finds_its_other_forms(write):
    write("hy", "Կառավարության նիստը")
    write("hy", "Եղանակը մայրաքաղաքում")

    assert found("կառավարություն", "hy") == ["Կառավարության նիստը"]


def test_case_and_accents_do_not_matter_and_yo_is_ye(write):
    write("ru", "Расчёт бюджета")
    write("en", "Café owners protest")

    assert found("РАСЧЕТ", "ru") == ["Расчёт бюджета"]
    assert found("cafe OWNERS") == ["Café owners protest"]


def test_azerbaijani_letters_fold_to_what_a_latin_keyboard_types(write):
    write("az", "Gəncədə yeni körpü", "İlham Əliyev Bakıda çıxış etdi.")

    assert found("gencede", "az") == ["Gəncədə yeni körpü"]
    assert found("İLHAM", "az") == ["Gəncədə yeni körpü"]
    assert found("cixis", "az") == ["Gəncədə yeni körpü"]


def test_an_azerbaijani_word_finds_its_suffixed_forms_by_prefix(write):
    write("az", "Bakıda yeni körpü")
    write("az", "Bakının küçələri")
    write("az", "Bakan şəhəri")  # shorter than the word searched: not a form of it

    assert sorted(found("Bakı", "az")) == ["Bakıda yeni körpü", "Bakının küçələri"]


def test_a_latin_name_finds_its_cyrillic_spelling_and_back(write):
    write("ru", "Лукашенко встретился с Тихановским", "Светлана Тихановская ответила.")
    write("en", "Tikhanovsky speaks", "Lukashenko was not there.")

    everywhere = {"all_editions": True}
    assert found("Lukashenko", "en", **everywhere) == [
        "Лукашенко встретился с Тихановским",
        "Tikhanovsky speaks",
    ]
    assert "Tikhanovsky speaks" in found("Тихановский", "ru", **everywhere)


def test_an_armenian_name_is_found_by_its_latin_spelling(write):
    write("hy", "Նիկոլ Փաշինյան", "Վարչապետը խոսեց։")

    assert found("Pashinyan", "hy") == ["Նիկոլ Փաշինյան"]


def test_aliyev_finds_the_azerbaijani_and_the_russian_spellings(write):
    write("az", "Əliyev çıxış etdi")
    write("ru", "Алиев выступил")

    assert sorted(found("Aliyev", "en", all_editions=True)) == sorted(
        ["Алиев выступил", "Əliyev çıxış etdi"]
    )


def test_an_alias_editors_add_finds_a_spelling_no_rule_produces(write):
    from search.models import NameAlias

    write("en", "Big Ben chimes again")
    assert found("Bigbenski") == []

    NameAlias.objects.create(name="Ben", spellings="Bigbenski")

    assert found("Bigbenski") == ["Big Ben chimes again"]


def test_one_typo_in_a_word_of_five_to_eight_letters_still_finds_it(write):
    write("en", "Harbour cranes return")

    results = search_stories(StorySearch(text="cranse", language="en"))

    assert [hit.article.title for hit in results.hits] == ["Harbour cranes return"]
    assert results.searched_for == "cranes"


def test_two_typos_in_a_word_of_nine_letters_or_more_still_find_it(write):
    write("en", "Parliament votes")

    results = search_stories(StorySearch(text="parlaimant", language="en"))

    assert [hit.article.title for hit in results.hits] == ["Parliament votes"]
    assert results.searched_for == "parliament"


def test_a_word_of_four_letters_is_not_corrected(write):
    write("en", "Bank rates")

    assert found("bnak") == []


def test_a_query_with_no_results_offers_the_closest_spelling_in_the_index(write):
    write("en", "Harbour cranes return")

    results = search_stories(StorySearch(text="hrabuor", language="en"))

    assert results.hits == []
    assert results.did_you_mean == "harbour"


def test_quoted_words_match_only_as_a_phrase(write):
    write("en", "Central bank raises rates")
    write("en", "Bank holiday in the central square")

    assert found('"central bank"') == ["Central bank raises rates"]
    assert sorted(found("central bank")) == [
        "Bank holiday in the central square",
        "Central bank raises rates",
    ]


def test_with_prefix_the_last_word_matches_as_a_prefix(write):
    write("en", "Parliament votes")

    assert found("parl") == []
    assert found("parl", prefix=True) == ["Parliament votes"]
    assert found("votes parl", prefix=True) == ["Parliament votes"]


def test_drafts_are_never_found(write, sections, django_capture_on_commit_callbacks):
    from news.tests.factories import make_article

    with django_capture_on_commit_callbacks(execute=True):
        make_article(sections["en"], "Harbour draft", publish=False)

    assert found("harbour") == []
