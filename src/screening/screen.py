"""`Screener`: one name in, a scored, explained, cited decision out.

prefilter (a name none of whose words can reach the list is CLEAR at once, unnormalised) -> normalise ->
analyse tokens -> candidate anchors from the index (none: CLEAR at once) -> score each candidate party
(organisation names, person names, brand carriers) -> secondary attributes -> rank -> decide with the
config's thresholds. A name whose words, joined or split, are words the list writes otherwise (`Mikhai l`,
`KASPERSKYLAB`) is scored a second time so read (`respace`); each party keeps its better reading, a hit so
found has a `respaced` entry first in its evidence, and the result's notes name the reading; so is a name
typed with the wrong keyboard layout on, retyped where that reaches the list (`Лфызукылн Дфи`, `Xtreyjd Bujhm`:
a `retyped` entry). Every result
carries the list version and sha256, the config and the library version, so a stored decision can be
traced and reproduced.
"""

from __future__ import annotations

import datetime as dt
import functools
import heapq
import itertools
import re
import threading
from collections.abc import Callable, Iterable, Iterator

import attrs

from screening._version import VERSION
from screening.abjad import READING_BEST, reading_key, reading_similarity
from screening.addresses import StreetAddress
from screening.birthdates import WrittenDate, birth_date_in, joins_persons, stated_age, without_birth_clause
from screening.bounds import Bounds
from screening.brandfit import WHOLE, Fit, fit_of, lift_best_fit, lift_by_form, lift_by_place, lift_numbered
from screening.cases import governed, nominatives
from screening.config import DEFAULT, ScreeningConfig
from screening.countries import COUNTRY_CODES, RESERVED_COUNTRIES
from screening.cyrslips import CyrillicSlips
from screening.familyfirms import family_firm
from screening.identifiers import (IdentifierFound, ListedNumbers, may_hold_number, personal_tax_numbers,
                                  tax_label_start, without_labelled)
from screening.index import CUT_AFTER, CUT_MIN, TRAILING_LETTERS, CandidateIndex, NameRecord
from screening.layout import as_english, as_russian, looks_slipped, russian_keys
from screening.lexicon import TokenInfo, analyse, is_patronymic, lexicon
from screening.models import (Evidence, Hit, HitClass, ListInfo, NameType, NearMiss, Party, ReadOnlyDict,
                              ScreeningResult, Status, result_of)
from screening.normalize import (NormalizedName, composed, form_countries, known_word, normalize, normalize_cleaned,
                                 token_readings)
from screening.ocr import MAY_LOOK_CYRILLIC, cyrillic_looks, pair_readings
from screening.persons import (
    AMID_CAP,
    CONFLICTS,
    PersonProfile,
    beside_name_part,
    company_form,
    expand_initials,
    family_name_at,
    initials_then_word,
    looks_like_person,
    matched_person_name,
    names_several,
    person_score,
    womans_surname_at,
)
from screening.prefilter import Prefilter
from screening.ranking import CLASS_ORDER, Candidate, clamp, names_product, rank
from screening.repair import repair
from screening.respace import Respacer
from screening.romanize import skeleton
from screening.schemes import CHAT_WORD, chat_key, chat_reading, has_chat_sign
from screening.scoring import (
    BIRTH_LIFT,
    BIRTH_LIFT_FLOOR,
    CARRIER_MIN_SIM,
    OrgScore,
    attribute_adjustment,
    carrier_score,
    explains,
    identifies,
    org_score,
    party_words,
)
from screening.similarity import one_edit_apart
from screening.tokens import sentence_letters_cut, stays_mixed, surface, tokens_of
from screening.watchlist import Watchlist
from screening.xinhua import TRANSCRIBED_NAME, has_han

__all__ = ["Screener"]

_LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # (what the part of a name past the cut must hold to be unread)

_KINDS = ("organization", "person")
_SPECIFIC = 3  # words of a listed name that, all in a query carrying the brand, name that party, whatever follows
_RESPACED = "words joined or split as the list writes them"  # how a second reading is explained (`respace`)
_RETYPED = "typed with the {} keyboard layout on"  # ... and the name retyped (`_retyped`)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_LATIN_RUN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")  # (letters of the Latin script)
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
# a word that mixes the two, as the layout switched inside it writes it (`Kaspersлн`, `Kaspукылн`)
_MIXED_WORD = re.compile(r"[A-Za-z]+[\u0400-\u04ff][A-Za-z\u0400-\u04ff]*"
                         r"|[\u0400-\u04ff]+[A-Za-z][A-Za-z\u0400-\u04ff]*")
# a Latin word with the keys of Russian letters inside it (`Kf,jhfnjhbz`: `,` is б, `[` х, `;` ж)
_KEYED_WORD = re.compile(r"[A-Za-z]+(?:[,;\[\]<>{}`][A-Za-z]+)*")
_LOOKALIKE_WORD = re.compile(r"[A-Za-z0-9]+")  # (a word a scanner read: its digits may be letters, `JIa6opaTopuR`)
_NON_ASCII_LETTER = re.compile(r"[^\W\d_](?<![A-Za-z])")  # a letter beyond ASCII
_ROUNDING = 1e-4  # results show scores rounded to 4 decimals: one a little below a threshold may show at it
# A word with a period after it, then a space, a comma or the end (not inside an address: `kasp.lab@...`):
# perhaps an abbreviation (`Kasp.`; written out from four letters on, `CandidateIndex.written_out`). A name
# read with one written out, or with letters a scanner confuses read as others, scores at most
# `_READ_AS_CAP` (a REVIEW at the default thresholds, before the query's attributes); at most two listed words
# are tried for each such word, and at most `_READ_AS_MAX` such readings made of a name.
_ABBREVIATED = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})\.(?=[\s,;:)]|$)")
_READ_AS_CAP = 0.89
# A word of four or five letters written apart before another, perhaps a listed word clipped with no period
# (`Screener._clipped`): long enough to start few listed words, short of the longer stems a slip or a reading finds
# (`Kaspe`, not `Kasper`); read so, the name scores at most `_CLIPPED_CAP`, a REVIEW the query's attributes (a
# country, a kind) cannot lift to a MATCH.
_CLIPPED_WORD = re.compile(r"(?<![^\s\"'«“„(])([^\W\d_]{4,5})(?=\s+[^\W\d_])")
_CLIPPED_CAP = 0.75
_SURNAME_BELOW = 0.05  # how far below the review threshold a family's company named as the brand is (`_surnamed`)
_CLIPPED_SAID = "capped at 0.75 (a REVIEW at the default thresholds, whatever the query's attributes)"
# words a record writes between a preposition and a person's name (`от ИП Тихонова`, `гражданина`, `г-на`,
# `физ. лица`), romanised (`Screener._genitive`)
_BEFORE_NAME = frozenset({"ip", "gr", "grazhdanina", "grazhdanki", "gospodina", "gna", "fiz", "litsa"})
_CAPPED = "capped at 0.89 (a REVIEW at the default thresholds unless the query's attributes confirm it)"
_WRITTEN_OUT_MAX = 2
_PLURAL_MIN = 3  # letters of a reading ending in s that may be a plural (`LABS`; not `AS`, `IS`: `_reading_fits`)
_READ_AS_MAX = 4
# capped readings whose hits keep their names' order
_ORDER_KEPT = frozenset({"rendered", "misread", "voiced", "mistyped_brand"})
# Readings of a word that make the brand itself, which names its products (`Kasperslcy Endpoint`, `Kasbarski Anti
# Firus`, `Kapserky antivirus`): a product read so is one
_BRAND_READINGS = frozenset({"misread", "voiced", "mistyped_brand"})
_ADDRESS_ALONE = ("the party's listed street address, written with no name: shown at the review threshold, as the "
                  "building's other tenants write it too")
_ADDRESS_BESIDE = ("the party's listed street address, written beside a name its group's companies read alike: it "
                   "says which of them")
_MAX_TRANSCRIBED = 8  # names read out of a Chinese sentence, at most (a list of the sanctioned, one by one)
_MISREADS_KEPT = 100_000  # words remembered by `_misread_word` (the memo is cleared when full)
_CUT_FIELD = 30  # characters from which a name may be a fixed-width field cut short (SWIFT 35, SAP 40: `_candidates`)
_CUT_WORD = 7  # letters of a last word from which a name of any length may be cut inside it (`_cut_short`)
_ENTRIES = re.compile(r"[;|\n]")  # what parts a record's entries (`_holder_words`)
_QUOTE_PAIRS = (("«", "»"), ("‹", "›"), ("「", "」"), ("(", ")"))  # (not “ ”: German closes „ with “)


def _cut_short(text: str, formed: bool) -> bool:
    """Whether `text`, which ends in a letter or digit, may be a field cut short inside its last word: as long as
    a fixed-width field (`_CUT_FIELD`), or shorter with its last word four letters or more where it opens a
    guillemet, a bracket or a straight double quote it does not close (`АО «Лаборатория Каспе`, `ЗАО
    "ЛАБОРАТОРИЯ КАСПЕР`; not a straight quote that opens the field, `"Lab Kasper`), or seven letters or more
    (`_CUT_WORD`) where it writes a legal form (`formed`: `AO Laboratoriya Kaspers`; not `Lab Kaspers`, a surname)."""
    if len(text.strip()) >= _CUT_FIELD:
        return True
    last = TRAILING_LETTERS.search(text.rstrip())
    if last is None or len(last.group()) <= CUT_MIN:
        return False
    if formed and len(last.group()) >= _CUT_WORD:
        return True
    quoted = text.lstrip().removeprefix('"')  # (a quote that opens the field is a CSV cell's, split at a comma)
    return quoted.count('"') % 2 == 1 or any(text.count(opening) > text.count(closing)
                                             for opening, closing in _QUOTE_PAIRS)


def _reading(cand: Candidate) -> tuple[float, int, float]:
    """How a segment's reading of a party ranks against another segment's (lower first): as `ranking` orders
    hits, by score, class, then the plain name score (a field of the record read alone fits its name best)."""
    return -round(cand.score, 4), CLASS_ORDER[cand.hit_class], -round(cand.listed_score, 4)


def _given_name(token: str) -> bool:
    """Whether a token is a known given name, perhaps declined (`Андрея`)."""
    given = lexicon().given
    skel = skeleton(token)
    return skel in given or any(stem in given for stem in nominatives(skel))


def _given_nominative(word: str, listed: frozenset[str]) -> str:
    """A given name in the genitive, as the listed given name (a skeleton of `listed`) it declines
    (`Дениса`: denis, `Андрея`: andrei, `Andrieja`: andrei), where `cases.nominatives` finds one; else `word`
    as written (`Antonina`, a woman's name of her own, stays)."""
    written = tokens_of(word)
    if len(written) != 1 or (skel := skeleton(written[0])) in listed:
        return word
    return next((stem for stem in nominatives(skel) if stem in listed), word)


@functools.lru_cache(maxsize=4096)
def _lookalike_word(word: str) -> str:
    """A word beside a listed one read back from Cyrillic look-alikes (`Screener._lookalike`), as the Cyrillic its
    letters look like, a given name or patronymic among its readings first (`BnaguMupoBu4`: Владимирович, not
    Впадимирович); "" where it is a word known as written (`AO`, `Ltd`, `Moscow`, `Anton`). A letter alone is
    an initial (`A.F.`: А.Г.; `r.`, г., a town's), and a word of capitals of two letters or three a form (`TOB`)."""
    looks = cyrillic_looks(word, 1 if len(word) == 1 else 2 if word.isupper() else 4)
    if not looks:
        return ""
    if len(word) > 1:
        if _known_as_written(word):
            return ""
        given = lexicon().given
        return next((cyrillic for cyrillic, roman in looks if skeleton(roman) in given
                     or is_patronymic(skeleton(roman))), looks[0][0])
    return looks[0][0]


def _known_as_written(word: str) -> bool:
    """Whether a word is one a name holds as written, not one written with other letters or keys: a legal
    form, honorific, given name, place, title, domain or product word (`AO`, `Ltd`, `Moscow`, `Igor`), or none
    at all (`_retyped_word`, `_lookalike_word`)."""
    norm = normalize(word)
    lex = lexicon()
    return not norm.tokens or bool(norm.legal_forms) or all(skeleton(t) in lex.given or lex.is_other_word(t)
                                                            for t in norm.tokens)


