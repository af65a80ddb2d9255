"""The bundled Kaspersky list: every version loads, cites, keeps its ids, and is never edited after release."""

from __future__ import annotations

import datetime as dt
import hashlib
import pathlib
import re

import pytest

from screening.bundled import bundled_lists, list_versions, load_list
from screening.exceptions import ListVersionError
from screening.listfile import CONFIDENCES, check_list_file
from screening.models import NameType

LIST_DIR = pathlib.Path(__file__).resolve().parents[1] / "lists" / "kaspersky"
VERSION_FILES = sorted(LIST_DIR.glob("*.toml"))

ORG_IDS = {"kaspersky-ao", "kaspersky-group", "kaspersky-labs-ltd", "kaspersky-inc", "kaspersky-uk", "kaspersky-gmbh",
           "kaspersky-ch", "kaspersky-it", "kaspersky-me", "kaspersky-jp", "kaspersky-ua"}
OFAC = {
    "ofac-45815": "TIKHONOV, Andrei Gennadyevich", "ofac-45862": "BORSHCHEV, Daniil Sergeyevich",
    "ofac-45817": "EFREMOV, Andrei Anatolyevich", "ofac-45849": "CHEKUNOV, Igor Gennadyevich",
    "ofac-45863": "DUKHVALOV, Andrey Petrovich", "ofac-45821": "SUVOROV, Andrei Anatolyevich",
    "ofac-45864": "ZENKIN, Denis Vladimirovich", "ofac-45854": "ALESKEEVA, Marina Mikhaylovna",
    "ofac-45856": "GERBER, Mikhail Yuyevich", "ofac-45858": "IVANOV, Anton Mikhaylovich",
    "ofac-45818": "ASTRAKHAN, Kirill Aleksandrovich", "ofac-45860": "KULASHOVA, Anna Vladimirovna",
}
ENTITY_LIST = {"kaspersky-ao", "kaspersky-group", "kaspersky-labs-ltd"}


def _manifest() -> dict[str, str]:
    lines = (LIST_DIR / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split() for line in lines if line.strip())}


def _versions() -> list[str]:
    return [path.stem for path in VERSION_FILES]


# --- every version file ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", VERSION_FILES, ids=lambda p: p.stem)
def test_version_file_checks_clean(path: pathlib.Path) -> None:
    """Every bundled version file validates without a single problem."""
    assert check_list_file(path) == ()


@pytest.mark.parametrize("path", VERSION_FILES, ids=lambda p: p.stem)
def test_version_header(path: pathlib.Path) -> None:
    """Each version is named after its newest action and was compiled on 2026-11-23."""
    info = load_list(path).info
    assert (info.id, info.version, info.schema_version) == ("kaspersky", path.stem, 1)
    assert info.newest_action == dt.date.fromisoformat(path.stem)
    assert info.compiled == dt.date(2026, 11, 23)


@pytest.mark.parametrize("path", VERSION_FILES, ids=lambda p: p.stem)
def test_every_party_is_cited(path: pathlib.Path) -> None:
    """Every party has at least one listing with an authority, a restriction and a dated citation."""
    watchlist = load_list(path)
    newest = watchlist.info.newest_action
    for party in watchlist.parties:
        assert party.listings, party.id
        for listing in party.listings:
            assert listing.authority and listing.restricts and listing.short_name, party.id
            assert listing.published is not None and listing.published <= newest, (party.id, listing.short)
            assert listing.basis in ("named", "affiliate")
            assert listing.confidence in CONFIDENCES


@pytest.mark.parametrize("path", VERSION_FILES, ids=lambda p: p.stem)
def test_confidence_marks_everywhere(path: pathlib.Path) -> None:
    """Every party, name, address, identifier and relation carries a mark from the vocabulary."""
    for party in load_list(path).parties:
        marks = [party.confidence, *(n.confidence for n in party.names), *(a.confidence for a in party.addresses),
                 *(i.confidence for i in party.identifiers), *(r.confidence for r in party.relations)]
        assert set(marks) <= set(CONFIDENCES), party.id


