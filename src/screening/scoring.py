"""The scoring rules for organisations, brand carriers and secondary attributes.

**A listed organisation name** (`org_score`): tokens are aligned (`screening.features.align`) and weighed
by role, so a distinctive word carries a name and generic words barely count:

    score = sum(similarity x weight of matched listed words)
            / (weight of all listed words + EXTRA_COST x weight of unexplained query words)

Role weights (`ROLE_WEIGHTS`): distinctive 1.0, place 0.35, product 0.3, generic 0.2, initial 0.2,
number 0.1, address 0.1. A query word is explained (costs nothing) when it is a place or address word of
the party, and its country or a place its address writes (each place once) counts as a place word of the name
met (`Kaspersky Labs Limited, London, UK` scores as `Kaspersky Lab UK Ltd` does: a place written after a
name is no less the party's for being outside its name); a word in brackets or a trailing
` - ...` part costs 30% of its weight; a place in the name
itself that is not the party's (`Kaspersky Lab Brasil`) costs as much as a distinctive word, because it
names another entity. A bare brand name (`Касперский`) matches only alone or with product words. EXTRA_COST is 0.5: an
unexplained query word costs more than a missing listed word would gain it, because `Kaspi Bank` must
not reach `Kaspersky Lab` on `lab`-like words. At least one distinctive listed word must match with
similarity >= 0.75; a shared legal form or generic word never carries a match. Legal forms are weak
evidence: the same class adds 0.02 (also a form cut short that may complete to it: `Kaspersky Labs Lim`),
a different class takes 0.05. A weak alias counts only when the
query is exactly that alias.

**A brand carrier** (`carrier_score`): an organisation-like query that carries a listed party's brand
token (`Kaspersky Lab Iberia SL`, `Kaspersky Endpoint Security`) is an unlisted affiliate or a product of
that party: 0.6 + 0.25 x brand similarity, i.e. REVIEW (0.80-0.85), never MATCH on its own. It is a
PRODUCT hit when every other word is a product, generic or number word, else an AFFILIATE hit. Person-
like queries (`Piotr Kasperski`) are not brand carriers.

**Secondary attributes** (`attribute_adjustment`): a query's kind, country or birth date that agrees with
the party adds `attribute_confirm_bonus`; one that conflicts subtracts `attribute_conflict_penalty`, and a birth
date that is no slip of a listed one (`birthdates.one_slip`) `other_birth_date_penalty`: it is a namesake's. A
birth date written in the name (`screening.birthdates`) counts as one given, in the parts it writes; one
written with no birth label confirms, and conflicts only as a slip does where it may be a birth date
(`WrittenDate.adult`), as does one in a text that may name other persons, unless it is of a year no record's date
is (`WrittenDate.old`): there it is a birth date, and a namesake's.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Set as AbstractSet

import attrs

from screening.birthdates import WrittenDate, no_slip
from screening.config import ScreeningConfig
from screening.features import (LENGTH_GAP, Alignment, Unit, UnitLengths, align, pair_evidence, unit_row, unit_rows,
                                units)
from screening.identifiers import number_slip
from screening.index import NameRecord
from screening.lexicon import ROLE_WEIGHTS, TokenInfo
from screening.models import Evidence, NameType, Party
from screening.normalize import cut_legal_classes, form_countries, is_legal_prefix, normalize, slipped_legal_forms
from screening.similarity import MAX_TOKEN
from screening.tokens import tokens_of

__all__ = ["BIRTH_LIFT", "BIRTH_LIFT_FLOOR", "CUT_SHORT", "EXTRA_COST", "OrgScore", "QueryContext",
           "attribute_adjustment", "carrier_score", "credited_place", "cut_legal", "explains", "extra_cost",
           "identifies", "legal_adjustment", "legal_spelled", "org_score", "place_credit", "written_forms"]

EXTRA_COST = 0.5
QUALIFIER_FACTOR = 0.3  # an unmatched word in brackets or a trailing part costs 30% of its weight
PLACE_MET = ROLE_WEIGHTS["place"]  # a place of the party written beside its name: a place word of the name met
FOREIGN_PLACE = 1.0  # a country or city in the name that is not the party's: another entity, as telling as a word
MIN_DISTINCTIVE = 0.75
LEGAL_SAME, LEGAL_DIFFERENT = 0.02, 0.05
CUT_LEGAL_MIN = 3  # letters of a legal form cut short that say which form it may be
CUT_SHORT = 2  # most letters of a legal form cut short that agree with a listed form as written (`_agreeing_cut`)
LEGAL_UNASKED = 0.005  # a listed legal form the query does not name: ranks `Kaspersky Lab` above `... GmbH`
LEGAL_SPELLING = 0.01  # same form written alike (Ltd ~ Limited, not GmbH): ranks Ltd above GmbH
WEAK_EXACT = 0.92  # a weak alias met exactly (e.g. the bare brand "Kaspersky")
# A person's listed family name (score at least BIRTH_LIFT_FLOOR: the surname alone) beside the person's whole
# birth date scores at least review + BIRTH_LIFT (`attribute_adjustment`)
BIRTH_LIFT_FLOOR, BIRTH_LIFT = 0.45, 0.05
_IDENTIFIES = ("the listed family name beside the person's whole listed birth date: a REVIEW, however little the "
               "name says else")
CARRIER_BASE, CARRIER_SPAN, CARRIER_MIN_SIM = 0.6, 0.25, 0.8
# what aligning a primed name reads of a query (`QueryContext.prime`) -> the alignments by `align_id`, across
# queries; at most `_ALIGNMENTS_LIMIT` such readings are kept
_ALIGNMENTS: dict[tuple, dict[int, _Aligned]] = {}
_ALIGNMENTS_LIMIT = 2048
_SEEN: set[int] = set()  # hashes of the readings met once (an alignment is kept from the second on)
_SEEN_LIMIT = 65_536


@attrs.frozen
class OrgScore:
    """A score against one listed name, with its evidence and what the alignment left over."""

    score: float
    evidence: tuple[Evidence, ...]
    coverage: float  # share of the listed name's weight that the query matched
    core_extra: bool  # an unexplained distinctive or place word outside brackets
    raw: float  # the score before clamping to [0, 1]: ranks ties at 1.0 by legal-form agreement


def explains(token: TokenInfo, party: Party, party_words: frozenset[str]) -> bool:
    """True when an unmatched query word is a place or address word of the party: it costs nothing. A word of a
    place of another country is none, though the party's address writes it (`United` of `United Arab Emirates`
    for a party of the United States)."""
    if token.place is not None and party.countries:
        return token.place in party.countries
    return token.text in party_words


def _explained(token: TokenInfo, party: Party, party_words: frozenset[str], places: set[str]) -> bool:
    """`explains`, and where the word is the party's country or a place its address writes (not a street word,
    nor another city of its country: `Berlin` for Ingolstadt), its place added to `places`: each counts once as a
    place word of the name met (`London`, `UK` and `United Kingdom` are one)."""
    if not explains(token, party, party_words):
        return False
    if credited_place(token, party, party_words):
        places.add(token.place or token.text)
    return True


def credited_place(token: TokenInfo, party: Party, party_words: frozenset[str]) -> bool:
    """Whether a place word, if the party explains it, counts as a place word of its name met (`_explained`): the
    party's country, or a place its address writes."""
    return token.role == "place" and (token.text in party_words or not token.city and token.place in party.countries)


