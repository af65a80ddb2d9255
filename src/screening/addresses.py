"""A listed street address written alone, with no name (`39A/3 Leningradskoe Shosse, Moscow 125212`), or beside one.

Shipping, delivery and vendor records sometimes hold a party's street address with its name left out (a
`Ship-to` block whose name line was lost, an address-only field). Where that address is a listed party's own,
to the house, an analyst must see it; where any word of a name stands beside it, it names whoever that is
(another tenant of the same building, `OOO Romashka, 39A Leningradskoe Shosse`), and the name decides.

`StreetAddress.of` reads a listed address that gives a house number and a street with its type (`39A/3
Leningradskoe Shosse, Moscow 125212, Russian Federation`, `1st Floor, 2 Kingdom Street, Paddington, London W2
6BD`, `Zeppelinweg 12`): its number (`39a`), the building after a slash (`3`), the street's own words
(`leningradskoe`, by skeleton, so `Leningradskoye` and the Cyrillic `Ленинградское` read alike), its type
(`shosse`, written `sh.` too), its postcode and its towns (`moscow`; `london`). An address of a town alone
(`Moscow, Russia`), or of a town and a postcode (`Woburn, MA 01801`: no street type), names no one and is not read.

`ListedAddresses.find` reads a normalised query as such an address when (all of):

* it writes the street: its own words, each as a word of no place (not `Kingdom` of `United Kingdom`), with its
  type beside them (`Kingdom Road` is another street), and the house number as listed within a few words of it
  (`39A`, or `39` and `A` apart; `39` is another house);
* every other number it writes is the listed building (`стр. 3`), a part of the postcode or a floor (`1st`):
  `bld 1` is another building;
* it writes the postcode, or a listed town as any language spells it (its first letters: `Москва`, `Moskva`,
  `Moskau` for Moscow; `Saint Petersburg` is another town);
* and no other word: each is an address word (`str`, `floor`), the country's name, a function word, a single
  letter (`д.`, `г.`) or a word of the listed address (`Paddington`). A word of a name (`Olympia Park`) or of a
  label (`Ship-from`), or a legal form (`Ltd, 2 Kingdom Street`: a company's, its name left out), leaves the
  text to its name.

The screener shows each party so found at the review threshold (`Screener._addressed`): a building has other
tenants, and a record of one that lost its name line writes the same. Written beside a name
(`ListedAddresses.beside`: the street, its type, the house number, and the postcode or a listed town, among other
words), the address says which of a group's companies a name they read alike is
(`Kaspersky Lab, 2 Kingdom Street, London W2 6BD`: the UK company, not the London holding `Kaspersky Labs Limited`;
`Screener._at_address`). `street_word` is what the prefilter asks of each word of ASCII text: a text with a digit
and a word that starts as a listed street's takes the full path.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from screening.lexicon import TokenInfo, analyse, lexicon
from screening.models import Party
from screening.normalize import NormalizedName, normalize

__all__ = ["ListedAddresses", "StreetAddress", "written_alone"]

# The house number and the street, in a part of the address (English order, `39A/3 Leningradskoe Shosse`; and
# the street first, `Leningradskoe Shosse 39A/3`, as Russian and German write it)
_NUMBER = r"(?P<number>\d{1,5}[^\W\d_]?)(?:\s?/\s?(?P<building>\d{1,4}))?"
_STREET = r"(?P<street>[^\W\d_][^\d,]*?)"
_PARTS = (re.compile(rf"^\s*{_NUMBER}\s+{_STREET}\s*$"), re.compile(rf"^\s*{_STREET}\s+{_NUMBER}\s*$"))
# Postcodes: the United Kingdom's (`W2 6BD`) and runs of four to six digits (Russia, Germany, the US)
_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4,6})\b", re.IGNORECASE)
# Street types as normalised, each with the spellings and abbreviations a query may write it in (English,
# romanised Russian, German, French, Italian, Spanish); a German type joined to the street's name ends it
_STREET_TYPES = {
    "street": ("street", "st", "str"), "road": ("road", "rd"), "avenue": ("avenue", "ave", "av"),
    "lane": ("lane", "ln"), "drive": ("drive", "dr"), "boulevard": ("boulevard", "blvd"), "way": ("way",),
    "square": ("square", "sq"), "place": ("place", "pl"), "shosse": ("shosse", "sh", "shos"),
    "prospekt": ("prospekt", "pr", "prosp"), "ulitsa": ("ulitsa", "ul"), "pereulok": ("pereulok", "per"),
    "naberezhnaya": ("naberezhnaya", "nab"), "strasse": ("strasse", "str"), "rue": ("rue",), "via": ("via",),
    "viale": ("viale",), "piazza": ("piazza",), "corso": ("corso",), "calle": ("calle",), "avenida": ("avenida",),
}
_TYPE_SPELLINGS = frozenset(spelling for spellings in _STREET_TYPES.values() for spelling in spellings)
_LETTERS = re.compile(r"[^\W\d_]+")
_JOINED_TYPES = ("strasse", "weg", "platz", "allee", "gasse", "ring", "damm")  # (`Zeppelinweg`)
_NEAR = 3  # words at most between the house number and the street (`Ленинградское шоссе, д. 39А`: `д.`)
_TOWN_HEAD = 3  # first letters a town's spellings share (`Moscow`, `Moskva`, `Moskau`, `Москва`)
# Address words the lexicon leaves to other roles (a single letter is an initial there; `bld`, a word): the
# building and house abbreviations of Russian and English addresses, as normalised (`стр.` -> `str`)
_MORE_ADDRESS_WORDS = frozenset({"bld", "bldg", "build", "sh", "str", "stroenie", "stroyeniye", "korp", "ofis",
                                 "level", "premises"})
_FLOOR = re.compile(r"\d{1,3}(?:st|nd|rd|th)")  # a floor (`1st Floor`)
_OTHER_ROLES = frozenset({"address", "stopword", "initial"})  # what else an address alone may hold
_STEM_CUT = 2  # letters off the end of a street's word for `street_word` (its endings differ: -oe, -oye, -oje)


@attrs.frozen
class StreetAddress:
    """A listed street address, read: whose (`party`, a position in the watchlist), as listed, and its parts."""

    party: int
    written: str
    street: tuple[str, ...]  # skeletons of the street's own words (`leningradskoe`), not its type
    kinds: frozenset[str]  # the spellings of its type (`shosse`, `sh`, `shos`), or none where joined (`Zeppelinweg`)
    number: str  # the house number, lower case (`39a`)
    building: str  # the building after a slash (`3`), or ""
    postcode: str  # lower case, no space (`w26bd`), or ""
    country: str | None
    towns: frozenset[str]  # the towns' and districts' words, lower case (`moscow`; `paddington`, `london`)
    words: frozenset[str]  # skeletons of every word of the address as listed

    @classmethod
    def of(cls, party: int, written: str, country: str | None) -> StreetAddress | None:
        """The address read, or None where it gives no house number and typed street (a town alone)."""
        start = 0
        for part in written.split(","):
            end = start + len(part)
            for pattern in _PARTS:
                if (found := pattern.match(part)) is None or (street := _street(found["street"])) is None:
                    continue
                own, kinds = street
                rest = f"{written[:start]} {written[end:]}"
                code = _POSTCODE.search(rest)
                places = _infos(rest)
                return cls(party, written, tuple(i.skel for i in own), kinds,
                           found["number"].lower(), found["building"] or "",
                           "" if code is None else code.group().replace(" ", "").lower(), country,
                           frozenset(i.text for i in places if i.role in ("place", "distinctive")
                                     and not _country_word(i) and not any(c.isdigit() for c in i.text)),
                           frozenset(info.skel for info in _infos(written)))
            start = end + 1
        return None

    def written_in(self, infos: tuple[TokenInfo, ...]) -> bool:
        """Whether the words of a query (`analyse`d) are this address and nothing else (the module docstring)."""
        used = self._street_at(infos)
        if not used:
            return False
        texts = [info.text for info in infos]
        coded = self._postcode_at(texts)
        used |= set(coded)
        town = False
        for i, info in enumerate(infos):
            if i in used:
                continue
            text = info.text
            if any(c.isdigit() for c in text):
                if not (text == self.building or _FLOOR.fullmatch(text)):
                    return False
            elif info.role == "place" and not _country_word(info):
                if not self._town(info):
                    return False  # (another town: `Saint Petersburg`)
                town = True
            elif info.role == "place":
                if info.place != self.country:
                    return False
            elif not (info.role in _OTHER_ROLES or text in _MORE_ADDRESS_WORDS or info.skel in self.words):
                return False
        return bool(coded) or town

    def beside_in(self, infos: tuple[TokenInfo, ...]) -> bool:
        """Whether the words of a query (`analyse`d) write this address among others (a name beside it): the
        street, its type and the house number, and the postcode or a listed town."""
        return bool(self._street_at(infos)) and (bool(self._postcode_at([info.text for info in infos])) or any(
            info.role == "place" and not _country_word(info) and self._town(info) for info in infos))

    def _town(self, info: TokenInfo) -> bool:
        """Whether a place word is a listed town of the address, as any language spells it (its first letters)."""
        text = info.text
        return any(text == t or text[:_TOWN_HEAD] == t[:_TOWN_HEAD] and text in lexicon().cities for t in self.towns)

    def _street_at(self, infos: tuple[TokenInfo, ...]) -> set[int]:
        """Where a query writes the street, its type and the house number (their positions); none where it
        does not."""
        size = len(self.street)
        for at in range(len(infos) - size + 1):
            own = infos[at:at + size]
            if tuple(i.skel for i in own) != self.street or any(i.role == "place" for i in own):
                continue
            typed = set(range(at, at + size))
            if self.kinds:  # (its type beside it, before or after)
                beside = [j for j in (at - 1, at + size) if 0 <= j < len(infos) and infos[j].text in self.kinds]
                if not beside:
                    continue
                typed.add(beside[0])
            if house := self._house_near(infos, min(typed), max(typed)):
                return typed | house
        return set()

    def _house_near(self, infos: tuple[TokenInfo, ...], first: int, last: int) -> set[int]:
        """The positions of the house number as listed within `_NEAR` words of the street (`first` to `last`)."""
        digits = self.number.rstrip("abcdefghijklmnopqrstuvwxyz")
        for i in (*range(max(0, first - _NEAR), first), *range(last + 1, min(len(infos), last + 1 + _NEAR))):
            text = infos[i].text
            if text == self.number:
                return {i}
            if text == digits != self.number and i + 1 < len(infos) and infos[i + 1].text == self.number[len(digits):]:
                return {i, i + 1}
        return set()

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


class ListedAddresses:
    """The list's street addresses: the starts of their streets' words, read from the text at once
    (`street_word`, which the prefilter asks of every word), and the addresses read whole when a query first
    may be one (`find`: reading them normalises each, which a process that screens none need not pay for)."""

    def __init__(self, parties: Iterable[Party]) -> None:
        self._written = tuple((number, address.full, address.country) for number, party in enumerate(parties)
                              for address in party.addresses if any(c.isdigit() for c in address.full))
        self.stems = tuple(sorted({word[:-_STEM_CUT] if len(word) > 2 * _STEM_CUT else word
                                   for _, written, _ in self._written for word in _street_words(written)}))
        self._read: tuple[StreetAddress, ...] | None = None

    @property
    def addresses(self) -> tuple[StreetAddress, ...]:
        """The street addresses, read (`StreetAddress.of`) when first asked for."""
        read = self._read
        if read is None:
            read = self._read = tuple(address for number, written, country in self._written
                                      if (address := StreetAddress.of(number, written, country)) is not None)
        return read

    def street_word(self, word: str) -> bool:
        """Whether a word (lower case) starts as a listed street's word does (`leningradsk`, `kingd`): a text with
        one and a digit may write the address (the prefilter leaves it to the full path)."""
        return word.startswith(self.stems) if self.stems else False

    def find(self, name: NormalizedName) -> tuple[StreetAddress, ...]:
        """The listed street addresses a normalised query is, and nothing else."""
        return written_alone(self.addresses, name) if self._may_write(name) else ()

    def beside(self, name: NormalizedName) -> tuple[StreetAddress, ...]:
        """The listed street addresses a normalised query writes among other words (`StreetAddress.beside_in`)."""
        if not self._may_write(name):
            return ()
        infos = analyse(name.tokens, name.qualifiers, query=True)
        return tuple(address for address in self.addresses if address.beside_in(infos))

    def _may_write(self, name: NormalizedName) -> bool:
        """Whether a normalised query may write a listed address: a digit, and a word that starts as a listed
        street's does (`street_word`); most names, with a vendor number or none, are not read further."""
        return bool(self._written) and any(c.isdigit() for token in name.tokens for c in token) and any(
            self.street_word(token) for token in name.tokens)


