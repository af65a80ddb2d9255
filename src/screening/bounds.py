"""Per-query upper bounds on listed names' scores: what lets the screener skip names and parties unscored.

Two bounds, both computed from word similarities only (no alignment):

* `Bounds.of` orders a party's names (best first) and stops scoring once no remaining name can beat the
  best so far; it is void when the query may hold joined or split words;
* `Bounds.tight` also charges the query words no listed unit resembles and covers joined and split words;
  a party none of whose names can reach a shown score (the lower of the near-miss floor and the review
  threshold, less rounding) is not scored at all.

Both are exact in the legal-form term and carry a 1e-9 margin for float rounding. Skipping only ever drops
work that cannot change a result (`tests/test_bounds.py` compares with every name of every party scored).
"""

from __future__ import annotations

from screening.features import TRUNCATED_SIM
from screening.index import CandidateIndex, NameRecord
from screening.lexicon import TokenInfo
from screening.models import Party
from screening.normalize import NormalizedName
from screening.scoring import EXTRA_COST, QueryContext, explains, extra_cost, legal_adjustment
from screening.similarity import token_similarity

__all__ = ["Bounds"]


class Bounds:
    """Per-query upper bounds on a listed name's score, from the best similarity of each listed word.

    A listed word scores at most its best similarity to any query word (or `TRUNCATED_SIM` as the start of
    a cut last word); extra query words only lower a score; the legal-form term is computed exactly. The bound is
    void (infinite) when the query may hold joined or split words, which single-word similarity misses.
    """

    def __init__(self, tokens: tuple[TokenInfo, ...], index: CandidateIndex, norm: NormalizedName) -> None:
        self.tokens = tokens
        self.norm = norm
        self.context = QueryContext(tokens)
        vocabulary = index.vocabulary
        self.void = any(index.is_fragment(t.skel) or (len(t.skel) >= 8 and t.skel not in vocabulary) for t in tokens)
        core = [i for i, t in enumerate(tokens) if not t.qualifier]
        self.last = tokens[core[-1]].text if core else ""
        self.last_index = core[-1] if core else None
        maybe_cut = {i for tail in self.context.legal_tails for i in tail}  # may be a legal form cut short
        # query words that cost their weight when no listed unit resembles them (position, word, cost)
        self._chargeable = tuple((i, t, extra_cost(t)) for i, t in enumerate(tokens) if i not in maybe_cut)
        self._word: dict[object, float] = {}  # listed word (`_word_key`) -> its best similarity to a query word
        self._legal: dict[int, float] = {}  # legal forms (`NameRecord.legal_id`) -> their score term
        self._bounds: dict[tuple[int, int], float] = {}
        self._tight: dict[int, float] = {}  # a record's tight bound, by id (`reaches`, then `Screener`)

    def _best(self, listed: TokenInfo, key: object) -> float:
        """A listed word's best similarity to any query word (or `TRUNCATED_SIM` as the start of a cut last
        word), remembered under `key` (`_word_key`)."""
        sim = 0.0
        for q in self.tokens:
            if q.text == listed.text or (q.place is not None and q.place == listed.place
                                         and not (q.city or listed.city)):
                sim = 1.0
                break
            sim = max(sim, token_similarity(q.skel, listed.skel), token_similarity(q.text, listed.text))
        if self.last and listed.text.startswith(self.last):
            sim = max(sim, TRUNCATED_SIM)
        self._word[key] = sim
        return sim

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
        weights, total = record.weights, record.total
        if not total:
            return float("inf")
        matched = sum([w * b for w, b in zip(weights, best)])
        extra = sum([cost for i, t, cost in self._chargeable if i not in covered and not explains(t, party, words)])
        # (+1e-9: the score sums the same terms in another order, which may round one step higher)
        bound = self._tight[id(record)] = matched / (total + EXTRA_COST * extra) + self._legal_term(record) + 1e-9
        return bound

    def _legal_term(self, record: NameRecord) -> float:
        """The exact legal-form term of the listed name's score (one per distinct legal form)."""
        legal = self._legal.get(record.legal_id)
        if legal is None:
            legal = self._legal[record.legal_id] = legal_adjustment(
                self.norm.legal_forms, record.norm.legal_forms, self.norm.legal_text, record.norm.legal_text)
        return legal

    def of(self, record: NameRecord) -> float:
        """The most this listed name could score against the query."""
        weights, total, align_id, legal_id = record.scoring
        if self.void or not total:
            return float("inf")
        key = (align_id, legal_id)  # equal words and legal forms, equal bounds
        bound = self._bounds.get(key)
        if bound is None:
            legal = self._legal_term(record)
            word = self._word
            matched = 0.0
            for token, weight in zip(record.tokens, weights):
                reading = _word_key(token)
                sim = word.get(reading)
                matched += weight * (self._best(token, reading) if sim is None else sim)
            bound = self._bounds[key] = matched / total + legal + 1e-9  # the score may sum in another order
        return bound


def _word_key(token: TokenInfo) -> object:
    """What a listed word's best similarity depends on: its text, and its place where it names one (a word
    is a place in one name and not in another: `united kingdom` against `kingdom united`)."""
    return token.text if token.place is None else (token.text, token.place, token.city)
