"""A listed street address written alone, with no name: `39A/3 Leningradskoe Shosse, Moscow 125212`.

Shipping, delivery and vendor records sometimes hold a party's street address with its name left out (a
`Ship-to` block whose name line was lost, an address-only field). Where that address is a listed party's own,
to the house, an analyst must see it; where any word of a name stands beside it, it names whoever that is
(another tenant of the same building, `OOO Romashka, 39A Leningradskoe Shosse`), and the name decides.

`StreetAddress.of` reads a listed address that gives a house number and a street (`39A/3 Leningradskoe
Shosse, Moscow 125212, Russian Federation`, `1st Floor, 2 Kingdom Street, Paddington, London W2 6BD`): its
number (`39a`), the building after a slash (`3`), the street's own words (`leningradskoe`, by skeleton, so
`Leningradskoye` and the Cyrillic `Ленинградское` read alike), its postcode and towns. An address of a town
alone (`Moscow, Russia`) names no one and is not read.

`ListedAddresses.find` reads a normalised query as such an address when (all of):

* it holds the street's own words and the house number as listed (`39A`, or `39` and `A` apart): `39` is
  another house;
* every other number it writes is the listed building (`стр. 3`), a part of the postcode or a floor (`1st`):
  `bld 1` is another building;
* it holds the postcode, or a town of the address's country (`Москва`, `Moskva`);
* and no other word: each is an address word (`shosse`, `str`, `floor`), a place, a function word, a single
  letter (`д.`, `г.`) or a word of the listed address (`Paddington`). A word of a name (`Olympia Park`) or of a
  label (`Ship-from`), or a legal form (`Ltd, 2 Kingdom Street`: a company's, its name left out), leaves the
  text to its name.

The screener shows each party so found as a REVIEW (`Screener._addressed`): a building has other tenants,
and a record of one that lost its name line writes the same. `street_word` is what the prefilter
asks of each word of ASCII text: a text with a digit and such a word takes the full path.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from screening.lexicon import TokenInfo, analyse
from screening.models import Party
from screening.normalize import NormalizedName, normalize
from screening.romanize import skeleton

__all__ = ["ListedAddresses", "StreetAddress"]

# The house number and the street, in a part of the address (English order, `39A/3 Leningradskoe Shosse`; and
# the street first, `Leningradskoe Shosse 39A/3`, as Russian and German write it)
_NUMBER = r"(?P<number>\d{1,5}[^\W\d_]?)(?:\s?/\s?(?P<building>\d{1,4}))?"
_STREET = r"(?P<street>[^\W\d_][^\d,]*?)"
_PARTS = (re.compile(rf"^\s*{_NUMBER}\s+{_STREET}\s*$"), re.compile(rf"^\s*{_STREET}\s+{_NUMBER}\s*$"))
# Postcodes: the United Kingdom's (`W2 6BD`) and runs of four to six digits (Russia, Germany, the US)
_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4,6})\b", re.IGNORECASE)
# Address words the lexicon leaves to other roles (a single letter is an initial there; `bld`, a word): the
# building and house abbreviations of Russian and English addresses, as normalised (`стр.` -> `str`)
_MORE_ADDRESS_WORDS = frozenset({"bld", "bldg", "build", "sh", "str", "stroenie", "stroyeniye", "korp", "ofis",
                                 "level", "premises"})
_FLOOR = re.compile(r"\d{1,3}(?:st|nd|rd|th)")  # a floor (`1st Floor`)
# the roles of the words an address alone may hold beside the listed address's own
_ADDRESS_ROLES = frozenset({"address", "place", "stopword", "initial"})
_STEM_CUT = 2  # letters off the end of a street's word for `street_word` (its endings differ: -oe, -oye, -oje)


@attrs.frozen
class StreetAddress:
    """A listed street address, read: whose (`party`, a position in the watchlist), as listed, and its parts."""

    party: int
    written: str
    street: tuple[str, ...]  # skeletons of the street's own words (`leningradskoe`), not its type (`shosse`)
    spelled: tuple[str, ...]  # and those words as listed, lower case
    number: str  # the house number, lower case (`39a`)
    building: str  # the building after a slash (`3`), or ""
    postcode: str  # lower case, no space (`w26bd`), or ""
    country: str | None
    words: frozenset[str]  # skeletons of every word of the address as listed

    @classmethod
    def of(cls, party: int, written: str, country: str | None) -> StreetAddress | None:
        """The address read, or None where it gives no house number and street (a town alone)."""
        start = 0
        for part in written.split(","):
            end = start + len(part)
            for pattern in _PARTS:
                found = pattern.match(part)
                own = [] if found is None else [i for i in _infos(found["street"]) if i.role == "distinctive"]
                if found is None or not own:
                    continue
                code = _POSTCODE.search(f"{written[:start]} {written[end:]}")
                return cls(party, written, tuple(i.skel for i in own), tuple(i.text for i in own),
                           found["number"].lower(), found["building"] or "",
                           "" if code is None else code.group().replace(" ", "").lower(), country,
                           frozenset(info.skel for info in _infos(written)))
            start = end + 1
        return None

    def written_in(self, infos: tuple[TokenInfo, ...]) -> bool:
        """Whether the words of a query (`analyse`d) are this address and nothing else (the module docstring)."""
        texts = [info.text for info in infos]
        skels = {info.skel for info in infos}
        if not set(self.street) <= skels:
            return False
        digits = self.number.rstrip("abcdefghijklmnopqrstuvwxyz")
        house = [i for i, text in enumerate(texts) if text == self.number or (
            text == digits != self.number and i + 1 < len(texts) and texts[i + 1] == self.number[len(digits):])]
        if not house:
            return False
        used = {house[0], house[0] + 1} if texts[house[0]] != self.number else {house[0]}
        coded = self._postcode_at(texts)
        used.update(coded)
        for i, info in enumerate(infos):
            if i in used or info.skel in self.street:
                continue
            text = info.text
            if any(c.isdigit() for c in text):
                if not (text == self.building or _FLOOR.fullmatch(text)):
                    return False
            elif not (info.role in _ADDRESS_ROLES or text in _MORE_ADDRESS_WORDS or info.skel in self.words):
                return False
        return bool(coded) or any(info.role == "place" and info.place == self.country for info in infos)

    def _postcode_at(self, texts: list[str]) -> range:
        """Where the words of a query write the postcode, one word or more (`w2 6bd`); empty where none do."""
        if self.postcode:
            for start, text in enumerate(texts):
                joined = text
                end = start + 1
                while self.postcode.startswith(joined) and joined != self.postcode and end < len(texts):
                    joined += texts[end]
                    end += 1
                if joined == self.postcode:
                    return range(start, end)
        return range(0)


@attrs.frozen
class ListedAddresses:
    """The list's street addresses (`StreetAddress`), and the starts of their streets' words (`street_word`)."""

    addresses: tuple[StreetAddress, ...]
    stems: tuple[str, ...]

    @classmethod
    def of(cls, parties: Iterable[Party]) -> ListedAddresses:
        """The street addresses of `parties` (by their position), each read once."""
        found = [read for number, party in enumerate(parties) for address in party.addresses
                 if any(c.isdigit() for c in address.full)
                 and (read := StreetAddress.of(number, address.full, address.country)) is not None]
        stems = {word[:-_STEM_CUT] if len(word) > 2 * _STEM_CUT else word for read in found for word in read.spelled}
        return cls(tuple(found), tuple(sorted(stems)))

    def street_word(self, word: str) -> bool:
        """Whether a word (lower case) holds the start of a listed street's word (`leningradsk`, `kingd`): a text
        with one and a digit may write the address (the prefilter leaves it to the full path)."""
        return any(stem in word for stem in self.stems)

    def find(self, name: NormalizedName) -> tuple[StreetAddress, ...]:
        """The listed street addresses a normalised query is, and nothing else."""
        if not self.addresses or name.legal_forms or not any(c.isdigit() for token in name.tokens for c in token):
            return ()
        infos = analyse(name.tokens, name.qualifiers, query=True)
        return tuple(address for address in self.addresses if address.written_in(infos))


def _infos(text: str) -> tuple[TokenInfo, ...]:
    name = normalize(text)
    return analyse(name.tokens, name.qualifiers, query=True)

