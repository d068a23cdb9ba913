"""The language layer's words, folding and stems: what makes one word find another."""

import pytest

from search.analysis import fold, name_keys, stem, word_terms, words


def terms(text: str, language: str) -> list[str]:
    return [stem(word, language) for word in words(fold(text, language))]


def test_words_splits_every_script_and_drops_punctuation():
    text = "Лукашенко, Pashinyan — Փաշինյան; Əliyev! (2026)"

    assert words(text) == ["Лукашенко", "Pashinyan", "Փաշինյան", "Əliyev", "2026"]


def test_words_keeps_armenian_marks_from_splitting_a_word():
    assert words("Ինչո՞ւ է նա եկել") == ["Ինչու", "է", "նա", "եկել"]


def test_words_reads_an_english_possessive_as_the_name():
    assert words("Lukashenko's aide") == ["Lukashenko", "aide"]


def test_words_joins_a_word_split_by_an_apostrophe():
    assert words("O'Brien and O’Brien") == ["OBrien", "and", "OBrien"]


def test_words_keeps_a_stress_accent_inside_the_word():
    assert words("замо́к") == ["замо́к"]


def test_words_of_only_punctuation_or_emoji_is_empty():
    assert words('"*^-() NEAR: 🙂\x00') == ["NEAR"]
    assert words("?!… — 🙂") == []


def test_words_drops_underscores():
    assert words("headline:_x_") == ["headline", "x"]


def test_fold_ignores_case_and_accents():
    assert fold("Café NAÏVE Łódź", "en") == "cafe naive lodz"


def test_fold_reads_russian_yo_as_ye():
    assert fold("Ёлка", "ru") == fold("елка", "ru") == "елка"


def test_fold_keeps_russian_short_i():
    assert fold("Мой", "ru") != fold("Мои", "ru")


def test_fold_reads_azerbaijani_capitals_turkish_style():
    assert fold("İLHAM", "az") == "ilham"
    assert fold("BAKI", "az") == fold("Bakı", "az")


def test_fold_lets_azerbaijani_be_typed_without_its_letters():
    assert fold("Gəncə Şəki Ağdam Göyçay Üçüncü", "az") == "gence seki agdam goycay ucuncu"


def test_fold_leaves_no_combining_dot_when_another_edition_lowers_a_dotted_capital():
    assert fold("İstanbul", "en") == "istanbul"


def test_fold_reads_the_armenian_ligature_and_its_spellings_alike():
    assert fold("Երևան", "hy") == fold("ԵՐԵՎԱՆ", "hy") == fold("Երեւան", "hy")


def test_fold_of_ascii_is_its_lower_case():
    assert fold("Harbour CRANES", "en") == "harbour cranes"


@pytest.mark.parametrize("form", ["sanctions", "sanctioned", "Sanctioning"])
def test_english_forms_share_the_stem(form):
    assert terms(form, "en") == terms("sanction", "en")


@pytest.mark.parametrize("form", ["санкций", "санкциям", "Санкциями"])
def test_russian_forms_share_the_stem(form):
    assert terms(form, "ru") == terms("санкции", "ru")


def test_russian_yo_and_ye_spellings_share_the_stem():
    assert terms("Объём", "ru") == terms("объем", "ru")


@pytest.mark.parametrize("form", ["պատժամիջոցները", "Պատժամիջոցների"])
def test_armenian_forms_share_the_stem(form):
    assert terms(form, "hy") == terms("պատժամիջոցներ", "hy")


def test_azerbaijani_words_are_their_own_stem():
    assert stem("sanksiyalar", "az") == "sanksiyalar"


def test_unrelated_words_keep_different_stems():
    assert terms("sanction", "en") != terms("section", "en")
    assert terms("санкции", "ru") != terms("санитары", "ru")


def test_a_cyrillic_quotation_stems_as_russian_in_any_edition():
    assert stem("санкциям", "en") == stem("санкциям", "ru")


@pytest.mark.parametrize(
    ("word", "language"), [("Sanctions", "en"), ("Санкциям", "ru"), ("Երևան", "hy"), ("Şuşa", "az")]
)
def test_word_terms_answers_what_the_three_functions_answer(word, language):
    folded = fold(word, language)

    assert word_terms(word, language) == (folded, stem(folded, language), name_keys(word))


@pytest.mark.parametrize(
    "hostile",
    [
        "\x00\x01\x1f\x7f",
        '"unbalanced ( headline: NEAR(a b) -x ^2 a* OR NOT',
        "'; DROP TABLE news_articlepage; --",
        "🙂🇦🇲👩‍👩‍👧 ZWJ\u200dJOINED",
        "Лukashenко Փաշinyan Əлиев",  # scripts mixed inside words
        "\u0301\u0308 marks with nothing under them",
        "x" * 10_000,
    ],
)
def test_hostile_text_gives_words_and_terms_never_an_error(hostile):
    found = words(hostile)

    for word in found:
        assert word.isalnum() or any(ch.isalpha() for ch in word)
        assert isinstance(stem(fold(word, "ru"), "ru"), str)
        assert all(key.isascii() for key in name_keys(word))
    assert not any(ch in word for word in found for ch in "\"'();:*^-\x00")
