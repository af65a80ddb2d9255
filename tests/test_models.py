"""Frozen values: validation of their own invariants and a JSON round trip."""

import datetime as dt
import enum
import json

import attrs
import pytest

from screening.config import DEFAULT, ScreeningConfig
from screening.models import (
    _RESULT_FIELDS,
    Evidence,
    Hit,
    HitClass,
    Listing,
    NameType,
    PartyName,
    PartyRef,
    ScreeningResult,
    Status,
    result_of,
)
from screening.screen import Screener


def test_listing_short_citation() -> None:
    """The short citation names the list, the first FR page and the date."""
    listing = Listing(authority="BIS", list_name="Entity List", short_name="BIS Entity List", restricts="exports",
                      fr_citation="89 FR 52362-52364 (Vol. 89, No. 121)", published=dt.date(2024, 6, 24))
    assert listing.short == "BIS Entity List, 89 FR 52362 (2024-06-24)"


def test_hit_round_trips_through_json() -> None:
    """to_dict -> JSON -> from_dict gives back an equal value."""
    hit = Hit(party=PartyRef("p", "P", "organization"), score=0.9, hit_class=HitClass.AFFILIATE,
              matched_name="P Lab", matched_name_type=NameType.ALIAS,
              evidence=(Evidence("token_exact", 1.0, "p", "p", "same"),),
              citations=(Listing(authority="a", list_name="l", short_name="s", restricts="r",
                                 effective=dt.date(2024, 7, 20)),))
    assert Hit.from_dict(json.loads(json.dumps(hit.to_dict()))) == hit


def test_scores_outside_the_unit_interval_are_rejected() -> None:
    """A hit cannot carry a score above 1."""
    with pytest.raises(ValueError, match="score"):
        Hit(party=PartyRef("p", "P", "person"), score=1.5, hit_class=HitClass.LISTED, matched_name="P",
            matched_name_type=NameType.PRIMARY, evidence=(), citations=())


def test_config_validates_thresholds() -> None:
    """Review above match, or out-of-range values, are refused."""
    with pytest.raises(ValueError, match="review_threshold"):
        ScreeningConfig(review_threshold=0.95, match_threshold=0.9)
    with pytest.raises(ValueError):
        attrs.evolve(DEFAULT, match_threshold=1.5)
    assert ScreeningConfig.from_dict(DEFAULT.to_dict()) == DEFAULT


@pytest.mark.parametrize("field", ["max_hits", "max_near_misses", "max_query_chars"])
@pytest.mark.parametrize("value", [2.5, 100.0, True])
def test_config_counts_are_ints(field: str, value: object) -> None:
    """`max_query_chars=100.5` passed and then made every `screen` raise; `max_hits=2.5` showed 3 hits."""
    with pytest.raises(TypeError, match=field):
        attrs.evolve(DEFAULT, **{field: value})


def _walk(value: object) -> object:
    """The plain form by a field-by-field walk, the reference the generated converters must equal."""
    if attrs.has(type(value)):
        return {f.alias: _walk(getattr(value, f.alias)) for f in attrs.fields(type(value))}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_walk(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _walk(v) for k, v in value.items()}
    return value


def test_to_dict_equals_a_field_by_field_walk() -> None:
    """Results with hits, citations and evidence convert exactly as a plain walk over their fields does."""
    screener = Screener()
    for name in ("Kaspersky Lab", "Kaspresky Labs Ltd", "Acme Widgets Ltd", "Евгений Касперский", ""):
        result = screener.screen(name)
        assert result.to_dict() == _walk(result)


def test_to_dict_of_values_off_their_hints() -> None:
    """A field holding another type than its hint (a str for an enum, a datetime, a list) converts as any
    value of that type would."""
    name = PartyName(text="P", type="alias")  # type: ignore[arg-type]
    assert name.to_dict() == {"text": "P", "type": "alias", "confidence": "unverified", "note": None}
    listing = Listing(authority="a", list_name="l", short_name="s", restricts="r",
                      published=dt.datetime(2024, 6, 24, 12, 0), effective=None)
    assert listing.to_dict()["published"] == "2024-06-24T12:00:00"
    hit = Hit(party=PartyRef("p", "P", "person"), score=1, hit_class=HitClass.LISTED, matched_name="P",
              matched_name_type=NameType.PRIMARY, evidence=[], citations=(listing,))  # type: ignore[arg-type]
    assert hit.to_dict() == _walk(hit)


