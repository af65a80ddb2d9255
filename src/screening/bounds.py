"""Per-query upper bounds on listed names' scores: what lets the screener skip names and parties unscored.

`Bounds.tight` bounds a listed name's score from word similarities only (no alignment), joined and split
words included, charging the query words no listed unit resembles. A party none of whose names can reach a
shown score (the lower of the near-miss floor and the review threshold, less rounding; once a hit is sure,
the review threshold; once as many parties as near misses are shown score, the last of them, less margins:
`screen._Cutoff`) is not scored at all; a party's names are scored best bound first
(`rank`), until no remaining name can beat the best so far. What the listed words resemble in the query, and
each listed unit's best similarity, are found for all the names at once (`prime`), so names sharing words
share the work; what a name's words owe its bound is shared across queries whose words resemble the names'
units alike, and so is its alignment (`scoring.QueryContext.aligned`; most queries that reach the list are
spellings of a few listed names).

The bound is exact in the legal-form term (or, where a legal form cut short or mistyped at the query's end
may agree with the listed one, takes the agreeing term and charges nothing for that word; where the query's
form is one country's, takes the most that country may add for any party, `scoring._form_country`) and
carries a 1e-9 margin for float rounding. Skipping only ever drops work that cannot change a result
(`tests/test_bounds.py` compares with every name of every party scored).
"""

from __future__ import annotations

import attrs

from screening.features import TRUNCATED_SIM, Unit, UnitLengths, single_texts
from screening.index import NameRecord
from screening.lexicon import TokenInfo
from screening.models import Party
from screening.normalize import NormalizedName, form_countries
from screening.scoring import (CUT_SHORT, EXTRA_COST, LEGAL_SAME, LEGAL_SPELLING, LEGAL_UNASKED, QueryContext,
                               credited_place, cut_legal, explains, extra_cost, legal_adjustment, place_credit)

__all__ = ["Bounds", "ListedUnits"]

_UNSEEN = (-1.0, 0)  # a listed unit not yet looked at (compared by identity)
_KNOWN_LIMIT = 256  # sets of names whose listed units a screener remembers (each a few kB to a few tens)
# how the primed units resemble a query (each unit's best similarity and the words it covers, for those that
# resemble some query unit) -> a primed name's words part (`Bounds._words_part`) by `align_id`, across
# queries; at most `_WORDS_PARTS_LIMIT` resemblances are kept
_WORDS_PARTS: dict[tuple, dict[int, tuple[float, int]]] = {}
_WORDS_PARTS_LIMIT = 4096


@attrs.frozen(eq=False)
class ListedUnits:
    """The listed units (`features.units`) of a set of names, by key, with what priming a query reads from
    them: made once per set of names a query reaches."""

    units: dict[str, Unit]
    keys: frozenset[str]
    no_rows: dict[str, tuple]  # every key -> () (resembles no query unit until found to)
    no_best: dict[str, None]  # every key -> None
    words: tuple[tuple[str, str], ...]  # (key, text) of each single word
    by_text: dict[str, tuple[str, ...]]  # the keys of the single words by text (`features.single_texts`)
    align_ids: frozenset[int]  # the names' `NameRecord.align_id`s: every unit of a name with one is here
    _reached: bool = attrs.field(init=False, default=False, repr=False)  # a query has asked for `lengths`
    _lengths: UnitLengths | None = attrs.field(init=False, default=None, repr=False)  # made for the second

    @classmethod
    def of(cls, records: list[NameRecord]) -> ListedUnits:
        """The listed units of `records`, merged by key, with what priming reads from them."""
        units: dict[str, Unit] = {}
        for record in records:
            units.update(record.unit_map)
        return cls(units, frozenset(units), dict.fromkeys(units, ()), dict.fromkeys(units),
                   tuple((key, unit[2].text) for key, unit in units.items() if unit[2] is not None),
                   single_texts(units), frozenset(record.align_id for record in records))

    def lengths(self) -> UnitLengths | None:
        """The units by length (what a new query word is compared with: `features.unit_rows`), from the
        second query that reaches these names on; None before. (On a large list most sets of names are
        reached once, and grouping their units costs more than it saves.)"""
        # (set once each, as `NameRecord` sets what it computes lazily; threads that race make it twice)
        if self._lengths is None:
            if not self._reached:
                object.__setattr__(self, "_reached", True)
                return None
            object.__setattr__(self, "_lengths", UnitLengths.of(self.units))
        return self._lengths


