"""From scored candidates to the ranked hits and near misses of a result.

Hits are the candidates at or above the review threshold, best first. Ties in score are broken so that
alerts stay rankable even when several parties score the same (lesson 7 of MATCHING-NOTES): the listed
party itself before a product before an affiliate, then the better plain name score, then a person before
an organisation, and of organisations one whose legal form the query's does not contradict, then one whose listed
number the text writes, then the one whose name the query writes most as the list does (`Kaspersky Labs Ltd (UK)`
names Kaspersky Labs Limited before Kaspersky Lab UK Ltd), then the one the text names first, then the kind of name
matched
(primary, alias, former, native, transliteration, brand, weak), then list order. Last, a listed person that is a
hit moves up past the unlisted companies carrying a brand right before it, at the same status (`Chekunov,
I.G. (Kaspersky)`: `_persons_before_carriers`), so hits are best first but for that.
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from collections.abc import Mapping

import attrs
from unidecode import unidecode

from screening.config import ScreeningConfig
from screening.features import PLACE_BESIDE
from screening.models import Evidence, Hit, HitClass, Listing, NameType, NearMiss, Party, PartyRef
from screening.normalize import phrase_words
from screening.tokens import CAMEL_PATTERN

__all__ = ["CLASS_ORDER", "Candidate", "clamp", "names_product", "rank"]

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


def names_product(cand: Candidate) -> bool:
    """Whether the candidate is a listed product the query names whole (`Kaspersky Security Network`), not the
    bare brand read as one."""
    return (cand.hit_class is HitClass.PRODUCT and cand.matched_type is NameType.BRAND
            and len(_listed_words(cand.matched_name)) > 1
            and not any(e.feature == "missing_listed_word" for e in cand.evidence))


def _order(cand: Candidate) -> tuple:
    """Best first: the higher score; among equals, the listed party itself, then a listed product the query names
    whole (`Kaspersky Security Network`), then a reading of the brand a place the query writes confirms (`Kaspersky
    (Woburn, MA)`: the brand in Woburn is the US company's), or a legal form of one country (`_PLACED`), then the
    bare brand as a product, then an affiliate;
    then the higher plain name score, the name's type and the list's order."""
    rank = CLASS_ORDER[cand.hit_class]
    if rank:
        if names_product(cand):
            rank = 1
        elif any(e.feature in _PLACED for e in cand.evidence):
            rank = 2
        else:
            rank += 2
    return (-round(cand.score, 4), rank, -round(cand.listed_score, 4), _TYPE_ORDER[cand.matched_type], cand.party)


_WORD = re.compile(r"[^\W_]+")  # (a database value's underscores part words: `kaspersky_lab_uk_limited`)
_CAMEL = re.compile(CAMEL_PATTERN)


def written_words(text: str) -> frozenset[str]:
    """The words of a text as written (width and case folded, words run together in camel case split, nothing
    else; not `GmbH`, whose last capital starts no word, so that `GMBH` writes it): what tells apart names that
    score alike."""
    return frozenset(written_order(text))


def _latin_words(query: str, words: frozenset[str]) -> frozenset[str]:
    """A query's `written_words` (`words`), and of Cyrillic, its letters as Latin ones too: `Лабс` writes the listed
    `Labs` (but no word of a legal form, honorific or noise phrase, `Лтд`, written alike in names of every length)."""
    if not _CYRILLIC.search(query):
        return words
    return words | {word for word in written_words(unidecode(query)) if word not in phrase_words()}


_CYRILLIC = re.compile("[\u0400-\u04ff]")


_listed_words = functools.lru_cache(maxsize=4096)(written_words)  # (listed names recur; queries rarely do)


def _as_written(cand: Candidate, parties: tuple[Party, ...], query: frozenset[str]) -> float:
    """For an organisation, the share of the matched name's words the query writes as the list does (`Labs`
    for `Kaspersky Labs Limited`, not `Lab` for `Kaspersky Lab UK Ltd`; `query`, its words); 0 for a person."""
    if parties[cand.party].kind == "person":
        return 0.0
    words = _listed_words(cand.matched_name)
    return len(words & query) / len(words) if words else 0.0


# one party's names but its brands and weak aliases (`_ANY_OF_GROUP`): each as its words written, in order and as a set
_Names = tuple[tuple[tuple[str, ...], frozenset[str]], ...]


def _names_of(number: int, parties: tuple[Party, ...], memo: dict[int, _Names]) -> _Names:
    """The party's names (`_Names`), remembered in `memo` across queries."""
    found = memo.get(number)
    if found is None:
        found = memo[number] = tuple((order, frozenset(order)) for n in parties[number].names
                                     if n.type not in _ANY_OF_GROUP and (order := written_order(n.text)))
    return found