def place_credit(places: AbstractSet[str], listed: tuple[TokenInfo, ...]) -> float:
    """What the party's places written outside the name (`places`) add to a name's matched and whole weight: a
    place word's weight each, but for a place the name's own place words are in already, met or not (`London`
    beside `Kaspersky Lab UK Ltd`, whose name holds the UK)."""
    return PLACE_MET * len(_credited(places, listed))


def _credited(places: AbstractSet[str], listed: tuple[TokenInfo, ...]) -> AbstractSet[str]:
    """The places `place_credit` counts."""
    if not places:
        return places
    return places - {t.place or t.text for t in listed if t.role == "place"}


@functools.lru_cache(maxsize=1024)
def _party_forms(name: str) -> frozenset[str]:
    """The legal-form classes of a party's name (`AO Kaspersky Lab`: joint stock), remembered."""
    return frozenset(normalize(name).legal_forms)


def extra_cost(token: TokenInfo) -> float:
    """What an unmatched, unexplained query word costs (times EXTRA_COST) in the denominator."""
    return (QUALIFIER_FACTOR * ROLE_WEIGHTS[token.role] if token.qualifier
            else FOREIGN_PLACE if token.role == "place" else ROLE_WEIGHTS[token.role])


def party_words(party: Party) -> frozenset[str]:
    """Normalised words of a party's addresses (they explain an address written after a name)."""
    return frozenset(t for a in party.addresses for t in tokens_of(a.full))


@attrs.frozen
class _Aligned:
    """What scoring needs from one alignment, computed once per query and listed-word signature.

    Everything here depends only on the query and the listed words with their roles (`NameRecord.align_id`),
    so listed names of many parties that share their words share it; only place words a party explains,
    the name's type and its legal form differ between them.
    """

    alignment: Alignment
    qualifies: bool  # a distinctive listed word matched well enough (or every word of a name with none)
    exact: bool  # every word matched exactly, none left over: what a weak alias needs
    loose_extra: bool  # an unmatched query word outside brackets that is not a product word
    matched: float  # sum of similarity x weight of the matched listed words
    cut: tuple[int, ...]  # unmatched trailing query words that spell the start of a legal form
    left: tuple[tuple[int, float, bool], ...]  # other unmatched query words: (position, cost, outside brackets)