def _retypes_to_known(word: str) -> bool:
    """Whether a Cyrillic word, no word known as written, retyped on the English layout is a legal form of
    letters alone (`Штс` -> `Inc`, `Штсю` -> `Inc.`; not `ООО`, a legal form as written, nor `БИК`, `<BR`, nor `ГЛ`,
    `UK`: a code's letters)."""
    english = (as_english(word) or "").rstrip(".")
    return english.isalpha() and bool(normalize(english).legal_forms) and not _known_as_written(word)


def _retyped_word(word: str, keyed: Callable[[str], bool]) -> str:
    """A word of a name typed with the wrong keyboard layout on, typed again (`Screener._retyped`): a listed
    word's Russian keys (`keyed`) always; another word unless it is known as written (a legal form, honorific,
    given name, place, title, domain or product word) or, Latin, does not read as Russian retyped (`Moscow`)."""
    if word.isascii() and keyed(word):
        return russian_keys(word)
    if _known_as_written(word):
        return word
    return (as_russian(word) or word) if word.isascii() else (as_english(word) or word)


class _Cutoff:
    """The lowest bound or score worth scoring a party for, for one query (across its segments).

    It starts under every score a result shows (a near miss or a hit). Near misses are shown only on a
    result without a hit, so once a candidate is sure to be shown as a hit, by a margin that no rounding
    nor reading of another segment takes away, it rises to under every score a hit shows. At most
    `max_near_misses` are shown, the best first: once that many parties score, a party that cannot reach
    the lowest of them, whatever attributes agree, by a margin of shown steps would not be shown either
    (`plain`).
    """

    __slots__ = ("_final", "_hit_limit", "_k", "_kth", "_seen", "_slack", "_sure_hit", "cap", "limit", "plain")

    def __init__(self, limit: float, hit_limit: float, sure_hit: float, final: Callable[[Candidate], float],
                 k: int, slack: float) -> None:
        self.limit = limit
        # The same, and under the k-th best party seen (`k` near misses at most are shown) less `slack`. For
        # persons, and for the organisations of a segment that carries no brand (`lift_best_fit` reads
        # every organisation a branded segment scores; kept out of caution, no case is known where it matters).
        self.plain = limit
        self._hit_limit = hit_limit
        self._sure_hit = sure_hit  # a final score at least this is shown as a hit whatever other readings say
        self._final = final  # a candidate's score with the query's attributes applied, before rounding
        self._k = k
        self._slack = slack
        self._seen: dict[int, float] = {}  # party -> its best final score so far
        self._kth = -1.0  # the k-th best of those, once there are k
        self.cap = 1.0  # the most the segment being scored may score (`screen`)

    @property
    def hit_limit(self) -> float:
        """The score under every score a hit shows: what the cutoff rises to at most."""
        return self._hit_limit

    def saw(self, cand: Candidate) -> Candidate:
        """Note a scored candidate (returned as is): a sure hit lifts the cutoff, and so does the k-th best.
        Its score counts at most `cap` (a reading of the name whose scores are capped: `screen`)."""
        if self.limit >= self._hit_limit:
            return cand
        score = self._final(cand if cand.score <= self.cap else attrs.evolve(cand, score=self.cap))
        if score >= self._sure_hit:
            self.limit = self._hit_limit
        seen = self._seen
        if self.plain < self._hit_limit and score > seen.get(cand.party, -1.0):
            seen[cand.party] = score
            if len(seen) >= self._k and score > self._kth:
                self._kth = heapq.nlargest(self._k, seen.values())[-1]
                self.plain = min(self._hit_limit, max(self.plain, self._kth - self._slack))
        if self.plain < self.limit:
            self.plain = self.limit
        return cand


# Confidences of a listed identifier sure enough that, beside a name shown at least as a near miss, it makes
# a MATCH (`Screener._confirmed`); a number the list holds as reported or derived makes a REVIEW.
_SURE_NUMBER = frozenset({"official", "list_data", "company_published"})


def _not_family_names(brand_sim: dict[str, float], tokens: tuple[TokenInfo, ...], index: CandidateIndex,
                      initials: frozenset[int], formed: bool) -> dict[str, float]:
    """`brand_sim` without the brands whose every word in the query stands as a person's family name
    (`persons.family_name_at`, asked whether the word is written as the brand is: `Natalya Kasperskaya, co-founder
    of InfoWatch` carries no brand; `Eugene Kaspersky, CEO of Kaspersky Lab` does, the brand written as such
    beside a given name alone). Where the text writes a company's legal form (`formed`), only a woman's form of
    the surname beside her name does (`persons.womans_surname_at`: `Касперская Наталья, АО «ИнфоВотч»`)."""
    stands = functools.partial(womans_surname_at, initials=initials) if formed else None
    if stands is not None and not any(stands(tokens, i) for i in range(len(tokens))):
        return brand_sim  # (no such word: no lookups)
    at: dict[str, list[int]] = {}  # brand anchor -> the query words that reach it
    for i, token in enumerate(tokens):
        if token.role in ("number", "initial"):
            continue  # (no brand's word; and `candidates` looks none up, so each would be a new lookup)
        for anchor, _ in index.lookup(token.text):
            if anchor in brand_sim:
                at.setdefault(anchor, []).append(i)
    kept = {}
    for anchor, sim in brand_sim.items():
        spelled = _spellings(index, anchor)
        positions = at.get(anchor, ())
        if not positions or not all(
                stands(tokens, i) if stands is not None
                else family_name_at(tokens, i, as_brand=tokens[i].text in spelled, initials=initials)
                for i in positions):
            kept[anchor] = sim
    return kept


def _apart_from_names(brand_sim: dict[str, float], tokens: tuple[TokenInfo, ...], index: CandidateIndex,
                      initials: frozenset[int]) -> dict[str, float]:
    """The brands of `brand_sim` that a query reading as a person's name carries: a brand's word written as the
    brand, once at least beside no given name, patronymic or initial (the person's employer: `Andrey Muravitsky,
    Kaspersky ICS CERT`, `Boris Larin of Kaspersky`, `Eugene Kaspersky, CEO, Kaspersky`); none written only
    beside one, which is the person's family name, a founder's or a namesake's (`Eugene Kaspersky`, `Kaspersky,
    Natalya`, `Eugene (Gene) Kaspersky`), nor written otherwise (`Piotr Kasperski`)."""
    kept = {}
    for anchor, sim in brand_sim.items():
        spelled = _spellings(index, anchor)
        if any(token.text in spelled and not beside_name_part(tokens, i, initials) for i, token in enumerate(tokens)):
            kept[anchor] = sim
    return kept


def _spellings(index: CandidateIndex, anchor: str) -> frozenset[str]:
    """The words of the brand `anchor`'s listed names, as the query's are read (`Kaspersky`: `kaspersky`)."""
    return frozenset().union(*(_brand_words(listed) for _, listed in index.brands[anchor]))


@functools.lru_cache(maxsize=256)
def _brand_words(listed: str) -> frozenset[str]:
    """A listed brand's words as the query's are read (`Kaspersky`: `kaspersky`), remembered."""
    return frozenset(tokens_of(listed))


def _by_party(identified: list[IdentifierFound]) -> dict[int, list[IdentifierFound]]:
    """The listed identifiers found, by party, in the order written."""
    out: dict[int, list[IdentifierFound]] = {}
    for number in identified:
        out.setdefault(number.party, []).append(number)
    return out


def _identifier_detail(number: IdentifierFound, named: bool) -> str:
    said = (f"the party's listed {number.identifier.type} ({number.identifier.confidence}), written in the "
            f"record")
    return said if named else f"{said} beside a name that is none of the party's: renamed, or the number is another's"


def _identified_note(number: IdentifierFound, parties: tuple[Party, ...]) -> str:
    """The result's note for a listed identifier read from the text (a CSV's reader sees notes, not evidence)."""
    return (f"listed {number.identifier.type} {number.identifier.value} of {parties[number.party].id} read from "
            f"{number.written!r}")


def _coerce_date(value: dt.date | str | None) -> dt.date | None:
    if isinstance(value, dt.datetime):  # (a `datetime` is a `date` that never equals one: Django, pandas)
        return value.date()
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"birth_date must be an ISO date (YYYY-MM-DD), got {value!r}") from None
    raise TypeError(f"birth_date must be a date or an ISO string, not {type(value).__name__}")


def _beside_brand(record: NameRecord, party: Party, words: frozenset[str], norm: NormalizedName,
                  tokens: tuple[TokenInfo, ...], bound: Bounds) -> str:
    """The domain or product word the query writes outside brackets beside a name that is another party's brand
    alone (`CandidateIndex.brand_alone`), where it writes neither that name's legal form (as the name writes it,
    or one of the party's country) nor a place of the party's: then it names a product or another company of the
    brand (`カスペルスキー セキュリティ`, `カスペルスキー・ラボ`; not `Kasuperusuki Labs Japan`, `カスペルスキー
    セキュリティ（東京）`, `株式会社カスペルスキー 採用情報｜マーケティング職`, nor beside a record's words, `カスペルスキー
    経理部 御中`, which cost as any word beside a name does); else ""."""
    same_form = not set(norm.legal_forms).isdisjoint(record.norm.legal_forms)
    if not set(norm.legal_text).isdisjoint(record.norm.legal_text) or (
            same_form and not form_countries(norm.legal_text).isdisjoint(party.countries)):
        return ""  # (its form as written, or one its country writes: `KK`, not the Russian `AO`)
    aligned = bound.context.alignments.get(record.align_id)
    if aligned is None:
        return ""
    left = [tokens[i] for i, _, _ in aligned.left]
    if any(t.role == "place" and explains(t, party, words) for t in left):
        return ""
    return next((t.text for t in left if not t.qualifier and t.role in _BRAND_WORD_ROLES), "")


_BRAND_WORD_ROLES = frozenset({"generic", "product"})  # (`lexicon.TokenInfo.role`: domain and product words)
# A name that is another party's brand alone, beside a domain or product word (`_beside_brand`), scores at most
# this: below the brand's owner, read as a company or product carrying it (`scoring.carrier_score`, 0.85)
_BRAND_ALONE_CAP = 0.8


_ADULT_AGE = 18  # years: an unlabelled date of a year this many before the list's may be a birth date
# years: an unlabelled date of a year this many before the list's is no record's (a contract's, a passport's, an
# invoice's) in data screened now: a birth date (`WrittenDate.old`)
_RECORD_AGE = 30


def _holder_words(text: str, tokens: tuple[str, ...], max_chars: int) -> tuple[str, ...]:
    """The words a labelled personal tax number's holder is named by: those written before its label in its
    own entry (after the last `;`, `|` or line end), as a record writes the name and then the number
    (`Тихонов Андрей Геннадьевич, ИНН …, ИП, г. Воронеж`: what follows says more of the holder); the record's
    words (`tokens`) when the label starts its entry (`Тихонов Андрей Геннадьевич; ИНН … Смирнов Иван`)."""
    start = tax_label_start(text)
    clause = _ENTRIES.split(text[:start])[-1] if start > 0 else ""
    lead = normalize(clause, max_chars=max_chars).tokens if clause.strip() else ()
    return lead or tokens