def _best_written(names: _Names, query: frozenset[str], matched: float) -> float:
    """For an organisation, the most of any of its names' words the query writes as the list does (`_as_written`
    of each name, not only the one matched, whose share is `matched`): `Kaspersky Lab LLC` writes three of four of
    the Kyiv company's `Kaspersky Lab LLC (Kyiv)`, whatever name of it scored best, one of three of `Kaspersky Labs
    Ltd`. Of another name than the one matched, only where the query writes most of it (`_MOST`: not the brand's
    word alone of `ООО «Касперский Груп»` in `касперский.рф`), and not of a brand nor a weak alias (`Kaspersky`,
    which every name of the group holds)."""
    shares = [share for _, words in names if (share := len(words & query) / len(words)) >= _MOST]
    return max(shares + [matched])


# names every company of a group writes (its brand, or a weak alias that is the brand: `Kaspersky`), which tell
# none of them apart
_ANY_OF_GROUP = frozenset({NameType.BRAND, NameType.WEAK})
_MOST = 0.5  # the share of another name's words a query writes for that name to say which party it is


def written_order(text: str) -> tuple[str, ...]:
    """The words of a text as written (`written_words`), in their order."""
    return tuple(_WORD.findall(_CAMEL.sub(" ", unicodedata.normalize("NFKC", text)).casefold()))


_listed_order = functools.lru_cache(maxsize=4096)(written_order)  # (listed names recur; queries rarely do)


def _named_at(cand: Candidate, names: _Names, order: tuple[str, ...], starts: Mapping[str, list[int]]) -> int:
    """Where the query (`order`, its words in order) writes the longest of the party's names (not a brand nor a
    weak alias, but the one matched) whole and in a row, first; after every word where it writes none: of parties
    scoring alike, the one named first is the record's (`Kaspersky Lab, Inc. (U.S. subsidiary of AO Kaspersky
    Lab)`: the US company, though the parent's `Kaspersky Lab` starts the text too). `starts`: where the query
    writes each of its words."""
    found = [(-len(name), at) for name in (_listed_order(cand.matched_name), *(n for n, _ in names)) if name
             for at in starts.get(name[0], ()) if order[at:at + len(name)] == name]
    return min(found)[1] if found else len(order)


# the evidence that a place the query writes (a listed street address too: `Screener._at_address`), or a legal form
# of one country (`brandfit.lift_by_form`), confirms a reading of the brand
_PLACED = frozenset({"place_confirms", "address", "legal_form_names"})


def _numbered(cand: Candidate) -> bool:
    """Whether the text writes a listed identifier or street address of the party: of parties scoring alike, that
    names it."""
    return any(e.feature in ("identifier", "address") for e in cand.evidence)


def _form_conflicts(cand: Candidate) -> bool:
    """Whether the query's legal form conflicts with the matched name's (another form, or one of another country):
    of two readings a cap makes equal, the one whose form agrees names the party (`АО Лаборатория Касп.`, `AO`)."""
    return any(e.feature in _FORM_CONFLICTS and e.score == 0.0 for e in cand.evidence)


_FORM_CONFLICTS = frozenset({"legal_form_differs", "legal_form_country"})  # (`scoring`'s evidence of a form)


def _places_named(cand: Candidate) -> int:
    """How many places the query writes in its name (not in brackets or a tail, which may be the address's) the
    matched name holds, written in other words (`英国` for `UK`)."""
    return sum(e.feature == "token_same_place" and not e.detail.endswith(f"{PLACE_BESIDE})") for e in cand.evidence)


