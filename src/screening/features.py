"""Token alignment between a query and one listed name, as evidence.

`align` pairs query tokens with listed tokens greedily, closest first (then heaviest). Units are single
tokens and adjacent pairs joined (`KasperskyLab` ~ `Kaspersky Lab`, `Kasper sky` ~ `Kaspersky`,
`U K` ~ `UK`). A pair counts when:

* the tokens are equal, or their romanisation skeletons are (`kasperskiy` ~ `kaspersky`): 1.0;
* both are places of the same country (`schweiz` ~ `switzerland`): 1.0;
* their skeletons are within the edit budget (`screening.similarity`): 1 - d / length;
* the query's last core token is the start of a listed token (an ERP field cut short: `KASPERSKY LAB IT`
  ~ `Italia`): 0.85;
* an unknown query word is the initials of two or three place words of the listed name (`ME` ~ `Middle
  East`, `CEE` ~ `Central Eastern Europe`): 0.9, as a listed unit of those words (`units`);
* an unknown query word is a typing slip of a short domain word the listed name has (`Lsbs` ~ `lab`,
  `normalize.slip_of`), or a region word a slip of a listed region of four letters (`Middle Esat` ~
  `east`): one edit in four letters (or in the slip's five), 0.75 (0.8). A listed name with a distinctive
  word needs it matched too, and one with none is not matched by a slip (`scoring`).

Each pair and each leftover token becomes an `Evidence`; `screening.scoring` weighs them.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Mapping, Sequence

import attrs

from screening.lexicon import TokenInfo
from screening.models import Evidence
from screening.normalize import is_legal_prefix, slip_of
from screening.romanize import skeleton
from screening.similarity import MAX_TOKEN, edit_budget, token_similarity

__all__ = ["LENGTH_GAP", "PLACE_BESIDE", "TRUNCATED_SIM", "Alignment", "Unit", "UnitLengths", "align", "single_texts",
           "unit_row", "unit_rows", "units"]

TRUNCATED_SIM = 0.85  # a cut-off last word that starts a listed word
PLACE_BESIDE = ", written beside the name"  # (`pair_evidence`: a place in brackets may be the address's)
INITIALS_SIM = 0.9  # a word that is the initials of a listed name's place words (`ME` for `Middle East`)
_NUMBER = re.compile(r"[0-9]{2,}")  # a vendor number, a year, an amount: a piece of a word as written (`units`)
_JOINED = (1.0, "joined")
_SPLIT_SLIP = 0.95  # a word's spelling similarity where it is written as two (or two as one)
_INITIALS = (INITIALS_SIM, "initials")
_INITIALS_MAX = 3  # letters of the longest initials unit (`units`)

_Pair = tuple[tuple[int, ...], tuple[int, ...], float, str]  # (query idx, listed idx, sim, how)


@attrs.frozen
class Alignment:
    """Which query tokens matched which listed tokens, how well, and what was left over."""

    pairs: tuple[_Pair, ...]
    query_left: tuple[int, ...]
    listed_left: tuple[int, ...]


Unit = tuple[tuple[int, ...], str, "TokenInfo | None", str]  # (positions, skeleton, token, similarity key)


def units(tokens: tuple[TokenInfo, ...], initials: bool = False) -> list[Unit]:
    """Single tokens and adjacent pairs joined, with their skeletons: what `align` pairs up; with `initials`
    (a listed name's units), runs of two or three place words as their initials too, keyed `^` and the
    initials: they pair only with a query word written so that is no known word (`_scored`; `NA` is also
    a Slavic preposition).

    The last element keys what a unit's similarity to another depends on (text, place or region, and city
    of a single token; the skeleton of a joined pair), so one query can reuse it across listed names. A pair
    with a number of two digits or more is keyed `=` and its text: it resembles only the same word written
    as one (`Bank 24` ~ `Bank24`), never a word spelt like it (`Security 11`, whose skeleton is that of
    `security`; one digit may be a letter misread, `La 8`).
    """
    # (`~`: a region, which a word may be read as after another, `lexicon.analyse`: the key tells it apart)
    out: list[Unit] = [((i,), t.skel, t, f"{t.text}|{t.place or ('~' if t.role == 'place' else '')}|"
                                          f"{'c' if t.city else ''}") for i, t in enumerate(tokens)]
    for i in range(len(tokens) - 1):
        text = tokens[i].text + tokens[i + 1].text
        skel = skeleton(text)
        numbered = _NUMBER.fullmatch(tokens[i].text) or _NUMBER.fullmatch(tokens[i + 1].text)
        out.append(((i, i + 1), skel, None, "=" + text if numbered else "+" + skel))
    if initials:
        for i in range(len(tokens) - 1):
            for n in (2, 3):
                run = tokens[i:i + n]
                if len(run) == n and all(t.role == "place" and not t.qualifier for t in run):
                    letters = "".join(t.text[0] for t in run)
                    out.append((tuple(range(i, i + n)), letters, None, "^" + letters))
    return out


def single_texts(listed_units: Mapping[str, Unit]) -> dict[str, tuple[str, ...]]:
    """The keys of the single words among `listed_units`, by their text (what a number joined to a word in
    the query may be: `_scored`)."""
    out: dict[str, list[str]] = {}
    for key, (_, _, token, _) in listed_units.items():
        if token is not None:
            out.setdefault(token.text, []).append(key)
    return {text: tuple(found) for text, found in out.items()}


def _scored(q_skel: str, q_tok: TokenInfo | None, r_skel: str, r_tok: TokenInfo | None, r_key: str
            ) -> tuple[float, str] | None:
    """What a query unit and a listed unit score (`_unit_pair`); a listed pair joined with a number (`units`)
    scores only against the same word written as one. (A query pair joined with a number never gets here:
    `unit_row` and `unit_rows` look it up by its text.)"""
    if r_key[0] == "=":
        return _JOINED if q_tok is not None and q_tok.text == r_key[1:] else None
    if r_key[0] == "^":
        return _INITIALS if q_tok is not None and q_tok.role == "distinctive" and q_tok.text == r_key[1:] else None
    return _unit_pair(q_skel, q_tok, r_skel, r_tok)


def _pair_similarity(q: TokenInfo | None, q_skel: str, r: TokenInfo | None, r_skel: str) -> tuple[float, str]:
    if q is not None and r is not None:
        if q.text == r.text:
            return 1.0, "exact"
        if q.role == r.role == "number":
            return 0.0, ""  # another number is another thing (`11420 Corp.` is not `11421 Corp.`)
        if q.place is not None and q.place == r.place and not (q.city or r.city):
            return 1.0, "same place"  # two names of one country; a city equals only itself
        if q.place is not None and r.place is None and r.role == "distinctive":
            return 0.0, ""  # a place the query writes is that place, not a name's word misspelt (`Xi'an`, `Xu'an`)
    if q_skel == r_skel:
        return 1.0, "joined" if q is None or r is None else "transliteration"
    sim = token_similarity(q_skel, r_skel)
    if q is not None and r is not None:
        sim = max(sim, token_similarity(q.text, r.text))
    else:  # two words for one, misspelt too: two slips, so less than either alone (`Casper Sky` ~ `Kaspersky`)
        sim *= _SPLIT_SLIP
    return (sim, "spelling") if sim > 0.0 else (0.0, "")


def unit_row(query_units: Sequence[Unit], r_joined: bool, r_skel: str, r_tok: TokenInfo | None, r_key: str
             ) -> tuple[tuple[int, tuple[int, ...], float, str], ...]:
    """The query units a listed unit resembles: (position in `query_units`, positions, similarity, how).

    What a pair of units scores depends only on their keys (`units`), so it is remembered across queries
    (`_PAIRS`): the words of names that reach the list recur from query to query.
    """
    row = []
    for n, (q_idx, q_skel, q_tok, q_key) in enumerate(query_units):
        if r_joined and len(q_idx) == 2:
            continue
        if q_key[0] == "=":  # (one comparison: not remembered, as a new vendor number would fill the memory)
            if r_tok is not None and r_tok.text == q_key[1:]:
                row.append((n, q_idx, *_JOINED))
            continue
        known, nonzero = _memory(q_key)
        found = known.get(r_key, _UNKNOWN)
        if found is _UNKNOWN:
            found = _scored(q_skel, q_tok, r_skel, r_tok, r_key)
            if found is not None:  # (marked above 0 before it is known: `unit_rows` reads it so)
                nonzero.add(r_key)
            known[r_key] = found
            _counted(1)
        if found is not None:
            row.append((n, q_idx, *found))
    return tuple(row)


def unit_rows(query_units: Sequence[Unit], listed_units: Mapping[str, Unit], keys: frozenset[str] | None = None,
              lengths: UnitLengths | None = None, by_text: Mapping[str, tuple[str, ...]] | None = None
              ) -> dict[str, tuple[tuple[int, tuple[int, ...], float, str], ...]]:
    """`unit_row` of many listed units at once (by key), for those that resemble some query unit; the
    others resemble none.

    Most pairs score 0 and are known to from earlier queries: set operations find the pairs not yet
    scored and those scoring above 0, so the work grows with those, not with every pair. A new query word
    (a vendor number, a street) is compared only with the listed units whose lengths let a pair score above
    0 (`lengths`, made from `listed_units`); the others are noted as scoring 0 at once.
    """
    keys = frozenset(listed_units) if keys is None else keys  # (the keys of `listed_units`, when made already)
    if by_text is None:
        by_text = single_texts(listed_units)
    rows: dict[str, list[tuple[int, tuple[int, ...], float, str]]] = {}
    for n, (q_idx, q_skel, q_tok, q_key) in enumerate(query_units):
        if q_key[0] == "=":  # a number joined to a word: only the word written as one (`_scored`), looked up
            for r_key in by_text.get(q_key[1:], ()):
                rows.setdefault(r_key, []).append((n, q_idx, *_JOINED))
            continue
        known, nonzero = _memory(q_key)
        unknown = keys.difference(known)
        if unknown:
            q_joined = len(q_idx) == 2
            counted = len(unknown)
            if lengths is not None and counted > _BULK_MIN:
                near = lengths.near(q_joined, q_skel, q_tok)
                known.update(dict.fromkeys(unknown.difference(near)))  # lengths too far apart: 0
                unknown = unknown.intersection(near)
            q_len = min(len(q_skel), MAX_TOKEN)
            for r_key in unknown:
                r_idx, r_skel, r_tok, _ = listed_units[r_key]
                if q_joined or len(r_idx) > 1:
                    # a joined unit scores by its skeleton alone, and only against a single word (`unit_row`):
                    # never when their lengths are too far apart (`LENGTH_GAP`)
                    found = (None if q_joined and len(r_idx) > 1
                             or abs(min(len(r_skel), MAX_TOKEN) - q_len) > LENGTH_GAP
                             else _scored(q_skel, q_tok, r_skel, r_tok, r_key))
                else:
                    found = _scored(q_skel, q_tok, r_skel, r_tok, r_key)
                if found is not None:
                    # Marked above 0 before it is known, so that a thread sharing the memory never reads a
                    # pair as known and 0 that scores above it: one that reads the mark before the score
                    # found the pair unknown, and scored it itself.
                    nonzero.add(r_key)
                known[r_key] = found
            _counted(counted)
        for r_key in keys.intersection(nonzero):
            sim, how = known[r_key]  # type: ignore[misc]  # (a key in `nonzero` never scores None)
            row = rows.get(r_key)
            if row is None:
                rows[r_key] = [(n, q_idx, sim, how)]
            else:
                row.append((n, q_idx, sim, how))
    return {key: tuple(row) for key, row in rows.items()}


@attrs.frozen(eq=False)
class UnitLengths:
    """Listed units (by key) grouped by length, so that a query unit is compared only with those a pair
    may score above 0 with (`_apart`: lengths that differ by more than the edits allowed never do)."""

    skels: dict[int, frozenset[str]]  # skeleton length (cut at MAX_TOKEN) -> keys, joined units included
    single_skels: dict[int, frozenset[str]]  # the same, single words only (all a joined query unit meets)
    texts: dict[int, frozenset[str]]  # single words by the length of their spelling (cut at MAX_TOKEN)
    placed: frozenset[str]  # single words that are places (two names of one country score 1.0)
    generic: frozenset[str]  # single domain words and regions (a typing slip of one may pair with it: `_slip`)
    initials: frozenset[str]  # initials of place words (`^me`): compared with every short query word
    digit_skels: frozenset[str]  # units whose skeleton (cut) holds a digit
    digit_texts: frozenset[str]  # single words whose spelling (cut) holds one
    # (joined, skeleton length, its distinct digits, spelling length, its distinct digits, a place) -> `near`
    _near: dict[tuple[bool, int, int, int, int, bool], frozenset[str]] = attrs.field(
        init=False, factory=dict, repr=False)

    @classmethod
    def of(cls, listed_units: Mapping[str, Unit]) -> UnitLengths:
        """Group listed units (by key) by their lengths, and note those with digits and the places."""
        skels: dict[int, set[str]] = {}
        singles: dict[int, set[str]] = {}
        texts: dict[int, set[str]] = {}
        placed, generic, initials, digit_skels, digit_texts = set(), set(), set(), set(), set()
        for key, (_, skel, token, _) in listed_units.items():
            if key[0] == "^":  # (letters as written, not a skeleton: `cee` is no skeleton of `cee`)
                initials.add(key)
                continue
            length = min(len(skel), MAX_TOKEN)
            skels.setdefault(length, set()).add(key)
            if _DIGITS.intersection(skel[:MAX_TOKEN]):
                digit_skels.add(key)
            if token is not None:
                singles.setdefault(length, set()).add(key)
                texts.setdefault(min(len(token.text), MAX_TOKEN), set()).add(key)
                if token.place is not None:
                    placed.add(key)
                if token.role == "generic" or (token.role == "place" and token.place is None):
                    generic.add(key)  # (a domain word or a region: `_slip`)
                if _DIGITS.intersection(token.text[:MAX_TOKEN]):
                    digit_texts.add(key)

        def frozen(by_length: dict[int, set[str]]) -> dict[int, frozenset[str]]:
            return {n: frozenset(keys) for n, keys in by_length.items()}

        return cls(frozen(skels), frozen(singles), frozen(texts), frozenset(placed), frozenset(generic),
                   frozenset(initials), frozenset(digit_skels), frozenset(digit_texts))

    def near(self, q_joined: bool, q_skel: str, q_tok: TokenInfo | None) -> frozenset[str]:
        """The keys of the listed units a query unit may score above 0 with (a superset: `_unit_pair`
        decides): lengths close enough, and, for a word with more digits than edits allowed at a length (a
        vendor number), only units of that length with a digit too. A joined query unit meets single words
        only (`unit_row`); a typing slip of a short domain word meets the domain words too (`_slip`), and a
        short word the initials of place words (`_scored`)."""
        skel = q_skel[:MAX_TOKEN]
        text = None if q_tok is None else q_tok.text[:MAX_TOKEN]
        memo = (q_joined, len(skel), len(_DIGITS.intersection(skel)), -1 if text is None else len(text),
                0 if text is None else len(_DIGITS.intersection(text)), q_tok is not None and q_tok.place is not None)
        found = self._near.get(memo)
        if found is None:
            found = self._near[memo] = self._find_near(*memo)
        if q_tok is not None and slip_of(q_tok.text):
            found = found | self.generic
        if q_tok is not None and self.initials and len(q_tok.text) <= _INITIALS_MAX:
            found = found | self.initials
        return found

    def _find_near(self, q_joined: bool, skel_len: int, skel_digits: int, text_len: int, text_digits: int,
                   placed: bool) -> frozenset[str]:
        out: set[str] = set()
        for keys in _close(self.single_skels if q_joined else self.skels, skel_len, skel_digits, self.digit_skels):
            out.update(keys)
        if text_len >= 0:
            for keys in _close(self.texts, text_len, text_digits, self.digit_texts):
                out.update(keys)
        if placed:
            out.update(self.placed)
        return frozenset(out)


def _close(by_length: dict[int, frozenset[str]], length: int, digits: int, with_digit: frozenset[str]
           ) -> Iterator[frozenset[str]]:
    """The keys of `by_length` whose texts may score above 0 against a text `length` long with `digits`
    distinct digits: those of a close length, and of those, where the text lacking every digit would lack
    more than the edits allowed at that length (each costs one), only the ones `with_digit`."""
    for other in _NEAR[length]:
        keys = by_length.get(other)
        if keys:
            yield with_digit.intersection(keys) if digits > _ALLOWED[max(length, other)] else keys


def _memory(q_key: str) -> tuple[dict[str, tuple[float, str] | None], set[str]]:
    """What a query unit is remembered to score against listed units, and those it scores above 0 (moved
    last in `_PAIRS`: the most recently used). Each step is one atomic dict operation: threads that race
    here at worst start a unit's memory afresh."""
    found = _PAIRS.pop(q_key, None)
    if found is None:
        found = ({}, set())
    _PAIRS[q_key] = found
    return found


