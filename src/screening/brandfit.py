"""Which party a brand-carrying query names first: the brand owners' affiliate, or a listed party itself.

A company name that carries a listed brand (`Kaspersky ...`) scores as an unlisted affiliate of the brand's
owners (`scoring.carrier_score`, 0.85), above a listed party's own name that the query holds cut short or
beside words no name explains (`Kaspersky Lab Middle Ea`, 0.81). Where that party's name fits the query
better than any name of the owners, the brand points at it first: it scores as a carrier too, as the
listed party itself, which ranks it above the owners' affiliate reading (`ranking`). Where the query names no
listed company's name but a place of one company of the owners' group (`Kaspersky Dubai office`), that company is
the brand's there: it takes the owners' carrier score, the place confirming it; so does the company of the
group that a legal form of one country names (`Kaspersky Lab FZ-LLC`: of the group, only the company in the
Emirates is of the form's country, and its name writes the form).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

import attrs

from screening.index import NameRecord
from screening.lexicon import TokenInfo, lexicon
from screening.models import Evidence, HitClass, NameType, Party
from screening.normalize import form_countries
from screening.ranking import Candidate, names_product
from screening.romanize import skeleton
from screening.scoring import (CARRIER_BASE, CARRIER_SPAN, OrgScore, QueryContext, explains, legal_spelled,
                               placed_cut, written_forms)

__all__ = ["Fit", "fit_of", "lift_best_fit", "lift_by_form", "lift_by_place", "lift_numbered"]

WHOLE = 0.95  # the share of a listed name's weight a query matches to hold the whole name


@attrs.frozen
class Fit:
    """How a party's best name reads a brand-carrying query."""

    raw: float  # the name's raw score
    left: frozenset[int]  # core query words the name leaves unexplained
    foreign: bool  # one of them is a place: the query names an entity of another country
    spelled: bool  # the query's legal form is written as the name's (GmbH for GmbH, not SARL for Limited)
    whole: bool  # the query holds the whole name
    anchor: str  # the brand anchor the name carries ("" for the brand's owners and names without it)
    sim: float  # the query's similarity to that anchor
    words: int = 1  # the name's words (a brand alone is one: `カスペルスキー`)
    together: bool = True  # the query words the name meets stand in a row (not `Kaspersky users ... group`)


def fit_of(best: OrgScore, record: NameRecord, tokens: tuple[TokenInfo, ...], legal_text: tuple[str, ...],
           party: Party, words: frozenset[str], brand_sim: Mapping[str, float], context: QueryContext,
           owns: bool) -> Fit:
    """How the party's best name (`record`, scored `best` against the query in `context`) reads the query."""
    carried = [] if owns else [(brand_sim[t.skel], t.skel) for t in record.tokens if t.skel in brand_sim]
    sim, anchor = max(carried) if carried else (0.0, "")
    aligned = context.alignments.get(record.align_id)
    left = frozenset() if aligned is None else frozenset(
        i for i, _, core in aligned.left if core and not explains(tokens[i], party, words))
    placed = -1 if aligned is None else placed_cut(tokens, aligned.cut, record, bool(legal_text))
    if placed >= 0 and not explains(tokens[placed], party, words):
        left |= {placed}  # a country code that ends the query, read as the country (`scoring.placed_cut`)
    met = sorted(i for q_idx, *_ in aligned.alignment.pairs for i in q_idx) if aligned is not None else []
    return Fit(best.raw, left, any(tokens[i].role == "place" for i in left),
               legal_spelled(legal_text, record.norm.legal_text), best.coverage >= WHOLE, anchor, sim,
               len(record.tokens), not met or met[-1] - met[0] + 1 == len(met))


