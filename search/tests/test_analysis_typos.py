"""How many typos a word may have, and how many it has."""

import pytest

from search.analysis import edit_distance, typo_budget


@pytest.mark.parametrize(
    ("word", "budget"),
    [("", 0), ("bank", 0), ("банк", 0), ("crane", 1), ("санкции", 1), ("harbours", 1),
     ("sanctions", 2), ("Փաշինյանը", 2)],
)  # fmt: skip
def test_the_typo_budget_grows_with_the_words_length(word, budget):
    assert typo_budget(word) == budget


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("harbour", "harbour", 0),
        ("harbour", "harbur", 1),  # a letter missing
        ("harbour", "harbours", 1),  # an extra one
        ("harbour", "harbuor", 1),  # two swapped
        ("harbour", "harbeur", 1),  # one wrong
        ("санкции", "санкцин", 1),
        ("Փաշինյան", "Փաշինյնա", 1),
        ("sanctions", "sacntoins", 2),
        ("ca", "abc", 3),  # optimal string alignment: no edit of a swapped pair
        ("", "abc", 3),
    ],
)
def test_edit_distance_counts_each_kind_of_typo_once(a, b, distance):
    assert edit_distance(a, b, limit=5) == distance


def test_edit_distance_stops_past_the_limit():
    assert edit_distance("harbour", "sanctions", limit=2) == 3


def test_edit_distance_of_lengths_further_apart_than_the_limit_is_past_it():
    assert edit_distance("bank", "bankruptcy", limit=2) == 3


def test_edit_distance_within_the_limit_is_exact():
    assert edit_distance("kitten", "sitting", limit=3) == 3


def test_edit_distance_is_symmetric():
    assert edit_distance("harbuor", "harbour", 2) == edit_distance("harbour", "harbuor", 2)


def test_a_zero_limit_only_accepts_the_same_word():
    assert edit_distance("crane", "crane", 0) == 0
    assert edit_distance("crane", "crate", 0) == 1
