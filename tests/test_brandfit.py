"""`brandfit`: when a listed party, not the brand owners' affiliate reading, comes first: the one whose name fits the
query best (`lift_best_fit`), or the owners' group's company of a place the query writes (`lift_by_place`)."""

from __future__ import annotations

import datetime as dt

import pytest

import screening
from screening.brandfit import Fit, lift_best_fit
from screening.models import Address, HitClass, ListInfo, Listing, NameType, Party, PartyName, Relation
from screening.ranking import Candidate
from screening.watchlist import Watchlist

OWNER, RIVAL, OTHER = 0, 1, 2
REVIEW = 0.7
_LISTING = Listing(authority="Test", list_name="Test list", short_name="Test", restricts="nothing")


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


def _group_screener(*more: Party) -> screening.Screener:
    """A brand's owner in Moscow and its group's companies in Moscow and abroad, one of them in the Emirates with
    no address; and a company in Dubai of no group (and `more` parties)."""
    def org(number: int, name: str, country: str, place: str | None, *brands: str) -> Party:
        names = (PartyName(name, NameType.PRIMARY), *(PartyName(b, NameType.BRAND) for b in brands))
        return Party(id=f"t{number}", kind="organization", name=name, names=names, listings=(_LISTING,),
                     countries=(country,), addresses=(Address(place, country),) if place else (),
                     relations=(Relation("affiliate_of", "t0"),) if number not in (0, 5) else ())

    info = ListInfo(id="t", title="t", version="1", newest_action=dt.date(2024, 1, 1),
                    compiled=dt.date(2024, 1, 1), schema_version=1, sha256="0" * 64, source="memory")
    return screening.Screener(Watchlist(info, (
        org(0, "AO Northwind Lab", "RU", "Moscow", "Northwind", "Northwind Total Security"),
        org(1, "Northwind Lab Middle East FZ-LLC", "AE", None),
        org(2, "Northwind Lab Switzerland GmbH", "CH", "Zurich, Switzerland"),
        org(3, "Northwind Lab UK Ltd", "GB", "2 Kingdom Street, Paddington, London W2 6BD, United Kingdom"),
        org(4, "Northwind Labs Limited", "GB", "London, United Kingdom"),
        org(5, "Fabrikam Trading FZE", "AE", "Dubai"),
        org(6, "Shuguang Network Technology Co., Ltd.", "CN", "Beijing"),
        org(7, "OOO Northwind Group", "RU", "Moscow"), *more)))


@pytest.mark.parametrize(("name", "party_id"), [
    ("Northwind Dubai office", "t1"),  # a city of the company's country: it has no address
    ("Northwind Transparency Center Zürich", "t2"),  # its address's city, one word of weight between
    ("Northwind Paddington office", "t3"),  # a word of its address that is no place name
    ("Northwind, 2 Kingdom Street, London W2 6BD", "t3"),  # more of its address than the other London company's
    ("Beijing Northwind", "t6"),  # a place's name right before the brand
])
def test_a_place_of_one_company_of_the_brand_s_group_names_it(name: str, party_id: str) -> None:
    """The brand and a place, no listed company's name: the group's company there comes first, at the owner's
    carrier score, the place confirming it."""
    result = _group_screener().screen(name)
    best = result.hits[0]
    assert best.party.id == party_id, name
    assert best.score == next(h.score for h in result.hits if h.party.id == "t0")
    assert {"brand_token", "place_confirms"} <= {e.feature for e in best.evidence}


@pytest.mark.parametrize("name", [
    "Northwind Moscow office",  # the owner's own place (not the other company's there)
    "Northwind Total Security, Zurich",  # a product carrying the brand, not a company
    "AO Northwind Lab Dubai",  # the owner's name in its legal form
    "Swiss firm Acme hires engineers from Northwind",  # a sentence's place, not the name's
    "Northwind reported by the press in Zurich",  # more than one word of weight between
    "CN=Northwind Lab",  # a country code before the brand is a key
    "Northwind Engine 2",  # a bare number is no address (the UK company's is `2 Kingdom Street`)
    "Northwind France",  # no company of the group there
    "Northwind 1st floor, Main Street",  # street words every address has
    "Northwind W2 6BD",  # a postcode's parts name no place alone (they count beside one)
    "OOO Northwind Group Dubai",  # another company's name in its legal form
])
def test_no_company_is_lifted_without_a_place_beside_the_brand_only_it_explains(name: str) -> None:
    result = _group_screener().screen(name)
    assert not result.hits or result.hits[0].party.id == "t0", name
    assert not any(e.feature == "place_confirms" and "brand's group" in e.detail
                   for h in result.hits for e in h.evidence), name


def test_a_company_outside_the_brand_s_group_is_never_lifted() -> None:
    """`Fabrikam Trading FZE` is in Dubai too, but it is no company of the brand's owner."""
    assert "t5" not in {h.party.id for h in _group_screener().screen("Northwind Dubai office").hits}


@pytest.mark.parametrize(("name", "party_id"), [("Northwind (US)", "t8"), ("Northwind (U.S.)", "t8"),
                                              ("Northwind (Russia)", "t0"), ("Northwind Moscow office", "t0")])