def lift_best_fit(candidates: list[Candidate], raws: Mapping[int, float], fit: Callable[[int], Fit],
                  owners: set[int], review_threshold: float) -> list[Candidate]:
    """`candidates` with the party whose own name fits the query best lifted to the carrier score.

    `raws` holds each organisation's best raw score; `fit` reads a party's best name against the query,
    asked only when a party that is no owner scores above every owner (rarely: the owners' names usually
    fit best). The lifted party's best name carries the brand, is a hit on its own, and explains every
    word an owner's best name explains and more; or the same words, when the query holds the whole name
    and writes its own legal form (`Kaspersky Labs GmbH, Ingolst`, not a same-kind form of another
    country: `Kaspersky Lab France SARL` is an unlisted subsidiary, not Kaspersky Labs Limited). A name of two
    words or more the query holds whole, its words in a row, where it holds no owner's name whole, is lifted even
    where the words around it leave it no hit on its own (`Kaspersky Group, société russe inscrite sur l'Entity
    List`): the brand makes the query a REVIEW already, and the name says which party it is (not where an owner's
    name is whole too, `Acme GmbH, distributor for Kaspersky Labs`, nor where other words part the name's,
    `Kaspersky users discussion group`: those are the brand's). None is lifted past a place no name explains, and
    none but the top-scoring party that is no owner.
    """
    bar = max((raws[p] for p in owners if p in raws), default=0.0)
    above = [p for p, raw in raws.items() if p not in owners and raw > bar]
    if not above:
        return candidates
    rivals = {p: found for p in above if (found := fit(p)).anchor}
    if not rivals:
        return candidates
    top = max(found.raw for found in rivals.values())
    owned = [fit(p) for p in owners if p in raws]
    left = [found.left for found in owned]  # what each owner's best name leaves unexplained
    # no owner's name is written whole: a rival's whole name of two words or more names its party
    named = not any(found.whole for found in owned)
    best = {p: found for p, found in rivals.items() if found.raw == top and not found.foreign
            and all(found.left < other or found.left == other and found.whole and (
                found.spelled or named and found.words >= 2 and found.together) for other in left)}
    lifted = []
    for cand in candidates:
        lift = best.get(cand.party)
        if lift is not None and (cand.score >= review_threshold
                                 or named and lift.whole and lift.words >= 2 and lift.together):
            score = CARRIER_BASE + CARRIER_SPAN * lift.sim  # as `carrier_score` scores an owner's brand
            if score > cand.score:
                cand = attrs.evolve(cand, score=score, evidence=(*cand.evidence, Evidence(
                    "brand_best_fit", round(lift.sim, 4), lift.anchor, cand.matched_name,
                    "carries the listed brand, and this name fits it better than any name of the brand's owner")))
        lifted.append(cand)
    return lifted


# a place's name or an address's own word (`Paddington`): what names a company's place; a postcode's part (`W2`,
# `6BD`) only adds to it. No street word (`Street`, `Floor`, `1st`: every address has them), nor a bare number
# (`Kaspersky Scan Engine 2.1` names no address).
_PLACE_ROLES = frozenset({"place", "distinctive"})
_POSTCODE_PART = re.compile(r"(?=.*[0-9])(?=.*[a-z])(?![0-9]+(?:st|nd|rd|th)$)[a-z0-9]+")


def _place_of(token: TokenInfo, party: Party, words: frozenset[str]) -> str:
    """What place of `party` the query word names: a word of its address (`Zurich`, `Paddington`, `W2`), or one
    of its countries by name, by a city there (`Dubai` for a company of the Emirates) or by its adjective
    (`américaine`); "" for none."""
    if token.role in _PLACE_ROLES or token.role == "address" and _POSTCODE_PART.fullmatch(token.text):
        if token.place is not None and party.countries and token.place not in party.countries:
            return ""  # (a word of a place of another country: `United` of `United Arab Emirates`)
        if token.text in words:
            return token.text
        if token.role == "place" and token.place in party.countries:
            return token.place
        if token.role == "distinctive" and (country := lexicon().adjectives.get(token.text)) in party.countries:
            return country
    return ""


def _confirming(said: list[TokenInfo], party: Party, words: frozenset[str]) -> list[Evidence]:
    """The evidence that the words `said` beside the brand name places of `party` (none where they name only a
    postcode's part: that alone names no place)."""
    found = [(t, where) for t in said if (where := _place_of(t, party, words))]
    if not any(t.role in _PLACE_ROLES for t, _ in found):
        return []
    return [Evidence("place_confirms", 1.0, t.text, where, "a listed place of the party: of the brand's group, the "
                     "company there") for t, where in found]


def _brand_marks(tokens: tuple[TokenInfo, ...], readings: list[Candidate], anchors: tuple[str, ...]) -> list[int]:
    """Where the query writes the brand: words that start with it (`kaspersky`, `KasperskyOS`; not a run of Chinese
    words it stands inside, whose neighbours are unknown) or that an owner's name reading matched to a listed word
    holding it (`casper sky`)."""
    matched = {w for c in readings for e in c.evidence if e.feature.startswith("token_")
               and any(a in skeleton(e.candidate_part) for a in anchors) for w in e.query_part.split()}
    return [i for i, t in enumerate(tokens) if t.text in matched or t.skel.startswith(anchors)]