def _counted(new: int) -> None:
    """Count pairs newly remembered; past `_PAIRS_LIMIT`, forget the query units least recently used until a
    quarter of the limit is free. (Clearing all would make the words every query has, such as a brand,
    be scored afresh each time a stream of new words, such as vendor numbers, filled the memory.)"""
    _PAIR_COUNT[0] += new
    if _PAIR_COUNT[0] > _PAIRS_LIMIT and _FORGETTING.acquire(blocking=False):  # (one thread forgets at a time)
        try:
            keep = _PAIRS_LIMIT * 3 // 4
            count = _PAIR_COUNT[0]
            for q_key, (known, _) in list(_PAIRS.items()):  # least recently used first (a copy: others add)
                if count <= keep:
                    break
                _PAIRS.pop(q_key, None)
                count -= len(known)
            _PAIR_COUNT[0] = max(count, 0) if _PAIRS else 0
        finally:
            _FORGETTING.release()


def _unit_pair(q_skel: str, q_tok: TokenInfo | None, r_skel: str, r_tok: TokenInfo | None
               ) -> tuple[float, str] | None:
    """(similarity, how) of a query unit and a listed unit; None when it is 0.

    Pairs whose lengths or letters are too far apart for any similarity above 0 (`_apart`) are not
    compared: most pairs of one query and one listed name are.
    """
    if q_tok is not None and r_tok is not None and (slip := _slip(q_tok, r_tok)) is not None:
        sim, how = _pair_similarity(q_tok, q_skel, r_tok, r_skel)
        return (sim, how) if sim > slip[0] else slip
    if (q_skel != r_skel and _apart(_shape(q_skel), _shape(r_skel))
            and (q_tok is None or r_tok is None
                 or (_apart(_shape(q_tok.text), _shape(r_tok.text))
                     and (q_tok.place is None or q_tok.place != r_tok.place)))):
        return None  # neither skeletons nor spellings can score above 0, and no shared place
    sim, how = _pair_similarity(q_tok, q_skel, r_tok, r_skel)
    return (sim, how) if sim > 0.0 else None