@pytest.mark.parametrize("path", VERSION_FILES, ids=lambda p: p.stem)
def test_sha256_is_over_the_file_bytes(path: pathlib.Path) -> None:
    """ListInfo.sha256 equals hashlib's sha256 of the file's bytes."""
    assert load_list(path).info.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


# --- released files are never edited ------------------------------------------------------------------


def test_every_version_is_pinned_in_sha256sums() -> None:
    """SHA256SUMS lists exactly the version files that exist."""
    assert sorted(_manifest()) == [path.name for path in VERSION_FILES]


@pytest.mark.parametrize("path", VERSION_FILES, ids=lambda p: p.stem)
def test_released_version_is_unchanged(path: pathlib.Path) -> None:
    """A released version file still has the sha256 pinned in SHA256SUMS: edit by adding a version instead."""
    assert hashlib.sha256(path.read_bytes()).hexdigest() == _manifest()[path.name], (
        f"{path.name} was edited; a released version is immutable: add a new version file and a CHANGES.md entry")


def test_changes_has_an_entry_per_version() -> None:
    """CHANGES.md has one `## <version>` heading for each version file, newest first."""
    text = (LIST_DIR / "CHANGES.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (\d{4}-\d{2}-\d{2})\b", text, flags=re.MULTILINE)
    assert headings == sorted(_versions(), reverse=True)


def test_parties_leave_only_by_a_cited_removal() -> None:
    """No version drops a party or a listing of the one before it (the data holds no official removals)."""
    previous = None
    for info in list_versions(LIST_DIR):
        current = load_list(LIST_DIR, version=info.version)
        if previous is not None:
            for party in previous.parties:
                later = current.party(party.id)
                assert {li.short for li in party.listings} <= {li.short for li in later.listings}, party.id
        previous = current


# --- the newest version ----------------------------------------------------------------------------------


def test_newest_version_ids_match_the_evaluation() -> None:
    """The newest version holds the evaluation's party ids, plus the two reference-only companies."""
    ids = {party.id for party in load_list().parties}
    assert ids == ORG_IDS | set(OFAC) | {"kaspersky-gss", "kaspersky-xuan-beijing"}


def test_newest_version_has_the_twelve_ofac_persons() -> None:
    """The 12 OFAC designees are persons under their OFAC spelling, cited to the SDN list."""
    watchlist = load_list()
    for party_id, name in OFAC.items():
        person = watchlist.party(party_id)
        assert (person.kind, person.name) == ("person", name)
        assert any(li.short_name == "OFAC SDN List" and li.program == "RUSSIA-EO14024" for li in person.listings)
        assert person.name_parts is not None and person.birth_dates
        assert any(n.type is NameType.NATIVE and n.confidence == "derived" for n in person.names)


def test_newest_version_has_the_entity_list_entities_and_kaspersky_lab_inc() -> None:
    """AO Kaspersky Lab, OOO Kaspersky Group and Kaspersky Labs Limited are named on the Entity List;
    Kaspersky Lab, Inc. is the named party of the ICTS Final Determination."""
    watchlist = load_list()
    for party_id in ENTITY_LIST:
        listing = next(li for li in watchlist.party(party_id).listings if li.short_name == "BIS Entity List")
        assert (listing.basis, listing.fr_doc) == ("named", "2024-13695")
        assert listing.short == "BIS Entity List, 89 FR 52362 (2024-06-24)"
    inc = watchlist.party("kaspersky-inc")
    assert inc.name == "Kaspersky Lab, Inc."
    assert any(li.fr_doc == "2024-13532" and li.basis == "named" for li in inc.listings)


def test_astrakhan_stays_listed_with_the_report_in_the_note() -> None:
    """ASTRAKHAN is kept (absence from later OFAC files is not a removal) and the listing says so."""
    (listing,) = load_list().party("ofac-45818").listings
    assert "not a removal" in listing.note and "Feb 2026" in listing.note