def _ordered(candidates: list[Candidate], parties: tuple[Party, ...], query: str,
             memo: dict[int, _Names] | None = None) -> list[Candidate]:
    """Candidates best first (`_order`). Of those equal in score, class and plain name score, a person comes
    before an organisation (the one named, not the employer: `Andrey Anatolyevich Yefremov - Kaspersky Lab`),
    and of organisations the one with a name the query writes most as the list does (`_best_written`), then the
    one whose matched name the query writes most so (`_as_written`), also
    where a Cyrillic query's letters are read as Latin ones (`_latin_words`: `Каспърски Лабс Лимитид`, Kaspersky
    Labs Limited), then the one whose name holds a place the query writes in other words (`卡巴斯基实验室英国有限公司`,
    Kaspersky Lab UK Ltd, before Kaspersky Labs Limited, whose address is in the UK), then the one the text names
    first (`_named_at`); then as `_order` goes on.
    Before the words written, an organisation whose legal form the query's does not contradict (`_form_conflicts`),
    then one whose listed identifier the text writes (`_numbered`). `memo` remembers the parties' names."""
    memo = {} if memo is None else memo
    keyed = sorted(zip(map(_order, candidates), candidates), key=_first)
    out = [c for _, c in keyed]
    words: frozenset[str] | None = None
    latin: frozenset[str] = frozenset()
    order: tuple[str, ...] | None = None
    start = 0
    for end in range(1, len(keyed) + 1):
        if end < len(keyed) and keyed[end][0][:3] == keyed[start][0][:3]:
            continue
        if end - start > 1 and query:  # a run of ties
            if words is None:
                words = written_words(query)
                latin = _latin_words(query, words)
            if order is None:
                order = written_order(query)
                starts: dict[str, list[int]] = {}
                for at, word in enumerate(order):
                    starts.setdefault(word, []).append(at)
            run = [(_tie_key(c, key, parties, memo, (words, latin), (order, starts)), c) for key, c in keyed[start:end]]
            run.sort(key=_first)
            out[start:end] = [c for _, c in run]
        start = end
    return out


_first = operator.itemgetter(0)


def _tie_key(cand: Candidate, key: tuple, parties: tuple[Party, ...], memo: dict[int, _Names],
             written: tuple[frozenset[str], frozenset[str]],
             placed: tuple[tuple[str, ...], Mapping[str, list[int]]]) -> tuple:
    """The key that orders a candidate among those it ties with (`_ordered`), after its `_order` key (`key`):
    `written`, the query's words as written and as Latin letters; `placed`, its words in order and where each is."""
    words, latin = written
    person = parties[cand.party].kind == "person"
    names = _names_of(cand.party, parties, memo)
    matched = _as_written(cand, parties, words)  # (0 for a person)
    return (not person, _form_conflicts(cand), not _numbered(cand),
            0.0 if person else -_best_written(names, words, matched), -matched, -_as_written(cand, parties, latin),
            -_places_named(cand), _named_at(cand, names, *placed), *key)


def _persons_before_carriers(hits: list[Hit], config: ScreeningConfig,
                             related: Mapping[str, frozenset[str]] | None = None) -> list[Hit]:
    """`hits` (best first) with each listed person moved up past the unlisted companies carrying a brand
    (`HitClass.AFFILIATE`) right before it: a query naming a listed person with the brand beside it names
    the person, the brand being the employer (`Chekunov, I.G. (Kaspersky)`); and, where the person's evidence
    says the brand is the listed employer (`role_confirms`), past the readings of the bare brand too
    (`Kirill Astrakhan - Kaspersky`: the part after the dash, read alone, is the brand); and to the front where
    the hits start with a listed party the list relates the person to and the text writes the person first
    (`related`: person -> those parties; `CN=Andrey Tikhonov, O=AO Kaspersky Lab`: the record is the person's,
    not `AO Kaspersky Lab (CEO: Andrei Tikhonov)`). Past no other person's hit, nor a REVIEW past a MATCH (the
    first hit says the status), nor a person whose attributes conflict with the query's (`kind="organization"`,
    another country)."""
    out = list(hits)
    for n in range(1, len(out)):
        hit = out[n]
        if hit.party.kind != "person" or any(e.feature in _ATTRIBUTES and e.score == 0.0 for e in hit.evidence):
            continue
        employed = any(e.feature == "role_confirms" for e in hit.evidence)
        k = n
        while k > 0 and (out[k - 1].hit_class is HitClass.AFFILIATE or employed and _bare_brand(out[k - 1])) and (
                hit.score >= config.match_threshold or out[k - 1].score < config.match_threshold):
            k -= 1
        of = related.get(hit.party.id, frozenset()) if related else frozenset()
        # (to the front where the related party heads the hits, past the organisations between, other readings of
        # the same words: `Kaspersky Lab, Inc.` at 0.95 for `AO Kaspersky Lab`)
        if k > 0 and out[0].party.id in of and all(h.party.kind != "person" for h in out[:k]) and (
                hit.score >= config.match_threshold or out[0].score < config.match_threshold):
            k = 0
        if k < n:
            out[k:n + 1] = [hit, *out[k:n]]
    return out