class QueryContext:
    """Per-query caches shared by every listed name one query is scored against (not thread-shared)."""

    __slots__ = ("_joined_reach", "_primed", "_query", "_shared", "_single_reach", "_singles", "alignments",
                 "legal_slip", "legal_tails", "unit_memo", "units")

    def __init__(self, query: tuple[TokenInfo, ...]) -> None:
        self.units = units(query)
        self.alignments: dict[int, _Aligned] = {}  # listed-word signature (`NameRecord.align_id`) -> alignment
        self._query = query
        # once primed: the alignments of the names primed (by `align_id`), shared by every query alike in what
        # an alignment reads of it (`_ALIGNMENTS`)
        self._shared: dict[int, _Aligned] = {}
        self._primed: frozenset[int] = frozenset()
        self.unit_memo: dict[str, tuple] = {}  # listed unit -> the query units it resembles (`features.align`)
        # Units are the single words, then the joined pairs. No skeleton scores above 0 against one whose
        # length (cut at MAX_TOKEN, as `similarity` cuts it) differs by more than LENGTH_GAP, so a listed
        # unit shorter than every joined pair by more than that need not be compared with them, and a
        # joined listed unit longer than every single word by more than that resembles nothing.
        self._singles = self.units[:len(query)]
        lengths = [min(len(skel), MAX_TOKEN) for _, skel, _, _ in self.units]
        self._single_reach = min(lengths[len(query):], default=MAX_TOKEN) - LENGTH_GAP
        self._joined_reach = max(lengths[:len(query)], default=0) + LENGTH_GAP
        core = [i for i, t in enumerate(query) if not t.qualifier]
        # trailing core words that spell the start of a legal form, longest first (`FZ-L`, `, I`)
        self.legal_tails = tuple(tail for k in (3, 2, 1) if len(tail := tuple(core[-k:])) == k
                                 and is_legal_prefix(" ".join(query[i].text for i in tail)))
        # the last core word, when it is a typing slip of a short legal form (`Kaspersky Lab, Inx`), with the
        # forms' classes: read as the form only for a listed name whose form agrees (`_agreeing_slip`)
        last = query[core[-1]] if core and not self.legal_tails else None
        classes = slipped_legal_forms(last.text)[1] if last is not None and last.role == "distinctive" else None
        self.legal_slip = (core[-1], classes) if classes else None

    def prime(self, listed_units: dict[str, Unit], keys: frozenset[str], no_rows: dict[str, tuple],
              align_ids: frozenset[int], lengths: UnitLengths | None, cut_from: frozenset[str],
              by_text: dict[str, tuple[str, ...]] | None = None) -> dict[str, tuple]:
        """Find the rows of many listed units (by key; `keys` and `no_rows`, every key to (), made with them)
        at once (`features.unit_rows`), before any is read; returns those that resemble some query unit.
        The alignments of the names these units are all of (`align_ids`) are then shared across queries;
        `cut_from` holds the words of those names the query's last core word may be cut short of."""
        memo = self.unit_memo
        memo.update(no_rows)
        rows = unit_rows(self.units, listed_units, keys, lengths, by_text)
        memo.update(rows)
        if align_ids:
            # What aligning a primed name reads of the query: the rows of its units (every other primed
            # unit resembles nothing), each word's role and whether it is in brackets, the listed words the
            # last core word may be cut short of (a vendor number, of none) and the legal forms the query's
            # end may be cut from (which also tell whether that word may be a legal form cut short, which
            # `features.align` does not pair with a listed word).
            query = self._query
            signature = (tuple(sorted(rows.items())), tuple([(t.role, t.qualifier) for t in query]),
                         tuple(sorted(cut_from)), self.legal_tails)
            shared = _ALIGNMENTS.get(signature)
            if shared is None and (seen := hash(signature)) in _SEEN:
                # kept from its second query on: alignments kept for readings that never recur only add to
                # what the garbage collector walks (on a large list most readings are new)
                if len(_ALIGNMENTS) >= _ALIGNMENTS_LIMIT:
                    _ALIGNMENTS.clear()
                shared = _ALIGNMENTS[signature] = {}
            elif shared is None:
                if len(_SEEN) >= _SEEN_LIMIT:
                    _SEEN.clear()
                _SEEN.add(seen)
            if shared is not None:
                self._shared, self._primed = shared, align_ids
        return rows

    def aligned(self, record: NameRecord) -> _Aligned:
        """The query aligned with a listed name, remembered per query, and across queries for primed names."""
        align_id = record.align_id
        found = self.alignments.get(align_id)
        if found is None:
            if align_id in self._primed:
                found = self._shared.get(align_id)
                if found is None:
                    found = self._shared[align_id] = _aligned(self._query, record, self)
            else:
                found = _aligned(self._query, record, self)
            self.alignments[align_id] = found
        return found

    def row(self, r_idx: tuple[int, ...], r_skel: str, r_tok: TokenInfo | None, r_key: str) -> tuple:
        """What `features.unit_row` finds for one listed unit, memoised, comparing only units whose
        lengths may score above 0."""
        found = self.unit_memo.get(r_key)
        if found is None:
            joined = len(r_idx) > 1
            length = min(len(r_skel), MAX_TOKEN)
            if joined and self._joined_reach < length:
                found = ()
            else:
                reach = self.units if joined or length >= self._single_reach else self._singles
                found = unit_row(reach, joined, r_skel, r_tok, r_key)
            self.unit_memo[r_key] = found
        return found


