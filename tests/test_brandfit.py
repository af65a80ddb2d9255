"""`brandfit.lift_best_fit`: when a listed party, not the brand owners' affiliate reading, comes first."""

from __future__ import annotations

import pytest

from screening.brandfit import Fit, lift_best_fit
from screening.models import HitClass, NameType
from screening.ranking import Candidate

OWNER, RIVAL, OTHER = 0, 1, 2
REVIEW = 0.7


def _cand(party: int, score: float, hit_class: HitClass = HitClass.LISTED) -> Candidate:
    return Candidate(party, score, hit_class, f"name {party}", NameType.PRIMARY, ())


def _fit(raw: float, left: frozenset[int] = frozenset(), *, anchor: str = "brand", foreign: bool = False,
         spelled: bool = False, whole: bool = False, words: int = 2, together: bool = True) -> Fit:
    return Fit(raw, left, foreign, spelled, whole, anchor, 1.0, words, together)


def _lifted(fits: dict[int, Fit], rival_score: float = 0.8) -> dict[int, float]:
    candidates = [_cand(OWNER, 0.85, HitClass.AFFILIATE), _cand(RIVAL, rival_score), _cand(OTHER, 0.75)]
    raws = {p: fit.raw for p, fit in fits.items()}
    return {c.party: c.score for c in lift_best_fit(candidates, raws, fits.__getitem__, {OWNER}, REVIEW)}


def test_a_name_explaining_more_than_the_owners_is_lifted_to_the_carrier_score() -> None:
    scores = _lifted({OWNER: _fit(0.7, frozenset({2, 3}), anchor=""), RIVAL: _fit(0.8, frozenset({3}))})
    assert scores == {OWNER: 0.85, RIVAL: 0.85, OTHER: 0.75}


@pytest.mark.parametrize("rival", [
    _fit(0.8, frozenset({3}), foreign=True),  # the word left over is a place: another country's entity
    _fit(0.8, frozenset({3}), anchor=""),  # the name does not carry the brand
    _fit(0.7, frozenset({3})),  # no better than the owner's name
    _fit(0.8, frozenset({2, 3})),  # explains no more than the owner's name ...
    _fit(0.8, frozenset({2, 3}), spelled=True),  # ... with the legal form, but not the whole name
    _fit(0.8, frozenset({4})),  # leaves a word the owner's name explains
])
def test_no_name_is_lifted_without_a_better_fit(rival: Fit) -> None:
    scores = _lifted({OWNER: _fit(0.75, frozenset({2, 3}), anchor=""), RIVAL: rival})
    assert scores[RIVAL] == 0.8


def test_a_whole_name_in_another_form_of_its_kind_is_not_lifted_beside_an_owner_s_whole_name() -> None:
    """`Kaspersky Lab France SARL`: the whole `Kaspersky Labs Limited` in a form of its kind, but the owner's
    `Kaspersky Lab` is whole too: an unlisted subsidiary, not the listed company."""
    scores = _lifted({OWNER: _fit(0.75, frozenset({2, 3}), anchor="", whole=True),
                      RIVAL: _fit(0.8, frozenset({2, 3}), whole=True)})
    assert scores[RIVAL] == 0.8


def test_the_whole_name_in_its_own_legal_form_is_lifted_on_the_same_words() -> None:
    rival = _fit(0.8, frozenset({2}), spelled=True, whole=True)
    assert _lifted({OWNER: _fit(0.75, frozenset({2}), anchor=""), RIVAL: rival})[RIVAL] == 0.85


def test_only_the_top_scoring_rival_may_be_lifted() -> None:
    """A better-scoring rival that does not qualify keeps a lower one from being lifted."""
    fits = {OWNER: _fit(0.6, frozenset({2, 3}), anchor=""), RIVAL: _fit(0.8, frozenset({3})),
            OTHER: _fit(0.9, frozenset({2, 3}))}
    assert _lifted(fits)[RIVAL] == 0.8


def test_a_rival_below_the_review_threshold_is_not_lifted() -> None:
    fits = {OWNER: _fit(0.5, frozenset({2, 3}), anchor=""), RIVAL: _fit(0.6, frozenset({3}))}
    assert _lifted(fits, rival_score=0.6)[RIVAL] == 0.6


def test_a_whole_name_no_owner_name_matches_whole_is_lifted_below_the_threshold() -> None:
    """`Kaspersky Group, société russe ...`: the words around the name leave it no hit on its own, but the brand
    makes the query a REVIEW, and the one name written whole says which party."""
    fits = {OWNER: _fit(0.2, frozenset({2, 3}), anchor=""), RIVAL: _fit(0.25, frozenset({2, 3}), whole=True)}
    assert _lifted(fits, rival_score=0.25)[RIVAL] == 0.85


@pytest.mark.parametrize(("owner", "rival"), [
    (_fit(0.2, frozenset({2, 3}), anchor="", whole=True), _fit(0.25, frozenset({2, 3}), whole=True)),  # owner's too
    (_fit(0.2, frozenset({2, 3}), anchor=""), _fit(0.25, frozenset({2, 3}), whole=True, words=1)),  # the brand alone
    (_fit(0.2, frozenset({2, 3}), anchor=""), _fit(0.25, frozenset({2, 3}))),  # not the whole name
    (_fit(0.2, frozenset({2, 3}), anchor=""), _fit(0.25, frozenset({2, 3}), whole=True, together=False)),  # apart
])
def test_below_the_threshold_only_a_whole_name_of_words_no_owner_holds_is_lifted(owner: Fit, rival: Fit) -> None:
    assert _lifted({OWNER: owner, RIVAL: rival}, rival_score=0.25)[RIVAL] == 0.25


def test_names_are_read_only_when_a_party_that_is_no_owner_scores_above_the_owners() -> None:
    """Reading a name against the query costs; the owners' names usually fit best, and then none is read."""
    read: list[int] = []

    def fit(party: int) -> Fit:
        read.append(party)
        return _fit(0.5)

    lift_best_fit([_cand(OWNER, 0.85)], {OWNER: 0.9, RIVAL: 0.8}, fit, {OWNER}, REVIEW)
    assert read == []