# Query unit key -> listed unit key -> what the pair scores (None: 0), across queries, and the listed unit
# keys of those scoring above 0; least recently used first. `_PAIR_COUNT` pairs are held at most
# `_PAIRS_LIMIT` (a few tens of MB), so a huge batch of new words cannot grow it.
_PAIRS: dict[str, tuple[dict[str, tuple[float, str] | None], set[str]]] = {}
_FORGETTING = threading.Lock()
_PAIR_COUNT = [0]
_PAIRS_LIMIT = 200_000
_UNKNOWN: tuple[float, str] = (-1.0, "")  # a pair not yet scored (compared by identity)
_SHAPES: dict[str, tuple[int, int]] = {}  # text -> (length as `token_similarity` cuts it, its letters as bits)
_SHAPES_LIMIT = 200_000  # entries before the memo is cleared (bounds memory on a huge batch of new words)
# Edits that leave two skeletons' similarity above 0, by the longer one's length: the budget, plus one
# when they sound alike (`screening.similarity`); 0 where only equal skeletons score.
_ALLOWED = tuple(edit_budget(n) + 1 if edit_budget(n) else 0 for n in range(MAX_TOKEN + 1))
LENGTH_GAP = edit_budget(MAX_TOKEN) + 1  # the most two skeletons' lengths (cut at MAX_TOKEN) differ, scoring above 0
# length (cut at MAX_TOKEN) -> the lengths a text may have and still score above 0 against one that long
_NEAR = tuple(tuple(m for m in range(MAX_TOKEN + 1) if abs(n - m) <= _ALLOWED[max(n, m)]) for n in range(MAX_TOKEN + 1))
_DIGITS = frozenset("0123456789")
_BULK_MIN = 8  # new pairs of one query unit from which `UnitLengths` sets the far ones apart first