def _beside(tokens: tuple[TokenInfo, ...], j: int, marks: list[int]) -> bool:
    """Whether the query's word `j` stands beside the brand's name, in it or in its address: after it with at
    most one word of weight between (`Kaspersky Transparency Center Zürich`, `Kaspersky, 2 Kingdom Street,
    London`), or right before it or a preposition of the genitive before it, a word of three letters or more, not a
    code (`Beijing Kaspersky`, `la filiale britannique de Kaspersky`; not the key of `CN=Kaspersky Group`, nor `Japan
    and Kaspersky`); not a sentence's place two words of weight away or more (`Swiss firm Acronis poaches engineers
    from Kaspersky`, `Kaspersky ... vor dem OVG Münster`)."""
    for i in marks:
        if i == j:
            return False  # a word of the name itself
        if i < j:
            if sum(tokens[k].role == "distinctive" for k in range(i + 1, j)) <= 1:
                return True
        elif len(tokens[j].text) > 2 and (i == j + 1 or i == j + 2 and tokens[j + 1].text in _OF):
            return True
    return False


# the prepositions of the genitive a place's adjective may stand before (`la filiale britannique de Kaspersky`)
_OF = frozenset({"de", "di", "da", "do", "du", "des", "del", "della", "dos", "das", "of", "von", "van"})


def lift_by_place(candidates: list[Candidate], tokens: tuple[TokenInfo, ...], parties: Sequence[Party],
                  owners: Collection[int], group: Collection[int], words: Callable[[int], frozenset[str]],
                  anchors: tuple[str, ...], brand: Evidence, floor: float = 0.0) -> list[Candidate]:
    """`candidates` with the company of the brand owners' `group` that a place the query writes names lifted
    to the owners' reading of the brand's score, where that reading comes first. `anchors` are the brand's
    words the query carries, `brand` the evidence that it carries them as a company (`scoring.carrier_score`).

    `Kaspersky Dubai office`, `北京卡巴斯基`, `Kaspersky Transparency Center Zürich` write the brand and a place
    but no listed company's name: the brand's company there is the group's company of that place, not the
    owner's affiliate abroad. Only places no owner read first explains count (`Kaspersky, Moscow` is its own), but
    where some of the owners read first are there and others not, the place confirms those, which come first (`la
    filiale américaine de Kaspersky`: the US owner, read alike with the parent); another owner there is lifted as
    the group's company is, and before the group's companies there (`Kaspersky
    (US)`: the US owner, not the group's other US company). None is lifted where the query writes another company's
    legal form with its name (`Kaspersky Lab, Inc. Dubai`, `Kaspersky Labs GmbH Dubai`), and only the companies
    naming the most of the places are lifted (`2 Kingdom Street, London W2 6BD` is the UK company's address, not
    just the UK holding's city; `London` alone lifts both). A product carrying the brand is no company (`Kaspersky
    Endpoint Security, Ingolstadt`), and a company already scoring as high keeps its reading; one scoring lower is
    read by the brand and the place alone. Another company's form, and a lifted company's own name score, count where
    it scores `floor` at least (as a hit may: under it, the bounds may have left the party unscored, and the result
    is the same whether they did or not).
    """
    readings = [c for c in candidates if c.party in owners and c.hit_class is not HitClass.LISTED
                and not names_product(c)]  # the brand read as a company carrying it, or as itself
    if not readings:
        return candidates
    top = max(readings, key=lambda c: c.score)
    if any(c.score > top.score or c.score == top.score and (c.hit_class is HitClass.LISTED or names_product(c))
           for c in candidates if parties[c.party].kind != "person"):
        return candidates  # a listed name or product reads the query as well as the brand's company does
    marks = _brand_marks(tokens, readings, anchors)
    first = {c.party for c in readings if c.score == top.score}  # (the owners read first, in any order)
    beside = list({t.text: t for j, t in enumerate(tokens) if _beside(tokens, j, marks)}.values())  # (each once)
    # a place beside the brand that some of the owners read first explain, not all, names those (`la filiale
    # américaine de Kaspersky`: the US owner)
    placed = {o: found for o in first if (found := _confirming(beside, parties[o], words(o)))}
    if placed and len(placed) < len(first):
        confirmed = {id(c) for c in readings if c.party in placed and c.score == top.score}
        candidates = [attrs.evolve(c, evidence=(*c.evidence, *placed[c.party])) if id(c) in confirmed else c
                      for c in candidates]
    said = [t for t in beside if not any(_place_of(t, parties[o], words(o)) for o in first)]
    if not said:
        return candidates
    named: dict[int, list[Evidence]] = {}
    for member in (*group, *(o for o in owners if o not in first)):
        if found := _confirming(said, parties[member], words(member)):
            named[member] = found
    if not named.keys().isdisjoint(owners):  # (the brand's own owner there before a group company there)
        named = {member: found for member, found in named.items() if member in owners}
    most = max((len(found) for found in named.values()), default=0)
    if not most:
        return candidates
    chosen = {member: found for member, found in named.items() if len(found) == most}
    formed = {c.party for c in candidates
              if c.score >= floor and any(e.feature == "legal_form_same" for e in c.evidence)}
    if formed and formed.isdisjoint(chosen):
        return candidates  # the query writes another company's legal form with its name (`Kaspersky Labs GmbH Dubai`)
    kept = [c for c in candidates if c.party not in chosen or c.score >= top.score]
    plain = {c.party: c.listed_score for c in candidates if c.party in chosen and c.score >= floor}
    held = {c.party for c in kept}
    return kept + [Candidate(member, top.score, HitClass.AFFILIATE, parties[member].name, NameType.PRIMARY,
                             (brand, *found), listed_score=plain.get(member, 0.0))
                   for member, found in chosen.items() if member not in held]