class Screener:
    """Screens names against one list version with one config; thread-safe and reusable."""

    def __init__(self, watchlist: Watchlist | None = None, *, config: ScreeningConfig = DEFAULT) -> None:
        if watchlist is None:
            from screening.listfile import load_list

            watchlist = load_list()
        if not isinstance(watchlist, Watchlist):
            raise TypeError(f"watchlist must be a Watchlist (see screening.load_list), not {type(watchlist).__name__}")
        if not isinstance(config, ScreeningConfig):
            raise TypeError(f"config must be a ScreeningConfig, not {type(config).__name__}")
        self.watchlist = watchlist
        self.config = config
        self._config_dict = ReadOnlyDict(config.to_dict())  # (shared by every result: read-only)
        self._profiles: dict[int, PersonProfile] = {}
        self._words: dict[int, frozenset[str]] = {}
        self._prefilter: Prefilter | None = None
        # the last year an adult at the list's date was born in: an unlabelled date of it or before may be a
        # birth date (`WrittenDate.adult`; a later one is a document's: `arrival 12.03.2024`)
        self._list_year = watchlist.info.compiled.year
        self._adult_by = self._list_year - _ADULT_AGE
        self._old_by = self._list_year - _RECORD_AGE
        self._cited: dict = {}  # party number -> reference and citations (see `ranking.rank`)
        self._written_names: dict = {}  # party number -> its names as written, for ties (see `ranking.rank`)
        self._listed: dict = {}  # the listed units of a set of reached names (`Bounds.prime`)
        self._misreads: dict[str, str] = {}  # word -> its scanner reading (`_misread_word`)
        self._cyrillic_slips: CyrillicSlips | None = None  # listed persons' Cyrillic words' slips (`_slipped`)
        self._hidden: dict[str, bool] = {}  # Cyrillic word -> read as a keyboard slip (`_hidden_slip`)
        self._men_families: frozenset[str] | None = None  # listed men's family names' skeletons (`_genitive`)
        self._listed_givens: frozenset[str] | None = None  # listed persons' given names' skeletons (`_genitive_read`)
        self._numbers: ListedNumbers | None = None  # the list's identifiers free text can name (`identifiers`)
        self._groups: tuple[frozenset[int], ...] | None = None  # each party's related organisations (`_related`)

    def __reduce__(self) -> tuple[Callable[..., Screener], tuple[type[Screener], Watchlist, ScreeningConfig]]:
        """Pickled as its class, list and config (`multiprocessing` with the spawn start method, the default on
        macOS and Windows, pickles what it hands a worker): a worker makes it again once (`_screener`), with
        its own caches."""
        return _screener, (type(self), self.watchlist, self.config)

    def __setattr__(self, name: str, value: object) -> None:
        """A screener's list and config are fixed once made: its caches are built from them, and every result
        names the list version and settings that produced it (a new list or config is a new `Screener`)."""
        if name in ("watchlist", "config") and name in self.__dict__:
            raise AttributeError(f"a Screener's {name} cannot be replaced: make a new Screener with it")
        object.__setattr__(self, name, value)

    def screen(self, name: str, *, kind: str | None = None, country: str | None = None,
               birth_date: dt.date | str | None = None) -> ScreeningResult:
        """Screen one name; never raises on a `str` (junk input is UNSCREENABLE, never CLEAR)."""
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, not {type(name).__name__}")
        if kind is not None and not isinstance(kind, str):
            raise TypeError(f"kind must be a str or None, not {type(kind).__name__}")
        if kind is not None and kind not in _KINDS:
            raise ValueError(f"kind must be one of {_KINDS} or None, got {kind!r}")
        if country is not None and not isinstance(country, str):
            raise TypeError(f"country must be an ISO 3166 alpha-2 str, not {type(country).__name__}")
        born: dt.date | WrittenDate | None = _coerce_date(birth_date)
        notes: list[str] = []
        if country is not None:
            given = country.strip()
            country = given.upper()  # (checked as given: `ß` upper-cases to `SS`)
            if not (len(country) == 2 and given.isascii() and country.isalpha()):
                if country:
                    notes.append(f"country {given!r} is not an ISO 3166-1 alpha-2 code: not used")
                country = None
            elif country in RESERVED_COUNTRIES:  # (`UK`: what the United Kingdom's own forms write)
                notes.append(f"country {given!r} read as {RESERVED_COUNTRIES[country]}, its ISO 3166-1 code")
                country = RESERVED_COUNTRIES[country]
            elif country not in COUNTRY_CODES:  # (`XX`, `ZZ`: no country, so no conflict with the list's)
                notes.append(f"country {given!r} is no assigned ISO 3166-1 alpha-2 code: not used")
                country = None
        if len(name) > self.config.max_query_chars:
            notes.append(f"input of {len(name)} characters was cut to the first {self.config.max_query_chars}")
        as_given = text = name[:self.config.max_query_chars]
        # A listed identifier the text writes confirms its party; a labelled number is no word of the name
        # (`Kaspersky Lab, INN 7713140469`: `screening.identifiers`).
        identified: list[IdentifierFound] = []
        numbered = may_hold_number(text) is not None
        if numbered:
            numbers = self._numbers
            if numbers is None:
                numbers = self._numbers = ListedNumbers.of(self.watchlist.parties)
            identified = numbers.find(text)
            text = without_labelled(text)
            for listed_number in identified:  # (a number is no word of the name, labelled or not)
                text = text.replace(listed_number.written, " ")
            notes += [_identified_note(listed_number, self.watchlist.parties) for listed_number in identified]
        prefilter = self._prefilter
        if prefilter is None:
            prefilter = self._prefilter = Prefilter(self.watchlist.index)
        if prefilter.clears(text):  # no word can reach the list: CLEAR without normalising
            if identified:
                return self._identified_only(name, as_given, None, identified, kind, country, born, notes)
            return self._result(name, None, Status.CLEAR, (), (), notes)
        norm, cleaned = normalize_cleaned(text, max_chars=self.config.max_query_chars)
        if not norm.screenable:
            if identified:
                return self._identified_only(name, as_given, "", identified, kind, country, born, notes)
            notes.append("nothing screenable after normalisation (empty, symbols or digits only)")
            return self._result(name, "", Status.UNSCREENABLE, (), (), notes)
        # A birth date the name field writes (`screening.birthdates`); noted where a party is shown (a name
        # the prefilter clears gets no note, and both paths give the same result).
        written = norm.birth
        if written is not None and (written.ends > self._list_year or written.starred and any(
                year > self._adult_by for year, _, _ in written.readings)):
            written = None  # (a span that ends after the list's date is no life; a child's year after `*` no one's)
        said = "" if written is None or not written.labelled else (
            f"birth date written in the name ({written.text!r}) not used: birth_date was given" if born is not None
            else f"year {written.iso} read from {written.text!r} in the name: a birth year, or the year a term began"
            if written.since
            else f"birth date {written.iso.replace('|', ' or ')} read from {written.text!r} in the name")
        if born is None:
            born = written
            # (the field as the date was read from it: with its export damage undone, `Рі.СЂ.` is `г.р.`)
            plain = text if written is None else repair(composed(text, max_chars=self.config.max_query_chars))
            if written is not None and written.labelled and (
                    names_several(rest := without_birth_clause(plain)) or birth_date_in(rest) is not None):
                # (the date may be another's: `WrittenDate.sole`; but the one its part of the field names)
                born = attrs.evolve(written, sole=False, owner=_date_owner(plain, written))
            elif written is not None and not written.labelled and (
                    living := written.living(self._list_year)).born_by(self._adult_by) and not (
                    joins_persons(plain) or names_several(rest := plain.replace(written.text, " "))
                    or birth_date_in(rest) is not None):
                # (it may be a birth date, `WrittenDate.adult`, read as a living person's: `03MAR88` in 1988; of an
                # old year, it is one, `WrittenDate.old`)
                born = attrs.evolve(living, adult=True, old=living.born_by(self._old_by) and not living.new_year)
            elif written is None and (age := stated_age(plain)) is not None and not (
                    joins_persons(plain) or names_several(plain, cased=True)):
                # (an age stated beside the name of one person, `Daniil Petrov, 23, a student`: the years of birth it
                # allows, `StatedAge.born`; none of the listed person's is a namesake's)
                born = age.born(self._list_year)
                said = f"age {age.years} read from {age.text!r} in the name: born {born.readings[0][0]} to " \
                       f"{born.readings[-1][0]}"
        # A party whose score cannot be shown, as a hit or a near miss, even with every attribute given
        # agreeing and rounded as results show it, is not scored; once the query has a hit, near misses are
        # not shown, and a party that cannot be a hit is not scored; once `max_near_misses` parties score, one
        # that cannot reach the last of them is not scored either (`_Cutoff`).
        agreeing = sum(x is not None for x in (kind, country, born)) * self.config.attribute_confirm_bonus
        if identifies(born):  # (a whole birth date lifts the listed surname to review: `attribute_adjustment`)
            agreeing = max(agreeing, self.config.review_threshold + BIRTH_LIFT - BIRTH_LIFT_FLOOR)
        shown = min(self.config.near_miss_floor, self.config.review_threshold)
        review = self.config.review_threshold
        # (party, its score, whether its name says nothing of another person) -> what the query's attributes add
        # to its score (`_adjust`)
        deltas: dict[tuple[int, float, bool], float] = {}

        def final_score(cand: Candidate) -> float:
            """The candidate's score as `_adjust` makes it (without building its evidence)."""
            if kind is None and country is None and born is None:
                return cand.score
            named = _named(cand)
            delta = deltas.get((cand.party, cand.score, named))
            if delta is None:
                delta = deltas[cand.party, cand.score, named] = attribute_adjustment(
                    self.watchlist.parties[cand.party], self.config, kind=kind, country=country, birth_date=born,
                    score=cand.score, named=named)[0]
            return clamp(cand.score + delta)  # (as `Candidate.adjusted` does)

        # (A sure hit has a margin of one shown step: another segment's reading of the party, as high once
        # rounded, may be that much lower. The k-th best has three: the party skipped may be shown with
        # another segment's reading up to a step higher than the one skipped, the k-th party with one up to
        # a step lower than the one seen, and a step keeps their rounded scores apart.)
        cutoff = _Cutoff(shown - agreeing - _ROUNDING, review - agreeing - _ROUNDING, review + _ROUNDING,
                         final_score, self.config.max_near_misses, agreeing + 3 * _ROUNDING)
        candidates: dict[int, Candidate] = {}
        segments = [norm, *norm.alternates]
        whole = len(segments)  # the name and its alternates, as normalised
        # how a segment after these reads the name (its evidence, first in a party's found there), and the
        # most it may score
        readings: list[tuple[Evidence, float] | None] = [None] * len(segments)
        # What reads the text as written reads it without invisible characters and in NFKC (`Kasp\u00ad. Lab`,
        # full-width letters, a NBSP between words: `tokens.surface`).
        surfaced = surface(text)
        # the name with words joined or split (text in other scripts in its ASCII rendering; ASCII text as
        # the prefilter read it)
        read, again = self._respaced(surfaced if surfaced.isascii() else cleaned, norm, self.watchlist.index.respacer)
        if again is not None:
            segments += (again, *again.alternates)
            said_so = Evidence("respaced", 1.0, text, read, f"read as {read!r}: {_RESPACED}")
            readings += [(said_so, 1.0)] * (len(segments) - len(readings))
        # the name typed with the Russian layout on, retyped on the English one, where a word then reaches the list
        typed, retyped, retyped_why = self._retyped(surfaced, prefilter)
        if retyped is not None:
            segments += (retyped, *retyped.alternates)
            said_so = Evidence("retyped", 1.0, text, typed, f"read as {typed!r}: {retyped_why}")
            readings += [(said_so, 1.0)] * (len(segments) - len(readings))
        # each whole reading with an abbreviated word written out as the list writes it (`Kasp. Lab`), or with
        # letters a scanner confuses read as the list's (`Efrernov`): a listed party's own name only, capped
        abbreviated = {token for word in _ABBREVIATED.findall(surfaced) for token in tokens_of(word)} if (
            "." in surfaced) else set()  # (as the name's tokens write them: Cyrillic `Касп.` is `kasp`)
        clipped = self._clipped(surfaced) - abbreviated
        # (the words written in Latin letters, read once a query where asked for: a word another script writes has
        # its own readings)
        latin_words = functools.cache(lambda: frozenset(tokens_of(" ".join(_LATIN_RUN.findall(surfaced)))))
        more = [found for segment in segments[:whole] for found in (
            *(self._written_out(abbreviated, segment) if abbreviated else ()),
            *(self._written_out(clipped, segment, dotted=False) if clipped else ()), *self._misread(segment),
            *self._vowelless(segment), *self._twice_slipped(segment), *self._voiced(segment, latin_words))]
        if not surfaced.isascii():  # (a word of a listed person's Cyrillic name typed with one slip: `Андрец`)
            more += self._slipped(surfaced)
        if _NON_ASCII_LETTER.search(surfaced) is None:  # (Cyrillic a scanner read as Latin look-alikes: `Kacnepckoro`;
            more += self._lookalike(surfaced)          # guillemets and dashes around them are no letters)
        if has_chat_sign(surfaced):  # (Russian in chat transliteration: `Kula6ova Anna`, `Borwev`)
            more += self._volapuk(surfaced)
        more += self._cut_family(norm, text)  # (a family name cut short: `Andrei Gennadyevich Tikh`)
        more += self._genitive(surfaced, country)  # (a listed man's surname in the genitive: `от Тихонова А.Г.`)
        more += self._letters_cut(surfaced, norm)  # (a one-letter preposition, not an initial: `s Igorem Čekunovem`)
        if not surfaced.isascii() and self.watchlist.index.renderings:
            # (a brand another script writes, read as its Latin word: `카스퍼스키 그룹`, `Kaspersky Group`; last, as
            # the readings above find what the name's own words do not)
            # (the words a reading fits, read once a query, and only where a segment writes such a brand)
            fits = functools.cache(lambda: self._reading_fits(token_readings(surfaced)))
            more += [found for segment in segments for found in self._rendered(segment, latin_words(), fits)]
        if norm.legal_forms and self.watchlist.index.native_brands:
            more += self._romanised_native(norm)  # (a native name that is the brand and a form: `KK Kaspersky`)
        more = more[:_READ_AS_MAX]
        if "·" in surfaced or "・" in surfaced or "･" in surfaced:  # (a name read out of a Chinese sentence)
            more += self._transcribed(surfaced)
        for segment, evidence in more:
            segments.append(segment)
            readings.append((evidence, evidence.score))  # (each reading's evidence scores its cap)
        # (a name that ends in a letter may be a field cut inside its last word: `_cut_short`; a shorter field
        # so cut needs four letters of the word at least, as fewer say too little, `Кас`)
        # (not where normalising reads its last word as another, a legal form or a known word written whole:
        # `Laboratoire Kasper Technologies SAS`, `... Laboratory`)
        cut_field = as_given.rstrip()[-1:].isalnum() and _cut_short(as_given, bool(norm.legal_forms)) \
            and tokens_of(as_given)[-1:] == norm.tokens[-1:]
        for number, segment in enumerate(segments):
            reading = readings[number]
            cutoff.cap = 1.0 if reading is None else reading[1]
            for cand in self._candidates(segment, cutoff, number == 0 and cut_field):
                if reading is not None and reading[1] < 1.0:
                    if cand.hit_class is not HitClass.LISTED and reading[0].feature not in _BRAND_READINGS and not (
                            reading[0].feature == "abbreviation" and names_product(cand)
                            and not known_word(reading[0].query_part)):
                        # (the reading stands on a listed name's words, not on a brand they carry; a scanner's
                        # letters read back make the brand itself, which names its product: `Kasperslcy Endpoint`;
                        # so does a listed product's name written whole but its brand abbreviated: `Kasp. Total
                        # Security`; not by a word of its own, a given name ending a sentence, `Hi Kasper. Total ...`)
                        continue
                    if cand.score > reading[1]:
                        # (a brand another script writes is read, not guessed: the names it reaches keep their
                        # order, `卡巴斯基实验室` names Kaspersky Lab before Kaspersky Labs Limited; so do a
                        # scanner's letters read back, `JIa6opaTopuR Kacnepckoro` the parent's Russian name first,
                        # and a brand written back from Arabic, `Kasbarsky Laboratory`)
                        kept = cand.listed_score if reading[0].feature in _ORDER_KEPT else min(cand.listed_score,
                                                                                               reading[1])
                        cand = attrs.evolve(cand, score=reading[1], listed_score=kept)
                # a party's best reading over the segments: the higher score, then the listed party itself
                # before its product or affiliate, then the higher plain name score; on a full tie the earlier
                # segment (the whole name first)
                if cand.party not in candidates or _reading(cand) < _reading(candidates[cand.party]):
                    candidates[cand.party] = cand if reading is None else attrs.evolve(
                        cand, evidence=(reading[0], *cand.evidence))
        for number, numbers_found in _by_party(identified).items():
            candidates[number] = self._confirmed(candidates.get(number), numbers_found)
        if identified:
            candidates = lift_numbered(candidates, {found.party for found in identified}, self.watchlist.parties,
                                       self._related())
        if not candidates:  # (but a listed street address written alone: `screening.addresses`)
            candidates = {address.party: self._addressed(address, as_given)
                          for address in self.watchlist.index.street_addresses().find(norm)}
        if not candidates:
            return self._result(name, norm.key, Status.CLEAR, (), (), notes)
        # the personal tax numbers the text labels, read only where a person is a candidate (`_adjust`)
        taxed = personal_tax_numbers(as_given) if numbered and any(
            self.watchlist.parties[c.party].kind == "person" for c in candidates.values()) else ()
        holder = _holder_words(as_given, norm.tokens, self.config.max_query_chars) if taxed else norm.tokens
        adjusted = self._floored([self._surnamed(self._adjust(c, kind, country, born, taxed, holder), norm, as_given)
                                  for c in candidates.values()], identified)
        if len(adjusted) > 1 and any(c.isdigit() for c in text):
            adjusted = self._at_address(adjusted, norm)
        hits, near = rank(adjusted, self.watchlist.parties, self.config, self._cited, as_given, norm.tokens,
                          self._written_names)
        aged = isinstance(born, WrittenDate) and born.age > 0  # (an age: noted only where a person is shown)
        if said and (hits or near) and (not aged or any(hit.party.kind == "person" for hit in hits)
                                        or any(miss.party.kind == "person" for miss in near)):
            notes.append(said)
        if taxed and (hits or near):
            notes.append(f"personal tax number {', '.join(taxed)} read from the name")
        for feature, reading_text, why in (("respaced", read, _RESPACED), ("retyped", typed, retyped_why)):
            if reading_text:
                found = {self.watchlist.parties[c.party].id for c in candidates.values()
                         if c.evidence and c.evidence[0].feature == feature}
                if any(hit.party.id in found for hit in hits) or any(miss.party.id in found for miss in near):
                    notes.append(f"read as {reading_text!r} too: {why}")
        return self._decided(name, norm.key, hits, near, notes)

    def _decided(self, name: str, normalized: str | None, hits: tuple[Hit, ...], near: tuple[NearMiss, ...],
                 notes: list[str]) -> ScreeningResult:
        """The result with the status its best hit gives."""
        best = hits[0].score if hits else 0.0  # (a MATCH, where any is, comes first: `ranking`)
        status = (Status.MATCH if best >= self.config.match_threshold
                  else Status.REVIEW if hits else Status.CLEAR)
        return self._result(name, normalized, status, hits, near, notes)

    def _confirmed(self, cand: Candidate | None, found: list[IdentifierFound]) -> Candidate:
        """The party's candidate (`cand`: its name's, or None) with the listed identifiers the text writes
        (`found`), with their evidence: a name close enough to be shown (a near miss at least: `A. Tikhonov`)
        beside a number the list holds surely (`_SURE_NUMBER`) is a MATCH; a number beside any other name, or
        a number the list holds as reported, makes a REVIEW at least (the name may have changed; the number
        has not; or the number is another's, mistyped)."""
        config = self.config
        named = cand is not None and cand.score >= config.near_miss_floor
        evidence = tuple(Evidence("identifier", 1.0, number.written, f"{number.identifier.type} "
                                  f"{number.identifier.value}", _identifier_detail(number, named)) for number in found)
        sure = named and any(number.identifier.confidence in _SURE_NUMBER for number in found)
        if cand is None or not named:
            party = self.watchlist.parties[found[0].party]
            return Candidate(found[0].party, config.review_threshold, HitClass.LISTED, party.name, NameType.PRIMARY,
                             evidence)
        floor = config.match_threshold if sure else config.review_threshold
        return attrs.evolve(cand, score=max(cand.score, floor), evidence=(*cand.evidence, *evidence))

    def _addressed(self, address: StreetAddress, text: str) -> Candidate:
        """The party whose listed street address `text` writes with no name (`screening.addresses`), at the review
        threshold: the building's other tenants write it too."""
        party = self.watchlist.parties[address.party]
        evidence = Evidence("address", 1.0, text, address.written, _ADDRESS_ALONE)
        return Candidate(address.party, self.config.review_threshold, HitClass.LISTED, party.name, NameType.PRIMARY,
                         (evidence,))

    def _at_address(self, adjusted: list[Candidate], norm: NormalizedName) -> list[Candidate]:
        """The candidates with a company whose listed street address the text writes beside a name (`screening.
        addresses`: `Kaspersky Lab, 2 Kingdom Street, London W2 6BD`), and whose names hold every word of the
        name that the best of its group's companies reads (its parent's and sister companies': `Kaspersky Labs
        Limited`, whose town is London too, reads `Kaspersky Lab` better than `Kaspersky Lab UK Ltd`), scored as
        that best, the address its evidence: of parties scoring alike, it names the one (`ranking`). Not past a
        company whose legal name the text writes whole (`_legal_name`), nor one the text names by a word of its own
        (`Kaspersky Lab Italia, 2 Kingdom Street`); a company none of whose names reads the text is not made one
        (`Kaspersky - 1st Floor, 2 Kingdom Street`: the brand alone is every company's)."""
        found = self.watchlist.index.street_addresses().beside(norm)
        if not found:
            return adjusted
        related = self._related()
        out = list(adjusted)
        for address in found:
            at = next((n for n, c in enumerate(out) if c.party == address.party), None)
            if at is None:
                continue
            cand = out[at]
            group = related[address.party] | {m for r in related[address.party] for m in related[r]}
            best = max((c for c in out if c.party in group), key=lambda c: (c.score, c.listed_score), default=cand)
            own = _read_words(cand) | {skeleton(word) for name in self.watchlist.parties[cand.party].names
                                       for word in tokens_of(name.text)}
            if best is not cand and best.score >= cand.score and not _legal_name(best) and _read_words(best) <= own:
                why = f"{_ADDRESS_BESIDE} (scored as {self.watchlist.parties[best.party].id} reads it)"
                # (the listed party itself, which its address names, though its names read only the brand)
                out[at] = attrs.evolve(cand, score=best.score, listed_score=max(cand.listed_score, best.listed_score),
                                       hit_class=HitClass.LISTED if HitClass.LISTED in (cand.hit_class, best.hit_class)
                                       else cand.hit_class,
                                       evidence=(*cand.evidence, Evidence("address", 1.0, "", address.written, why)))
            else:
                out[at] = attrs.evolve(cand, evidence=(*cand.evidence, Evidence("address", 1.0, "", address.written,
                                                                                 _ADDRESS_BESIDE)))
        return out

    def _surnamed(self, cand: Candidate, norm: NormalizedName, written: str) -> Candidate:
        """The candidate, kept below the review threshold where the query (`norm`, as `written`) is a company named
        for a family whose name is the brand's spelled -ski, or for a person whose given name and a word read as
        the brand (`familyfirms.family_firm`: `Kasperski Transport Sp. z o.o.`, `Kasper Sky Travel Ltd`)."""
        cap = max(0.0, self.config.review_threshold - _SURNAME_BELOW)
        if cand.score <= cap or self.watchlist.parties[cand.party].kind == "person" or not (
                word := family_firm(cand, norm, written, lambda found: bool(self.watchlist.index.lookup(found)),
                                    addresses=tuple(a.full for a in self.watchlist.parties[cand.party].addresses))):
            return cand
        how = "reads as the brand only as a given name and a word together" if " " in word else \
            "is the brand spelled as a family name is in Poland"
        said = Evidence("brand_as_surname", 0.0, word, self.watchlist.parties[cand.party].name,
                        f"{word!r} {how}, in the name of a company with words and a legal form of its own, or a "
                        "family firm's: a family's company, not the brand's")
        return attrs.evolve(cand, score=cap, evidence=(said, *cand.evidence))

    def _floored(self, adjusted: list[Candidate], identified: list[IdentifierFound]) -> list[Candidate]:
        """The candidates with each party a listed identifier names kept at the review threshold at least,
        whatever the attributes given say (`kind`, `country`, a birth date: a number names one party)."""
        if not identified:
            return adjusted
        named = {number.party for number in identified}
        review = self.config.review_threshold
        return [attrs.evolve(c, score=review) if c.party in named and c.score < review else c for c in adjusted]

    def _identified_only(self, name: str, text: str, normalized: str | None, identified: list[IdentifierFound],
                         kind: str | None, country: str | None, born: dt.date | WrittenDate | None,
                         notes: list[str]) -> ScreeningResult:
        """The result of a text (`name` as read, cut to `max_query_chars`) whose words reach no listed name but
        which writes a listed identifier."""
        candidates = [self._confirmed(None, found) for found in _by_party(identified).values()]
        adjusted = self._floored([self._adjust(c, kind, country, born) for c in candidates], identified)
        hits, near = rank(adjusted, self.watchlist.parties, self.config, self._cited, text, names=self._written_names)
        return self._decided(name, normalized, hits, near, notes)

    def _clipped(self, text: str) -> set[str]:
        """The words of a text (as the name's tokens write them) that may be a listed word clipped with no period
        (`Kasp Lab Italia`, `KASP ENDPOINT SECURITY`, as price lists and ledgers shorten): of four or five letters,
        written apart (not in an address: `kasp.lab@...`) before a space and another word, the start of a longer
        listed word (`CandidateIndex.starts_anchor`: most words are none, and need no more), no word of their own
        (`known_word`: not `Kasper`, a given name) nor a listed word."""
        index = self.watchlist.index
        return {token for word in _CLIPPED_WORD.findall(text) for token in tokens_of(word)
                if index.starts_anchor(skeleton(token)) and not known_word(word) and not index.lookup(token)}

    def _written_out(self, written: set[str], norm: NormalizedName, *, dotted: bool = True
                     ) -> list[tuple[NormalizedName, Evidence]]:
        """The name read with a word the text writes with a period after it (`written`, casefolded: an
        abbreviation, `Kasp. Lab UK Ltd`), or clipped with none (`dotted` false: `Screener._clipped`), written
        out as a listed word it starts, where another word of the name confirms an organisation's names with
        that word (`CandidateIndex.written_out`), each with the evidence that says so."""
        if written.isdisjoint(norm.tokens):
            return []
        how, cap = ("with a period", _READ_AS_CAP) if dotted else ("clipped, with no period,", _CLIPPED_CAP)
        index = self.watchlist.index
        tokens = analyse(norm.tokens, norm.qualifiers, query=True)
        out = []
        for position, word in enumerate(norm.tokens):
            if word in written:
                for _, spelled in index.written_out(tokens, position, telling=not dotted)[:_WRITTEN_OUT_MAX]:
                    segment = attrs.evolve(norm, tokens=(*norm.tokens[:position], spelled, *norm.tokens[position + 1:]),
                                           alternates=())
                    out.append((segment, Evidence("abbreviation", cap, word, spelled,
                                                  f"{word!r} {how} read as {spelled!r}, a listed word it "
                                                  f"starts: an abbreviation, {_CAPPED if dotted else _CLIPPED_SAID}")))
        return out

    def _reading_fits(self, readings: dict[str, str]) -> dict[str, str]:
        """The words of another script (`readings`: `token_readings`) whose reading fits one listed domain or
        place word (`CandidateIndex.plain_words`), or several places of one country (`kyiv`, `kiev`) -> that
        word: its every consonant, and all but one of its sounds written, every one where it has one consonant
        (`لاب`: lab, `ميدل إيست`: middle east; not `تل`, `tl`, for Italia, whose vowels it leaves out, nor `كيف`,
        how, for Kiev). A silent seat is no written sound (`است`, is, is no east). A reading that ends in s fits as
        the word without it too (`لابز`, labs, is lab): these scripts write an English plural so, and the list's
        domain words are folded to one number."""
        fits = {}
        places = lexicon().places
        for word, reading in readings.items():
            for read in (reading, reading[:-1]) if reading.endswith("S") and len(reading) > _PLURAL_MIN else (reading,):
                found = self._fitting(read)
                if found and found[0] != word and len({places.get(plain, plain) for plain in found}) == 1:
                    fits[word] = found[0]
                    break
        return fits

    def _fitting(self, reading: str) -> list[str]:
        """The listed domain and place words a reading fits (`_reading_fits`)."""
        key = reading_key(reading)
        written = sum(c not in "HOY" for c in reading)  # (a seat, and the vowels kana adds, are no sounds)
        return [plain for plain, sounds in self.watchlist.index.plain_words.get(key, ())
                if written >= len(sounds) - (len(key) > 1) and reading_similarity(reading, plain) >= READING_BEST]

    def _rendered(self, norm: NormalizedName, latin: frozenset[str],
                  fits: Callable[[], dict[str, str]]) -> list[tuple[NormalizedName, Evidence]]:
        """The name with each word that is a listed brand as another script writes it (`카스퍼스키`, `卡巴斯基`,
        `كاسبرسكي`: `CandidateIndex.renderings`) read as its owner's Latin word (`kaspersky`), with the evidence
        that says so; none when it holds none. The name's other words then say which party it is (`카스퍼스키
        그룹 유한책임회사` is `Kaspersky Group LLC`), where the brand alone names only its owner. Not a word
        written in Latin letters (`latin`: `Kabasiji Group`, `Kasprsky Group Şti` are read as written). Beside
        the brand, a word whose reading fits a listed domain or place word (`fits()`: `_reading_fits`) is read as it
        (`لاب`, `ميدل إيست`: lab, middle east), as the tables fold no word that short or that reads as a Latin word
        (`lb`, `yst`)."""
        index = self.watchlist.index
        renderings = index.renderings
        if not renderings or len(norm.tokens) < 2:  # (the brand alone names its owner: no word says more)
            return []
        words = list(norm.tokens)
        changed: list[tuple[str, str, str]] = []
        for position, word in enumerate(norm.tokens):
            if word in latin:
                continue
            # The brand as the word, not inside it (`카스퍼스키랩코리아` is read by its respaced reading), and
            # nearer to it than to any other listed word.
            found = index.lookup(word, inside=False)
            best = max(found, key=lambda pair: (pair[1], pair[0] in renderings), default=None)
            if (best is not None and best[0] in renderings and best[1] >= CARRIER_MIN_SIM
                    and all(sim < best[1] for anchor, sim in found if anchor not in renderings)):
                read = words[position] = renderings[best[0]]
                changed.append((word, read, index.brands[best[0]][0][1]))
        if not changed:
            return []
        read_as = fits()
        for position, word in enumerate(norm.tokens):
            if words[position] == word and word in read_as:
                words[position] = read_as[word]
                changed.append((word, read_as[word], ""))
        seen_as = ", ".join(f"{word!r} as {read!r} " + (f"(the listed brand {listed!r})" if listed else
                                                       "(its reading)") for word, read, listed in changed)
        return [(attrs.evolve(norm, tokens=tuple(words), alternates=()),
                 Evidence("rendered", _READ_AS_CAP, " ".join(w for w, _, _ in changed),
                          " ".join(read for _, read, _ in changed),
                          f"read {seen_as}: a brand as another script writes it, in Latin letters, {_CAPPED}"))]

    def _romanised_native(self, norm: NormalizedName) -> list[tuple[NormalizedName, Evidence]]:
        """The name with the owner's Latin brand read as a listed company's native name writes it, where that
        name is the brand alone with a legal form (`株式会社カスペルスキー`: `CandidateIndex.native_brands`) and the
        query writes a form of its class that its country writes: `KK Kaspersky` and `Kabushiki Kaisha Kaspersky`
        romanise the Japanese company's name (not `Kaspersky GmbH`, a German form)."""
        countries = form_countries(norm.legal_text)
        if not countries:
            return []
        index = self.watchlist.index
        out = []
        for position, word in enumerate(norm.tokens):
            for written, rid in index.native_brands.get(word, ()):
                record = index.records[rid]
                if countries.isdisjoint(self.watchlist.parties[record.party].countries) or set(
                        record.norm.legal_forms).isdisjoint(norm.legal_forms):
                    continue
                words = list(norm.tokens)
                words[position] = written
                out.append((attrs.evolve(norm, tokens=tuple(words), alternates=()),
                            Evidence("rendered", _READ_AS_CAP, word, record.name.text,
                                     f"read {word!r} as the listed name {record.name.text!r} writes the brand, "
                                     f"beside a legal form of its kind and country: its name romanised, {_CAPPED}")))
        return out

    def _misread(self, norm: NormalizedName) -> list[tuple[NormalizedName, Evidence]]:
        """The name with letters a scanner confuses (`rn` and `m`, `ri` and `n`, `cl` and `d`, `vv` and `w`, `lc`
        and `k`) read as the other where that makes a word a listed name's anchor (`Efrernov`: Efremov;
        `Clukhvalov`, `Astrakhari`, `Kasperslcy`) or a word that is no given name a known one (`Anclrey`,
        `Aridrei`: Andrei), with the evidence that says so; none when no word is read. (The case-led readings
        are `screening.ocr`'s; this one, which nothing in the text gives away, only reads a word into the list
        or into a given name: a name a listed person's is then scored as any other.)"""
        words = list(norm.tokens)
        changed: list[tuple[str, str]] = []
        for position, word in enumerate(norm.tokens):
            read = self._misread_word(word)
            if read:
                words[position] = read
                changed.append((word, read))
        if not changed:
            return []
        return [(attrs.evolve(norm, tokens=tuple(words), alternates=()),
                 _read_as("misread", changed, "letters a scanner confuses"))]

    def _vowelless(self, norm: NormalizedName) -> list[tuple[NormalizedName, Evidence]]:
        """The name with a word written without its vowels read as the listed word it shortens (`KSPRSKY LAB INC`:
        `CandidateIndex.vowelless_anchor`), so that its other words say which party it is, with the evidence
        that says so; none when no word is read."""
        index = self.watchlist.index
        words = list(norm.tokens)
        changed = [(word, read) for word in norm.tokens if (read := index.vowelless_anchor(word))]
        if not changed:
            return []
        for word, read in changed:
            words[words.index(word)] = read
        return [(attrs.evolve(norm, tokens=tuple(words), alternates=()),
                 _read_as("abbreviation", changed, "a listed word written without its vowels"))]

    def _twice_slipped(self, norm: NormalizedName) -> list[tuple[NormalizedName, Evidence]]:
        """The name with a word that writes a listed brand with two typing slips, a swap among them (`Kapserky
        antivirus`: `CandidateIndex.twice_slipped_anchor`), read as the brand, with the evidence that says so;
        none when no word is read."""
        index = self.watchlist.index
        changed = [(word, read) for word in norm.tokens if (read := index.twice_slipped_anchor(word))]
        if not changed:
            return []
        words = [dict(changed).get(word, word) for word in norm.tokens]
        return [(attrs.evolve(norm, tokens=tuple(words), alternates=()),
                 _read_as("mistyped_brand", changed, "two typing slips from a listed brand, letters swapped"))]

    def _voiced(self, norm: NormalizedName, latin: Callable[[], frozenset[str]]
                ) -> list[tuple[NormalizedName, Evidence]]:
        """The name with a word written in Latin letters (`latin()`) that writes a listed brand back from a script
        with no p (`Kasbarski Lab`, from Arabic; `Gasbersgi`, Western Armenian) read as the brand
        (`CandidateIndex.voiced_anchor`), with the evidence that says so; none when no word is read."""
        index = self.watchlist.index
        changed = [(word, read) for word in norm.tokens if (read := index.voiced_anchor(word)) and word in latin()]
        if not changed:
            return []
        read_as = dict(changed)
        return [(attrs.evolve(norm, tokens=tuple(read_as.get(word, word) for word in norm.tokens), alternates=()),
                 _read_as("voiced", changed, "a listed brand as a script with no p writes it back (b for p; g, d "
                          "for k, t)"))]

    def _misread_word(self, word: str) -> str:
        """A word with a pair of letters a scanner confuses read as the other where that makes it a listed
        anchor (`CandidateIndex.misread_anchor`), or, where it is no given name, a known one (`Aridrei`, not
        `Arina`: Anna's sister may be Arina); "" when neither (remembered per word)."""
        found = self._misreads.get(word)
        if found is None:
            found = self.watchlist.index.misread_anchor(word)
            given = lexicon().given
            if not found and skeleton(word) not in given:
                found = next((read for read in pair_readings(word) if skeleton(read) in given), "")
            if len(self._misreads) >= _MISREADS_KEPT:
                self._misreads.clear()
            self._misreads[word] = found
        return found

    def _lookalike(self, text: str) -> list[tuple[NormalizedName, Evidence]]:
        """The name (its letters all ASCII) with its words read as the Cyrillic letters they look like, where a
        word so read is an anchor (`CandidateIndex.lookalike_anchor`: `JIa6opaTopuR Kacnepckoro`, `TuxoHoB
        AHgpeu FeHHagbeBu4`, a Russian text a recogniser set for Latin letters read), with the evidence that says
        so; the other words so read where they are no words known as written (`_lookalike_word`). Empty when no
        word reaches an anchor so."""
        index = self.watchlist.index
        words = _LOOKALIKE_WORD.findall(text)
        if not any(MAY_LOOK_CYRILLIC.fullmatch(word) and index.lookalike_anchor(word) for word in words):
            return []
        changed: list[tuple[str, str]] = []

        def read(match: re.Match[str]) -> str:
            word = match.group()
            found = index.lookalike_anchor(word) or _lookalike_word(word)
            if found:
                changed.append((word, found))
            return found or word

        typed = _LOOKALIKE_WORD.sub(read, text)
        norm = normalize(typed, max_chars=max(len(typed), self.config.max_query_chars))
        if not norm.screenable:
            return []
        return [(norm, _read_as("misread", changed,
                                "Cyrillic letters a scanner read as the Latin ones they look like"))]

    def _volapuk(self, text: str) -> list[tuple[NormalizedName, Evidence]]:
        """The name with its words in chat transliteration read as Russian romanised (`4` as ch, `6` and `w` as
        sh: `Kula6ova`, `Sergeevi4`, `Borwev`), where one word so read is a listed anchor, with the evidence that
        says so; none otherwise (`w` is mostly an English letter, and a digit a number's)."""
        index = self.watchlist.index
        reads = {word: chat_reading(word) for word in dict.fromkeys(CHAT_WORD.findall(text))}
        listed = {word for word, read in reads.items() if index.anchors_reading(chat_key(read))}
        if not listed:
            return []
        # (a word with a digit for a letter read so too, `Sergeevi4`; one with a w only where it is listed: `Warsaw`)
        changed = [(word, read) for word, read in reads.items() if word in listed or not word.isalpha()]
        read_as = dict(changed)
        typed = CHAT_WORD.sub(lambda m: read_as.get(m.group(), m.group()), text)
        norm = normalize(typed, max_chars=max(len(typed), self.config.max_query_chars))
        if not norm.screenable:
            return []
        return [(norm, _read_as("chat_transliteration", changed,
                                "Russian typed in chat transliteration (4 for ч, 6 and w for ш)"))]

    def _transcribed(self, text: str) -> list[tuple[NormalizedName, Evidence]]:
        """Each foreign name inside a Chinese sentence, its parts in the Xinhua table's characters joined by a
        middle dot (`首席法务官伊戈尔·切库诺夫也在制裁名单上`: `伊戈尔·切库诺夫`, whose first part the sentence's words run
        into: `xinhua.TRANSCRIBED_NAME`), read alone, with the evidence that says so, at most what a listed name
        amid other words scores (`AMID_CAP`); not a name Latin letters or digits go on (`卡巴斯基·实验室UK`)."""
        if not has_han(text):
            return []
        found = (match.group() for match in TRANSCRIBED_NAME.finditer(text) if match.group() != text.strip()
                 and not any(c.isascii() and c.isalnum() for c in text[match.start() - 1:match.start()]
                             + text[match.end():match.end() + 1]))
        names = ((name, norm) for name in found if (norm := normalize(name)).screenable)
        out: list[tuple[NormalizedName, Evidence]] = []
        for name, norm in itertools.islice(names, _MAX_TRANSCRIBED):
            said_so = Evidence("name_amid_words", AMID_CAP, name, "",
                               f"a name read out of a Chinese sentence, its parts joined by a middle dot: scored at "
                               f"most {AMID_CAP}")
            out += [(read, said_so) for read in (norm, *norm.alternates)]  # (its reading is an alternate)
        return out

    def _slipped(self, text: str) -> list[tuple[NormalizedName, Evidence]]:
        """The name with each Cyrillic word one keyboard slip from a word of a listed person's Cyrillic name
        written as that word (`Тихонов Андрец` -> `Андрей`: `screening.cyrslips`) where the slip hides from
        the scorer (`_hidden_slip`), with the evidence that says so; none when no word is read."""
        slips = self._cyrillic_slips
        if slips is None:
            slips = self._cyrillic_slips = CyrillicSlips.of_names(
                name.text for party in self.watchlist.parties if party.kind == "person" for name in party.names)
        typed, pairs = slips.read(text, self._hidden_slip)
        if not pairs:
            return []
        read = normalize(typed, max_chars=max(len(typed), self.config.max_query_chars))  # (a letter put back)
        if not read.screenable:
            return []
        seen_as = ", ".join(f"{word!r} as {meant!r}" for word, meant in pairs)
        return [(read, Evidence("mistyped", _READ_AS_CAP, " ".join(w for w, _ in pairs), " ".join(m for _, m in pairs),
                                f"read {seen_as}: one slip of the Russian keyboard from a listed person's name, "
                                f"{_CAPPED}"))]

    def _cut_family(self, norm: NormalizedName, text: str) -> list[tuple[NormalizedName, Evidence]]:
        """The name, a given name and a patronymic and then the start of a listed person's family name, the
        last word of `text` (`Andrei Gennadyevich Tikh`, a field cut short: `CandidateIndex.family_starts`),
        read with that family name whole, with the evidence that says so; none otherwise (`Marina Pale Ale`:
        no patronymic; `Igor Gennadyevich Che Jr`: the text goes on). The person scorer then asks the given
        name and patronymic to be the person's (not `Igor Petrovich Che`)."""
        tokens = norm.tokens
        found = self.watchlist.index.family_starts().get(tokens[-1], ()) if len(tokens) > CUT_AFTER else ()
        if not found or not is_patronymic(skeleton(tokens[-2])):
            return []
        # the letters that end the text as written must be that word (the prefilter lets through a name whose
        # last letters, in lower case, start a family name)
        ending = TRAILING_LETTERS.search(text.rstrip())
        last = ending.group() if ending is not None else ""
        if tokens_of(last) != tokens[-1:] or last.isascii() and last.lower() != tokens[-1]:
            return []
        return [(attrs.evolve(norm, tokens=(*tokens[:-1], family), alternates=()),
                 Evidence("cut", _READ_AS_CAP, tokens[-1], family,
                          f"read {tokens[-1]!r} as {family!r}: the name ends inside a listed family name, cut "
                          f"short, {_CAPPED}"))
                for family in found]

    def _genitive(self, text: str, country: str | None) -> list[tuple[NormalizedName, Evidence]]:
        """The name with a listed man's surname that a preposition puts in the genitive (`от Тихонова А.Г.`, `в
        пользу`, `в лице генерального директора Тихонова`: `cases.governed`; initials, title words, a given name,
        words such as `ИП`, `гражданина`, and after the first word those in small letters between are passed
        over: `в лице директора по развитию бизнеса Ефремова А.А.`) read in the nominative without the
        preposition, with the evidence that says so (the first reading that holds the name); none otherwise.
        Alone, `Тихонова А.Г.` may be a woman's name (`screening.persons` reads it as his genitive only beside
        his patronymic declined); after `от` a woman's would read `Тихоновой`. Not for a Bulgarian party
        (`country` BG), whose prepositions govern no case."""
        if country == "BG":
            return []
        families = self._men_families
        if families is None:  # (a man's: a family name that ends in no vowel, `tikhonov`, `gerber`)
            families = self._men_families = frozenset(
                skel for skel in map(skeleton, self.watchlist.index.family_names()) if skel[-1:] not in "aeiouy")
        lex = lexicon()
        seen: set[str] = set()  # (a phrase written again reads the same)
        for said, start, words in governed(text):
            for at, word in enumerate(words):
                written = tokens_of(word.group())
                if len(word.group()) == 1 or word.group().islower() and at > 0 or all(
                        t in lex.titles or t in _BEFORE_NAME or _given_name(t) for t in written):
                    # (an initial, a title word, a given name, `ИП`, and after the first word one in small
                    # letters, a title's field: `в лице директора по развитию бизнеса Ефремова А.А.`)
                    continue
                if len(written) == 1 and written[0].endswith("a") and skeleton(written[0][:-1]) in families:
                    # the preposition and the words after it dropped, but initials and a given name right before
                    # the name (`от А.Г. Тихонова`, `от Андрея Тихонова`); the name's last letter dropped
                    first = at
                    while first and (len(before := words[first - 1].group()) == 1
                                     or all(_given_name(t) for t in tokens_of(before))):
                        first -= 1
                    read = self._genitive_read(text, start, words[first:at], word)
                    if read not in seen:
                        seen.add(read)
                        nominative = written[0][:-1]
                        said_so = Evidence("genitive", _READ_AS_CAP, word.group(), nominative,
                                           f"read {word.group()!r} as {nominative!r}: a man's surname in the genitive "
                                           f"after {said!r} (a woman's ends -ой there), {_CAPPED}")
                        found = normalize(read, max_chars=max(len(read), self.config.max_query_chars))
                        # (the part of the reading that holds the name, `Тихонова Анна; от Тихонова А.Г.`, or all)
                        for segment in (*found.alternates, attrs.evolve(found, alternates=())):
                            if nominative in segment.tokens:
                                return [(segment, said_so)]
                break
        return []

    def _letters_cut(self, text: str, norm: NormalizedName) -> list[tuple[NormalizedName, Evidence]]:
        """`text` without the one-letter words in lower case its sentence holds (`Jednání s Igorem Čekunovem`:
        prepositions and conjunctions, not initials: `tokens.sentence_letters_cut`), with the evidence that says
        so; none when it holds none, or when no word of it as read (`norm`) reaches the list: the text without
        a letter reaches nothing more (`Hernández y Asociados` is not read again). As often `from` or `and`
        (`Kirill z Astrakhan`, `Ivanov a Anton`), the letter is dropped at most to a REVIEW."""
        cut = sentence_letters_cut(text)
        if cut is None or not any(map(self.watchlist.index.lookup, norm.tokens)):
            return []
        said_so = Evidence("letter_dropped", _READ_AS_CAP, text, cut,
                           f"read as {cut!r}: a one-letter word of the sentence (a preposition or conjunction, not "
                           f"an initial) dropped, {_CAPPED}")
        return [(normalize(cut, max_chars=max(len(cut), self.config.max_query_chars)), said_so)]

    def _genitive_read(self, text: str, start: int, givens: list[re.Match[str]], family: re.Match[str]) -> str:
        """`text` with the preposition at `start` and the words up to the surname `family` dropped, but the
        initials and given names right before it (`givens`), the surname's last letter dropped, and a given
        name in the genitive too read as the listed one it declines (`от Дениса`: Denis's, though `Дениса`
        alone may be a woman's name)."""
        listed = self._listed_givens
        if listed is None:
            listed = self._listed_givens = frozenset(
                skeleton(t) for party in self.watchlist.parties if party.kind == "person" and party.name_parts
                for t in tokens_of(party.name_parts.given))
        pieces, end = [text[:start]], (givens[0] if givens else family).start()
        for given in givens:
            pieces += (text[end:given.start()], _given_nominative(given.group(), listed))
            end = given.end()
        return "".join(pieces) + text[end:family.end() - 1] + text[family.end():]

    def _hidden_slip(self, word: str, meant: str) -> bool:
        """Whether a Cyrillic word one keyboard slip from the listed `meant` is read as it: when, romanised,
        it is no known given name (`Марика`) and is more than one edit from `meant` (`Андрец`, andrets; not
        `Зенин`, zenin, which the scorer meets as a slip of zenkin: `cyrslips`). Remembered per word."""
        found = self._hidden.get(word)
        if found is None:
            given = lexicon().given
            romanised, listed = tokens_of(word), tokens_of(meant)
            found = not (any(skeleton(t) in given for t in romanised) or romanised == listed
                         or one_edit_apart(" ".join(romanised), " ".join(listed)))
            if len(self._hidden) >= _MISREADS_KEPT:
                self._hidden.clear()
            self._hidden[word] = found
        return found

    def _respaced(self, text: str, norm: NormalizedName, respacer: Respacer
                  ) -> tuple[str, NormalizedName | None]:
        """The name (ASCII) read with words joined or split as the list writes them (`respace`), as text
        (spaces collapsed) and normalised, when that reads differently."""
        again = respacer.respace(text)
        if again is None:
            return "", None
        read = normalize(again, max_chars=self.config.max_query_chars)
        same = (read.tokens, read.legal_forms) == (norm.tokens, norm.legal_forms)  # (`卡巴斯基` as `QiaBaSiJi`)
        return " ".join(again.split()), read if read.screenable and not same else None

    def _retyped(self, text: str, prefilter: Prefilter) -> tuple[str, NormalizedName | None, str]:
        """The name typed again with the other keyboard layout on, as text (spaces collapsed), normalised and
        explained, where it may then reach the list: Cyrillic retyped on the English layout (`Лфызукылн Дфи` ->
        `Kaspersky Lab`: `layout.as_english`) where a word retyped then reaches it (`Prefilter.live_words`);
        Latin letters retyped on the Russian one where a word then is a listed one (`Xtreyjd Bujhm` ->
        `Чекунов Игорь`: `CandidateIndex.keyed_anchor`; a slip the letters give away is the normaliser's).
        Words known as written (`ООО`, `LLC`, `Moscow`, `Igor`) stay as they are (`_retyped_word`). The layout
        switched inside a word leaves its Cyrillic letters retyped (`AO Kaspersлн Дфи` -> `AO Kaspersky Lab`)
        where that word then reaches the list; Cyrillic words that all retype to a legal form, beside Latin words
        that reach the list, are retyped too (`Kaspersky Lab Штс`: Inc)."""
        keyed = self.watchlist.index.keyed_anchor
        if text.isascii():
            # (a slip the letters give away is the normaliser's, where it reads as Russian retyped: not
            # `Rfcgthcmrbq`, Ukrainian `Касперський`, whose soft sign leaves it few vowels)
            if looks_slipped(text) and as_russian(text) is not None or not any(
                    keyed(word) for word in _LATIN_WORD.findall(text)):
                return "", None, ""
            typed, why = _LATIN_WORD.sub(lambda m: _retyped_word(m.group(), keyed), text), _RETYPED.format("English")
        else:
            # the words retyped, alone (Latin words beside them reach the list as written), reaching it but as
            # the keys of a Russian listed word (the name retyped back: as written)
            alone = as_english(_LATIN_WORD.sub(" ", text))
            switched = {word: english for word in _MIXED_WORD.findall(text)
                        if stays_mixed(word) and (english := as_english(word))}
            cyrillic = _CYRILLIC_WORD.findall(text)
            if (alone is not None and not all(keyed(word) for word in prefilter.live_words(alone))
                    or switched and prefilter.live_words(" ".join(switched.values()))
                    or cyrillic and _LATIN_WORD.search(text) is not None
                    and prefilter.live_words(_CYRILLIC_WORD.sub(" ", text)) and all(map(_retypes_to_known, cyrillic))):
                typed = _MIXED_WORD.sub(lambda m: switched.get(m.group(), m.group()), text)
                typed = _CYRILLIC_WORD.sub(lambda m: _retyped_word(m.group(), keyed), typed)
                why = _RETYPED.format("Russian")
            elif any(keyed(word) for word in _LATIN_WORD.findall(text)):
                # Latin words amid Cyrillic ones typed with the English layout on, where one is then a listed
                # word (`Лаборатория Rfcgthcrjuj`), with the words beside it, a key of the Russian letters
                # inside them too (`АО Kf,jhfnjhbz Rfcgthcrjuj`: `,` for б; `ООО Rfcgthcrbq Uhegg`)
                typed = _KEYED_WORD.sub(lambda m: _retyped_word(m.group(), keyed), text)
                why = _RETYPED.format("English")
            else:
                return "", None, ""
        if typed == text:
            return "", None, ""
        read = normalize(typed, max_chars=self.config.max_query_chars)
        return " ".join(typed.split()), read if read.screenable else None, why

    def screen_many(self, names: Iterable[str]) -> Iterator[ScreeningResult]:
        """Screen names one by one, lazily, in order (a str is one name, not names: `TypeError`)."""
        if isinstance(names, str):
            raise TypeError("screen_many takes names (an iterable of str), not one str: use screen(name)")
        for name in names:
            yield self.screen(name)

    def _result(self, query: str, normalized: str | None, status: Status, hits: tuple[Hit, ...],
                near: tuple[NearMiss, ...], notes: list[str]) -> ScreeningResult:
        """The result; a name cut to `max_query_chars` in which nothing was found is UNSCREENABLE, not CLEAR,
        when the rest holds a letter or digit: it was not read (a field that long is most often a record read
        wrong, many names in one; a field padded with spaces is cleared)."""
        cap = self.config.max_query_chars
        if status is Status.CLEAR and len(query) > cap and _LETTER_OR_DIGIT.search(query, cap) is not None:
            status = Status.UNSCREENABLE
            notes = [*notes, "nothing was found in the part read, but the rest was not screened: not cleared"]
        return result_of(query, normalized, status, hits, near, self.watchlist.info, self._config_dict, VERSION,
                         tuple(notes))

    def _candidates(self, norm: NormalizedName, cutoff: _Cutoff, cut_field: bool = False) -> list[Candidate]:
        """Every party the query reaches that a result may show, scored: organisations none of whose names'
        bounds reach the cutoff are skipped, persons scoring below it dropped (`_Cutoff`: `plain`, but
        `limit` for the organisations of a segment that carries a brand). In a name as long as a fixed-width
        field (`cut_field`), the last word may be a listed word cut short (`CandidateIndex.cut_anchors`)."""
        index = self.watchlist.index
        tokens = analyse(norm.tokens, norm.qualifiers, query=True)
        reached = index.candidates(tokens)
        # (a shorter name ending in the start of a listed word is more often written whole: `Labor Kasper`)
        cut = [a for a in index.cut_anchors(tokens) if a not in reached] if cut_field else []
        if not reached and not cut:
            return []
        by_party: dict[int, list[int]] = {}
        found = index.candidate_records(reached, tokens)
        if cut:
            found.update(index.cut_records(tuple(cut), tokens))
        for rid in found:
            by_party.setdefault(index.records[rid].party, []).append(rid)
        carries = not reached.keys().isdisjoint(index.brands)  # a word of the query reaches a brand
        if not by_party and not carries:
            return []
        person_like = looks_like_person(tokens, norm.legal_forms, short_given=False)
        # a brand's word after a person's dotted initials is a family name (`E.V. Kaspersky`): no company
        named_for_brand = carries and not person_like and initials_then_word(norm, tokens)
        # the brands the query carries: an organisation-like one, those not written as a family name; one that reads
        # as a person's, those written apart from the name's parts (`Denis Legezo, Kaspersky`; `Piotr Kasperski`
        # carries none)
        brand_sim = {} if named_for_brand else {
            a: s for a, s in reached.items() if a in index.brands and s >= CARRIER_MIN_SIM}
        if brand_sim and person_like:
            brand_sim = _apart_from_names(brand_sim, tokens, index, norm.initials)
        elif brand_sim:
            brand_sim = _not_family_names(brand_sim, tokens, index, norm.initials,
                                          formed=not all(form == "sole_proprietor" for form in norm.legal_forms))
        owners = {p for anchor in brand_sim for p, _ in index.brands[anchor]}
        out: list[Candidate] = []
        for anchor, sim in brand_sim.items():  # an owner the query reaches by none of its names carries it
            for number, listed in index.brands[anchor]:
                if number not in by_party:
                    score, product, evidence = carrier_score(tokens, anchor, listed, sim)
                    cls = HitClass.PRODUCT if product else HitClass.AFFILIATE
                    out.append(cutoff.saw(Candidate(number, score, cls, listed, NameType.BRAND, evidence)))
        records, parties = index.records, self.watchlist.parties
        persons = [number for number in by_party if parties[number].kind == "person"]
        if named_for_brand or len(persons) == len(by_party):  # only persons: no organisation's names to bound
            for number in persons:
                self._add_person(out, number, norm, tokens, cutoff)
            return [c for c in out if c.score > 0.0]
        bound = Bounds(tokens, norm)
        bound.prime(records, [rid for number, rids in by_party.items() if parties[number].kind != "person"
                              for rid in rids], self._listed)
        # Organisations in the order most likely to find a hit soon, which lifts the cutoff: the brand's
        # owners first, then the highest bound first; each with its names ranked by their bounds.
        orgs = []
        for number, rids in by_party.items():
            party = parties[number]
            if party.kind == "person":
                continue
            ranked = bound.rank(records, rids, party, self._party_words(number))
            orgs.append((number not in owners, ranked[0][0], number, ranked))
        orgs.sort()
        named: dict[int, tuple[OrgScore, NameRecord, bool]] = {}  # best name's score, the name, owns the brand
        if person_like:
            for number in persons:
                self._add_person(out, number, norm, tokens, cutoff)
        for not_owner, negative, number, ranked in orgs:
            if -negative < (cutoff.limit if brand_sim else cutoff.plain) and (
                    not brand_sim or not_owner and not self._may_carry(ranked, bound)):
                continue  # no name of the party can be shown, nor change what is
            cand, best = self._organization(number, parties[number], norm, tokens, ranked, brand_sim, owners, bound)
            out.append(cutoff.saw(cand))
            if best is not None:
                named[number] = best
        if not person_like:
            for number in persons:
                self._add_person(out, number, norm, tokens, cutoff)
        if named:
            def fit(number: int) -> Fit:
                scored, record, owns = named[number]
                return fit_of(scored, record, tokens, norm.legal_text, parties[number],
                              self._party_words(number), brand_sim, bound.context, owns)

            out = lift_best_fit(out, {p: n[0].raw for p, n in named.items()}, fit, owners,
                                self.config.review_threshold)
        if brand_sim:
            related = self._related()
            group = {m for o in owners for m in related[o]} - owners
            if group:
                anchor, sim = max(brand_sim.items(), key=lambda kv: kv[1])
                _, product, said = carrier_score(tokens, anchor, index.brands[anchor][0][1], sim)
                if not product:  # (a product of the brand names no company of the group)
                    out = lift_by_place(out, tokens, parties, owners, group, self._party_words, tuple(brand_sim),
                                        said[0], cutoff.hit_limit)
                if norm.legal_text:
                    out = lift_by_form(out, tokens, norm.legal_text, parties, owners | group, tuple(brand_sim),
                                       cutoff.hit_limit)
        return [c for c in out if c.score > 0.0]

    def _related(self) -> tuple[frozenset[int], ...]:
        """Each party's related organisations, a relation written either way (`subsidiary_of`, `parent_of`):
        the brand owners' group (`brandfit.lift_by_place`)."""
        if self._groups is None:
            parties = self.watchlist.parties
            number = {p.id: n for n, p in enumerate(parties)}
            links: list[set[int]] = [set() for _ in parties]
            for n, party in enumerate(parties):
                for relation in party.relations:
                    other = number.get(relation.party)
                    if other is not None and other != n:
                        links[n].add(other)
                        links[other].add(n)
            self._groups = tuple(frozenset(m for m in linked if parties[m].kind != "person") for linked in links)
        return self._groups

    def _may_carry(self, ranked: list[tuple[float, int]], bound: Bounds) -> bool:
        """Whether a party that owns no brand the query carries, none of whose names' bounds reach the
        cutoff, may still be shown: as a carrier of the brand, which needs a name the query holds whole
        (`WHOLE`). (Nor can its absence change which party `lift_best_fit` lifts: one that scores below it
        is no hit, and one that holds its name whole scores as a carrier already.)"""
        records = self.watchlist.index.records
        return any(bound.coverage(records[rid]) >= WHOLE for _, rid in ranked)

    def _add_person(self, out: list[Candidate], number: int, norm: NormalizedName, tokens: tuple[TokenInfo, ...],
                    cutoff: _Cutoff) -> None:
        # (`plain` whatever the segment carries: `lift_best_fit` reads organisations only)
        person = self._person(number, self.watchlist.parties[number], norm, tokens, cutoff.plain)
        if person is not None:
            out.append(cutoff.saw(person))

    def _organization(self, number: int, party: Party, norm: NormalizedName, tokens: tuple[TokenInfo, ...],
                      ranked: list[tuple[float, int]], brand_sim: dict[str, float], owners: set[int], bound: Bounds
                      ) -> tuple[Candidate, tuple[OrgScore, NameRecord, bool] | None]:
        """The party's best name as a candidate (or its brand-carrier reading, where higher), and, for a
        query that carries a brand, that name with its score and whether the party owns the brand (for
        `brandfit.lift_best_fit`). `ranked` holds the party's reached names, highest bound first, as
        (-bound, record id)."""
        index = self.watchlist.index
        words = self._party_words(number)
        best = None
        best_record = None
        best_rid = -1
        owns = number in owners
        # Highest bound first. The name kept is the one scoring every name would keep: the best raw score,
        # among equals the earliest name of the party (primary before alias ... brand), whatever the order
        # the bounds give.
        records = index.records
        # The name of the highest bound is scored with its evidence at once: it is most often the best, and
        # then needs no second pass; the others are scored without, and one that beats it is explained after.
        explained = ranked[0][1]
        for negative, rid in ranked:
            if best is not None and -negative < best.raw:
                break  # no remaining name of this party can change the result
            record = records[rid]
            scored = org_score(tokens, norm.legal_forms, record, party, words, norm.legal_text,
                               explain=rid == explained, context=bound.context)
            if scored is not None and rid in index.brand_alone:
                scored = self._brand_alone(scored, record, party, words, norm, tokens, bound)
            if scored is not None and (best is None or scored.raw > best.raw
                                       or (scored.raw == best.raw and rid < best_rid)):
                best, best_record, best_rid = scored, record, rid
        if best is not None and best_record is not None and best_rid != explained:
            best = org_score(tokens, norm.legal_forms, best_record, party, words, norm.legal_text,
                             context=bound.context)
            if best is not None and best_rid in index.brand_alone:
                best = self._brand_alone(best, best_record, party, words, norm, tokens, bound)
        carrier = None
        listed = party.name
        # The query holds the whole listed name: with no other word of weight, with a name specific enough
        # (`Kaspersky Lab Italia S.r.l. Ufficio Vendite`) that the rest is a unit of that party, or with the
        # name's own legal form as listed right after its words and no place beside it, where the rest is the
        # record's noise (`TRK#1Z999AA1 Kaspersky Group LLC`; not `Kaspersky Lab Canada Inc.`, a subsidiary).
        # (a name capped as the brand's, `_brand_alone`, is neither read as a carrier nor lifted back to one)
        demoted = best is not None and best_rid in index.brand_alone and any(
            e.feature == "brand_alone" for e in best.evidence)
        covered = (not demoted and best is not None and best_record is not None
                   and self._covered(number, party, best, best_record, norm, tokens, brand_sim, bound, owns))
        if brand_sim and (owns or covered):
            anchor, sim = max(brand_sim.items(), key=lambda kv: kv[1])
            listed = next((text for p, text in index.brands[anchor] if p == number), party.name)
            carrier = carrier_score(tokens, anchor, listed, sim)
        if (covered and carrier is not None and best is not None and carrier[0] > best.score
                and best_record is not None and best_record.name.type is NameType.BRAND):
            # (a product's name the query holds whole and the party's own name too, both lifted alike as the
            # brand's: the party's own name says what the query names, `Kaspersky Lab - éditeur de l'antivirus
            # Kaspersky Anti-Virus`, the listed party, not the product)
            own = self._own_name(number, party, norm, tokens, ranked, brand_sim, bound, owns)
            if own is not None:
                best, best_record = own
        named = (best, best_record, owns) if (brand_sim and best is not None and best_record is not None
                                              and not demoted) else None
        if best is None or best_record is None:
            if carrier is None:
                return Candidate(number, 0.0, HitClass.LISTED, party.name, NameType.PRIMARY, ()), None
            score, product, evidence = carrier
            return Candidate(number, score, HitClass.PRODUCT if product else HitClass.AFFILIATE,
                             listed, NameType.BRAND, evidence), None
        cls = HitClass.PRODUCT if best_record.name.type is NameType.BRAND else HitClass.LISTED
        cand = Candidate(number, best.score, cls, best_record.name.text, best_record.name.type, best.evidence,
                         listed_score=best.raw)
        if carrier is not None and carrier[0] > best.score:
            score, product, evidence = carrier
            if covered:
                return Candidate(number, score, cls, best_record.name.text, best_record.name.type,
                                 best.evidence + evidence, listed_score=best.raw), named
            carrier_cls = HitClass.PRODUCT if product else HitClass.AFFILIATE
            return Candidate(number, score, carrier_cls, best_record.name.text, best_record.name.type,
                             evidence + best.evidence, listed_score=best.raw), named
        return cand, named

    def _covered(self, number: int, party: Party, scored: OrgScore, record: NameRecord, norm: NormalizedName,
                 tokens: tuple[TokenInfo, ...], brand_sim: dict[str, float], bound: Bounds, owns: bool) -> bool:
        """Whether the query holds the listed name whole (`scored`, of `record`): with no other word of weight,
        with a name specific enough that the rest is a unit of that party, or amid the record's noise."""
        return scored.coverage >= WHOLE and (not scored.core_extra or len(record.tokens) >= _SPECIFIC
                                             or bool(brand_sim) and self._named_amid_noise(
                                                 number, party, scored, record, norm, tokens, brand_sim, bound, owns))

    def _own_name(self, number: int, party: Party, norm: NormalizedName, tokens: tuple[TokenInfo, ...],
                  ranked: list[tuple[float, int]], brand_sim: dict[str, float], bound: Bounds, owns: bool
                  ) -> tuple[OrgScore, NameRecord] | None:
        """The party's best name of its own (not a brand), explained, where the query holds it whole
        (`_covered`); `ranked` holds the party's reached names, highest bound first."""
        records = self.watchlist.index.records
        words = self._party_words(number)
        found: tuple[OrgScore, NameRecord] | None = None
        for negative, rid in ranked:
            record = records[rid]
            if found is not None and -negative < found[0].raw:
                break
            if record.name.type in (NameType.BRAND, NameType.WEAK) or rid in self.watchlist.index.brand_alone:
                continue
            scored = org_score(tokens, norm.legal_forms, record, party, words, norm.legal_text, explain=True,
                               context=bound.context)
            if scored is not None and (found is None or scored.raw > found[0].raw):
                found = scored, record
        if found is None or not self._covered(number, party, *found, norm, tokens, brand_sim, bound, owns):
            return None
        return found

    @staticmethod
    def _brand_alone(scored: OrgScore, record: NameRecord, party: Party, words: frozenset[str], norm: NormalizedName,
                     tokens: tuple[TokenInfo, ...], bound: Bounds) -> OrgScore:
        """`scored`, a name that is another party's brand alone, capped below the brand's owner where the query
        writes a domain or product word beside it (`_beside_brand`), with evidence that says so."""
        word = _beside_brand(record, party, words, norm, tokens, bound)
        if not word:
            return scored
        said = Evidence("brand_alone", _BRAND_ALONE_CAP, word, record.name.text,
                        f"the listed name is another party's brand alone: beside '{word}' the name is the brand's "
                        f"(a product or another company carrying it), capped at {_BRAND_ALONE_CAP:.2f}")
        return attrs.evolve(scored, score=min(scored.score, _BRAND_ALONE_CAP), raw=min(scored.raw, _BRAND_ALONE_CAP),
                            evidence=scored.evidence + (said,) if scored.evidence else ())

    def _named_amid_noise(self, number: int, party: Party, best: OrgScore, record: NameRecord,
                          norm: NormalizedName, tokens: tuple[TokenInfo, ...], brand_sim: dict[str, float],
                          bound: Bounds, owns: bool) -> bool:
        """Whether a brand-carrying query writes the listed name (`record`, scored `best`) whole, its words in a
        row with a legal form of its own, written as listed, right after them (or before them, starting the
        name: `株式会社カスペルスキー 東京都`), and leaves no place unexplained: the other words are the record's,
        not another country's entity of the brand, nor a company named beside it (`Acme GmbH, distributor for
        Kaspersky Labs`, `Acme GmbH (Kaspersky Labs reseller)`; `Kaspersky Lab Ontario Inc`)."""
        if not record.norm.legal_forms or not norm.legal_at:
            return False
        aligned = bound.context.alignments.get(record.align_id)
        held = {i for q_idx, _, _, _ in aligned.alignment.pairs for i in q_idx} if aligned is not None else set()
        if not held or len(held) != max(held) - min(held) + 1 or not any(
                at == max(held) + 1 or at == min(held) == 0 for at in norm.legal_at):
            return False
        found = fit_of(best, record, tokens, norm.legal_text, party, self._party_words(number), brand_sim,
                       bound.context, owns)
        return found.whole and found.spelled and not found.foreign

    def _party_words(self, number: int) -> frozenset[str]:
        words = self._words.get(number)
        if words is None:
            words = self._words[number] = party_words(self.watchlist.parties[number])
        return words

    def _person(self, number: int, party: Party, norm: NormalizedName, tokens: tuple[TokenInfo, ...],
                limit: float = 0.0) -> Candidate | None:
        """The person as a candidate; None when it scores below `limit` (then no result could show it)."""
        profile = self._profiles.get(number)
        if profile is None:
            profile = self._profiles[number] = PersonProfile.build(party)
        score, evidence = person_score(expand_initials(norm, tokens), profile, company_form=company_form(norm),
                                       floor=limit)
        if score < limit:
            return None
        matched = matched_person_name(party, evidence)
        return Candidate(number, score, HitClass.LISTED, matched.text, matched.type, evidence, listed_score=score)

    def _adjust(self, cand: Candidate, kind: str | None, country: str | None, born: dt.date | WrittenDate | None,
                taxed: tuple[str, ...] = (), words: tuple[str, ...] = ()) -> Candidate:
        """The candidate with the query's attributes applied (`scoring.attribute_adjustment`); a tax number only
        where the person's name reads every word of its holder's (`words`, `_holder_words`; legal forms and
        labelled numbers aside): beside another person's name, `...; Ефремов Андрей Анатольевич ИНН ...`, `IP
        Smirnov, INN ...`, it may be theirs. (Not in `final_score`: the cutoff needs a bound there, and a
        conflict only lowers one.)"""
        if taxed and (self.watchlist.parties[cand.party].kind != "person" or not set(words) <= {
                word for e in cand.evidence if e.score > 0.0 for word in e.query_part.split()}):
            taxed = ()
        if kind is None and country is None and born is None and not taxed:
            return cand
        party = self.watchlist.parties[cand.party]
        if isinstance(born, WrittenDate) and born.owner and party.kind == "person" and (
                named := {word for e in cand.evidence if e.score > 0.0 and e.feature in _NAME_PARTS
                          for word in e.query_part.split()}) and named <= born.owner:
            born = attrs.evolve(born, sole=True)  # (the part of the field that writes it names this person)
        delta, evidence = attribute_adjustment(party, self.config, kind=kind, country=country, birth_date=born,
                                               score=cand.score, tax_numbers=taxed, named=_named(cand))
        return cand.adjusted(delta, evidence)


