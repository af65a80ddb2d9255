"""The candidate index: built once per list, it finds the few parties a query could be about.

Every name of every party is normalised once into a `NameRecord`. The index keys are *anchors*: the
skeletons of distinctive tokens of organisation names and brands, and of persons' family names (a given
name alone never makes a candidate). A query token reaches an anchor by

* equal skeleton (one dict lookup),
* a shared single-deletion variant (symmetric-delete: catches one substitution, insertion, deletion or
  transposition on each side), a shared phonetic key or the same letters in another order (two
  transpositions), confirmed by `token_similarity`,
* containing it: a token that starts with an anchor (`kasperskylab`) or holds one inside (`ooookaspersky`,
  a CJK run), for tokens of 8+ letters,
* joining with the next token when it is the start of an anchor (`Kasper sky`); the joined word must
  itself be the anchor or close to it, not merely hold it (`Kasper Skytte` is not Kaspersky).

(Words split or joined otherwise, `Ka spersky`, `Mikhai l`, `KASPERSKYENDPOINT`, are read again with the
list's own words by `screening.respace`: the index keeps those words, `respacer`.)

A reading of an Arabic, Hebrew or katakana word (`screening.abjad`, `screening.kana`: upper case) reaches
only persons' family names, by the consonants it keeps (one may differ), confirmed by
`abjad.reading_similarity`.

A distinctive word the list writes only in Han characters (`卡巴斯基`, read `kabasiji`) is reached only by a
query word that holds its pinyin reading as written, or is one slip of a reading of five letters or more
(`Kabbasiji`): pinyin is read off the characters, not typed by ear, and a reading's skeleton is one edit from
many real surnames (`Abbasi`, `Kabbani`, `Tabassi` for `kabasi`). A name of a number alone (`11420 Corp.`) is
found by that number written alike.

An anchor shared by more than 64 parties (a common word or surname on a large list) does not make a
candidate alone: a name reached through it must share a second word with the query (same skeleton, same
given-name group, or an initial). Lookups are memoised per token, so repeated words in a batch cost one
dict access. A query whose tokens
reach no anchor has no candidate and is cleared without any scoring: the cost of a non-matching query
does not grow with the number of parties.

The build is linear in the names and cheap per name (20,000 parties with 60,000 aliases: about 2 s): a
name text is normalised once (by the list check, whose work is reused), equal token sequences are
analysed once, the tables hold strings and tuples (not a set per key), the garbage collector is paused,
and what only scoring needs (a record's weights, a common anchor's second-word table) is made on first use.
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
from collections.abc import Iterator, Mapping

import attrs

from screening._gcpause import gc_paused
from screening.abjad import is_reading, latin_classes, reading_key, reading_similarity
from screening.addresses import ListedAddresses
from screening.deletions import DeletionIndex, grouped, members
from screening.endings import stems, written_stems
from screening.features import units
from screening.layout import keyed_reading
from screening.lexicon import ROLE_WEIGHTS, TokenInfo, analyse, lexicon
from screening.models import NameType, Party, PartyName
from screening.normalize import NormalizedName, normalize
from screening.ocr import cyrillic_looks, pair_readings
from screening.phonetic import phonetic_key
from screening.respace import Respacer
from screening.romanize import skeleton
from screening.similarity import one_edit_apart, token_similarity
from screening.tokens import tokens_of, without_han

__all__ = ["CandidateIndex", "NameRecord"]

_COMMON = 64  # an anchor of more parties than this is a common word (or surname) on this list
_MEMO_LIMIT = 500_000  # token memo entries before the memo is cleared (bounds memory on huge batches)
_MIN_CONTAIN = 6  # shortest anchor matched inside a longer token
_MIN_TAIL = 3  # shortest end of an anchor read as the second piece of a split word (`sky` of `kaspre sky`)
# A person's family name cut short at the end of a name (`Andrei Gennadyevich Tikh`: `family_starts`): the
# letters kept at least, and the words before it at least.
_CUT_MIN, CUT_AFTER = 3, 2
TRAILING_LETTERS = re.compile(r"[^\W\d_]+$")  # the letters that end a name (the word a cut would fall in)
# letters of a word read as typed with the Russian layout on (`CandidateIndex.keyed_anchor`): a shorter one
# may type too many words by chance, and the listed family names are longer
_KEYED_MIN = 5
# letters of a last word cut short that may start a longer anchor (`CandidateIndex.cut_anchors`): three, as a
# fixed-width field cuts `«Лаборатория Кас`; the other words must confirm the names it reaches (`cut_records`)
CUT_MIN = 3
_CONTAIN_SIM = 0.9  # similarity credited to an anchor found inside a longer token
_ENDING_SIM = 0.9  # ... and to a person's family name the token writes with another language's case ending
_SLIP_READING = 5  # letters of a Han word's reading from which one slip of it is still that word


@attrs.frozen
class NameRecord:
    """One name of one party, normalised and analysed once, with what scoring needs precomputed."""

    party: int  # position in CandidateIndex.parties
    name: PartyName
    norm: NormalizedName
    tokens: tuple[TokenInfo, ...]
    # (weights, total, align_id, legal_id): what scoring needs, made when the record is first scored (few are)
    _scoring: tuple | None = attrs.field(init=False, default=None, repr=False, eq=False)
    _units: list | None = attrs.field(init=False, default=None, repr=False, eq=False)  # set on first alignment
    _unit_map: dict | None = attrs.field(init=False, default=None, repr=False, eq=False)  # set on first bound

    @property
    def scoring(self) -> tuple[tuple[float, ...], float, int, int]:
        """(weights, total, align_id, legal_id) in one read: the hot loops unpack it once.

        Names whose words have equal texts, roles, places and qualifiers share an `align_id` (they align
        alike against any query); names with equal legal forms share a `legal_id`.
        """
        found = self._scoring
        if found is None:  # two threads may both compute it: equal tuples, either one kept
            tokens = self.tokens
            weights = tuple([ROLE_WEIGHTS[t.role] for t in tokens])
            align_key = tuple([(t.text, t.role, t.place, t.city, t.qualifier) for t in tokens])
            legal_key = (self.norm.legal_forms, self.norm.legal_text)
            found = (weights, sum(weights), _interned(align_key), _interned(legal_key))
            object.__setattr__(self, "_scoring", found)
        return found

    @property
    def weights(self) -> tuple[float, ...]:
        """The role weight of each token."""
        return self.scoring[0]

    @property
    def total(self) -> float:
        """The sum of the weights."""
        return self.scoring[1]

    @property
    def align_id(self) -> int:
        """Equal ids align the same against any query: a cheap per-query memo key."""
        return self.scoring[2]

    @property
    def legal_id(self) -> int:
        """The legal forms (classes and as written) as a small int."""
        return self.scoring[3]

    @property
    def units(self) -> list:
        """Single words and adjacent pairs joined, for alignment: computed once, when first needed."""
        found = self._units
        if found is None:  # two threads may both compute it: equal lists, either one kept
            found = units(self.tokens, initials=True)
            object.__setattr__(self, "_units", found)
        return found

    @property
    def unit_map(self) -> dict:
        """The units by their keys (`features.units`): what a query's rows are found for in one pass."""
        found = self._unit_map
        if found is None:
            found = {unit[3]: unit for unit in self.units}
            object.__setattr__(self, "_unit_map", found)
        return found

    @property
    def anchors(self) -> tuple[str, ...]:
        """Skeletons this name is found by."""
        distinctive = tuple(t.skel for t in self.tokens if t.role == "distinctive" and len(t.skel) > 1)
        return distinctive or tuple(t.skel for t in self.tokens if len(t.skel) > 2 or t.role == "number")


