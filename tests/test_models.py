"""Frozen values: validation of their own invariants and a JSON round trip."""

import datetime as dt
import json

import attrs
import pytest

from screening.config import DEFAULT, ScreeningConfig
from screening.models import Evidence, Hit, HitClass, Listing, NameType, PartyRef


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