def lift_by_form(candidates: list[Candidate], tokens: tuple[TokenInfo, ...], legal_text: tuple[str, ...],
                 parties: Sequence[Party], members: Collection[int], anchors: tuple[str, ...], floor: float
                 ) -> list[Candidate]:
    """`candidates` with the company of the brand's group (`members`: its owners and their related companies)
    that the query's legal form names lifted to the best score a company of the group has, where that scores
    `floor` at least: the one company of the group of the one country whose legal form the query writes
    (`normalize.form_countries`: `FZ-LLC`, of the Emirates; not `GmbH`, of Germany and Switzerland both, nor `SARL`
    or `S.r.l.`, of many countries and written for other companies' forms in translation, `Groupe Kaspersky SARL
    (Russie)`), where its names write that form, and where the brand (`anchors`) is in the name the form closes, not
    an aside (`Gulf Shield IT Solutions FZ-LLC (Kaspersky Partner)` is a reseller's name). `Kaspersky Lab Orta Doğu
    FZ-LLC` names the Emirates' company, not the parent abroad with another company's form: it is read as the top
    reading is (the listed party itself, where that is, else a company carrying the brand, there), the form's
    country confirming it as a place does (`ranking`), and the evidence says why."""
    countries = form_countries(legal_text)
    if len(countries) != 1 or not any(t.skel.startswith(anchors) and not t.qualifier for t in tokens):
        return candidates
    there = [m for m in members if parties[m].kind != "person" and not countries.isdisjoint(parties[m].countries)]
    if len(there) != 1:
        return candidates
    member = there[0]
    if written_forms(tuple(n.text for n in parties[member].names)).isdisjoint(t.replace(" ", "") for t in legal_text):
        return candidates
    group = [c for c in candidates if c.party in members and parties[c.party].kind != "person"]
    top = max(group, key=lambda c: c.score, default=None)
    if top is None or top.score < floor or top.party == member:
        return candidates
    own = next((c for c in candidates if c.party == member), None)
    if own is not None and own.score >= top.score:
        return candidates
    written = ", ".join(legal_text)
    where = ", ".join(sorted(countries & set(parties[member].countries)))
    said = Evidence("legal_form_names", 1.0, written, where, f"{written!r}: a legal form of {where}, where this "
                    "company alone of the brand's group is")
    # (read by its form alone, whether the bounds left its own name unscored or not: the result is the same)
    cls = HitClass.LISTED if top.hit_class is HitClass.LISTED else HitClass.AFFILIATE
    lifted = Candidate(member, top.score, cls, parties[member].name, NameType.PRIMARY, (said,),
                       listed_score=top.listed_score)
    return [c for c in candidates if c.party != member] + [lifted]


def lift_numbered(candidates: dict[int, Candidate], numbered: Collection[int], parties: Sequence[Party],
                  related: Sequence[frozenset[int]]) -> dict[int, Candidate]:
    """`candidates` (party -> its candidate) with each organisation whose listed number the text writes
    (`numbered`) scored as the best reading of an organisation related to it (`related`: each party's, its group),
    where that is higher: the group's name or brand and the company's number name the company (`P.IVA 09923201009 -
    Kaspersky`: the Italian company, whose VAT number it is, not the parent the bare brand reads as; `ranking` puts
    the numbered party first among equals), and the evidence says which words named the group."""
    out = dict(candidates)
    for number in numbered:
        cand = out[number]
        if parties[number].kind == "person":
            continue
        group = [c for c in candidates.values() if c.party in related[number] and c.score > cand.score]
        if group:
            best = max(group, key=lambda c: c.score)
            words = " ".join(dict.fromkeys(e.query_part for e in best.evidence if e.score > 0.0 and e.query_part))
            said = Evidence("group_named", 1.0, words, parties[best.party].name, "the text names the company's "
                            f"group as {parties[best.party].name!r} does, beside the company's listed number")
            out[number] = attrs.evolve(cand, score=best.score, hit_class=HitClass.LISTED,
                                       listed_score=max(cand.listed_score, best.listed_score),
                                       evidence=(*cand.evidence, said))
    return out