_IDS: dict[tuple, int] = {}
_NEXT_ID = itertools.count()


def _interned(key: tuple) -> int:
    """One int per distinct key, for every list loaded in this process (thread-safe: setdefault is atomic)."""
    found = _IDS.get(key)
    return found if found is not None else _IDS.setdefault(key, next(_NEXT_ID))


_VOWELS = re.compile("[aeiou]")
_VOWELLESS_MIN = 5  # letters a word without vowels needs to be read as a listed one (`grbr`, `znkn`: too few)
# A brand as a script with no p (Arabic: b), or with its stops swapped (Western Armenian: `Gasbersgi`), writes it
# back in Latin letters: b, g and d read as p, k and t, the vowels left out (`voiced_anchor`)
_UNVOICED = str.maketrans("bgd", "pkt")
_VOWEL_LETTERS = re.compile("[aeiouy]")
_VOICED_MIN = 6  # letters of a word read so, and consonants of a brand (a shorter one is too many words' key)
_TWICE_MIN = 8  # letters of a brand's spelling whose misspellings with two slips are read (`twice_slipped_anchor`)


class CandidateIndex:
    """Anchor lookups from query tokens to name records (see the module docstring)."""

    def __init__(self, parties: tuple[Party, ...], records: tuple[NameRecord, ...],
                 anchor_records: dict[str, tuple[int, ...]],
                 han_readings: Mapping[str, frozenset[str]] | None = None) -> None:
        self.parties = parties
        self.records = records
        # Anchors of distinctive words the list writes only in Han characters -> their pinyin readings
        # (`卡巴斯基`: `kabasiji`, skeleton `kabasi`). Such a word is reached only by a query word that holds a
        # reading as written or is one slip of it (`_holds_reading`), never by a word near its skeleton:
        # pinyin is read off the characters, and a reading's skeleton is one edit from dozens of surnames
        # (`Abbasi`, `Kabbani`, `Tabassi`).
        self._han = dict(han_readings or {})
        # Brand anchors: the one distinctive word of a brand or weak alias ("Kaspersky", "Касперский")
        # -> (party number, the brand as listed). A query carrying one is an affiliate or a product.
        self.brands: dict[str, tuple[tuple[int, str], ...]] = {}
        for record in records:
            if record.name.type in (NameType.BRAND, NameType.WEAK):
                distinctive = [t.skel for t in record.tokens if t.role == "distinctive"]
                if len(distinctive) == 1 and len(distinctive[0]) >= 5:
                    owners = self.brands.get(distinctive[0], ())
                    if all(p != record.party for p, _ in owners):
                        self.brands[distinctive[0]] = (*owners, (record.party, record.name.text))
        self.renderings = _renderings(records, self.brands)
        # Names that are another party's brand alone, with a legal form or none (`株式会社カスペルスキー`, a
        # subsidiary's native name): beside a domain or product word, a query names the brand's, not the party
        # (`カスペルスキー セキュリティ`, a product: `Screener._organization`).
        self.brand_alone = frozenset(
            rid for rid, record in enumerate(records) if record.name.type not in (NameType.BRAND, NameType.WEAK)
            and len(record.tokens) == 1
            and any(p != record.party for p, _ in self.brands.get(record.tokens[0].skel, ())))
        # The owner's Latin brand -> the brand-alone native names it romanises (the brand as written there, the
        # record): `KK Kaspersky` is `株式会社カスペルスキー` romanised (`Screener._romanised_native`).
        native: dict[str, list[tuple[str, int]]] = {}
        for rid in sorted(self.brand_alone):
            word = records[rid].tokens[0]
            if word.skel in self.renderings:
                native.setdefault(self.renderings[word.skel], []).append((word.text, rid))
        self.native_brands = {latin: tuple(found) for latin, found in native.items()}
        # The listed names' domain and place words (`lab`, `group`, `middle`, `east`; not a code, `uk`) with their
        # sounds (`abjad.latin_classes`), by the key of their consonants (`abjad.reading_key`, which an Arabic or
        # Hebrew reading that fits them shares; katakana's C, Z and F may miss one): beside a brand another
        # script writes, a word of that script whose reading fits one is read as it (`Screener._reading_fits`).
        plain: dict[str, list[tuple[str, str]]] = {}
        for text in sorted({t.text for record in records for t in record.tokens
                            if t.role in ("generic", "place") and len(t.text) > 2}):
            sounds = latin_classes(text)
            plain.setdefault(reading_key(sounds), []).append((text, sounds))
        self.plain_words = {key: tuple(words) for key, words in plain.items()}
        self._anchor_records = anchor_records
        fuzzy = [a for a in anchor_records if len(a) >= 5]  # long enough for an edit budget
        self._deletes = DeletionIndex(fuzzy)
        self._phonetic = grouped((phonetic_key(a), a) for a in fuzzy)
        self._letters = grouped(("".join(sorted(a)), a) for a in fuzzy)  # two transpositions keep them (`kaspreksy`)
        self._by_head = grouped((a[:4], a) for a in anchor_records if len(a) >= _MIN_CONTAIN)
        # Anchors in order, for split tokens: those starting with a token follow one another (a set of
        # every start would be one lookup, but cost a tenth of a large list's build and much memory).
        self._sorted = sorted(a for a in anchor_records if len(a) >= _MIN_CONTAIN)
        spellings = {t.text: t.skel for r in records for t in r.tokens}  # each distinct token once
        # the list's words, for reading a name with words joined or split as listed (`screening.respace`)
        self.respacer = Respacer.of(spellings, (record.name.text for record in records))
        # Raw spellings of anchors too: a transposition can survive as two skeleton edits
        # (`dukvhalov` vs skeleton `duhvalov`) but is one edit of the listed spelling (`dukhvalov`).
        self._raw_anchor = {text: skel for text, skel in spellings.items() if skel in anchor_records}
        self._raw = DeletionIndex(text for text, skel in self._raw_anchor.items() if len(text) >= 5 and text != skel)
        # Anchors and their raw spellings reversed, in order: the ends of split words (`is_tail`)
        self._tails = sorted({w[::-1] for w in (*anchor_records, *self._raw_anchor) if len(w) >= _MIN_CONTAIN})
        # Persons' family names by the consonants a reading of them keeps (`screening.abjad`, `screening.kana`),
        # and one consonant fewer: what a reading token reaches (no other anchor: readings name persons).
        person_anchors = {a for a, rids in anchor_records.items()
                          if any(parties[records[r].party].kind == "person" for r in rids)}
        self._person_anchors = frozenset(person_anchors)  # (reached with another language's case ending too)
        self._readings = grouped((key, text) for text, skel in self._raw_anchor.items() if skel in person_anchors
                                 for key in _reading_keys(reading_key(latin_classes(text))))
        # the first three letters of every anchor, as listed and as its skeleton (`keyed_anchor`)
        self._heads = frozenset(a[:3] for a in (*anchor_records, *self._raw_anchor))
        self._memo: dict[str, tuple[tuple[str, float], ...]] = {}
        self._lookalikes: dict[str, str] = {}  # word -> `lookalike_anchor(word)`
        self._lock = threading.Lock()
        # Common anchors (a frequent word or surname on a large list) make no candidate alone: a name
        # reached through one must share a second word with the query (its skeleton, given-name group or
        # initial). This keeps the cost of a query flat as the list grows. An anchor's table of second
        # words is made when a query first reaches it (most are never reached).
        self._common = frozenset(anchor for anchor, rids in anchor_records.items()
                                 if len(rids) > _COMMON and len({records[r].party for r in rids}) > _COMMON)
        self._confirm: dict[str, dict[str, tuple[int, ...]]] = {}
        self._family_names: frozenset[str] | None = None
        self._family_starts: dict[str, tuple[str, ...]] | None = None
        self._vowelless: dict[str, str] | None = None
        self._voiced: dict[str, str] | None = None  # a brand's consonants, b g d as p k t -> its spelling
        self._voiced_heads = ""  # and the first letters of those brands so read
        self._twice: dict[str, str] | None = None  # a brand's spelling with two slips, a swap among them -> it
        self._addresses: ListedAddresses | None = None  # the parties' street addresses (`street_addresses`)

    def family_names(self) -> frozenset[str]:
        """The listed persons' family names as tokens, as the list spells them (`name_parts`, and the part
        before the comma of a `FAMILY, Given` name). Made when first asked for."""
        found = self._family_names
        if found is None:
            families: set[str] = set()
            for party in self.parties:
                if party.kind == "person":
                    if party.name_parts is not None:
                        families.update(tokens_of(party.name_parts.family))
                    families.update(t for name in party.names if "," in name.text
                                    for t in tokens_of(name.text.split(",")[0]))
            found = self._family_names = frozenset(families)
        return found

    def family_starts(self) -> dict[str, tuple[str, ...]]:
        """Each start (`_CUT_MIN` letters or more, short of the whole) of a listed person's family name as the
        list spells it (`name_parts`, and the part before the comma of a `FAMILY, Given` name) -> those family
        names; a start that is a listed family name itself is none, nor is the man's form of a woman's
        (`kulashov`: another person, as `Tikhonova` is). Made when first asked for."""
        found = self._family_starts
        if found is None:
            families = self.family_names()
            starts: dict[str, list[str]] = {}
            for family in sorted(families):
                for end in range(_CUT_MIN, len(family)):
                    starts.setdefault(family[:end], []).append(family)
            others = families | {family[:-1] for family in families if family.endswith("a")}
            found = self._family_starts = {start: tuple(names) for start, names in starts.items()
                                           if start not in others}
        return found

    @classmethod
    def build(cls, parties: tuple[Party, ...], normalized: Mapping[str, NormalizedName] | None = None
              ) -> CandidateIndex:
        """Normalise every name of every party once and index its anchors (`normalized`: names already
        normalised, by text, e.g. by the list check)."""
        with gc_paused():
            return cls._build(parties, normalized or {})

    @classmethod
    def _build(cls, parties: tuple[Party, ...], normalized: Mapping[str, NormalizedName]) -> CandidateIndex:
        records: list[NameRecord] = []
        anchor_records: dict[str, list[int]] = {}
        han: dict[str, set[str]] = {}  # anchor -> readings of Han words it is the skeleton of
        written: set[str] = set()  # anchors of words some name writes in another script
        seen: set[tuple] = set()
        norms = dict(normalized)  # a name listed twice (or already normalised) is normalised once
        analysed: dict[tuple, tuple[TokenInfo, ...]] = {}  # equal tokens (`ACME LTD`, `Acme Ltd`): analysed once
        for number, party in enumerate(parties):
            for name in party.names:
                norm = norms.get(name.text)
                if norm is None:
                    norm = norms[name.text] = normalize(name.text)
                if not norm.tokens:
                    continue
                tokens = analysed.get(key := (norm.tokens, norm.qualifiers))
                if tokens is None:
                    tokens = analysed[key] = analyse(norm.tokens, norm.qualifiers)
                signature = _signature(number, name, norm)
                if signature in seen:  # same words, same legal form: scores like the first one
                    continue
                seen.add(signature)
                record = NameRecord(number, name, norm, tokens)
                anchors = _person_anchors(record, party) if party.kind == "person" else record.anchors
                read = _han_words(name.text, norm, norms)
                for anchor in dict.fromkeys(anchors):
                    anchor_records.setdefault(anchor, []).append(len(records))
                    if not read:  # (most names: no Han character)
                        written.add(anchor)
                        continue
                    same = {t.text: t.role for t in tokens if t.skel == anchor}
                    if same and all(text in read and role == "distinctive" for text, role in same.items()):
                        han.setdefault(anchor, set()).update(same)
                    else:
                        written.add(anchor)
                records.append(record)
        readings = {a: frozenset(texts) for a, texts in han.items() if a not in written}
        return cls(parties, tuple(records), {a: tuple(r) for a, r in anchor_records.items()}, readings)

    def lookup(self, text: str, *, inside: bool = True) -> tuple[tuple[str, float], ...]:
        """Anchors a query token (normalised text) reaches, with their similarity (memoised); `inside=False`
        leaves out anchors only found inside it (for two words joined: one repair is enough)."""
        key = text if inside else "+" + text  # (a token is letters and digits: no "+")
        found = self._memo.get(key)
        if found is None:
            found = self._lookup(text, skeleton(text), inside)
            with self._lock:
                if len(self._memo) >= _MEMO_LIMIT:
                    self._memo.clear()
                self._memo[key] = found
        return found

    def _lookup(self, text: str, skel: str, inside: bool = True) -> tuple[tuple[str, float], ...]:
        if is_reading(text):
            return self._reading_lookup(text)
        han = self._han
        if skel in self._anchor_records and (skel not in han or text in han[skel]):
            return ((skel, 1.0),)
        hits: dict[str, float] = {}
        if len(text) >= 5:
            for raw in self._raw.near(text):
                sim = token_similarity(text, raw)
                anchor = self._raw_anchor[raw]
                if sim > hits.get(anchor, 0.0):
                    hits[anchor] = sim
        if len(skel) >= 4:
            near = self._deletes.near(skel)
            near.update(members(self._phonetic.get(phonetic_key(skel))))
            near.update(members(self._letters.get("".join(sorted(skel)))))
            for anchor in near:
                sim = token_similarity(skel, anchor)
                if sim > hits.get(anchor, 0.0):
                    hits[anchor] = sim
        if len(text) >= 5 and text != skel and text.isalpha():
            # A slip the skeleton folds further from the listed word (`suvoov` -> `suvov`, two from `suvorov`;
            # `efrejov` -> `efrev`) is one edit of a listed spelling that is its own skeleton.
            for anchor in self._deletes.near(text):
                sim = token_similarity(text, anchor)
                if sim > hits.get(anchor, 0.0):
                    hits[anchor] = sim
        for stem in (*stems(skel), *written_stems(text)):  # a family name with another language's case ending
            if stem in self._person_anchors:
                hits[stem] = max(hits.get(stem, 0.0), _ENDING_SIM)
        if inside and len(skel) >= 8:
            for start in range(len(skel) - _MIN_CONTAIN + 1):
                for anchor in members(self._by_head.get(skel[start:start + 4])):
                    if anchor != skel and skel.startswith(anchor, start):
                        hits[anchor] = max(hits.get(anchor, 0.0), _CONTAIN_SIM)
        if han and not han.keys().isdisjoint(hits):
            hits = {a: s for a, s in hits.items() if a not in han or _holds_reading(text, han[a])}
        return tuple(sorted(hits.items()))

    def _reading_lookup(self, reading: str) -> tuple[tuple[str, float], ...]:
        """Persons' family-name anchors a reading fits (`abjad.reading_similarity`)."""
        hits: dict[str, float] = {}
        for key in _reading_keys(reading_key(reading)):
            for text in members(self._readings.get(key)):
                sim = reading_similarity(reading, text)
                anchor = self._raw_anchor[text]
                if sim > hits.get(anchor, 0.0):
                    hits[anchor] = sim
        return tuple(sorted(hits.items()))

    def is_fragment(self, skel: str) -> bool:
        """True when the skeleton is the start of an anchor (a split token such as `kasper` + `sky`)."""
        if len(skel) < 3:
            return False
        ordered = self._sorted
        i = bisect.bisect_left(ordered, skel)
        if i < len(ordered) and ordered[i] == skel:
            i += 1  # the anchor itself is no start of one; a longer one starting with it follows it
        return i < len(ordered) and ordered[i].startswith(skel)

    def is_tail(self, word: str) -> bool:
        """True when the word (lower-cased, three letters or more) ends an anchor or an anchor's listed spelling
        (`sky`): it may be the second piece of a split word (`split_end`)."""
        return bool(self._heads_before(word))

    def split_end(self, before: str, word: str) -> bool:
        """True when `before` and `word` (lower-cased) are a listed word split in two with a slip in its first
        piece (`kaspre` + `sky`, `casper` + `sky`), which `is_fragment` cannot tell: `word` ends an anchor or
        its listed spelling, and `before` is the rest of it, or one edit from it."""
        return any(head == before or one_edit_apart(head, before) for head in self._heads_before(word))

    def _heads_before(self, word: str) -> list[str]:
        """What comes before `word` in the anchors and listed spellings it ends (none shorter than three)."""
        if len(word) < _MIN_TAIL:
            return []
        ordered, turned = self._tails, word[::-1]
        out = []
        for i in range(bisect.bisect_left(ordered, turned), len(ordered)):
            whole = ordered[i]
            if not whole.startswith(turned):
                break
            if len(whole) - len(turned) >= _MIN_TAIL:
                out.append(whole[:len(turned) - 1:-1])
        return out

    def cut_anchors(self, tokens: tuple[TokenInfo, ...]) -> tuple[str, ...]:
        """The anchors the query's last word, outside brackets, may be cut short of (a field cut inside the
        name: `Laboratoriya Kasp`), from `CUT_MIN` letters on; none when that word is a known one (a legal
        form cut short is `features.align`'s to read). They reach only the names that hold every other word of
        the query (`cut_records`), and carry no brand (`screen`)."""
        last = tokens[-1] if tokens else None
        if last is None or last.qualifier or last.role != "distinctive" or len(last.skel) < CUT_MIN:
            return ()  # (a word in brackets or after a dash follows: the field was not cut there)
        return self._longer_anchors(last.skel)

    def starts_anchor(self, skel: str) -> bool:
        """Whether a word's skeleton starts a longer anchor (`kasp`: `kasperski`), as a word cut short would."""
        return bool(self._longer_anchors(skel))

    def _longer_anchors(self, skel: str) -> tuple[str, ...]:
        """The anchors that start with `skel` and are longer, in order."""
        ordered = self._sorted
        out = []
        for i in range(bisect.bisect_left(ordered, skel), len(ordered)):
            if not ordered[i].startswith(skel):
                break
            if ordered[i] != skel:
                out.append(ordered[i])
        return tuple(out)

    def cut_records(self, anchors: tuple[str, ...], tokens: tuple[TokenInfo, ...]) -> dict[int, None]:
        """The records of anchors the last word may be cut short of (`cut_anchors`) that every other word of
        the query confirms (as a second word confirms a common anchor's: `candidate_records`), but for
        numbers, initials and stopwords: a name that ends in the start of a listed word is that word cut short
        only when the rest of it is the listed name's (`Laboratoriya Kasp`; not `Medical Lab Dr. Kasper`)."""
        others = [t for t in tokens[:-1] if t.role not in ("number", "initial", "stopword")]
        out: dict[int, None] = {}
        if not others:
            return out
        for anchor in anchors:
            confirm = self.confirm_table(anchor)
            common: set[int] | None = None
            for token in others:
                found = {rid for key in _query_keys(token) for rid in confirm.get(key, ())}
                common = found if common is None else common & found
                if not common:
                    break
            out.update(dict.fromkeys(sorted(common or ())))
        return out

    def written_out(self, tokens: tuple[TokenInfo, ...], position: int, *, telling: bool = False
                    ) -> tuple[tuple[str, str], ...]:
        """The listed words an abbreviated query word (`Kasp.`, at `position`) may stand for, as (anchor,
        listed spelling): from `CUT_MIN` letters on, a distinctive word outside brackets that starts a longer
        anchor of an organisation's names, one of which another word of the query confirms (`Kasp. Lab`; not
        `Kasp. Trading`, nor a person's surname: `Anna Kula.`), and whose letters as written it starts (not `Kass.`,
        whose skeleton `kas` starts `kasperski`). `telling`: a word no period marks, which two such words must
        confirm, or one that is no generic word (`Kasp Lab Italia`, `KASP ENDPOINT`; not `Kasp Group`, `Kasp Lab`)."""
        token = tokens[position]
        if token.qualifier or token.role != "distinctive" or len(token.skel) < CUT_MIN:
            return ()
        others = [t for i, t in enumerate(tokens) if i != position and t.role not in ("number", "initial", "stopword")]
        out = []
        for anchor in self._longer_anchors(token.skel):
            confirm = self.confirm_table(anchor)
            found: list[int] = []  # the organisations' names the other words confirm
            by: dict[str, TokenInfo] = {}  # and those words
            for t in others:
                rids = [rid for key in _query_keys(t) for rid in confirm.get(key, ())
                        if self.parties[self.records[rid].party].kind != "person"]
                if rids:
                    found += rids
                    by[t.text] = t
            if telling and len(by) < 2 and all(t.role == "generic" for t in by.values()):
                continue
            if found:
                spelled = next((t.text for t in self.records[found[0]].tokens if t.skel == anchor), anchor)
                if spelled.startswith(token.text) or anchor.startswith(token.text):  # (not `Kass.`: kas, as a skeleton)
                    out.append((anchor, spelled))
        return tuple(out)

    def misread_anchor(self, word: str) -> str:
        """`word` with a pair of letters a scanner confuses read as the other (`ocr.pair_readings`) where
        that makes it an anchor (`efrernov` -> `efremov`, `astrakhari` -> `astrakhan`); "" when none does."""
        return next((read for read in pair_readings(word) if self._anchor_records.get(skeleton(read))), "")

    def vowelless_anchor(self, word: str) -> str:
        """The listed spelling of an anchor that `word`, five letters or more and no vowel but `y`, writes with
        its vowels left out, as a clerk shortens a name (`ksprsky` -> `kaspersky`); of several, the one most names
        hold; "" when none, or when it is `word` itself (a listed name written so). Made when first asked for."""
        if len(word) < _VOWELLESS_MIN or not word.isascii() or not word.isalpha() or _VOWELS.search(word):
            return ""
        found = self._vowelless
        if found is None:
            best: dict[str, tuple[int, str]] = {}
            for text, skel in sorted(self._raw_anchor.items()):
                key = _VOWELS.sub("", text)
                if text.isascii() and text.isalpha() and len(key) >= _VOWELLESS_MIN:
                    weight = len(self._anchor_records[skel])
                    if weight > best.get(key, (0, ""))[0]:
                        best[key] = (weight, text)
            found = self._vowelless = {key: text for key, (_, text) in best.items()}
        read = found.get(word, "")
        return "" if read == word else read

    def street_addresses(self) -> ListedAddresses:
        """The parties' listed street addresses (`screening.addresses`), read when first asked for (two threads
        may both read them: the same value)."""
        found = self._addresses
        if found is None:
            found = self._addresses = ListedAddresses(self.parties)
        return found

    def _latin_brands(self) -> Iterator[str]:
        """The brands' listed spellings written in Latin letters alone, in small letters (`kaspersky`): the ones a
        word written back or mistyped reads as (`voiced_anchor`, `twice_slipped_anchor`)."""
        for owners in self.brands.values():
            for _, text in owners:
                spelled = text.lower()
                if spelled.isascii() and spelled.isalpha():
                    yield spelled

    def voiced_anchor(self, word: str) -> str:
        """The listed spelling of a brand (`BRAND`, a weak alias: `kaspersky`) that `word` writes back from a script
        with no p, or none that keeps the stops apart: the same consonants once its b, g and d are read as p, k and
        t, and one vowel at most other in its skeleton (`kasbarski`, from Arabic: `kasparski`; `gasbersgi`, Western
        Armenian: `kasperski`; not `kisbarsky`); "" when none, when two brands share the consonants, or when `word`
        writes no b nor d (a g alone is a Latin word's own: `Gasparski`). Made when first asked for."""
        if len(word) < _VOICED_MIN or "b" not in word and "d" not in word:
            return ""
        found = self._voiced
        if found is None:
            keys: dict[str, set[str]] = {}
            for spelled in self._latin_brands():
                key = _VOWEL_LETTERS.sub("", spelled.translate(_UNVOICED))
                if len(key) >= _VOICED_MIN:
                    keys.setdefault(key, set()).add(spelled)
            found = self._voiced = {key: next(iter(texts)) for key, texts in keys.items() if len(texts) == 1}
            self._voiced_heads = "".join(sorted({text[0].translate(_UNVOICED) for text in found.values()}))
        if word[0].translate(_UNVOICED) not in self._voiced_heads or not word.isascii() or not word.isalpha():
            return ""  # (most words: no brand starts as they do)
        read = word.translate(_UNVOICED)
        brand = found.get(_VOWEL_LETTERS.sub("", read), "")
        near = brand and ((skel := skeleton(read)) == (listed := skeleton(brand)) or one_edit_apart(skel, listed))
        return brand if near else ""

    def twice_slipped_anchor(self, word: str) -> str:
        """The listed spelling of a brand (`BRAND`: `kaspersky`) that `word` writes with two typing slips, one a
        swap of two letters side by side and the other a second swap or a letter dropped (`kapserksy`,
        `kapserky`, `kaperksy`), the first letter kept, in a brand of `_TWICE_MIN` letters or more; "" when none,
        when two brands are so written alike, when `word` is a listed word, or one slip from the brand (`kaspesky`:
        the scorer's to read). Made when first asked for."""
        if len(word) < _TWICE_MIN - 1 or not word.isascii() or not word.isalpha():
            return ""
        found = self._twice
        if found is None:
            slipped: dict[str, set[str]] = {}
            for spelled in self._latin_brands():
                if len(spelled) >= _TWICE_MIN:
                    for once in _swaps(spelled):
                        for twice in (*_swaps(once), *(once[:i] + once[i + 1:] for i in range(1, len(once)))):
                            slipped.setdefault(twice, set()).add(spelled)
            found = self._twice = {typed: spelled for typed, texts in slipped.items()
                                   if len(texts) == 1 and typed not in self._raw_anchor
                                   and not one_edit_apart(typed, spelled := min(texts))}
        read = found.get(word, "")
        return "" if read == word else read

    def lookalike_anchor(self, word: str) -> str:
        """`word` read as the Cyrillic its letters look like (`ocr.cyrillic_looks`: `Kacnepckoro` is
        `Касперского`) where that reading is an anchor's; "" when none is (remembered per word)."""
        found = self._lookalikes.get(word)
        if found is None:
            found = next((cyrillic for cyrillic, read in cyrillic_looks(word) if self.anchors_reading(read)), "")
            with self._lock:
                if len(self._lookalikes) >= _MEMO_LIMIT:
                    self._lookalikes.clear()
                self._lookalikes[word] = found
        return found

    def keyed_anchor(self, word: str) -> bool:
        """True when the Latin letters of `word` (five or more) type a listed anchor with the Russian keyboard
        layout on (`Xtreyjd` = Чекунов: `layout.keyed_reading`); only the exact skeleton counts."""
        if len(word) < _KEYED_MIN:
            return False
        return self.anchors_reading(keyed_reading(word.lower()))

    def anchors_reading(self, read: str) -> bool:
        """Whether a reading of a word (romanised) is an anchor's: its first three letters first, which most
        readings fail, then its skeleton."""
        return read[:3] in self._heads and skeleton(read) in self._anchor_records

    def records_of(self, anchor: str) -> tuple[int, ...]:
        """Record numbers indexed under an anchor."""
        return self._anchor_records.get(anchor, ())

    def candidate_records(self, reached: dict[str, float], tokens: tuple[TokenInfo, ...]) -> dict[int, None]:
        """Records to score: all records of rare anchors; of common anchors, those confirmed by a second
        word of the query."""
        out: dict[int, None] = {}
        keys: set[str] | None = None
        for anchor in reached:
            if anchor not in self._common:
                out.update(dict.fromkeys(self._anchor_records.get(anchor, ())))
                continue
            confirm = self.confirm_table(anchor)
            if keys is None:
                keys = {k for t in tokens for k in _query_keys(t)}
            for key in keys:
                out.update(dict.fromkeys(confirm.get(key, ())))
        return out

    def confirm_table(self, anchor: str) -> dict[str, tuple[int, ...]]:
        """Records of a common anchor by second-word key (made on first use; the same table thereafter)."""
        table = self._confirm.get(anchor)
        if table is None:
            lists: dict[str, list[int]] = {}
            for rid in self._anchor_records[anchor]:
                for key in _confirm_keys(self.records[rid].tokens, anchor):
                    lists.setdefault(key, []).append(rid)
            with self._lock:  # two threads may both make it: the first one stored is kept
                table = self._confirm.setdefault(anchor, {k: tuple(v) for k, v in lists.items()})
        return table

    def candidates(self, tokens: tuple[TokenInfo, ...]) -> dict[str, float]:
        """Anchors reached by a query's tokens (and by adjacent split tokens joined), best similarity each. A word
        of a place's name of several words (`Kasperske Hory`, a Czech town) reaches none, unless another word is
        a domain or product word (`Kasperske Hory Antivirus`: the brand misspelled beside a word of its own)."""
        reached: dict[str, float] = {}
        placed = not any(token.role in ("generic", "product") for token in tokens)
        for i, token in enumerate(tokens):
            if token.role == "number" and token.skel in self._anchor_records:
                reached[token.skel] = 1.0  # a name of a number alone (`11420 Corp.`) is found by it written alike
                continue
            if token.role in ("number", "initial") or placed and token.role == "place" and _in_place_name(token):
                continue
            for anchor, sim in self.lookup(token.text):
                if sim > reached.get(anchor, 0.0):
                    reached[anchor] = sim
            if i + 1 < len(tokens) and (self.is_fragment(token.skel) or token.skel in self._han
                                        or self.split_end(token.text, tokens[i + 1].text)):
                for anchor, sim in self.lookup(token.text + tokens[i + 1].text, inside=False):
                    if sim > reached.get(anchor, 0.0):
                        reached[anchor] = sim
        return reached