def written_alone(addresses: Iterable[StreetAddress], name: NormalizedName) -> tuple[StreetAddress, ...]:
    """Those of `addresses` a normalised query is, and nothing else (`StreetAddress.written_in`; a legal form is a
    company's, its name left out)."""
    if name.legal_forms:
        return ()
    infos = analyse(name.tokens, name.qualifiers, query=True)
    return tuple(address for address in addresses if address.written_in(infos))


def _street_words(written: str) -> list[str]:
    """The words, lower case, of the part of an address that may be a house number and street (`_PARTS`), but
    those of street types and of two letters or fewer: a superset of the street's own words, read without
    normalising (a word in another script is normalised: `Ленинградское`)."""
    words: list[str] = []
    for part in written.split(","):
        for pattern in _PARTS:
            if (found := pattern.match(part)) is not None:
                for word in _LETTERS.findall(found["street"].lower()):
                    words += [word] if word.isascii() else list(normalize(word).tokens)
                break
    return [word for word in words if len(word) >= 3 and word not in _TYPE_SPELLINGS]


def _infos(text: str) -> tuple[TokenInfo, ...]:
    """The words of a text as a query's are read: normalised, with their roles."""
    name = normalize(text)
    return analyse(name.tokens, name.qualifiers, query=True)


def _street(text: str) -> tuple[list[TokenInfo], frozenset[str]] | None:
    """A listed street's own words (three letters or more) and its type's spellings (none where the type is
    joined to its name: `Zeppelinweg`); None where it has neither a type nor own words (`MA` of `MA 01801`)."""
    infos = _infos(text)
    kinds = frozenset(s for i in infos for canonical, spellings in _STREET_TYPES.items()
                      if i.text == canonical for s in spellings)
    own = [i for i in infos if i.role == "distinctive" and len(i.text) >= 3 and i.text not in kinds]
    if not own or not (kinds or own[-1].text.endswith(_JOINED_TYPES)):
        return None
    return own, kinds


def _country_word(info: TokenInfo) -> bool:
    """Whether a place word is (of) a country's name (`russia`; `russian`, `federation`, `kingdom`), not a town's."""
    return info.text in _country_words()


@functools.cache
def _country_words() -> frozenset[str]:
    """The words of countries' names (`lexicon().places` and the words of its names of several words), but
    towns' (`saint` of `Saint Petersburg`)."""
    lex = lexicon()
    words = set(lex.places) | {word for pair, code in lex.place_pairs.items() if code for word in pair}
    return frozenset(words - lex.cities)