def _slip(q_tok: TokenInfo, r_tok: TokenInfo) -> tuple[float, str] | None:
    """An unknown query word that is a typing slip or a scanner's misreading of the listed domain word
    (`normalize.slip_of`: `Lsbs`, `Lob`), or a query region word that is a slip of a listed region of four
    letters (`Est`, or a slip read as a region after a region word: `Middle Esat`, `lexicon.analyse`), scored
    as one edit in the short spelling it slipped from (four letters) or in the slip if longer; None otherwise.
    (Not the folded listed word: `Tevh` is a slip of `tech`, not one edit from `technology`.)"""
    if not (q_tok.role == "distinctive" and r_tok.role == "generic" or _region(q_tok) and _region(r_tok)) \
            or r_tok.text not in slip_of(q_tok.text):
        return None
    return 1.0 - 1.0 / max(len(q_tok.text), 4), "slip"


def _region(token: TokenInfo) -> bool:
    """A compass point or world region (`lexicon`: a place of no one country)."""
    return token.role == "place" and token.place is None


def _shape(text: str) -> tuple[int, int]:
    """A text's length (cut at MAX_TOKEN) and the set of its letters as bits (letters may share a bit)."""
    found = _SHAPES.get(text)
    if found is None:
        cut = text[:MAX_TOKEN]
        mask = 0
        for ch in set(cut):
            mask |= 1 << (ord(ch) % 63)
        if len(_SHAPES) >= _SHAPES_LIMIT:
            _SHAPES.clear()
        found = _SHAPES[text] = (len(cut), mask)
    return found