def _bare_brand(hit: Hit) -> bool:
    """Whether an organisation's hit reads the brand alone: its brand or weak alias of one word."""
    return hit.matched_name_type in (NameType.BRAND, NameType.WEAK) and len(_listed_words(hit.matched_name)) == 1


_ATTRIBUTES = frozenset({"kind", "country", "birth_date"})  # (`scoring.attribute_adjustment`'s evidence)


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
         cited: dict[int, tuple[PartyRef, tuple[Listing, ...], tuple[Listing, ...]]] | None = None,
         query: str = "", words: tuple[str, ...] = (), names: dict[int, _Names] | None = None
         ) -> tuple[tuple[Hit, ...], tuple[NearMiss, ...]]:
    """Ranked hits (score >= review threshold) and near misses (>= near-miss floor, only when there is no hit)
    of one query (`query`, as written, breaks ties: `_ordered`; `words`, its words as normalised, say which
    party it names first: `_persons_before_carriers`); `cited` memoises each party's reference and citations
    across queries, and `names` its names as written (`_ordered`)."""
    cited = {} if cited is None else cited
    ordered = _ordered(candidates, parties, query, names)
    hits: list[Hit] = []
    shown: list[Candidate] = []  # (the candidates of the hits, in their order)
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
            if len(hits) < config.max_hits or _crowded_out(parties[cand.party], hits):
                # an affiliate is cited by the scope language that reaches affiliates
                citations = entry[2] if cand.hit_class is HitClass.AFFILIATE else entry[1]
                hits.append(Hit(party=entry[0], score=score, hit_class=cand.hit_class,
                                matched_name=cand.matched_name, matched_name_type=cand.matched_type,
                                evidence=cand.evidence, citations=citations))
                shown.append(cand)
        else:
            near.append(NearMiss(party=entry[0], score=score, matched_name=cand.matched_name, reason=_reason(cand)))
    if len(hits) > config.max_hits:  # (a person past the organisations: the last of those make room for him)
        hits, shown = _making_room(hits, shown, config.max_hits)
    if len(hits) > 1:
        at = {parties[cand.party].id: _written_at(cand, words) for cand in shown} if words else {}
        related = {parties[cand.party].id: frozenset(r.party for r in parties[cand.party].relations
                                                     if at[parties[cand.party].id] < at.get(r.party, -1))
                   for cand in shown if at and parties[cand.party].kind == "person"}
        return tuple(_persons_before_carriers(hits, config, related)), tuple(near)
    return tuple(hits), tuple(near)


def _crowded_out(party: Party, hits: list[Hit]) -> bool:
    """Whether a person's hit would be left out only because `max_hits` organisations score above it (`Тихонов
    А.Г., член совета директоров АО «Лаборатория Касперского»`: the employer's name reads as each company of its
    group): a listed person is another party to answer for than the companies, so he is never crowded out by them."""
    return party.kind == "person" and any(hit.party.kind != "person" for hit in hits)


def _making_room(hits: list[Hit], shown: list[Candidate], most: int) -> tuple[list[Hit], list[Candidate]]:
    """The hits cut to `most`: the best one, then the persons (`_crowded_out`), then the best of the others, in
    their order (the best hit stays, so the status it gives stands: a MATCH is not cut for a person's REVIEW)."""
    persons = [i for i in range(1, len(hits)) if hits[i].party.kind == "person"][:most - 1]
    others = [i for i in range(1, len(hits)) if hits[i].party.kind != "person"]
    keep = sorted([0, *persons, *others[:most - 1 - len(persons)]])
    return [hits[i] for i in keep], [shown[i] for i in keep]


def _written_at(cand: Candidate, words: tuple[str, ...]) -> int:
    """Where the query's words (`words`) first write a word the candidate's evidence matched (their number when
    none)."""
    matched = {word for e in cand.evidence if e.query_part for word in e.query_part.split()}
    return next((i for i, word in enumerate(words) if word in matched), len(words))