class Bounds:
    """Per-query upper bounds on a listed name's score (see `tight`), remembered per name."""

    def __init__(self, tokens: tuple[TokenInfo, ...], norm: NormalizedName) -> None:
        self.norm = norm
        self.context = QueryContext(tokens)
        core = [i for i, t in enumerate(tokens) if not t.qualifier]
        self.last = tokens[core[-1]].text if core else ""
        self.last_index = core[-1] if core else None
        maybe_cut = {i for tail in self.context.legal_tails for i in tail}  # may be a legal form cut short
        # the legal-form classes such a cut form may complete to (`scoring.cut_legal`)
        cut_classes = {c for tail in self.context.legal_tails for c in cut_legal(tokens, tail)}
        slip = self.context.legal_slip  # or a legal form mistyped, which costs nothing where the form agrees
        if slip is not None:
            maybe_cut.add(slip[0])
            cut_classes |= slip[1]
        self._cut_classes = frozenset(cut_classes)
        # a word of one or two letters ending the query, agreeing with a listed form it starts (`scoring._agreeing_cut`)
        self._short_cuts = frozenset(tokens[tail[0]].text for tail in self.context.legal_tails
                                     if len(tail) == 1 and len(tokens[tail[0]].text) <= CUT_SHORT)
        self._placed_form = bool(norm.legal_text) and bool(form_countries(norm.legal_text))  # (one country's form)
        # query words that cost their weight when no listed unit resembles them (position, word, cost)
        # (sets of query positions are int bit masks below)
        self._chargeable = tuple((i, t, extra_cost(t)) for i, t in enumerate(tokens) if i not in maybe_cut)
        self._charged = sum(1 << i for i, _, _ in self._chargeable)
        self._places = tuple(t for t in tokens if t.role == "place")  # (a party's count as met: `rank`)
        self._extra: dict[int, float] = {}  # uncovered, unexplained words -> their cost
        self._legal: dict[int, float] = {}  # legal forms (`NameRecord.legal_id`) -> their score term
        # listed words (`NameRecord.align_id`) -> their best similarities weighed, and the query words they cover
        self._matched: dict[int, tuple[float, int]] = {}
        # a listed unit (by key) -> its best similarity to any query unit and the query words those cover
        # (None: it resembles none)
        self._unit_best: dict[str, tuple[float, int] | None] = {}
        self._unit_bits = [sum(1 << i for i in unit[0]) for unit in self.context.units]  # query unit -> its words
        # once primed: what the names' listed words owe their bounds (by `align_id`), shared by every query
        # whose primed units resemble the query alike (`_WORDS_PARTS`), for the names primed
        self._shared: dict[int, tuple[float, int]] = {}
        self._primed: frozenset[int] = frozenset()

    def prime(self, records: tuple[NameRecord, ...], rids: list[int],
              known: dict[tuple[int, ...], ListedUnits] | None = None) -> None:
        """Find at once what the listed words of the names about to be bounded (`rids`, positions in `records`)
        resemble in the query, and each listed unit's best similarity (`_best_of`) from that. `known`
        remembers the listed units of a set of names across queries (queries that reach the same names are
        common: every name carrying the brand)."""
        names = tuple(rids)
        listed = known.get(names) if known is not None else None
        if listed is None:
            listed = ListedUnits.of([records[rid] for rid in rids])
            if known is not None:
                if len(known) >= _KNOWN_LIMIT:
                    known.clear()
                known[names] = listed
        cut_of: list[tuple[str, str]] = []  # (key, text) of the listed words the query's last word may be cut short of
        last_bit = 0
        if self.last_index is not None:
            last, last_bit = self.last, 1 << self.last_index
            cut_of = [(key, text) for key, text in listed.words if len(last) < len(text) and text.startswith(last)]
        rows = self.context.prime(listed.units, listed.keys, listed.no_rows, listed.align_ids, listed.lengths(),
                                  frozenset(text for _, text in cut_of), listed.by_text)
        unit_best = self._unit_best
        unit_best.update(listed.no_best)  # (None: resembles no query unit)
        unit_bits = self._unit_bits
        resembled: dict[str, tuple[float, int]] = {}  # the primed units that resemble some query unit
        for key, row in rows.items():
            sim = 0.0
            bits = 0
            for n, _, found, _ in row:
                bits |= unit_bits[n]
                if found > sim:
                    sim = found
            resembled[key] = (sim, bits)
        for key, _ in cut_of:  # a listed word the query's last word may be cut short of
            found = resembled.get(key)
            resembled[key] = (TRUNCATED_SIM, last_bit) if found is None else (
                max(found[0], TRUNCATED_SIM), found[1] | last_bit)
        unit_best.update(resembled)
        # A primed name's words part depends only on its units' best similarities: all of them are in
        # `resembled` or resemble nothing, so queries alike in `resembled` share it.
        signature = tuple(sorted(resembled.items()))
        shared = _WORDS_PARTS.get(signature)
        if shared is None:
            if len(_WORDS_PARTS) >= _WORDS_PARTS_LIMIT:
                _WORDS_PARTS.clear()
            shared = _WORDS_PARTS[signature] = {}
        self._shared, self._primed = shared, listed.align_ids

    def rank(self, records: tuple[NameRecord, ...], rids: list[int], party: Party, words: frozenset[str]
             ) -> list[tuple[float, int]]:
        """The party's names `rids` (positions in `records`) by their bounds (`tight`), highest first, as
        (-bound, id); equal bounds in list order. `words` are the party's address words
        (`scoring.party_words`). One call per party: what the party explains is found once."""
        out = []
        matched_of, legal_of, extra_of = self._matched, self._legal, self._extra
        shared, primed = self._shared, self._primed
        charged = self._charged
        explained = -1  # the chargeable words the party explains, found when first needed
        places = frozenset(t.place or t.text for t in self._places if credited_place(t, party, words)) \
            if self._places else frozenset()
        for rid in rids:
            record = records[rid]
            weights, total, align_id, legal_id = record.scoring
            if not total:
                out.append((float("-inf"), rid))
                continue
            words_part = matched_of.get(align_id)
            if words_part is None:
                if align_id in primed:
                    words_part = shared.get(align_id)
                    if words_part is None:
                        words_part = shared[align_id] = self._words_part(record.units, weights)
                else:
                    words_part = self._words_part(record.units, weights)
                matched_of[align_id] = words_part
            matched, covered = words_part
            left = charged & ~covered
            extra = 0.0
            if left:
                if explained < 0:
                    explained = sum(1 << i for i, t, _ in self._chargeable if explains(t, party, words))
                left &= ~explained
                if left:
                    extra = extra_of.get(left, -1.0)
                    if extra < 0.0:
                        extra = extra_of[left] = sum([cost for i, _, cost in self._chargeable if left >> i & 1])
            legal = legal_of.get(legal_id)
            if legal is None:
                legal = legal_of[legal_id] = self._legal_term(record)
            # the party's places the query writes, as if each were left over beside the name (`scoring.place_credit`:
            # more credit only raises the bound)
            credit = place_credit(places, record.tokens) if places else 0.0
            # (+1e-9: the score sums the same terms in another order, which may round one step higher)
            out.append((-((matched + credit) / (total + credit + EXTRA_COST * extra) + legal + 1e-9), rid))
        out.sort()
        return out

    def tight(self, record: NameRecord, party: Party, words: frozenset[str]) -> float:
        """A sound upper bound on the listed name's raw score, joined and split words included.

        Each listed word scores at most its best similarity to any query unit (single or joined) in any
        unit it belongs to; a query word that no listed unit resembles is left over and costs its weight
        unless it may be a cut or mistyped legal form or the party explains it. Listed-unit rows are shared
        with `align`, so the work is not repeated when the name is then scored. (`rank` bounds a party's
        names.)
        """
        return -self.rank((record,), [0], party, words)[0][0]

    def coverage(self, record: NameRecord) -> float:
        """A sound upper bound on the share of the listed name's weight the query matches (`OrgScore.coverage`);
        read after `tight` has bounded the name."""
        total = record.total
        return self._matched[record.align_id][0] / total if total else 1.0

    def _words_part(self, units: list, weights: tuple[float, ...]) -> tuple[float, int]:
        """What the bound owes a name's listed words alone (names with the same `align_id` share it): the sum
        of each word's weight times its best similarity, and the query words some listed unit covers."""
        unit_best = self._unit_best
        best = [0.0] * len(weights)
        covered = 0
        for unit in units:
            found = unit_best.get(unit[3], _UNSEEN)
            if found is _UNSEEN:
                found = unit_best[unit[3]] = self._best_of(*unit)
            if found is not None:
                sim, bits = found
                covered |= bits
                for j in unit[0]:
                    if sim > best[j]:
                        best[j] = sim
        return sum([w * b for w, b in zip(weights, best)]), covered

    def _best_of(self, r_idx: tuple[int, ...], r_skel: str, r_tok: TokenInfo | None, r_key: str
                 ) -> tuple[float, int] | None:
        """A listed unit's best similarity to any query unit, and the query words those units cover; a
        single listed word the query's last word may be cut short of (`features.align`) counts as such."""
        row = self.context.unit_memo.get(r_key)
        if row is None:
            row = self.context.row(r_idx, r_skel, r_tok, r_key)
        sim = 0.0
        bits = 0
        for _, q_idx, found, _ in row:
            for i in q_idx:
                bits |= 1 << i
            if found > sim:
                sim = found
        last = self.last
        if r_tok is not None and self.last_index is not None and len(last) < len(r_tok.text) \
                and r_tok.text.startswith(last):
            sim = max(sim, TRUNCATED_SIM)
            bits |= 1 << self.last_index
        return (sim, bits) if bits else None

    def _legal_term(self, record: NameRecord) -> float:
        """The legal-form term of the listed name's score (one per distinct legal form): exact, or, where a
        legal form cut short or mistyped at the end of the query may agree with the listed one, the agreeing
        term."""
        listed = record.norm.legal_forms
        legal = legal_adjustment(self.norm.legal_forms, listed, self.norm.legal_text, record.norm.legal_text)
        if not self.norm.legal_forms and (self._cut_classes & set(listed) or self._short_cuts and any(
                form.startswith(cut) for cut in self._short_cuts for form in record.norm.legal_text)):
            # whether the tail is left over as a cut form depends on the name: the most it may add
            legal = max(legal, LEGAL_SAME + LEGAL_SPELLING / 2)
        if self._placed_form and legal < -LEGAL_UNASKED + LEGAL_SPELLING:
            # a form of one country costs a party there no more than a form not written (`scoring._form_country`)
            legal = -LEGAL_UNASKED + LEGAL_SPELLING
        return legal
