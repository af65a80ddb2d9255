"""Person scoring shortcuts (a floor below which no evidence is built, word credits remembered per person)
change no score and no result."""

from __future__ import annotations

import functools

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import screening
from screening.lexicon import analyse
from screening.normalize import normalize
from screening.persons import PersonProfile, company_form, expand_initials, person_score
from screening.screen import Screener


@functools.cache
def screener() -> screening.Screener:
    return screening.Screener()


WORDS = sorted({w for p in screener().watchlist.parties if p.kind == "person" for n in p.names
                for w in n.text.replace(",", " ").split()})
OTHER = ["A.", "G.", "Andrew", "Maria", "Ltd", "OOO", "Moscow", "Trading", "(remit", "to)", "12", "Ivanovich",
         # the listed names declined (`screening.cases`) and another patronymic declined
         "Борщеву", "Даниилу", "Сергеевичу", "Тихонова", "Андрея", "Геннадьевича", "Кулашовой", "Анны",
         "Сергеевны", "Gerbera", "Mikhaila"]
queries = st.lists(st.sampled_from(WORDS + OTHER), min_size=1, max_size=5).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(queries, st.floats(0.0, 1.0))
@example("Tikhonov Andrei Trading Moscow Ltd", 0.35)
def test_a_floor_changes_no_score(query: str, floor: float) -> None:
    norm = normalize(query)
    tokens = expand_initials(norm, analyse(norm.tokens, norm.qualifiers))
    for party in screener().watchlist.parties:
        if party.kind == "person":
            profile = PersonProfile.build(party)
            full = person_score(tokens, profile, company_form=company_form(norm))
            floored = person_score(tokens, profile, company_form=company_form(norm), floor=floor)
            assert floored[0] == full[0]
            assert floored[1] == (full[1] if full[0] >= floor else ())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(queries, st.sampled_from([None, "person"]), st.sampled_from([None, "RU"]))
@example("Tikhonov Trading Moscow Widgets", None, None)
def test_dropping_persons_below_the_floor_changes_no_result(query: str, kind: str | None,
                                                            country: str | None) -> None:
    fast = screener().screen(query, kind=kind, country=country).to_dict()
    original = Screener._person
    try:
        Screener._person = lambda self, *args: original(self, *args[:4])  # type: ignore[method-assign]
        full = Screener(screener().watchlist).screen(query, kind=kind, country=country).to_dict()
    finally:
        Screener._person = original  # type: ignore[method-assign]
    assert fast == full


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(queries, min_size=2, max_size=6))
def test_word_credits_remembered_across_queries_change_no_score(batch: list[str]) -> None:
    """A person's memo of query words (kept across queries, and full after a while) gives what a fresh one does."""
    persons = [p for p in screener().watchlist.parties if p.kind == "person"]
    kept = [PersonProfile.build(p) for p in persons]
    for query in batch:
        norm = normalize(query)
        tokens = expand_initials(norm, analyse(norm.tokens, norm.qualifiers))
        for party, profile in zip(persons, kept):
            fresh = person_score(tokens, PersonProfile.build(party), company_form=company_form(norm))
            assert person_score(tokens, profile, company_form=company_form(norm)) == fresh


def test_a_full_memo_stops_growing_and_still_scores_alike(monkeypatch) -> None:
    import screening.persons as persons

    monkeypatch.setattr(persons, "_CREDITS_KEPT", 2)
    party = next(p for p in screener().watchlist.parties if p.kind == "person")
    kept = PersonProfile.build(party)
    for query in (party.name, "Andrew Moscow Trading", f"{party.name} Ivanovich", party.name.upper()):
        norm = normalize(query)
        tokens = expand_initials(norm, analyse(norm.tokens, norm.qualifiers))
        fresh = person_score(tokens, PersonProfile.build(party), company_form=company_form(norm))
        assert person_score(tokens, kept, company_form=company_form(norm)) == fresh
    assert len(kept._families) <= 2 and len(kept._parts) <= 2


def _every_assignment(tokens, profile, company_form: bool):  # noqa: ANN001, ANN202
    """The search with no word ruled out beforehand: every (family, given, patronymic) slot for every word."""
    import itertools

    import screening.persons as persons

    items = persons._items(tokens)
    fam = [(f, i) for i, (s, ini, t) in enumerate(items)
           if (f := persons._family_credit(profile, s, ini, t)) is not None and f[0] >= persons._MIN_FAMILY]
    if not fam:
        return 0.0, ()
    parts = [persons._part_credits(profile, s, ini, t.text) for s, ini, t in items]
    giv = {i: g for i, (g, _) in enumerate(parts)}
    pat = {i: p for i, (_, p) in enumerate(parts)}
    best_score, best_args = 0.0, None
    slots = [None, *range(len(items))]
    for (f_sim, f_listed), fi in fam:  # (the patronymic's slot left empty last, as `person_score` tries it)
        for giv_f, pat_f in persons._credit_sets(items, profile, (f_sim, f_listed), fi, (giv, pat)):
            for gi, pi in itertools.product(slots, [*slots[1:], None]):
                if len({fi, gi, pi} - {None}) != 1 + (gi is not None) + (pi is not None):
                    continue
                args = (items, profile, fi, f_sim, f_listed, gi, pi, giv_f, pat_f, company_form)
                score = persons._assignment(*args, explain=False)[0]
                if score > best_score:
                    best_score, best_args = score, args
    return persons._assignment(*best_args) if best_args is not None else (0.0, ())


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(queries)
@example("Tikhonov A. G.")
@example("Andrew Tikhonov Gennadyevich Moscow")
def test_trying_only_words_that_may_fill_a_part_finds_the_same_best(query: str) -> None:
    norm = normalize(query)
    tokens = expand_initials(norm, analyse(norm.tokens, norm.qualifiers))
    for party in screener().watchlist.parties:
        if party.kind == "person":
            profile = PersonProfile.build(party)
            reference = _every_assignment(tokens, profile, company_form(norm))
            assert person_score(tokens, profile, company_form=company_form(norm)) == reference