def _aligned(query: tuple[TokenInfo, ...], record: NameRecord, context: QueryContext) -> _Aligned:
    listed, weights = record.tokens, record.weights
    for unit in record.units:  # rows made here with the length shortcuts; `align` finds them in the memo
        context.row(*unit)
    alignment = align(query, listed, weights, context.units, record.units, context.unit_memo)
    has_distinctive = any(t.role == "distinctive" for t in listed)
    strong = any(sim >= MIN_DISTINCTIVE and any(listed[i].role == "distinctive" for i in r_idx)
                 for _, r_idx, sim, _ in alignment.pairs)
    # (a name with no distinctive word must be met whole, and not through a typing slip: `Into Bank` is
    # no `Info Bank`)
    qualifies = strong if has_distinctive else not alignment.listed_left and all(
        how != "slip" for *_, how in alignment.pairs)
    exact = not (alignment.query_left or alignment.listed_left or any(sim < 1.0 for *_, sim, _ in alignment.pairs))
    loose_extra = any(not query[i].qualifier and query[i].role != "product" for i in alignment.query_left)
    matched = sum(sim * sum(weights[i] for i in r_idx) for _, r_idx, sim, _ in alignment.pairs)
    left_set = set(alignment.query_left)
    cut = next((tail for tail in context.legal_tails if left_set.issuperset(tail)), ())
    left = []
    for i in alignment.query_left:
        if i in cut:
            continue
        token = query[i]
        cost = extra_cost(token)
        left.append((i, cost, not token.qualifier and token.role in ("distinctive", "place")))
    return _Aligned(alignment, qualifies, exact, loose_extra, matched, cut, tuple(left))


def org_score(query: tuple[TokenInfo, ...], legal: tuple[str, ...], record: NameRecord, party: Party,
              words: frozenset[str], legal_text: tuple[str, ...] = (), *, explain: bool = True,
              context: QueryContext | None = None) -> OrgScore | None:
    """Score a query against one listed organisation name; None when no distinctive word matches.

    With `explain=False` the evidence is left empty (for ranking many names of one party cheaply);
    `context` holds the per-query caches, shared by the listed names one query is scored against.
    """
    if context is None:
        context = QueryContext(query)
    aligned = context.aligned(record)
    kind = record.name.type
    if not aligned.qualifies or (kind is NameType.WEAK and not (
            aligned.exact and all(how == "exact" for *_, how in aligned.alignment.pairs)
            and (not legal or not _party_forms(party.name).isdisjoint(legal) and _at_home(legal_text, party)))):
        # (a weak alias counts met exactly, as written: not `Kasperski`, a surname; with a legal form not of the
        # party's kind, or of another country, it is another company carrying the brand: `Kaspersky GmbH`,
        # `Kabushiki Kaisha Kaspersky`, not `Kaspersky Inc.`)
        return None
    if kind is NameType.BRAND and len(record.tokens) == 1 and (legal or aligned.loose_extra):
        return None  # a bare brand with a legal form or other words is a company carrying it: carrier_score
    listed = record.tokens
    matched = aligned.matched
    total = record.total
    extra = 0.0
    core_extra = False
    slip = _agreeing_slip(context, legal, aligned, record)
    form = query[slip].text if slip >= 0 else _agreeing_cut(query, legal, aligned.cut, record,
                                                           not aligned.alignment.listed_left)
    placed = placed_cut(query, aligned.cut, record, bool(legal))
    places: set[str] = set()  # the party's places the query writes outside the name (`_explained`)
    if not explain:
        for i, cost, core in aligned.left:
            if i != slip and not _explained(query[i], party, words, places):
                extra += cost
                core_extra |= core
        if placed >= 0 and not _explained(query[placed], party, words, places):
            extra += extra_cost(query[placed])
            core_extra = True
        credit = place_credit(places, listed) if places else 0.0
        raw = (matched + credit) / (total + credit + EXTRA_COST * extra)
        same, spelled, _ = _legal_terms(legal, record.norm.legal_forms, legal_text, record.norm.legal_text, form,
                                        slip >= 0)
        same, _ = _form_country(legal_text, party, same) if legal_text else (same, None)
        raw += same
        raw += spelled
        if kind is NameType.WEAK:
            raw = min(raw, WEAK_EXACT)
        return OrgScore(min(max(raw, 0.0), 1.0), (), matched / total if total else 0.0, core_extra, raw)
    alignment = aligned.alignment
    evidence = pair_evidence(alignment, query, listed)
    costs = {i: (cost, core) for i, cost, core in aligned.left}
    for i in alignment.query_left:
        token = query[i]
        if i == slip:
            continue  # a legal form mistyped, agreeing with the listed one: its evidence follows
        if i not in costs and i != placed:
            evidence.append(Evidence("legal_form_cut", 1.0, token.text, "", "a legal form cut short (field length)"))
            continue
        if _explained(token, party, words, places):
            evidence.append(Evidence("place_confirms", 1.0, token.text, token.text, "a listed place of the party"))
            continue
        cost, core = costs[i] if i != placed else (extra_cost(token), True)
        core_extra |= core
        extra += cost
        evidence.append(Evidence("extra_query_word", 0.0, token.text, "",
                                 f"word not in the listed name (costs {cost:.2f} of weight)"))
    evidence.extend(Evidence("missing_listed_word", 0.0, "", listed[i].text, "listed word not in the query")
                    for i in alignment.listed_left)
    credit = place_credit(places, listed) if places else 0.0
    if credit:
        keys = _credited(places, listed)
        written = [t.text for t in query if credited_place(t, party, words) and (t.place or t.text) in keys]
        evidence.append(Evidence("place_met", PLACE_MET, " ".join(dict.fromkeys(written)), "",
                                 "a place of the party's address beside its name, weighed as a place word of the "
                                 "name met"))
    raw = (matched + credit) / (total + credit + EXTRA_COST * extra)
    same, spelled, said = _legal_terms(legal, record.norm.legal_forms, legal_text, record.norm.legal_text, form,
                                       slip >= 0)
    same, where = _form_country(legal_text, party, same) if legal_text else (same, None)
    if where is None:
        evidence.extend(said)
    else:  # (of its class, but another country's: not the same form)
        evidence.extend(e for e in said if e.feature != "legal_form_same")
        evidence.append(where)
    raw += same
    raw += spelled
    if kind is NameType.WEAK:
        raw = min(raw, WEAK_EXACT)
    return OrgScore(min(max(raw, 0.0), 1.0), tuple(evidence), matched / total if total else 0.0, core_extra, raw)


