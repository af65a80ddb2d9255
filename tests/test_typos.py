"""Typing slips: one slip each, never at the first letter, on a QWERTY keyboard's neighbouring keys."""

from hypothesis import given
from hypothesis import strategies as st
from jellyfish import damerau_levenshtein_distance

from screening.typos import NEIGHBOURS, doubled, slips, struck_or_swapped

_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=12)


def test_neighbouring_keys_are_those_around_a_key() -> None:
    """A key touches the keys beside it and the two above and below it (the rows are staggered)."""
    assert set(NEIGHBOURS["a"]) == set("qwsz")
    assert set(NEIGHBOURS["s"]) == set("adwezx")
    assert set(NEIGHBOURS["b"]) == set("vngh")
    assert set(NEIGHBOURS["p"]) == set("ol")
    assert all(key in NEIGHBOURS[near] for key, around in NEIGHBOURS.items() for near in around)  # symmetric


def test_the_slips_of_a_word_are_what_typists_make() -> None:
    assert {"limted", "limitted", "lmiited", "limitrd"} <= slips("limited")
    assert "imited" not in slips("limited")  # (the first letter dropped)
    assert doubled("llc") == {"lllc", "llcc"}
    assert {"lsbs", "lbas", "lasb", "labz"} <= struck_or_swapped("labs")
    assert "kabs" not in struck_or_swapped("labs")


def test_a_short_word_struck_without_vowels_makes_no_vowel() -> None:
    """`intl` struck as `into`, `grup` as `grip`: slips that make words, left out where `vowels` is False."""
    assert "into" in struck_or_swapped("intl")
    assert "into" not in struck_or_swapped("intl", vowels=False)
    assert "grip" not in struck_or_swapped("grup", vowels=False)
    assert "gurp" in struck_or_swapped("grup", vowels=False)  # (a swap moves a vowel, makes none)


@given(_WORDS)
def test_every_slip_is_one_edit_away_and_keeps_the_first_letter(word: str) -> None:
    for slip in slips(word):
        assert slip != word
        assert slip[0] == word[0]
        assert damerau_levenshtein_distance(slip, word) == 1


@given(_WORDS)
def test_the_slips_without_vowels_are_some_of_the_slips(word: str) -> None:
    assert struck_or_swapped(word, vowels=False) <= struck_or_swapped(word) <= slips(word)