def _apart(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when two unequal texts certainly score 0 in `token_similarity`: their lengths differ by more
    than the edits allowed, or one has more distinct letters the other lacks (each costs an edit; letters
    sharing a bit only hide differences, never add one)."""
    a_len, a_bits = a
    b_len, b_bits = b
    allowed = _ALLOWED[a_len if a_len > b_len else b_len]
    return (abs(a_len - b_len) > allowed or (a_bits & ~b_bits).bit_count() > allowed
            or (b_bits & ~a_bits).bit_count() > allowed)


_BETWEEN_INITIALS = frozenset({"place", "address", "number"})  # (roles of an address's words: `P.O. Box 500100`)


def _initials_beside(pairs: list[_Pair], query: tuple[TokenInfo, ...], used_q: set[int],
                     used_r: set[int]) -> list[_Pair]:
    """`pairs` without the initials of place words that stand far from the name: initials are kept where they
    are next to another word paired, or where only an address's words stand between (`Kaspersky Lab ME`,
    `Kaspersky Lab, P.O. Box 500100, Dubai, ME`; not the `me` of `Kaspersky ... without asking me`). The query
    and listed words of a pair dropped are freed in `used_q` and `used_r`."""
    kept = []
    for pair in pairs:
        q_idx, r_idx, _, how = pair
        if how == "initials":
            paired = [i for other in pairs if other is not pair for i in other[0]]
            gaps = [range(q_idx[-1] + 1, i) if i > q_idx[-1] else range(i + 1, q_idx[0]) for i in paired]
            if not any(all(query[i].role in _BETWEEN_INITIALS for i in gap) for gap in gaps):
                used_q.difference_update(q_idx)
                used_r.difference_update(r_idx)
                continue
        kept.append(pair)
    return kept


def align(query: tuple[TokenInfo, ...], listed: tuple[TokenInfo, ...], weights: tuple[float, ...],
          query_units: Sequence[Unit] | None = None, listed_units: Sequence[Unit] | None = None,
          memo: dict[str, tuple] | None = None) -> Alignment:
    """Greedy best-first alignment of query tokens to listed tokens.

    Units may be passed precomputed; `memo` (kept for one query) remembers which query units each listed
    unit resembles, across the listed names that query is aligned with.
    """
    options = []
    listed_units = listed_units if listed_units is not None else units(listed)
    query_units = query_units if query_units is not None else units(query)
    if memo is None:
        memo = {}
    for m, (r_idx, r_skel, r_tok, r_key) in enumerate(listed_units):
        r_joined = len(r_idx) > 1
        row = memo.get(r_key)
        if row is None:
            row = memo[r_key] = unit_row(query_units, r_joined, r_skel, r_tok, r_key)
        if row:
            weight = sum([weights[j] for j in r_idx]) if r_joined else weights[r_idx[0]]
            for n, q_idx, sim, how in row:
                options.append((-sim, -(sim * weight + 1e-3 * len(q_idx)), n, m, q_idx, r_idx, how))
    # Closest pairs first, heavier first among equals (an exact word must never lose to a joined pair
    # that only resembles it: `moscow` before `of moscow`), then in query order, then in listed order.
    options.sort()
    used_q: set[int] = set()
    used_r: set[int] = set()
    pairs = []
    for negative_sim, _, _, _, q_idx, r_idx, how in options:
        sim = -negative_sim
        if used_q.intersection(q_idx) or used_r.intersection(r_idx):
            continue
        used_q.update(q_idx)
        used_r.update(r_idx)
        pairs.append((q_idx, r_idx, sim, how))
    if any(how == "initials" for *_, how in pairs):
        pairs = _initials_beside(pairs, query, used_q, used_r)
    core = [i for i, t in enumerate(query) if not t.qualifier]
    last = core[-1] if core else None
    if last is not None and not is_legal_prefix(query[last].text):
        prefix = query[last].text
        if last in used_q:  # paired as a spelling: cut short it reads closer (`Kaspers` ~ `kaspersky`)
            for n, (q_idx, r_idx, sim, _) in enumerate(pairs):
                if q_idx == (last,) and len(r_idx) == 1 and sim < TRUNCATED_SIM \
                        and len(prefix) < len(listed[r_idx[0]].text) and listed[r_idx[0]].text.startswith(prefix):
                    pairs[n] = (q_idx, r_idx, TRUNCATED_SIM, "truncated")
        else:
            for r in range(len(listed)):
                if r not in used_r and len(prefix) < len(listed[r].text) and listed[r].text.startswith(prefix):
                    pairs.append(((last,), (r,), TRUNCATED_SIM, "truncated"))
                    used_q.add(last)
                    used_r.add(r)
                    break
    return Alignment(tuple(pairs), tuple(i for i in range(len(query)) if i not in used_q),
                     tuple(i for i in range(len(listed)) if i not in used_r))


def pair_evidence(alignment: Alignment, query: tuple[TokenInfo, ...],
                  listed: tuple[TokenInfo, ...]) -> list[Evidence]:
    """One `Evidence` per aligned pair (a place written in brackets or a tail says so: `PLACE_BESIDE`)."""
    out = []
    for q_idx, r_idx, sim, how in sorted(alignment.pairs):  # in the query's word order
        q_text = " ".join(query[i].text for i in q_idx)
        r_text = " ".join(listed[i].text for i in r_idx)
        role = listed[r_idx[0]].role
        beside = PLACE_BESIDE if how == "same place" and all(query[i].qualifier for i in q_idx) else ""
        out.append(Evidence(f"token_{how.replace(' ', '_')}", round(sim, 4), q_text, r_text,
                            f"{role} word '{q_text}' ~ '{r_text}' ({how}{beside})"))
    return out