@functools.lru_cache(maxsize=1024)
def written_forms(names: tuple[str, ...]) -> frozenset[str]:
    """The legal forms a party's names write, spaces dropped (`AO Kaspersky Lab`: `ao`), remembered."""
    return frozenset(text.replace(" ", "") for name in names for text in normalize(name).legal_text)


def _placed(legal_text: tuple[str, ...], party: Party) -> frozenset[str]:
    """The countries the query's legal form is of (`form_countries`) where they may tell against the party: none
    when the party has no country or one of its names writes the form (`Zorblat SpA`, listed so, is Zorblat's
    whatever the table says), nor for a US or Canadian party a form that is a state's or province's code (`NV`,
    `AB`: `Reno NV`)."""
    countries = form_countries(legal_text)
    if not countries or not party.countries or (not {"US", "CA"}.isdisjoint(party.countries)
                                                and any(text in _STATES for text in legal_text)):
        return frozenset()
    if not written_forms(tuple(name.text for name in party.names)).isdisjoint(t.replace(" ", "") for t in legal_text):
        return frozenset()
    return countries


def _at_home(legal_text: tuple[str, ...], party: Party) -> bool:
    """False where the query's legal form is of other countries only than the party's (`_placed`)."""
    countries = _placed(legal_text, party) if legal_text else frozenset()
    return not countries or not countries.isdisjoint(party.countries)


def _form_country(legal_text: tuple[str, ...], party: Party, same: float) -> tuple[float, Evidence | None]:
    """The legal forms' class term `same` read with the country the query's form is of (`_placed`), and the
    evidence where that changes it: a form of another country than the party's is a different form, even of its
    class (`Kaspersky Labs PLC` for the US corporation); one of its country but of another class costs no more
    than a form not written (`Kaspersky Labs AG` for the German GmbH)."""
    countries = _placed(legal_text, party)
    if not countries:
        return same, None
    written, where, home = ", ".join(legal_text), ", ".join(sorted(countries)), ", ".join(party.countries)
    if countries.isdisjoint(party.countries):
        if same <= -LEGAL_DIFFERENT:
            return same, None
        return -LEGAL_DIFFERENT, Evidence("legal_form_country", 0.0, written, home,
                                          f"{written!r}: a legal form of {where}, not of the party's country "
                                          f"({home}): another company's, whatever its kind")
    if same > -LEGAL_DIFFERENT:
        return same, None
    return -LEGAL_UNASKED, Evidence("legal_form_country", 1.0, written, home,
                                    f"{written!r}: a legal form of the party's country ({home}), of another kind")


def legal_adjustment(query: tuple[str, ...], listed: tuple[str, ...], query_text: tuple[str, ...],
                     listed_text: tuple[str, ...]) -> float:
    """The whole legal-form contribution to a raw score (class agreement and spelling), no evidence."""
    same, spelled, _ = _legal_terms(query, listed, query_text, listed_text, "")
    return same + spelled