def _read_words(cand: Candidate) -> frozenset[str]:
    """The query's words a candidate's name reads, by skeleton (its evidence of words met, or of the brand carried:
    not of places or forms)."""
    return frozenset(skeleton(word) for e in cand.evidence if e.score > 0.0
                     and e.feature.startswith(("token_", "brand_")) for word in e.query_part.split())


def _legal_name(cand: Candidate) -> bool:
    """Whether the query writes the candidate's name whole with its legal form (`Kaspersky Labs Limited`): a
    company's own legal name, which a street address beside it does not make another's."""
    return any(e.feature == "legal_form_same" for e in cand.evidence) and not any(
        e.feature == "missing_listed_word" for e in cand.evidence)


def _read_as(feature: str, changed: list[tuple[str, str]], why: str) -> Evidence:
    """The evidence that a reading of the name read its words (`changed`: as written, as read) so, and why; it
    scores the reading's cap."""
    seen_as = ", ".join(f"{word!r} as {read!r}" for word, read in changed)
    return Evidence(feature, _READ_AS_CAP, " ".join(w for w, _ in changed), " ".join(r for _, r in changed),
                    f"read {seen_as}: {why}, {_CAPPED}")


_NAME_PARTS = frozenset({"family_name", "given_name", "patronymic"})
_PERSON_PARTS = re.compile(r"[;|\n]")  # what parts a list of persons in one field (`Board: ...; ...`)


