"""Russian case endings on a listed person's name parts (`screening.cases`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import screening
from screening.cases import declined
from screening.romanize import skeleton

Status = screening.Status


@pytest.fixture(scope="module")
def screener() -> screening.Screener:
    return screening.Screener()


@pytest.mark.parametrize(("word", "listed", "part"), [
    ("борщеву", "borshchev", "family"), ("тихоновым", "tikhonov", "family"), ("кулашовой", "kulashova", "family"),
    ("даниилу", "daniil", "given"), ("игорю", "igor", "given"), ("андрею", "andrei", "given"),
    ("андреем", "andrei", "given"), ("анну", "anna", "given"), ("сергеевичу", "sergeevich", "patronymic"),
    ("владимировной", "vladimirovna", "patronymic"),
])
def test_a_declined_part_reads_as_the_listed_one(word: str, listed: str, part: str) -> None:
    """Dative, genitive, accusative or instrumental, romanised and folded as the normaliser folds them."""
    found = declined(skeleton(screening.normalize_name(word)), frozenset({skeleton(listed)}), part)
    assert found == skeleton(listed)


@pytest.mark.parametrize(("word", "listed", "part"), [
    ("tikhonova", "tikhonov", "family"),  # a woman's surname, never read as his genitive
    ("tikhonove", "tikhonov", "family"),  # no prepositional
    ("borshchev", "borshchev", "family"),  # the part itself is no declined form
    ("igorevich", "igor", "given"),  # a patronymic made from the name is no case of it
    ("an", "a", "given"),  # too short a name to decline
])
def test_other_words_are_not_declined_forms(word: str, listed: str, part: str) -> None:
    assert declined(skeleton(word), frozenset({skeleton(listed)}), part) == ""


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=12))
def test_a_declined_form_is_never_the_listed_part_itself(name: str) -> None:
    listed = skeleton(name)
    for part in ("family", "given", "patronymic"):
        assert declined(listed, frozenset({listed}), part) == ""


@pytest.mark.parametrize(("query", "party", "status"), [
    ("Борщеву Даниилу Сергеевичу", "ofac-45862", Status.MATCH),  # a payment order's recipient, dative
    ("Игорю Чекунову", "ofac-45849", Status.MATCH),
    ("Тихонову А.Г.", "ofac-45815", Status.REVIEW),  # with initials, as the name alone is
    ("Перевод Борщеву Даниилу Сергеевичу по договору займа", "ofac-45862", Status.REVIEW),  # amid a memo
    ("с Тихоновым Андреем", "ofac-45815", Status.REVIEW),
    ("Тихонова Андрея Геннадьевича", "ofac-45815", Status.MATCH),  # his genitive, beside his declined names
    ("в лице Кулашовой Анны Владимировны", "ofac-45860", Status.REVIEW),  # `Анны`, though Ani is a name
])
def test_a_listed_person_named_in_a_case_hits(screener: screening.Screener, query: str, party: str,
                                              status: Status) -> None:
    """The evidence says the part was declined."""
    result = screener.screen(query)
    assert result.status is status and result.hits[0].party.id == party
    assert any("declined" in e.detail for e in result.hits[0].evidence)


@pytest.mark.parametrize("query", ["Тихонова Анна", "Tikhonova A.G.", "Перевод Иванову Петру Сергеевичу",
                                   "Тихонову Андрею Николаевичу", "Кулашовой Анне Сергеевне", "Ani Kulashova"])
def test_a_namesake_in_a_case_stays_clear(screener: screening.Screener, query: str) -> None:
    """A woman of the family (`Tikhonova`), another given name, or another patronymic declined (`Николаевичу`),
    is another person; a given name or patronymic reads as declined only beside the family name declined
    too (`Ani Kulashova`)."""
    assert screener.screen(query).status is Status.CLEAR


def test_a_katakana_vowel_is_no_case_ending(screener: screening.Screener) -> None:
    """Katakana ends `Denis` with a vowel (`デニス`, read `Denisu`): no dative beside a family name as listed."""
    hit = screener.screen("デニス・ゼンキン").hits[0]
    assert hit.party.id == "ofac-45864" and not any("declined" in e.detail for e in hit.evidence)