@functools.lru_cache(maxsize=4096)
def _legal_terms(query: tuple[str, ...], listed: tuple[str, ...], query_text: tuple[str, ...],
                 listed_text: tuple[str, ...], cut: str, mistyped: bool = False
                 ) -> tuple[float, float, tuple[Evidence, ...]]:
    """The legal-form terms of a raw score, class agreement and spelling (added one after the other), with
    the agreement's evidence; remembered, as few pairs of legal forms recur across all queries. `cut` is an
    agreeing form cut short at the query's end, or with `mistyped` one mistyped there."""
    evidence: list[Evidence] = []
    same = _legal_adjustment(query, listed, evidence, cut, mistyped)
    if same < 0.0 and any(q.startswith(r + " and co ") for q in query_text for r in listed_text):
        # the listed form written first in a compound `& Co.` form (`Kaspersky Labs GmbH & Co. KG`): the listed
        # company's name with its own form, however the partnership around it is classed (not `Limited
        # Partnership` for Limited)
        evidence = [Evidence("legal_form_same", 1.0, ",".join(query_text), ",".join(listed_text),
                             "the listed legal form, first in the query's compound form")]
        same = LEGAL_SAME
    return same, _legal_spelling(query_text, listed_text, cut, mistyped), tuple(evidence)


def cut_legal(query: tuple[TokenInfo, ...], tail: tuple[int, ...]) -> frozenset[str]:
    """The legal-form classes the query's trailing words `tail` may be a form cut short of (`Kaspersky Labs
    Lim`): none when they are too short to say (under 3 letters: `I`, `OS`; two letters are as often a country's
    or a US state's code, `Kaspersky Lab MA`, `Kaspersky Labs DE`) or a product or domain word."""
    if (len("".join(query[i].text for i in tail)) < CUT_LEGAL_MIN
            or any(query[i].role in ("product", "generic") for i in tail)):
        return frozenset()
    return cut_legal_classes(" ".join(query[i].text for i in tail))


def _agreeing_cut(query: tuple[TokenInfo, ...], legal: tuple[str, ...], tail: tuple[int, ...],
                  record: NameRecord, whole: bool = False) -> str:
    """The text of a legal form cut short at the query's end that agrees with the listed name's class, when
    the query names no legal form of its own; else "". A word of two letters, too short to say which form it
    is in general (`In`: a field cut inside `Inc.`), agrees where the listed form as written starts with it
    and the query writes every word of the listed name before it (`whole`; after the brand alone, `Kaspersky
    IN`, it is as often a card statement's country code); so does one letter (`KASPERSKY LAB I`, a field of
    sixteen), but not after another letter alone (`A O`: AO spelled apart, not a cut `ООО`)."""
    if legal or not tail:
        return ""
    written = " ".join(query[i].text for i in tail)
    if cut_legal(query, tail) & set(record.norm.legal_forms):
        return written
    if whole and len(tail) == 1 and len(written) <= CUT_SHORT and any(
            form.startswith(written) for form in record.norm.legal_text) and not (
            len(written) == 1 and tail[0] > 0 and len(query[tail[0] - 1].text) == 1):
        return written
    return ""


def placed_cut(query: tuple[TokenInfo, ...], tail: tuple[int, ...], record: NameRecord, legal: bool) -> int:
    """The position of a country code of two letters that ends the query, read as that country (`Kaspersky
    Lab UA`): where it may be a legal form cut short (`legal_tails`) that is not the listed name's (`UA` of
    `UAB`, `ZA` of `ZAO`), or the query has a legal form (`legal`) already; else -1 (then it is the cut form,
    as any other cut, and costs nothing). A code that is also a US state or Canadian province (`Nashville TN`)
    is never read as the country."""
    if len(tail) != 1:
        return -1
    token = query[tail[0]]
    if token.place is None or len(token.text) != 2 or token.text in _STATES or not legal and any(
            form.startswith(token.text) for form in record.norm.legal_text):
        return -1
    return tail[0]


# US states and Canadian provinces by their postal codes (some are country codes too: TN, AZ, MT, SK)
_STATES = frozenset("al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj "
                    "nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc pr on qc bc ab mb sk ns nb "
                    "nl pe nt yt nu".split())


def _agreeing_slip(context: QueryContext, legal: tuple[str, ...], aligned: _Aligned, record: NameRecord) -> int:
    """The position of the query's last core word when it is a short legal form mistyped (`QueryContext.
    legal_slip`) that no listed word took, the query names no legal form and the listed name's form is of
    that class (`Kaspersky Lab, Inx` for Kaspersky Lab, Inc.); else -1. Such a word costs nothing there."""
    slip = context.legal_slip
    if slip is None or legal or not slip[1].intersection(record.norm.legal_forms):
        return -1
    return slip[0] if any(i == slip[0] for i, _, _ in aligned.left) else -1


def _legal_adjustment(query: tuple[str, ...], listed: tuple[str, ...], evidence: list[Evidence],
                      cut: str = "", mistyped: bool = False) -> float:
    """Class agreement of the query's and the listed name's legal forms; with none in the query, a form cut
    short or mistyped that agrees (`_agreeing_cut`, `_agreeing_slip`) counts as the same."""
    if not listed:
        return 0.0
    if not query:
        if cut:
            evidence.append(Evidence("legal_form_same", 1.0, cut, ",".join(listed),
                                     "same legal form, mistyped" if mistyped else "same legal form, cut short"))
            return LEGAL_SAME
        return -LEGAL_UNASKED
    if set(query) & set(listed):
        evidence.append(Evidence("legal_form_same", 1.0, ",".join(query), ",".join(listed), "same legal form"))
        return LEGAL_SAME
    evidence.append(Evidence("legal_form_differs", 0.0, ",".join(query), ",".join(listed), "different legal form"))
    return -LEGAL_DIFFERENT


