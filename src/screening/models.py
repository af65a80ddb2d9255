"""The values `screening` reads and returns: parties and their citations, and screening results.

All are frozen attrs classes with tuples for sequences, so that a result can be cached, shared across
threads and stored. Every class has `to_dict()` / `from_dict()` that round-trip through JSON.
Constructors are dumb: list files become these objects in `screening.listfile`, never here.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
from typing import Any, Self

import attrs

from screening._serial import shared, structure, unstructure

__all__ = [
    "Address",
    "Comparison",
    "Evidence",
    "Hit",
    "HitClass",
    "Identifier",
    "ListInfo",
    "Listing",
    "NameParts",
    "NameType",
    "NearMiss",
    "Party",
    "PartyName",
    "PartyRef",
    "Relation",
    "ScreeningResult",
    "Status",
]


class _Plain:
    """Mixin: JSON-ready dict conversion for attrs classes."""

    def to_dict(self) -> dict[str, Any]:
        """This value as plain JSON-ready data (dates as ISO strings, enums as values)."""
        return unstructure(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Rebuild the value from `to_dict()` output (or its JSON round trip)."""
        return structure(data, cls)


class ReadOnlyDict(dict[str, Any]):
    """A dict no one can change (every result of a screener shares its settings: one result edited would
    rewrite the audit trail of all), hashable, and still a dict to `json` and `isinstance`."""

    def _read_only(self, *args: object, **kwargs: object) -> None:
        raise TypeError("a result's config is read-only (copy it with dict(...) to change it)")

    __setitem__ = __delitem__ = clear = pop = _read_only  # type: ignore[assignment]
    popitem = setdefault = update = __ior__ = _read_only  # type: ignore[assignment]

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(sorted(self.items())))

    def __reduce__(self) -> tuple[type[ReadOnlyDict], tuple[dict[str, Any]]]:
        return ReadOnlyDict, (dict(self),)  # (pickle and copy rebuild it whole, never item by item)

    def __copy__(self) -> ReadOnlyDict:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> ReadOnlyDict:
        return ReadOnlyDict(copy.deepcopy(dict(self), memo))