def _renderings(records: tuple[NameRecord, ...], brands: dict[str, tuple[tuple[int, str], ...]]) -> dict[str, str]:
    """Brand anchors another script writes (`カスペルスキー`, `كاسبرسكي`: their readings are far from the Latin
    word) -> their owner's bare brand in Latin letters (its one weak alias of one word, `Kaspersky`), as the
    normaliser spells it. A party with no such alias, or with two, has none (which would the script's be?), nor
    does a spelling two owners would read as different words."""
    latin: dict[int, set[str]] = {}
    for record in records:
        if record.name.type is NameType.WEAK and record.name.text.isascii() and len(record.tokens) == 1:
            latin.setdefault(record.party, set()).add(record.tokens[0].text)
    found: dict[str, str] = {}
    for anchor, owners in brands.items():
        words = {word for party, text in owners if not text.isascii() and len(latin.get(party, ())) == 1
                 for word in latin[party]}
        if len(words) == 1 and skeleton(word := words.pop()) != anchor:  # (`Касперский` reads as the word)
            found[anchor] = word
    return found


def _in_place_name(token: TokenInfo) -> bool:
    """Whether a place word is one only in a place's name of several words (`Kasperske` of `Kasperske Hory`), not
    a place alone (`Astrakhan`, a listed family name too)."""
    lex = lexicon()  # (its cities hold every word of a city's name: `lexicon.places` those of one word)
    return token.text not in lex.places and token.text not in lex.regions