def _abbreviates(short: str, long: str) -> bool:
    """`ltd` abbreviates `limited`: same first letter and its letters appear in order."""
    if not short or not long or short[0] != long[0]:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def legal_spelled(query: tuple[str, ...], listed: tuple[str, ...]) -> bool:
    """True when a legal form of the query is written as one of the listed name's, or abbreviates it."""
    return _legal_spelling(query, listed) > 0.0


def _legal_spelling(query: tuple[str, ...], listed: tuple[str, ...], cut: str = "", mistyped: bool = False
                    ) -> float:
    """A tie-breaker within a legal-form class: the same form written the same or abbreviated, or, with
    none in the query, an agreeing form cut short that starts as the listed one is written (`Gmb`: GmbH), or
    one mistyped from a form written as the listed one or abbreviating it (`Ldt`: Ltd, Limited)."""
    if not query and cut and mistyped:
        forms = slipped_legal_forms(cut)[0]
        return LEGAL_SPELLING / 2 if any(r == f or _abbreviates(f, r) for r in listed for f in forms) else 0.0
    if not query and cut:
        flat = cut.replace(" ", "")
        return LEGAL_SPELLING / 2 if any(r.replace(" ", "").startswith(flat) for r in listed) else 0.0
    best = 0.0
    for q in query:
        for r in listed:
            if q == r:
                return LEGAL_SPELLING
            q_flat, r_flat = q.replace(" ", ""), r.replace(" ", "")
            if _abbreviates(q_flat, r_flat) or _abbreviates(r_flat, q_flat):
                best = LEGAL_SPELLING / 2  # Ltd for Limited: close, but below Ltd for Ltd
    return best


def carrier_score(query: tuple[TokenInfo, ...], brand_token: str, brand_listed: str,
                  sim: float) -> tuple[float, bool, tuple[Evidence, ...]]:
    """(score, is_product, evidence) for a query carrying a listed brand token with similarity `sim`."""
    others = [t for t in query if t.skel != brand_token and t.text != brand_token]
    product = all(t.role in ("product", "generic", "number") for t in others) and any(
        t.role == "product" for t in others) or not others
    how = "product of" if product else "company carrying the brand of"
    evidence = (Evidence("brand_token", round(sim, 4), brand_token, brand_listed,
                         f"carries the listed brand '{brand_listed}': {how} the listed party"),)
    return CARRIER_BASE + CARRIER_SPAN * sim, product, evidence


def _kept(other: bool, firm: bool) -> str:
    """Why a birth date that is no slip of a listed one (`other`) conflicts only as a slip does, or ""."""
    if not other:
        return ""
    return "" if firm else "the date may be another's (another person named, a second date, or a year after `n.`)"


def _whole(birth_date: WrittenDate) -> bool:
    """Whether every reading of a written date has a day and a month."""
    return all(day and month for _, month, day in birth_date.readings)


def _born_on(birth_date: dt.date | WrittenDate, party: Party) -> bool:
    """Whether the date given or written agrees with a listed birth date of the party."""
    if isinstance(birth_date, WrittenDate):
        return birth_date.agrees(party.birth_dates)
    return birth_date in party.birth_dates


def identifies(birth_date: dt.date | WrittenDate | None) -> bool:
    """Whether a birth date given, or written in the name, identifies a person beside the listed family name
    (`attribute_adjustment`): a whole date (day, month and year in every reading), given, or labelled as a birth
    date in a field of one person, or unlabelled where it may be one (`WrittenDate.adult`)."""
    if birth_date is None or isinstance(birth_date, dt.date):
        return birth_date is not None
    return (birth_date.firm or birth_date.adult and birth_date.sole) and _whole(birth_date)