def _in_unit_interval(instance: object, attribute: attrs.Attribute, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must be in [0, 1], got {value!r}")


def _non_empty(instance: object, attribute: attrs.Attribute, value: str) -> None:
    if not value:
        raise ValueError(f"{attribute.name} must not be empty")


class Status(str, enum.Enum):
    """The decision for one screened name."""

    MATCH = "MATCH"
    REVIEW = "REVIEW"
    CLEAR = "CLEAR"
    UNSCREENABLE = "UNSCREENABLE"


class HitClass(str, enum.Enum):
    """What kind of thing a hit says the query is."""

    LISTED = "listed_party"  # the listed party itself, under one of its names
    AFFILIATE = "affiliate"  # an unlisted company carrying a listed party's brand (covered by scope language)
    PRODUCT = "product"  # a product or brand supplied by a listed party


class NameType(str, enum.Enum):
    """The role of one name of a party."""

    PRIMARY = "primary"
    ALIAS = "alias"
    FORMER = "former"
    NATIVE = "native"  # native-script name (Cyrillic, CJK, ...)
    TRANSLITERATION = "transliteration"
    WEAK = "weak"  # short or generic form: counts only on an exact match
    BRAND = "brand"  # brand or product name the party supplies


@attrs.frozen
class PartyName(_Plain):
    """One name of a party, with its role and how sure the source is of it."""

    text: str = attrs.field(validator=_non_empty)
    type: NameType = NameType.ALIAS
    confidence: str = "unverified"
    note: str | None = None


@attrs.frozen
class NameParts(_Plain):
    """A person's name split into given name, patronymic and family name, as the source lists it."""

    given: str
    family: str
    patronymic: str | None = None


@attrs.frozen
class Address(_Plain):
    """A postal address or a place, as published."""

    full: str
    country: str | None = None
    confidence: str = "unverified"


@attrs.frozen
class Identifier(_Plain):
    """A registry, tax, passport or list-entry number."""

    type: str
    value: str
    confidence: str = "unverified"
    note: str | None = None


@attrs.frozen
class Relation(_Plain):
    """A link to another party in the same list (subsidiary_of, affiliate_of, ...)."""

    type: str
    party: str
    confidence: str = "unverified"


@shared
@attrs.frozen
class Listing(_Plain):
    """The citation behind a party: which authority restricts it, under which instrument, since when."""

    authority: str
    list_name: str
    short_name: str  # e.g. "BIS Entity List"; used in the short citation
    restricts: str  # one line: what the listing restricts
    basis: str = "named"  # named | affiliate (covered by scope language) | brand
    program: str | None = None
    instrument: str | None = None
    fr_citation: str | None = None
    fr_doc: str | None = None
    published: dt.date | None = None
    effective: dt.date | None = None
    url: str | None = None
    confidence: str = "unverified"
    covers_affiliates: bool = False
    note: str | None = None

    @property
    def short(self) -> str:
        """Short citation, e.g. `BIS Entity List, 89 FR 52362 (2024-06-24)`."""
        parts = [self.short_name]
        if self.fr_citation:
            parts.append(_first_page(self.fr_citation))
        text = ", ".join(parts)
        when = self.published or self.effective
        return f"{text} ({when.isoformat()})" if when else text


def _first_page(citation: str) -> str:
    """`89 FR 52362-52364 (Vol. 89...)` -> `89 FR 52362`: the short form of a Federal Register cite."""
    head = citation.split(";")[0].split("(")[0].strip()
    return head.split("-")[0].strip()


@attrs.frozen
class Party(_Plain):
    """A restricted party with all its names, facts and listings."""

    id: str = attrs.field(validator=_non_empty)
    kind: str  # organization | person
    name: str
    names: tuple[PartyName, ...]
    listings: tuple[Listing, ...]
    countries: tuple[str, ...] = ()
    addresses: tuple[Address, ...] = ()
    identifiers: tuple[Identifier, ...] = ()
    birth_dates: tuple[dt.date, ...] = ()
    birth_places: tuple[str, ...] = ()
    relations: tuple[Relation, ...] = ()
    confidence: str = "unverified"
    name_parts: NameParts | None = None
    role: str | None = None
    notes: str | None = None

    @property
    def ref(self) -> PartyRef:
        """The short reference a hit carries."""
        return PartyRef(id=self.id, name=self.name, kind=self.kind)


@shared
@attrs.frozen
class PartyRef(_Plain):
    """Which party a hit is about."""

    id: str
    name: str
    kind: str


@shared
@attrs.frozen
class ListInfo(_Plain):
    """Which list, which version, which exact bytes: the audit trail of a result."""

    id: str
    title: str
    version: str
    newest_action: dt.date
    compiled: dt.date
    schema_version: int
    sha256: str
    source: str  # the file it was read from


@attrs.frozen
class Evidence(_Plain):
    """One feature's contribution to a score: the unit of explanation."""

    feature: str
    score: float
    query_part: str
    candidate_part: str
    detail: str

    def describe(self) -> str:
        """One line in words, for people: the words it is about, where the detail does not quote them (`'unicorn':
        word not in the listed name`), what was found, and the feature with its score."""
        return f"{self._said()} ({self.feature} {self.score:.2f})"

    def _said(self) -> str:
        """The detail with the query's and the listed name's parts, where it does not quote them already."""
        query, listed = self.query_part, self.candidate_part
        if self.feature in _LEGAL_FORM_FEATURES:  # (the parts are legal-form classes: `limited_liability`)
            return f"{self.detail}: {_forms(query)}" if query == listed else (
                f"{self.detail}: {_forms(query)} / {_forms(listed)}")
        if not (query or listed) or (query and repr(query) in self.detail) or (listed and repr(listed) in self.detail):
            return self.detail
        if query and listed and query != listed:
            return f"{query!r} ~ {listed!r}: {self.detail}"
        return f"{query or listed!r}: {self.detail}"


_LEGAL_FORM_FEATURES = frozenset({"legal_form_same", "legal_form_differs"})


def _forms(classes: str) -> str:
    """Legal-form classes as stored (`limited_liability,corporation`) in words (`limited liability, corporation`)."""
    return ", ".join(form.replace("_", " ") for form in classes.split(",") if form) or "none"


@attrs.frozen
class Hit(_Plain):
    """One party the query matched: how strongly, under which name, why, and who lists it."""

    party: PartyRef
    score: float = attrs.field(validator=_in_unit_interval)
    hit_class: HitClass
    matched_name: str
    matched_name_type: NameType
    evidence: tuple[Evidence, ...]
    citations: tuple[Listing, ...]


@attrs.frozen
class NearMiss(_Plain):
    """A party that came closest without reaching review, and why it fell short."""

    party: PartyRef
    score: float = attrs.field(validator=_in_unit_interval)
    matched_name: str
    reason: str


@attrs.frozen
class ScreeningResult(_Plain):
    """The answer for one name: decision, ranked hits, near misses and the audit trail."""

    query: str
    # The comparable form of the query (`screening.normalize_name`). A name cleared before normalisation
    # (it shares no word with the list) leaves it None, and it is computed on first read: a pure
    # function of the query and the config's `max_query_chars`, so the value is the same either way.
    _normalized: str | None = attrs.field(default=None, kw_only=True, alias="normalized", eq=False, repr=False)
    status: Status
    hits: tuple[Hit, ...]
    near_misses: tuple[NearMiss, ...]
    list_info: ListInfo
    config: dict[str, Any]
    library_version: str
    notes: tuple[str, ...] = ()

    @property
    def normalized(self) -> str:
        """The comparable form of the query that was screened ("" when nothing was screenable)."""
        if self._normalized is None:
            from screening.normalize import normalize_name
            from screening.tokens import DEFAULT_MAX_CHARS

            limit = int(self.config.get("max_query_chars", DEFAULT_MAX_CHARS))
            object.__setattr__(self, "_normalized", normalize_name(self.query, max_chars=limit))
        return self._normalized  # type: ignore[return-value]

    @property
    def best(self) -> Hit | None:
        """The first hit, if any: the highest-scoring, but for a listed person, who moves up past companies
        carrying a brand at the same status (`ranking`)."""
        return self.hits[0] if self.hits else None

    @property
    def flagged(self) -> bool:
        """True unless the name was screened and cleared."""
        return self.status is not Status.CLEAR


# `ScreeningResult` fields in order, and their slots' setters: `result_of` fills them directly, skipping
# the generated __init__'s per-field attribute lookups (a third of the cost of clearing a name).
_RESULT_FIELDS = ("query", "_normalized", "status", "hits", "near_misses", "list_info", "config",
                  "library_version", "notes")
_RESULT_SETTERS = tuple(ScreeningResult.__dict__[name].__set__ for name in _RESULT_FIELDS)


def result_of(query: str, normalized: str | None, status: Status, hits: tuple[Hit, ...],
              near_misses: tuple[NearMiss, ...], list_info: ListInfo, config: dict[str, Any],
              library_version: str, notes: tuple[str, ...]) -> ScreeningResult:
    """A `ScreeningResult` equal to the one its constructor makes from these values, made faster
    (the screener makes one per name; `tests/test_models.py` checks the two agree)."""
    result = object.__new__(ScreeningResult)
    q, n, s, h, m, i, c, v, t = _RESULT_SETTERS
    q(result, query)
    n(result, normalized)
    s(result, status)
    h(result, hits)
    m(result, near_misses)
    i(result, list_info)
    c(result, config)
    v(result, library_version)
    t(result, notes)
    return result


@attrs.frozen
class Comparison(_Plain):
    """`screening.compare(a, b)`: how alike two names are, with the same evidence a hit carries."""

    a: str
    b: str
    a_normalized: str
    b_normalized: str
    kind: str | None
    score: float = attrs.field(validator=_in_unit_interval)
    evidence: tuple[Evidence, ...]