def _swaps(word: str) -> list[str]:
    """`word` with two different letters side by side swapped, the first letter kept (`kapsersky`)."""
    return [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1) if word[i] != word[i + 1]]


def _holds_reading(text: str, readings: frozenset[str]) -> bool:
    """True when a query word holds one of a Han word's readings, or is one slip from one of five letters
    or more (`kabbasiji`, `huawey`): a slip of the reading as written, not a word near its skeleton."""
    return any(r in text or len(r) >= _SLIP_READING and one_edit_apart(text, r) for r in readings)


def _han_words(text: str, norm: NormalizedName, norms: dict[str, NormalizedName]) -> frozenset[str]:
    """The words of a name read from its Han characters: those its text without them does not hold."""
    latin = without_han(text)
    if latin == text:
        return frozenset()
    kept = norms.get(latin)
    if kept is None:
        kept = norms[latin] = normalize(latin)
    return frozenset(norm.tokens) - frozenset(kept.tokens)


def _reading_keys(key: str) -> set[str]:
    """A reading key and, from three consonants on, the key less one of them (a consonant left unwritten
    or added)."""
    if len(key) < 3:
        return {key}
    return {key} | {key[:i] + key[i + 1:] for i in range(len(key))}


def _signature(party: int, name: PartyName, norm: NormalizedName) -> tuple:
    """Names of one party with the same signature score the same for any query: the first one is kept.

    The words and which of them are qualifiers are read off the normalised name: they are what its
    analysed tokens' texts and qualifier flags are made from.
    """
    kind = name.type if name.type in (NameType.BRAND, NameType.WEAK) else None
    return party, norm.tokens, norm.qualifiers, norm.legal_text, kind


def _confirm_keys(tokens: tuple[TokenInfo, ...], anchor: str) -> set[str]:
    """Second-word keys of a listed name: other words' skeletons, given-name groups and initials."""
    groups = lexicon().given_group
    keys: set[str] = set()
    for t in tokens:
        if t.skel == anchor or not t.skel:
            continue
        keys.add(t.skel)
        keys.add("^" + t.skel[0])
        if t.skel in groups:
            keys.add(f"#{groups[t.skel]}")
    return keys


def _query_keys(token: TokenInfo) -> set[str]:
    """The keys a query word can confirm a listed name by."""
    keys = {token.skel, "^" + token.skel[:1]} if len(token.skel) == 1 else {token.skel}
    group = lexicon().given_group.get(token.skel)
    if group is not None:
        keys.add(f"#{group}")
    return keys


def _person_anchors(record: NameRecord, party: Party) -> tuple[str, ...]:
    """A person is found by family name: the listed family name part, or the name's tokens that are
    neither the listed given name nor patronymic nor a given name the lexicon knows."""
    from screening.persons import family_skeletons

    return family_skeletons(record, party)
