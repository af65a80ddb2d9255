"""What changed between two versions of a list: parties added, removed and changed, as data.

Parties are matched by id. For a party in both versions: names are compared as (type, text) pairs, listings
by their citation key (short name, basis, published date), so that a listing whose wording or confidence
changed shows up once under `listings_changed` instead of as a removal plus an addition; every other field
of `Party` that differs is reported by name with its old and new value. Order follows the new version
(removed parties: the old one), so a diff reads like the list.
"""

from __future__ import annotations

from typing import Any

import attrs

from screening._serial import unstructure
from screening.models import Listing, Party, PartyName, PartyRef
from screening.watchlist import Watchlist

__all__ = ["FieldChange", "ListDiff", "PartyChange", "diff_lists"]

# Fields compared field by field; names and listings get their own added/removed lists.
_OTHER_FIELDS = tuple(f.name for f in attrs.fields(Party) if f.name not in ("id", "names", "listings"))


@attrs.frozen
class FieldChange:
    """One party field whose value differs between the versions."""

    field: str
    old: Any
    new: Any


@attrs.frozen
class PartyChange:
    """How one party differs between the old and the new version."""

    party: PartyRef
    names_added: tuple[PartyName, ...] = ()
    names_removed: tuple[PartyName, ...] = ()
    listings_added: tuple[Listing, ...] = ()
    listings_removed: tuple[Listing, ...] = ()
    listings_changed: tuple[Listing, ...] = ()  # the new form of a listing whose citation key is unchanged
    fields_changed: tuple[FieldChange, ...] = ()

    def __bool__(self) -> bool:
        return any((self.names_added, self.names_removed, self.listings_added, self.listings_removed,
                    self.listings_changed, self.fields_changed))


@attrs.frozen
class ListDiff:
    """The difference between two list versions."""

    old_version: str
    new_version: str
    added: tuple[PartyRef, ...]
    removed: tuple[PartyRef, ...]
    changed: tuple[PartyChange, ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (models as their `to_dict()`, dates as ISO strings)."""
        return unstructure(self)


def _listing_key(listing: Listing) -> tuple[str, str, str]:
    when = listing.published.isoformat() if listing.published else ""
    return (listing.short_name, listing.basis, when)


def _party_change(old: Party, new: Party) -> PartyChange:
    old_names = {(n.type, n.text): n for n in old.names}
    new_names = {(n.type, n.text): n for n in new.names}
    old_listings = {_listing_key(li): li for li in old.listings}
    new_listings = {_listing_key(li): li for li in new.listings}
    return PartyChange(
        party=new.ref,
        names_added=tuple(n for key, n in new_names.items() if key not in old_names),
        names_removed=tuple(n for key, n in old_names.items() if key not in new_names),
        listings_added=tuple(li for key, li in new_listings.items() if key not in old_listings),
        listings_removed=tuple(li for key, li in old_listings.items() if key not in new_listings),
        listings_changed=tuple(li for key, li in new_listings.items()
                               if key in old_listings and old_listings[key] != li),
        fields_changed=tuple(FieldChange(field, getattr(old, field), getattr(new, field))
                             for field in _OTHER_FIELDS if getattr(old, field) != getattr(new, field)),
    )


def diff_lists(old: Watchlist, new: Watchlist) -> ListDiff:
    """Parties added, removed and changed from `old` to `new` (`TypeError` for anything but two `Watchlist`s)."""
    for name, value in (("old", old), ("new", new)):
        if not isinstance(value, Watchlist):
            raise TypeError(f"{name} must be a Watchlist (see screening.load_list), not {type(value).__name__}")
    old_by_id = {p.id: p for p in old.parties}
    new_ids = {p.id for p in new.parties}
    changes = (_party_change(old_by_id[p.id], p) for p in new.parties if p.id in old_by_id)
    return ListDiff(
        old_version=old.info.version,
        new_version=new.info.version,
        added=tuple(p.ref for p in new.parties if p.id not in old_by_id),
        removed=tuple(p.ref for p in old.parties if p.id not in new_ids),
        changed=tuple(change for change in changes if change),
    )
