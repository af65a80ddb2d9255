"""Per-query upper bounds on listed names' scores: what lets the screener skip names and parties unscored.

`Bounds.tight` bounds a listed name's score from word similarities only (no alignment), joined and split
words included, charging the query words no listed unit resembles. A party none of whose names can reach a
shown score (the lower of the near-miss floor and the review threshold, less rounding) is not scored at
all; a party's names are scored best bound first, until no remaining name can beat the best so far.

The bound is exact in the legal-form term (or, where a legal form cut short at the query's end may agree
with the listed one, takes the agreeing term) and carries a 1e-9 margin for float rounding. Skipping only ever
drops work that cannot change a result (`tests/test_bounds.py` compares with every name of every party
scored).
"""

from __future__ import annotations

from screening.features import TRUNCATED_SIM
from screening.index import CandidateIndex, NameRecord
from screening.lexicon import TokenInfo
from screening.models import Party
from screening.normalize import NormalizedName
from screening.scoring import (EXTRA_COST, LEGAL_SAME, LEGAL_SPELLING, QueryContext, cut_legal, explains, extra_cost,
                               legal_adjustment)

__all__ = ["Bounds"]


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
        self._cut_classes = frozenset(c for tail in self.context.legal_tails for c in cut_legal(tokens, tail))
        # query words that cost their weight when no listed unit resembles them (position, word, cost)
        self._chargeable = tuple((i, t, extra_cost(t)) for i, t in enumerate(tokens) if i not in maybe_cut)
        self._legal: dict[int, float] = {}  # legal forms (`NameRecord.legal_id`) -> their score term
        self._tight: dict[int, float] = {}  # a record's bound, by id (`reaches`, then `Screener`)
        # listed words (`NameRecord.align_id`) -> their best similarities weighed, and the query words they cover
        self._matched: dict[int, tuple[float, set[int]]] = {}

    def reaches(self, index: CandidateIndex, rids: list[int], party: Party, words: frozenset[str],
                limit: float) -> bool:
        """True when some listed name of the party may score `limit` or more (see `tight`)."""
        return any(self.tight(index.records[rid], party, words) >= limit for rid in rids)

    def tight(self, record: NameRecord, party: Party, words: frozenset[str]) -> float:
        """A sound upper bound on the listed name's raw score, joined and split words included.

        Each listed word scores at most its best similarity to any query unit (single or joined) in any
        unit it belongs to; a query word that no listed unit resembles is left over and costs its weight
        unless it may be a cut legal form or the party explains it. Listed-unit rows are shared with
        `align`, so the work is not repeated when the name is then scored; the bound itself is remembered.
        """
        found = self._tight.get(id(record))
        if found is not None:
            return found
        total = record.total
        if not total:
            return float("inf")
        words_part = self._matched.get(record.align_id)
        if words_part is None:
            words_part = self._matched[record.align_id] = self._words_part(record)
        matched, covered = words_part
        extra = sum([cost for i, t, cost in self._chargeable if i not in covered and not explains(t, party, words)])
        # (+1e-9: the score sums the same terms in another order, which may round one step higher)
        bound = self._tight[id(record)] = matched / (total + EXTRA_COST * extra) + self._legal_term(record) + 1e-9
        return bound

    def coverage(self, record: NameRecord) -> float:
        """A sound upper bound on the share of the listed name's weight the query matches (`OrgScore.coverage`);
        read after `tight` has bounded the name."""
        total = record.total
        return self._matched[record.align_id][0] / total if total else 1.0

    def _words_part(self, record: NameRecord) -> tuple[float, set[int]]:
        """What the bound owes the listed words alone (names with the same `align_id` share it): the sum of
        each word's weight times its best similarity, and the query words some listed unit covers."""
        context = self.context
        memo = context.unit_memo
        listed = record.tokens
        best = [0.0] * len(listed)
        covered: set[int] = set()
        for r_idx, r_skel, r_tok, r_key in record.units:
            row = memo.get(r_key)
            if row is None:
                row = context.row(r_idx, r_skel, r_tok, r_key)
            for _, q_idx, sim, _ in row:
                covered.update(q_idx)
                for j in r_idx:
                    if sim > best[j]:
                        best[j] = sim
        last = self.last
        if self.last_index is not None:  # a cut last word may start a listed word (`features.align`)
            for j, t in enumerate(listed):
                if len(last) < len(t.text) and t.text.startswith(last):
                    best[j] = max(best[j], TRUNCATED_SIM)
                    covered.add(self.last_index)
        return sum([w * b for w, b in zip(record.weights, best)]), covered

    def _legal_term(self, record: NameRecord) -> float:
        """The legal-form term of the listed name's score (one per distinct legal form): exact, or, where a
        legal form cut short at the end of the query may agree with the listed one, the agreeing term."""
        legal = self._legal.get(record.legal_id)
        if legal is None:
            listed = record.norm.legal_forms
            legal = legal_adjustment(self.norm.legal_forms, listed, self.norm.legal_text, record.norm.legal_text)
            if not self.norm.legal_forms and self._cut_classes & set(listed):
                # whether the tail is left over as a cut form depends on the name: the most it may add
                legal = max(legal, LEGAL_SAME + LEGAL_SPELLING / 2)
            self._legal[record.legal_id] = legal
        return legal
