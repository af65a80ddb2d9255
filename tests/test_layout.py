"""`screening.layout`: Russian typed on the English keyboard layout is retyped and screened."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import screening
from screening.layout import _EN, _RU, as_russian, looks_slipped
from screening.normalize import normalize


@pytest.mark.parametrize(("typed", "meant"), [("Kf,jhfnjhbz Rfcgthcrjuj", "Лаборатория Касперского"),
                                              ("Uth,th Vb[fbk", "Гербер Михаил"),
                                              ("Ptyrby Ltybc Dkflbvbhjdbx", "Зенкин Денис Владимирович")])
def test_slipped_text_is_spotted_and_retyped(typed: str, meant: str) -> None:
    assert looks_slipped(typed)
    assert as_russian(typed) == meant


@pytest.mark.parametrize("name", ["Charles Schwab", "Strong Technologies Pty Ltd", "Schmidt GmbH", "Kaspersky Lab",
                                  "Daniil Sergejewitsch Borschtschew", "Лаборатория", "KPMG"])
def test_ordinary_names_are_not_retyped(name: str) -> None:
    assert normalize(name).alternates == ()


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюя", min_size=4, max_size=12))
def test_retyping_undoes_the_slip(word: str) -> None:
    typed = word.translate(str.maketrans(_RU, _EN))
    if as_russian(typed) is not None:
        assert as_russian(typed) == word


def test_a_slipped_name_is_screened_as_retyped() -> None:
    screener = screening.Screener()
    result = screener.screen("Kf,jhfnjhbz Rfcgthcrjuj")
    assert result.hits and result.hits[0].party.id == "kaspersky-ao"
    assert screener.screen("Ptyrby Ltybc Dkflbvbhjdbx").hits[0].party.id == "ofac-45864"


@given(st.text(alphabet="aeiouyAEIOUYbcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ ,.-&1", max_size=40))
def test_the_quick_answer_agrees_with_the_rule(text: str) -> None:
    """`looks_slipped` answers most names from their vowel count alone; that never changes its answer."""
    import re

    from screening.layout import INNER_KEY, word_looks_slipped

    words = re.findall("[A-Za-z]+", text)
    letters = sum(map(len, words))
    vowels = sum(c in "aeiouyAEIOUY" for c in text)
    expected = bool(INNER_KEY.search(text)) or (any(map(word_looks_slipped, words)) and vowels < 0.2 * letters)
    assert looks_slipped(text) == expected


def test_only_the_capped_text_is_read_for_a_slip() -> None:
    """A slip past the length cap is not screened: the normaliser reads only the first `max_chars`."""
    assert normalize("Acme Trading " * 10 + "Kf,jhfnjhbz", max_chars=40).alternates == ()
    assert normalize("Kf,jhfnjhbz Rfcgthcrjuj", max_chars=40).alternates != ()
