"""Diffing two list versions (`screening.listdiff`)."""

from __future__ import annotations

import json
import pathlib

import attrs

from screening.bundled import load_list
from screening.listdiff import ListDiff, diff_lists
from screening.models import NameType, PartyName
from screening.watchlist import Watchlist

HISTORY = pathlib.Path(__file__).parent / "data" / "lists" / "history"


def _with(watchlist: Watchlist, parties: tuple) -> Watchlist:
    return Watchlist(info=attrs.evolve(watchlist.info, version="edited"), parties=parties)


def test_same_version_has_no_difference() -> None:
    """A version diffed with itself is empty and falsy."""
    watchlist = load_list()
    diff = diff_lists(watchlist, watchlist)
    assert not diff
    assert (diff.added, diff.removed, diff.changed) == ((), (), ())


def test_ofac_designations_add_twelve_persons() -> None:
    """From 2023-10-30 to 2024-06-21 exactly the 12 OFAC persons are added and nothing else changes."""
    diff = diff_lists(load_list(version="2023-10-30"), load_list(version="2024-06-21"))
    assert len(diff.added) == 12 and all(ref.kind == "person" for ref in diff.added)
    assert diff.removed == () and diff.changed == ()
    assert (diff.old_version, diff.new_version) == ("2023-10-30", "2024-06-21")


def test_entity_list_appears_as_listings_added() -> None:
    """From 2024-06-21 to 2024-06-24 the three Entity List entities each gain a named BIS listing."""
    diff = diff_lists(load_list(version="2024-06-21"), load_list(version="2024-06-24"))
    gained = {change.party.id for change in diff.changed
              if any(li.short_name == "BIS Entity List" and li.basis == "named" for li in change.listings_added)}
    assert gained == {"kaspersky-ao", "kaspersky-group", "kaspersky-labs-ltd"}
    assert diff.added == () and diff.removed == ()


def test_removed_party_is_reported() -> None:
    """A party missing from the new version is listed under removed."""
    old = load_list(HISTORY, version="2021-06-01")
    new = _with(old, tuple(p for p in old.parties if p.id != "person-1"))
    diff = diff_lists(old, new)
    assert [ref.id for ref in diff.removed] == ["person-1"]


def test_names_and_fields_changed() -> None:
    """Added and removed names and changed fields are reported per party."""
    old = load_list(HISTORY, version="2021-06-01")
    acme = old.party("acme")
    names = (*acme.names[:1], *acme.names[2:], PartyName("Acme Works", NameType.ALIAS, "reported"))
    edited = attrs.evolve(acme, names=names, countries=("RU", "KZ"))
    diff = diff_lists(old, _with(old, tuple(edited if p.id == "acme" else p for p in old.parties)))
    (change,) = diff.changed
    assert [n.text for n in change.names_added] == ["Acme Works"]
    assert [n.text for n in change.names_removed] == [acme.names[1].text]
    assert [(f.field, f.old, f.new) for f in change.fields_changed] == [("countries", ("RU",), ("RU", "KZ"))]


def test_reworded_listing_is_changed_not_replaced() -> None:
    """A listing whose citation key is unchanged but whose note differs shows up once, as changed."""
    old = load_list(HISTORY, version="2021-06-01")
    acme = old.party("acme")
    listings = (attrs.evolve(acme.listings[0], note="reworded"), *acme.listings[1:])
    new = _with(old, tuple(attrs.evolve(p, listings=listings) if p.id == "acme" else p for p in old.parties))
    (change,) = diff_lists(old, new).changed
    assert (change.listings_added, change.listings_removed) == ((), ())
    assert [li.note for li in change.listings_changed] == ["reworded"]


def test_to_dict_is_json_ready() -> None:
    """to_dict() is plain data that survives a JSON round trip."""
    diff = diff_lists(load_list(version="2024-06-21"), load_list(version="2024-06-24"))
    data = json.loads(json.dumps(diff.to_dict(), ensure_ascii=False))
    assert data["old_version"] == "2024-06-21" and data["new_version"] == "2024-06-24"
    assert data["changed"][0]["listings_added"][0]["published"] == "2024-06-24"
    assert isinstance(diff, ListDiff)