def attribute_adjustment(party: Party, config: ScreeningConfig, *, kind: str | None, country: str | None,
                         birth_date: dt.date | WrittenDate | None, score: float = 1.0,
                         tax_numbers: tuple[str, ...] = (), named: bool = True) -> tuple[float, tuple[Evidence, ...]]:
    """Score change and evidence from the query's secondary attributes (a birth date given, or written in
    the name). A birth date that is no slip of a listed one is a namesake's, even beside the person's listed place
    of birth (a city of many namesakes); one that is a slip lowers a hit (`score`, the party's score before its
    attributes), never below review. An unlabelled date that may be a birth date (`WrittenDate.adult`) conflicts as
    a slip does: it may be a date of another kind; unless it is of a year no record's date is (`WrittenDate.old`). A
    personal tax number written beside the name (`tax_numbers`, `identifiers.personal_tax_numbers`) that is no
    slip of the person's listed one conflicts as another person's birth date does: one person holds one for life
    (beside the listed birth date, as a slip does). The person's whole listed birth date lifts a name that reads
    the listed surname but too little else to review (`identifies`), where the name itself says nothing of
    another person (`named`: no other given name nor patronymic, nor a woman's or derived form of the surname)."""
    delta = 0.0
    evidence: list[Evidence] = []

    def judge(feature: str, agrees: bool, query_part: str, listed_part: str, what: str = "", *,
              other: bool = False, kept: str = "", cost: float | None = None, of: str = "date") -> None:
        nonlocal delta
        change = (config.attribute_confirm_bonus if agrees else -config.other_birth_date_penalty if other
                  else -config.attribute_conflict_penalty if cost is None else -cost)
        delta += change
        word = "agrees" if agrees else f"conflicts, no slip of the listed {of}: another person's" if other else (
            f"conflicts, no slip of the listed date, but {kept}" if kept else "conflicts")
        evidence.append(Evidence(feature, 1.0 if agrees else 0.0, query_part, listed_part,
                                 f"{what or feature} {word}"))

    if kind is not None:
        judge("kind", kind == party.kind, kind, party.kind)
    if country is not None and party.countries:
        judge("country", country.upper() in party.countries, country, ",".join(party.countries))
    # (a whole date that may be the listed one mistyped, or an unlabelled one of another kind, lowers a hit, never
    # below review: `A. TIKHONOV DOB 10.11.1966` is no less his than `A. TIKHONOV`; a year alone a digit off, `b. 1993`
    # for 1990, is as often another's)
    slip_cost = min(config.attribute_conflict_penalty, max(0.0, score - config.review_threshold))
    if birth_date is not None and party.birth_dates:
        listed = ",".join(d.isoformat() for d in party.birth_dates)
        if isinstance(birth_date, WrittenDate):
            agrees = _born_on(birth_date, party)
            read = f"(read as {birth_date.iso.replace('|', ' or ')})"
            if not agrees and birth_date.may_begin_term(party.birth_dates):
                pass  # (an open heading's year, `Tikhonov, Andrei Gennadyevich, 1997-`, may be a term's start)
            elif birth_date.age:  # (a stated age: too rough to confirm; one no listed date allows is another's)
                if not agrees:
                    first, last = birth_date.readings[0][0], birth_date.readings[-1][0]
                    judge("birth_date", False, birth_date.text, listed,
                          f"age stated in the name ({birth_date.age}: born {first} to {last})", other=True)
            elif agrees or birth_date.labelled:
                other = not agrees and no_slip(birth_date.readings, party.birth_dates)
                kept = _kept(other, birth_date.firm)
                judge("birth_date", agrees, birth_date.text, listed, f"birth date written in the name {read}",
                      other=other and not kept, kept=kept,
                      cost=slip_cost if not other and _whole(birth_date) else None)
            elif birth_date.adult and no_slip(birth_date.readings, party.birth_dates):
                if birth_date.old:  # (`Andrei Tikhonov 14.03.1985`: no record dates a contract so; a namesake's)
                    judge("birth_date", False, birth_date.text, listed, f"a date written beside the name {read}",
                          other=True)
                else:  # (a date may be a contract's or a passport's: it lowers a hit, never below review)
                    judge("birth_date", False, birth_date.text, listed, f"a date written beside the name {read}",
                          kept="with no birth label it may be a date of another kind (never below review)",
                          cost=slip_cost)
        else:
            agrees = _born_on(birth_date, party)
            other = not agrees and no_slip(((birth_date.year, birth_date.month, birth_date.day),), party.birth_dates)
            kept = _kept(other, firm=True)
            judge("birth_date", agrees, birth_date.isoformat(), listed, other=other and not kept, kept=kept,
                  cost=None if other else slip_cost)
        if named and identifies(birth_date) and _born_on(birth_date, party) and BIRTH_LIFT_FLOOR <= score \
                and score + delta < config.review_threshold + BIRTH_LIFT:
            # (`A. SUVOROV DOB 12.10.1967`: the surname and an initial, or the surname alone, are too little to flag,
            # but not beside the person's whole birth date)
            delta = config.review_threshold + BIRTH_LIFT - score
            written = birth_date.isoformat() if isinstance(birth_date, dt.date) else birth_date.text
            evidence.append(Evidence("birth_date_identifies", 1.0, written, listed, _IDENTIFIES))
    if tax_numbers:
        held = [value for i in party.identifiers if i.type == "tax_id" and len(value := i.value.strip()) == len(
            tax_numbers[0]) and value.isdigit()]
        if held and not any(number_slip(written, value) for written in tax_numbers for value in held):
            # (a listed birth date written too keeps the smaller penalty: the number may be mistyped wholly)
            born_agrees = birth_date is not None and _born_on(birth_date, party)
            judge("tax_id", False, ", ".join(tax_numbers), ", ".join(held), "tax number written in the name",
                  other=not born_agrees, kept="the listed birth date agrees" if born_agrees else "", of="number")
    return delta, tuple(evidence)