def test_shared_values_hand_out_fresh_dicts() -> None:
    """The plain form of a shared value (a citation) is kept, but every caller gets its own copy."""
    listing = Listing(authority="a", list_name="l", short_name="s", restricts="r", effective=dt.date(2024, 7, 20))
    first = listing.to_dict()
    first["authority"] = "changed"
    assert listing.to_dict()["authority"] == "a"
    assert listing.to_dict() is not listing.to_dict()
    hit = Hit(party=PartyRef("p", "P", "person"), score=0.9, hit_class=HitClass.LISTED, matched_name="P",
              matched_name_type=NameType.PRIMARY, evidence=(), citations=(listing, listing))
    plain = hit.to_dict()
    assert plain["citations"][0] is not plain["citations"][1]


def test_kept_plain_forms_go_with_their_values() -> None:
    """A kept plain form is dropped when its value is: converting many short-lived values does not grow."""
    from screening import _serial

    before = len(_serial._kept)
    for i in range(100):
        PartyRef(f"p{i}", "P", "person").to_dict()
    assert len(_serial._kept) <= before + 1


def test_shared_values_off_their_hints_are_not_kept() -> None:
    """A shared value whose plain form nests a list is converted afresh each time, never shared."""
    ref = PartyRef("p", ["P", "Q"], "person")  # type: ignore[arg-type]
    first = ref.to_dict()
    first["name"].append("R")
    assert ref.to_dict()["name"] == ["P", "Q"]


def test_result_of_builds_what_the_constructor_builds() -> None:
    """`result_of` fills the slots itself: every field, in the constructor's order, and nothing else."""
    assert tuple(a.name for a in attrs.fields(ScreeningResult)) == _RESULT_FIELDS
    screener = Screener()
    for query in ("Kaspersky Lab", "ACME WIDGETS LTD", "АО «Лаборатория Касперского»"):
        made = screener.screen(query)
        values = {a.name: getattr(made, a.name) for a in attrs.fields(ScreeningResult)}
        by_constructor = ScreeningResult(**{a.alias: v for a, v in zip(attrs.fields(ScreeningResult), values.values())})
        fast = result_of(*values.values())
        assert fast == by_constructor
        assert fast._normalized == by_constructor._normalized and fast.normalized == by_constructor.normalized
        assert fast.to_dict() == by_constructor.to_dict()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            fast.status = Status.MATCH  # type: ignore[misc]


@pytest.mark.parametrize(("evidence", "line"), [
    # the detail quotes its words already: as it is
    (Evidence("token_spelling", 0.89, "kaspresky", "kaspersky",
              "distinctive word 'kaspresky' ~ 'kaspersky' (spelling)"),
     "distinctive word 'kaspresky' ~ 'kaspersky' (spelling) (token_spelling 0.89)"),
    # a word of one side only, or the same on both: named first
    (Evidence("extra_query_word", 0.0, "unicorn", "", "word not in the listed name (costs 0.30 of weight)"),
     "'unicorn': word not in the listed name (costs 0.30 of weight) (extra_query_word 0.00)"),
    (Evidence("missing_listed_word", 0.0, "", "switzerland", "listed word not in the query"),
     "'switzerland': listed word not in the query (missing_listed_word 0.00)"),
    (Evidence("place_confirms", 1.0, "woburn", "woburn", "a listed place of the party"),
     "'woburn': a listed place of the party (place_confirms 1.00)"),
    # two words: both
    (Evidence("given_name", 0.75, "mike", "mihail", "given name: pet form of the listed name"),
     "'mike' ~ 'mihail': given name: pet form of the listed name (given_name 0.75)"),
    # legal forms are classes, in words after the detail
    (Evidence("legal_form_same", 1.0, "limited_liability", "limited_liability", "same legal form"),
     "same legal form: limited liability (legal_form_same 1.00)"),
    (Evidence("legal_form_differs", 0.0, "corporation", "limited_liability,joint_stock", "different legal form"),
     "different legal form: corporation / limited liability, joint stock (legal_form_differs 0.00)"),
    # no words at all
    (Evidence("company_form", 0.9, "", "", "a company legal form on a person"),
     "a company legal form on a person (company_form 0.90)"),
])
def test_describe_names_the_words_the_evidence_is_about(evidence: Evidence, line: str) -> None:
    """`describe`, the line people read (`screening check`), says which words each piece of evidence is about."""
    assert evidence.describe() == line


def test_every_hit_line_names_its_words() -> None:
    """In a screened result, a line about an unmatched, missing or confirming word names that word."""
    result = Screener().screen("Kaspersky Lab Inc., 500 Unicorn Park Dr, Woburn, MA")
    lines = [e.describe() for e in result.best.evidence]
    # (a street's name, an address word)
    assert "'unicorn': word not in the listed name (costs 0.03 of weight) (extra_query_word 0.00)" in lines
    assert "'ma': word not in the listed name (costs 0.30 of weight) (extra_query_word 0.00)" in lines
    assert "'woburn': a listed place of the party (place_confirms 1.00)" in lines