def test_ofac_spellings_and_name_parts() -> None:
    """OFAC's own spellings are primary names; press-release spellings are reported aliases."""
    watchlist = load_list()
    gerber = watchlist.party("ofac-45856")
    assert (gerber.name_parts.given, gerber.name_parts.patronymic, gerber.name_parts.family) == (
        "Mikhail", "Yuyevich", "Gerber")
    aliases = {n.text: n.confidence for n in gerber.names if n.type is NameType.ALIAS}
    assert aliases == {"GERBER, Mikhail": "list_data", "Mikhail Yuryevich Gerber": "reported"}
    tikhonov = watchlist.party("ofac-45815")
    assert {(i.type, i.value) for i in tikhonov.identifiers} >= {
        ("passport", "530193947"), ("national_id", "4511483349"), ("tax_id", "774334095919"),
        ("ofac_sdn_ent_num", "45815")}


def test_ao_kaspersky_lab_names_and_brands() -> None:
    """AO Kaspersky Lab carries its native name, the bare brand as a weak alias and the product brands."""
    ao = load_list().party("kaspersky-ao")
    by_type: dict[NameType, dict[str, str]] = {}
    for name in ao.names:
        by_type.setdefault(name.type, {})[name.text] = name.confidence
    assert "АО «Лаборатория Касперского»" in by_type[NameType.NATIVE]
    assert by_type[NameType.WEAK] == {"Kaspersky": "official"}
    brands = by_type[NameType.BRAND]
    assert brands["Kaspersky Security Network"] == "reported"
    for native in ("Касперский", "カスペルスキー", "卡巴斯基", "카스퍼스키"):
        assert brands[native] == "derived"
    assert {"Kaspersky Anti-Virus", "Kaspersky Total Security", "KasperskyOS"} <= set(brands)


def test_affiliates_are_covered_by_scope_language() -> None:
    """Unnamed subsidiaries are listed as affiliates of scope-language actions, never as named."""
    watchlist = load_list()
    for party_id in ("kaspersky-uk", "kaspersky-gmbh", "kaspersky-ch", "kaspersky-it", "kaspersky-me",
                     "kaspersky-jp", "kaspersky-gss", "kaspersky-xuan-beijing"):
        listings = watchlist.party(party_id).listings
        assert listings and all(li.basis == "affiliate" and li.covers_affiliates for li in listings), party_id


# --- versions in force -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("as_of", "version"), [
    ("2015-09-16", "2015-09-16"),
    ("2016-01-01", "2015-09-16"),
    ("2017-09-13", "2017-09-13"),
    ("2024-06-22", "2024-06-21"),
    ("2024-06-24", "2024-06-24"),
    ("2026-11-23", "2025-02-21"),
])
def test_as_of_picks_the_version_in_force(as_of: str, version: str) -> None:
    """as_of selects the newest version whose newest action is on or before the date."""
    assert load_list(as_of=as_of).info.version == version


def test_before_the_entity_list_the_persons_are_listed_but_not_the_entity_listing() -> None:
    """On 2024-06-22 the OFAC persons are listed, but AO Kaspersky Lab is not yet on the Entity List."""
    watchlist = load_list(as_of=dt.date(2024, 6, 22))
    assert set(OFAC) <= {party.id for party in watchlist.parties}
    assert not any(li.short_name == "BIS Entity List" for li in watchlist.party("kaspersky-ao").listings)


def test_first_version_holds_the_ukrainian_listings_only() -> None:
    """The 2015 version lists AO Kaspersky Lab and its Kyiv subsidiary under the Ukrainian decree."""
    watchlist = load_list(as_of="2016-01-01")
    assert {party.id for party in watchlist.parties} == {"kaspersky-ao", "kaspersky-ua"}


def test_before_the_first_action_there_is_no_version() -> None:
    """A date before 2015-09-16 raises ListVersionError."""
    with pytest.raises(ListVersionError):
        load_list(as_of="2010-01-01")


def test_newest_is_the_default() -> None:
    """load_list() loads the newest bundled version and bundled_lists() finds the directory."""
    assert load_list().info.version == max(_versions())
    assert bundled_lists()["kaspersky"].resolve() == LIST_DIR
