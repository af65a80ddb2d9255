"""Token similarity: an edit budget that grows with length, none for short tokens."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screening.romanize import skeleton
from screening.similarity import edit_budget, token_similarity


def sim(a: str, b: str) -> float:
    return token_similarity(skeleton(a), skeleton(b))


@pytest.mark.parametrize("typo", ["kaspresky", "kspersky", "kasppersky", "caspersky", "kaspesky", "kasperksy"])
def test_one_or_two_slips_in_a_long_token_match(typo: str) -> None:
    """Typos of a long distinctive token stay close."""
    assert sim(typo, "kaspersky") >= 0.75


@pytest.mark.parametrize("other", ["kasper", "kaspi", "kasparov", "kaspien", "casper", "kaseya"])
def test_lookalike_words_do_not_match(other: str) -> None:
    """A shared prefix is not a match: length and edits both count."""
    assert sim(other, "kaspersky") == 0.0


def test_short_tokens_get_no_fuzzy_allowance() -> None:
    """Four letters or fewer must match exactly."""
    assert edit_budget(4) == 0
    assert sim("igor", "egor") == 0.0
    assert sim("labs", "lsbs") == 0.0


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=20), st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=20))
def test_similarity_is_symmetric_and_in_unit_interval(a: str, b: str) -> None:
    """Similarity is in [0, 1] and does not depend on argument order."""
    s = token_similarity(a, b)
    assert 0.0 <= s <= 1.0
    assert s == token_similarity(b, a)


def test_long_junk_is_capped() -> None:
    """Huge tokens are cut before the quadratic edit distance."""
    assert 0.0 <= token_similarity("a" * 100_000, "a" * 99_999 + "b") <= 1.0


def test_the_budget_table_is_edit_budget() -> None:
    from screening.similarity import _BUDGETS, MAX_TOKEN

    assert list(_BUDGETS) == [edit_budget(n) for n in range(MAX_TOKEN + 1)]
