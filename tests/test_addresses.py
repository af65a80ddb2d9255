"""A listed street address written alone (`screening.addresses`)."""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import screening
from screening.addresses import ListedAddresses, StreetAddress, written_alone
from screening.lexicon import analyse
from screening.normalize import normalize
from screening.prefilter import Prefilter

from fixture_lists import HEADER

Status = screening.Status
_MOSCOW = "39A/3 Leningradskoe Shosse, Moscow 125212, Russian Federation"
_LONDON = "1st Floor, 2 Kingdom Street, Paddington, London W2 6BD, United Kingdom"


@pytest.fixture(scope="module")
def screener() -> screening.Screener:
    return screening.Screener()


def _found(address: StreetAddress, query: str) -> bool:
    return bool(written_alone((address,), normalize(query)))


def test_a_listed_street_address_is_read_into_its_parts() -> None:
    """Its house number and building, its street's own words and type, its postcode and towns."""
    moscow = StreetAddress.of(0, _MOSCOW, "RU")
    london = StreetAddress.of(1, _LONDON, "GB")
    assert moscow is not None and london is not None
    assert (moscow.street, moscow.number, moscow.building, moscow.postcode) == (("leningradskoe",), "39a", "3",
                                                                                "125212")
    assert (london.street, london.number, london.building, london.postcode) == (("kingdom",), "2", "", "w26bd")
    assert "sh" in moscow.kinds and "st" in london.kinds
    assert moscow.towns == {"moscow"} and london.towns == {"london", "paddington"}  # (not `United Kingdom`)


@pytest.mark.parametrize("place", ["Moscow, Russia", "Woburn, Massachusetts, United States", "Kyiv",
                                   "Woburn, MA 01801, United States"])  # (a state and a ZIP code: no street)
def test_a_town_alone_is_no_street_address(place: str) -> None:
    """A town, or a town and its postcode, names no one's premises."""
    assert StreetAddress.of(0, place, None) is None


@pytest.mark.parametrize("query", [
    "39A/3 Leningradskoe Shosse, Moscow 125212",
    "Leningradskoye sh. 39A, bldg. 3, Moskva",
    "125212 Moscow, Leningradskoje Shosse 39 A",
    "Ленинградское ш., д. 39А, стр. 3, г. Москва",
    "LENINGRADSKOE SHOSSE 39A 125212",
])
def test_the_address_written_alone_is_found(query: str) -> None:
    """In either order, transliterated or Cyrillic, the building given or left out; with the postcode or the town."""
    address = StreetAddress.of(0, _MOSCOW, "RU")
    assert address is not None and _found(address, query)


@pytest.mark.parametrize("query", [
    "OOO Vostok, 39A Leningradskoe Shosse, Moscow",  # another tenant, named
    "Deliver to: 39A Leningradskoe Shosse, Moscow",  # a label's words are words of no address
    "39 Leningradskoe Shosse, Moscow 125212",  # another house
    "39A Leningradskoe Shosse, bld 1, Moscow 125212",  # another building of it
    "16A Leningradskoe Shosse, Moscow 125212",
    "39A Leningradskoe Shosse",  # neither postcode nor town
    "39A Leningradskoe Shosse, Minsk",  # a town of another country
    "39A Leningradskoe Shosse, Saint Petersburg",  # another town of the country
    "Ленинградское шоссе 39А, Санкт-Петербург",
    "39A Leningradskoe Shosse, Russia",  # the country alone says no town
    "39A Leningradskoe Prospekt, Moscow 125212",  # another type of street
    "39A/3 Leningradskoe Shosse, Moscow 125213",  # another postcode
    "39A Volokolamskoe Shosse, Moscow 125212",  # another street
])
def test_anything_else_is_not(query: str) -> None:
    """Another tenant or label, house, building, postcode, street or town, or none."""
    address = StreetAddress.of(0, _MOSCOW, "RU")
    assert address is not None and not _found(address, query)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=4, max_size=9))
def test_a_word_of_a_name_beside_the_address_leaves_it_to_the_name(word: str) -> None:
    """Any word that is no address word, place or word of the listed address makes the text someone's name."""
    own = normalize(word)
    assume(len(own.tokens) == 1 and analyse(own.tokens)[0].role == "distinctive")  # (not `bldg`, an address word)
    address = StreetAddress.of(0, _LONDON, "GB")
    assert address is not None
    assert _found(address, "2 Kingdom Street, London W2 6BD")
    assert not _found(address, f"{word.title()}, 2 Kingdom Street, London W2 6BD")
    assert not _found(address, "Ltd, 2 Kingdom Street, London W2 6BD")  # (a company's, its name left out)


def test_the_screener_shows_the_party_as_a_review_with_its_reason(screener: screening.Screener) -> None:
    """At the review threshold, the evidence `address` giving the listed address."""
    result = screener.screen("Ленинградское шоссе 39А, строение 3, Москва 125212")
    assert result.status is Status.REVIEW
    hit = result.hits[0]
    assert hit.party.id == "kaspersky-ao" and hit.score == screener.config.review_threshold
    assert [e.feature for e in hit.evidence] == ["address"] and hit.evidence[0].candidate_part == _MOSCOW
    assert screener.screen("2 Kingdom St, Paddington, London W2 6BD").hits[0].party.id == "kaspersky-uk"