def _date_owner(text: str, written: WrittenDate) -> frozenset[str]:
    """The words (normalised) of the part of a field of several persons (`_PERSON_PARTS`) that writes a birth
    date, where that part names one person (`WrittenDate.owner`); none where no such part holds it whole."""
    parts = _PERSON_PARTS.split(text)
    part = next((p for p in parts if written.text in " ".join(p.split())), None) if len(parts) > 1 else None
    if part is None or names_several(without_birth_clause(part)):
        return frozenset()
    return frozenset(normalize(part).tokens)


def _named(cand: Candidate) -> bool:
    """Whether the candidate's name says nothing of another person (`persons.CONFLICTS`): a whole birth date may
    lift it to review (`scoring.attribute_adjustment`)."""
    return not any(e.feature in CONFLICTS for e in cand.evidence)


def _screener(cls: type[Screener], watchlist: Watchlist, config: ScreeningConfig) -> Screener:
    """A screener made again from its class, list and config, as a pickled one is (`Screener.__reduce__`): once
    per process, so that a pool handing it to a worker with each task (`pool.imap(screener.screen, names)`)
    does not build the index again each time."""
    key = (cls, watchlist.info, hash(watchlist.parties), config)
    with _REBUILT_LOCK:
        found = _REBUILT.get(key)
        if found is None:
            if len(_REBUILT) >= _REBUILT_MAX:
                _REBUILT.clear()
            found = _REBUILT[key] = cls(watchlist, config=config)
    return found


_REBUILT: dict[tuple[type[Screener], ListInfo, int, ScreeningConfig], Screener] = {}  # (`_screener`)
_REBUILT_MAX = 8  # screeners a process keeps made again from pickles (lists and configs are few)
_REBUILT_LOCK = threading.Lock()