def test_a_place_of_the_brand_s_other_owner_names_it(name: str, party_id: str) -> None:
    """The brand is a weak alias of a second owner in the US too: the brand and that owner's place name it first,
    at the score the owner read first has, as a company of the group there is (and before the group's other
    company there); the first owner's place keeps it."""
    other = Party(id="t8", kind="organization", name="Northwind Lab, Inc.",
                  names=(PartyName("Northwind Lab, Inc.", NameType.PRIMARY), PartyName("Northwind", NameType.WEAK)),
                  listings=(_LISTING,), countries=("US",), addresses=(Address("Woburn, MA", "US"),),
                  relations=(Relation("subsidiary_of", "t0"),))
    sister = Party(id="t9", kind="organization", name="Northwind Government Solutions, Inc.",
                   names=(PartyName("Northwind Government Solutions, Inc.", NameType.PRIMARY),), listings=(_LISTING,),
                   countries=("US",), relations=(Relation("affiliate_of", "t0"),))
    result = _group_screener(other, sister).screen(name)
    assert result.hits[0].party.id == party_id, name
    assert not any(e.feature == "place_confirms" for h in result.hits if h.party.id == "t9" for e in h.evidence)
    if party_id == "t8":
        assert result.hits[0].score == next(h.score for h in result.hits if h.party.id == "t0")
        assert {"brand_token", "place_confirms"} <= {e.feature for e in result.hits[0].evidence}


@pytest.mark.parametrize(("name", "party_id"), [
    ("la filiale britannique de Northwind", "t3"),  # the country's adjective, a function word between
    ("a subsidiária suíça da Northwind", "t2"),
    ("brittiska Northwind", "t3"),
    ("la filiale américaine de Northwind", "t8"),  # the brand's other owner there (read first with the owner)
])
def test_a_country_s_adjective_beside_the_brand_names_its_company_there(name: str, party_id: str) -> None:
    other = Party(id="t8", kind="organization", name="Northwind Lab, Inc.",
                  names=(PartyName("Northwind Lab, Inc.", NameType.PRIMARY), PartyName("Northwind", NameType.WEAK)),
                  listings=(_LISTING,), countries=("US",), relations=(Relation("subsidiary_of", "t0"),))
    result = _group_screener(other).screen(name)
    british = {"t3", "t4"}  # (two companies of the group in the UK: either is the one there)
    assert result.hits[0].party.id in (british if party_id in british else {party_id}), name
    assert any(e.feature == "place_confirms" for e in result.hits[0].evidence), name


@pytest.mark.parametrize("name", [
    "AO Northwind Lab ajoutée à la liste du département américain",  # an adjective of a sentence's other noun
    "Northwind, société russe sur la liste britannique",
    "Zurich and Northwind sign a deal",  # a conjunction between: no preposition of the genitive
])
def test_a_country_s_adjective_away_from_the_brand_names_no_company(name: str) -> None:
    other = Party(id="t8", kind="organization", name="Northwind Lab, Inc.",
                  names=(PartyName("Northwind Lab, Inc.", NameType.PRIMARY), PartyName("Northwind", NameType.WEAK)),
                  listings=(_LISTING,), countries=("US",), relations=(Relation("subsidiary_of", "t0"),))
    result = _group_screener(other).screen(name)
    assert result.hits[0].party.id == "t0", name
    assert not any(e.feature == "place_confirms" for h in result.hits for e in h.evidence), name


@pytest.fixture(scope="module")
def bundled() -> screening.Screener:
    return screening.Screener()


@pytest.mark.parametrize(("name", "hit_class"), [("Kaspersky Lab FZ-LLC", HitClass.LISTED),
                                                ("Kaspersky FZ-LLC", HitClass.AFFILIATE),
                                                ("Kaspersky Lab Orta Doğu FZ-LLC", HitClass.AFFILIATE)])
def test_a_legal_form_of_one_country_names_the_groups_company_there(bundled: screening.Screener, name: str,
                                                                   hit_class: HitClass) -> None:
    """`FZ-LLC` is a form of the Emirates alone, where the Middle East company alone of the brand's group is, and
    whose name writes it: that company comes first, read as the best reading of the group is (the listed party
    itself, or a company carrying the brand), and says why."""
    best = bundled.screen(name).hits[0]
    assert best.party.id == "kaspersky-me" and best.hit_class is hit_class
    assert any(e.feature == "legal_form_names" for e in best.evidence)


@pytest.mark.parametrize(("name", "party_id"), [
    ("Kaspersky Lab France SARL", "kaspersky-ao"),  # a form of many countries (Switzerland's among them)
    ("Groupe Kaspersky SARL (Russie)", "kaspersky-group"),  # ... and written for another's in translation
    ("Kaspersky Lab GmbH", "kaspersky-gmbh"),  # of Germany and Switzerland both, where the group has a company each
    ("Gulf Shield IT Solutions FZE (Kaspersky Platinum Partner)", "kaspersky-ao"),  # no name of the group writes FZE
    ("Gulf Shield IT Solutions FZ-LLC (Kaspersky Platinum Partner)", "kaspersky-ao"),  # the brand in an aside
    ("Acme Security FZ-LLC - Kaspersky distributor", "kaspersky-ao"),  # ... or in a tail: a reseller's name
])
def test_a_legal_form_of_several_countries_or_not_the_companys_names_no_company_there(
        bundled: screening.Screener, name: str, party_id: str) -> None:
    """A form of several countries, one no name of the group writes, or one that closes another company's name
    (the brand in an aside or a tail) says nothing of which company of the group the text names."""
    best = bundled.screen(name).hits[0]
    assert best.party.id == party_id
    assert not any(e.feature == "legal_form_names" for e in best.evidence)

