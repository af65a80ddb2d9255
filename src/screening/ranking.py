"""From scored candidates to the ranked hits and near misses of a result.

Hits are the candidates at or above the review threshold, best first. Ties in score are broken so that
alerts stay rankable even when several parties score the same (lesson 7 of MATCHING-NOTES): the listed
party itself before a product before an affiliate, then the better plain name score, then the kind of
name matched (primary, alias, former, native, transliteration, brand, weak), then list order.
"""

from __future__ import annotations

import attrs

from screening.config import ScreeningConfig
from screening.models import Evidence, Hit, HitClass, Listing, NameType, NearMiss, Party, PartyRef

__all__ = ["CLASS_ORDER", "Candidate", "clamp", "rank"]

CLASS_ORDER = {HitClass.LISTED: 0, HitClass.PRODUCT: 1, HitClass.AFFILIATE: 2}
_TYPE_ORDER = {t: n for n, t in enumerate((NameType.PRIMARY, NameType.ALIAS, NameType.FORMER, NameType.NATIVE,
                                           NameType.TRANSLITERATION, NameType.BRAND, NameType.WEAK))}
_SHORTFALLS = frozenset({"extra_query_word", "missing_listed_word", "patronymic_conflict", "given_name_conflict",
                         "family_name_gender", "legal_form_differs", "company_form", "kind", "country",
                         "birth_date"})


def clamp(score: float) -> float:
    """A score as results hold it: within [0, 1]."""
    return min(1.0, max(0.0, score))


@attrs.frozen
class Candidate:
    """One party's best score for one query, before thresholds."""

    party: int
    score: float
    hit_class: HitClass
    matched_name: str
    matched_type: NameType
    evidence: tuple[Evidence, ...]
    listed_score: float = 0.0  # the plain name score, before any brand-carrier reading

    def adjusted(self, delta: float, evidence: tuple[Evidence, ...]) -> Candidate:
        """This candidate with a secondary-attribute change applied, clamped to [0, 1]."""
        return attrs.evolve(self, score=clamp(self.score + delta), evidence=self.evidence + evidence)


def _newest_first(listing: Listing) -> int:
    when = listing.published or listing.effective
    return -(when.toordinal() if when else 0)


def _citation_order(listing: Listing) -> tuple:
    """Listings that name the party first, then the newest first."""
    return (listing.basis != "named", _newest_first(listing))


def _order(cand: Candidate) -> tuple:
    return (-round(cand.score, 4), CLASS_ORDER[cand.hit_class], -cand.listed_score,
            _TYPE_ORDER[cand.matched_type], cand.party)


def _reason(cand: Candidate) -> str:
    short = [e.detail + (f" ('{e.query_part}')" if e.query_part else "") for e in cand.evidence
             if e.feature in _SHORTFALLS or e.score < 0.8]
    return "; ".join(short[:4]) or "similar, but not close enough"


def _cited(party: Party) -> tuple[PartyRef, tuple[Listing, ...], tuple[Listing, ...]]:
    """A party's reference, its citations in order, and those whose scope reaches affiliates (or all)."""
    citations = tuple(sorted(party.listings, key=_citation_order))
    affiliates = tuple(sorted((x for x in party.listings if x.covers_affiliates), key=_newest_first)) or citations
    return party.ref, citations, affiliates


def rank(candidates: list[Candidate], parties: tuple[Party, ...], config: ScreeningConfig,
         cited: dict[int, tuple[PartyRef, tuple[Listing, ...], tuple[Listing, ...]]] | None = None
         ) -> tuple[tuple[Hit, ...], tuple[NearMiss, ...]]:
    """Ranked hits (score >= review threshold) and near misses (>= near-miss floor, only when there is no hit)
    of one query; `cited` memoises each party's reference and citations across queries."""
    cited = {} if cited is None else cited
    ordered = sorted(candidates, key=_order)
    hits: list[Hit] = []
    near: list[NearMiss] = []
    for cand in ordered:
        score = round(clamp(cand.score), 4)
        if score < config.review_threshold and (hits or score < config.near_miss_floor
                                                or len(near) >= config.max_near_misses):
            break  # best first: nothing after this is a hit, and near misses are shown only without one
        entry = cited.get(cand.party)
        if entry is None:
            entry = cited[cand.party] = _cited(parties[cand.party])
        if score >= config.review_threshold:
            if len(hits) < config.max_hits:
                # an affiliate is cited by the scope language that reaches affiliates
                citations = entry[2] if cand.hit_class is HitClass.AFFILIATE else entry[1]
                hits.append(Hit(party=entry[0], score=score, hit_class=cand.hit_class,
                                matched_name=cand.matched_name, matched_name_type=cand.matched_type,
                                evidence=cand.evidence, citations=citations))
        else:
            near.append(NearMiss(party=entry[0], score=score, matched_name=cand.matched_name, reason=_reason(cand)))
    return tuple(hits), tuple(near)