@pytest.mark.parametrize("query", ["Stroyinvest OOO, 39A Leningradskoe Shosse, Moscow 125212",
                                   "Leningradskoe Shosse 39A, bld. 7, Moscow", "Kingdom Street Cafe, 2 Kingdom St"])
def test_other_tenants_and_buildings_stay_clear(screener: screening.Screener, query: str) -> None:
    """The name beside the address decides."""
    assert screener.screen(query).status is Status.CLEAR


def test_the_prefilter_leaves_an_ascii_address_to_the_full_path(screener: screening.Screener) -> None:
    """A digit and a word that starts as a listed street's does; not a word that holds one inside."""
    prefilter = Prefilter(screener.watchlist.index)
    assert not prefilter.clears("39A/3 Leningradskoe Shosse, Moscow 125212")
    assert prefilter.clears("Leningradskoe Shosse Logistics OOO")  # (no digit: no address)
    assert prefilter.clears("Acme Widgets 2000 Ltd") and prefilter.clears("Unkingdomed Records 12")


@pytest.mark.parametrize("query", ["2 Park Lane, London, United Kingdom", "Unit 2, Bristol, United Kingdom",
                                   "PO Box 2, London, United Kingdom", "2, United Kingdom", "2 Kingdom Road, Bristol",
                                   "2 Kingdom Way, Leeds, UK"])
def test_a_word_of_a_countrys_name_or_another_street_is_no_listed_street(screener: screening.Screener,
                                                                        query: str) -> None:
    """`Kingdom` of `United Kingdom` is no word of `Kingdom Street`, nor is `Kingdom Road` that street."""
    assert screener.screen(query).status is Status.CLEAR


def test_a_list_of_its_own_addresses_is_read_too(tmp_path: pathlib.Path) -> None:
    """German order, the street first and its type joined to its name (`Musterweg`), and a postcode before the town."""
    text = HEADER + (
        '[[parties]]\nid = "acme"\nkind = "organization"\nname = "Acme Widgets GmbH"\nconfidence = "official"\n'
        'addresses = [{ full = "Zeppelinweg 12, 85055 Ingolstadt, Germany", country = "DE", '
        'confidence = "official" }]\n'
        'listings = [{ action = "entity-list" }]\n')
    path = tmp_path / "list.toml"
    path.write_text(text, encoding="utf-8")
    own = screening.Screener(screening.load_list(path))
    assert own.screen("Zeppelinweg 12, 85055 Ingolstadt").status is Status.REVIEW
    assert own.screen("Zeppelinweg 14, 85055 Ingolstadt").status is Status.CLEAR


@pytest.mark.parametrize("query", ["Kaspersky Lab, 2 Kingdom St., Paddington, W2 6BD",
                                   "Kingdom Street 2, London W2 6BD - Kaspersky Lab",
                                   "KASPERSKY LAB 1ST FLOOR 2 KINGDOM STREET LONDON W2 6BD"])
def test_a_listed_street_address_beside_the_groups_name_names_its_company(screener: screening.Screener,
                                                                         query: str) -> None:
    """`Kaspersky Lab` reads alike (or better, `Kaspersky Labs Limited`, of London too) for the group's companies
    than for `Kaspersky Lab UK Ltd`; the UK company's street address says it is the one, at the best's score."""
    result = screener.screen(query)
    first = result.hits[0]
    assert first.party.id == "kaspersky-uk" and first.score == max(hit.score for hit in result.hits)
    assert first.hit_class is screening.HitClass.LISTED and any(e.feature == "address" for e in first.evidence)


@pytest.mark.parametrize(("query", "party_id"), [
    ("Kaspersky Labs Limited, 2 Kingdom Street, W2 6BD", "kaspersky-labs-ltd"),
    ("Kaspersky Lab Italia, 2 Kingdom Street, London W2 6BD", "kaspersky-it"),
    ("Kaspersky Anti-Virus, 2 Kingdom Street, London W2 6BD", "kaspersky-ao"),
])
def test_a_name_the_text_writes_of_another_company_stays_its_own_beside_a_sisters_address(
        screener: screening.Screener, query: str, party_id: str) -> None:
    """A building has several tenants: the address says nothing against a legal name the text writes whole, a word
    of another company's own name (`Italia`), or a product's name."""
    assert screener.screen(query).hits[0].party.id == party_id


def test_an_address_of_another_town_or_house_lifts_no_one(screener: screening.Screener) -> None:
    """Another house number, or the street with no postcode nor listed town, is no listed address."""
    for query in ("Kaspersky Lab, 12 Kingdom Street, London W2 6BD", "Kaspersky Lab, 2 Kingdom Street, Leeds"):
        assert not any(e.feature == "address" for hit in screener.screen(query).hits for e in hit.evidence), query


def test_an_address_written_beside_a_name_is_read_in_a_query() -> None:
    listed = StreetAddress.of(0, _LONDON, "GB")
    assert listed is not None
    name = normalize("Kaspersky Lab, 2 Kingdom Street, London W2 6BD")
    assert listed.beside_in(analyse(name.tokens, name.qualifiers, query=True))
    assert not written_alone((listed,), name)  # (not alone: a name beside it)
