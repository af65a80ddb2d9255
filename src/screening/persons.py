"""Person-name matching: family, given name and patronymic aligned in any order.

A listed person is reduced to a `PersonProfile`: the skeletons of every family name, given name and
patronymic that any of the person's names (OFAC primary, a.k.a.s, press-release and Cyrillic forms) spells.
A query is scored by trying every assignment of its tokens to (family, given, patronymic) and keeping the
best, so `Tikhonov Andrei`, `Andrei G. Tikhonov` and `TIKHONOV, A. G.` all align; two initials give the given
name first (`Ivanov M.A.` is Mikhail Antonovich, not Anton Mikhaylovich).

Scoring (weights 0.45 family / 0.35 given / 0.20 patronymic; each part scores its token similarity):

* a family name is required (similarity >= 0.8, on the spelling or its romanisation skeleton; a word
  shaped like a patronymic never stands for it: `Anton Ivanovich Petrov` is not Ivanov), and so is a
  given name (or the listed role, below): a shared surname alone is never a hit (`Oleg Borshchev`);
* a given name matches by spelling, by equivalence group (`Andrew` = `Andrei`, from the given-name
  table) at 0.9, or as an initial at 0.6 (an initial is the first letter of a spelling or skeleton, or
  a Cyrillic letter romanised in two: `Gerber M.Yu.`); a misspelling must not itself be another known given name
  (`Maria` is not `Marina`); a word of three letters or more one slip from the listed given name, first
  letter kept or, in a name of five letters or more, struck as its neighbour key (`Xaniil`), that is no
  known given name nor a word of another kind scores 0.75 (`Igpr` for Igor: a REVIEW beside the surname
  alone; for a name of four letters or fewer only a neighbour key, a print look-alike, a swap, a vowel
  dropped inside it or, as written, a neighbour key pressed inside it counts: `Igr`, `Anjna`),
  and so does a pet form of the listed name (`Misha` for Mikhail: `given_names.toml` diminutives);
  beside the listed family name and patronymic, both as listed, any one edit of a short name counts too
  (`Igo`, `Annqa`), capped at 0.89 (a REVIEW);
  a single initial with no patronymic beside the family name as listed (in any of its spellings) is credited
  0.75, the least of a REVIEW (`A. Tikhonov`: unspecific, but an analyst wants to see it), capped at 0.72;
  beside a family name only near the listed one (capped at 0.6), or with other words that cost, it stays below
  review;
* a patronymic matches by spelling or as made from an equivalent of the father's name (Ukrainian
  `Hennadiiovych` for `Gennadyevich`) at 0.9, and one slip from a listed spelling as written counts by
  that spelling (`Sergeyrevich`, which the skeleton folds further away); one that is present but
  different is strong evidence of another person: capped at 0.5;
  an absent one is neutral (0.5 of its weight);
* beside a family name with a Russian or Ukrainian case ending (`Борщеву`, `Кулашовой`, `Кулашовій`;
  `screening.cases`), the given name and patronymic are read declined too (`Даниилу Сергеевичу`) and match
  as listed; a man's surname with -a is his genitive beside his patronymic declined (`Тихонова Андрея
  Геннадьевича`); beside his given name declined alone (`od Antona Ivanova`) his genitive or a woman's name,
  at most a REVIEW (0.84, below the reading after a preposition that tells which); else a woman's surname;
* so beside a family name with another language's case ending (Latvian `Antonam Ivanovam`, Finnish `Denis
  Zenkinille`, Czech `Anna Dudorinová`: `screening.endings`), the name as listed once the ending is cut; and
  where only the name's last word is declined, as Hungarian writes it (`Gerber Mihailnak`), that word is read
  as the given name or patronymic with its ending cut;
* a family name that matches only by spelling similarity (not exactly, nor as the same romanisation)
  is capped at 0.89, a REVIEW at the default thresholds: `Kuleshova` may be a typo or another family;
* every query word left over costs 0.08 (0.03 inside brackets, or from a title or role word on: `Igor
  Chekunov, Chief Legal Officer`, and such words 0.09 in all) unless a listed place of the person
  explains it (`Mikhail Y. Gerber, Moscow`) or it is a word of the person's listed role or employer
  (`CTO`, `Kaspersky`); two such words other than bare titles (`chief`, `head`) stand in for a missing
  given name, up to 0.8 (`Zenkin, Head of Corporate Communications`); a company legal form (not a
  sole-trader form) costs 40%; a name scoring 0.9 or more alone, its surname as listed and its parts in a
  row, amid two or more other words with no initial, other given name or patronymic among them scores
  0.84 however many they are (`Passenger CHEKUNOV/IGOR MR seat 14C`).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING, NamedTuple

import attrs

from screening.abjad import (READING_BEST, is_reading, latin_classes, patronymic_stem, reading_distance, reading_key,
                             reading_similarity)
from screening.cases import declined, nominatives
from screening.endings import ending_of, one_letter, stems, written_stems
from screening.lexicon import (BRAND_TRADE, TokenInfo, is_declined_patronymic, is_female_patronymic, is_patronymic,
                               lexicon)
from screening.models import Evidence, NameParts, NameType, Party, PartyName
from screening.normalize import NormalizedName
from screening.ocr import look_alike_slips
from screening.roles import holds_listed_title, role_stands_in, role_titles, role_words, telling_role
from screening.tokens import tokens_of
from screening.romanize import skeleton
from screening.similarity import MAX_TOKEN, one_edit_apart, token_similarity
from screening.typos import fat_fingered, first_struck, struck_or_swapped, vowel_dropped

if TYPE_CHECKING:
    from screening.index import NameRecord

__all__ = ["AMID_CAP", "CONFLICTS", "PersonProfile", "company_form", "expand_initials", "family_name_at",
           "family_skeletons", "beside_name_part", "looks_like_person", "matched_person_name", "names_several",
           "person_score", "womans_surname_at"]

_FAMILY, _GIVEN, _PATRONYMIC = 0.45, 0.35, 0.20
_MIN_PART = 0.75  # least similarity for a patronymic to count as the same
_MIN_FAMILY = 0.8  # a family name: one slip in six letters, two in ten; not an added suffix (Gerberov)
_MIN_GIVEN = 0.8  # given names are short and common: a stricter floor
_EQUIVALENT = 0.9  # credit for a given-name equivalent (Andrew for Andrei)
# credit for a word that is no known given name one slip from the listed one (`Igpr` for Igor): with the
# family name alone and no patronymic a REVIEW, never a MATCH
_SLIPPED_GIVEN = 0.75
_PET_FORM = _SLIPPED_GIVEN  # credit for a pet form of the listed given name (`Misha` for Mikhail): as a slip
# A word one edit of any kind from a listed given name (`Igo`, `Annqa`, `Ugor`: a short name, which
# `_one_slip` reads more strictly), no known name, counts as that slip only beside the listed family name and
# patronymic, both as listed (a namesake rarely shares both; a sister does, hence a REVIEW).
_BESIDE_PATRONYMIC = "one slip from the listed name, beside the listed patronymic"
# A part written with a case ending (`Борщеву Даниилу Сергеевичу` of a payment order, Ukrainian `Кулашовій Ганні`:
# `screening.cases`), and a daughter's patronymic as named, whose ending is no case
_DECLINED = "declined, a Russian or Ukrainian case ending on the listed name"
_NAMED_DAUGHTER = ("vna", "ihna")
_DECLINED_FAMILY = f"family name {_DECLINED}"
# A part written with another language's case ending (`Antonam Ivanovam`, `Denis Zenkinille`: `screening.endings`)
_FOREIGN = "declined, another language's case ending on the listed name"
# Endings that tell a word declined where it reads as a given name (`Jewgienijem`, `Евгению`); not a bare
# vowel, which ends many words that are no names (`Marine`, `Sahara`)
_CASE_ENDINGS = ("em", "om", "im", "iu", "u", "ovi", "evi", "ego")
# A given name in -ій, -ий declined (`Андрію`, `Андрія`, `Андрієм`: andriiu, andriia, andriiem), read as the
# equivalent it declines (Andriy for Andrey); not other names in -ia, -iu (`Antonia`, a name of her own), nor
# where the case is another name's too (`Антонию`: Antoniy's or Antonia's)
_DECLINED_II = re.compile(r"(?:ii|iy|ij|yi)(?:u|a|em|eiu|ey|ei)$")
_FOREIGN_FAMILY = f"family name {_FOREIGN}"
_EITHER_CAP = 0.84  # ... a REVIEW below the reading after a preposition that says which (`от Андрея Тихонова`)
# ... and where the given name declined is a woman's name in other languages (`Denisa Zenkina`): a REVIEW still, but
# below the reading after a preposition as the amid-words cap keeps it (`санкции против Дениса Зенкина`, 0.84)
_HERS_TOO_CAP = 0.8
# A patronymic as Russian and Ukrainian write it and romanise it (`Gennadyevich`, `Hennadiyovych`, `Gennadjewitsch`,
# `Giennadjewicz`, `Vladimirovna`; the token's text, romanised): not the -ić of a South Slavic surname
_RUSSIAN_PATRONYMIC = re.compile(r"(?:vich|vych|vitch|vitsch|witsch|wicz|vna|wna)$")
_GENITIVE_OR_HERS = ("the listed man's surname with -a beside his given name declined: his genitive, or a woman's "
                     "name (at most a REVIEW)")
_SOFT_END = re.compile(r"\w+ь\b", re.IGNORECASE)  # a Cyrillic word ending in a soft sign
_INITIAL = 0.6  # credit for an initial standing for a part
_ABSENT_PATRONYMIC = 0.5  # share of the patronymic weight kept when the query has none
_EXTRA, _EXTRA_QUALIFIER = 0.08, 0.03
# Words in brackets or describing the job cost at most this much in all: an aside says what the person
# does, not who; beyond a few words its length is no evidence (`..., Head of the Operating Systems
# Business Unit`).
_QUALIFIER_TOTAL = 2 * _EXTRA_QUALIFIER
_CONFLICT_CAP, _INITIAL_CAP, _NO_GIVEN_CAP = 0.5, 0.6, 0.45
# A single initial beside the family name as listed, no patronymic: its credit (the least of a REVIEW: `A.
# Tikhonov`) and the most it scores.
_LONE_INITIAL, _ONE_INITIAL_CAP = 0.75, 0.72
_SURNAME_MIN = 5  # letters of a skeleton read as another surname by its ending (`petrov`; `_other_surname`)
# A family name with no given name but with the person's listed role (`roles.role_stands_in`): the role stands
# in for the given name, at most a REVIEW.
_ROLE_CREDIT, _ROLE_CAP = 0.9, 0.8
# A listed name that would be a MATCH on its own (its parts scoring 0.9 or more: given and family names as
# listed, or a close given name with the patronymic), written whole with its parts in a row, and no other
# person's given name or patronymic among the other words, amid other words (`Consulting fee to Igor
# Chekunov per agreement`, `Passenger CHEKUNOV/IGOR MR seat 14C`): the words around it say what the record is
# about, not who; however many there are, the name is there to review, never a MATCH on its own. (Below the
# default review threshold once an attribute conflicts, 0.84 - 0.15: a record that writes another birth date
# is about a namesake.)
_WHOLE_NAME = 0.9
AMID_CAP = 0.84  # a listed name written whole amid other words scores at most this (so does one read out of a
# Chinese sentence: `Screener._transcribed`)
_AMID_WORDS = 2  # words left over at least: one costs what it always did (`Andrei Tikhonov Consulting`)
_AMID = "the listed name written whole among other words of the record"
# A word of the name written again costs nothing: the name twice (two scripts, merged fields) says no more, and
# no less, than the name once.
_WRITTEN_AGAIN = "a word of the name written again"
_COMPANY_FORM_FACTOR = 0.6
# A company legal form on a listed person's name written whole (given and family names as listed, in a row, no
# other person named beside them: `Andrei Suvorov LLC`, `ООО Суворов Андрей Анатольевич`), or on the surname
# with both initials beside it (`Zenkin D.V. Ltd`), names a company for the person, who may own it: a REVIEW,
# never a MATCH, as the same name amid other words is (`Andrei Suvorov Consulting`). Any other name with a
# company form is scaled by the factor above.
_COMPANY_NAMED_CAP = 0.8
_COMPANY_NAMED = ("a company legal form on the listed person's whole name: a company named for the person, who may "
                  "own it")
_SPELLED_FAMILY_CAP = 0.89  # below the default MATCH threshold (0.90): a misspelt surname is a REVIEW
# Romanisations of one Cyrillic letter in two or more Latin ones (Ю Yu/Iu/Ju, Я, Е, Ё, Ж, Х, Ц, Ч, Ш, Щ):
# `Gerber M.Yu.` writes Mikhail Yuryevich's patronymic initial this way.
_LETTER_SPELLINGS = frozenset({"yu", "iu", "ju", "ya", "ia", "ja", "ye", "je", "yo", "jo", "zh", "kh", "ts", "tz",
                               "ch", "sh", "sch", "shch"})
# The other ways languages write the Cyrillic letter a listed Latin spelling starts with, as an initial (В:
# German and Polish W; Ю, Я, Е: J and Ju, Ja, Je; Г: the Ukrainian H; Ж: Z and the French J; Х, Ч, Ш, Щ, Ц: their
# German, Polish and Czech letters; the Ukrainian О of Олександр for Ale-): `Kulaschowa A.W.`, `Gerber M.J.`
# (Jurjewitsch), `Астрахан К.О.` (Олександрович). Longest start first.
_OTHER_INITIALS = (
    ("alek", frozenset({"o"})), ("alex", frozenset({"o"})),  # (Ukrainian Олександр, Олексій: `Астрахан К.О.`)
    ("shch", frozenset({"s", "sz", "sch", "shch"})), ("yu", frozenset({"j", "ju", "iu"})),
    ("iu", frozenset({"j", "ju", "y", "yu"})), ("ju", frozenset({"y", "yu", "iu"})),
    ("ya", frozenset({"j", "ja", "ia"})), ("ia", frozenset({"j", "ja", "y", "ya"})),
    ("ja", frozenset({"y", "ya", "ia"})),
    ("ye", frozenset({"j", "je", "e"})), ("je", frozenset({"y", "ye", "e"})), ("yo", frozenset({"j", "jo", "e"})),
    ("kh", frozenset({"h", "ch"})), ("zh", frozenset({"z", "j"})), ("sh", frozenset({"s", "sz", "sch"})),
    ("ch", frozenset({"c", "cz"})), ("ts", frozenset({"c", "z", "tz"})), ("v", frozenset({"w"})),
    ("w", frozenset({"v"})), ("g", frozenset({"h"})),
)


@attrs.frozen
class PersonProfile:
    """Every spelling of one listed person's name parts, as skeletons."""

    families: frozenset[str]
    raw_families: frozenset[str]  # family names as spelled (a transposition is one edit of the spelling)
    patronymic_family: bool  # a listed family name itself ends like a patronymic (then such tokens may be it)
    givens: frozenset[str]
    groups: frozenset[int]  # given-name equivalence groups of the givens
    patronymics: frozenset[str]
    # initials (a letter, or a letter's romanisation such as `yu`) of the given names as spelled or as
    # skeletons -> the given name shown; and those of the patronymics
    given_initials: dict[str, str]
    patronymic_initials: frozenset[str]
    places: frozenset[str]  # normalised tokens of addresses and birth places
    countries: frozenset[str]  # the person's countries (ISO alpha-2)
    # words of the person's listed role (`Head of Corporate Communications, AO Kaspersky Lab`) with the
    # role's abbreviations (`clo`, `evp`, `md`), and of the employer (the part with a legal form)
    role_words: frozenset[str] = frozenset()
    employer_words: frozenset[str] = frozenset()
    employer_domain: frozenset[str] = frozenset()  # the employer's domain words, legal form (`lab`, `ao`)
    # the listed role's titles whole (`roles.role_titles`: `cbdo`; chief, business, development, officer)
    role_titles: tuple[frozenset[str], ...] = ()
    # the employer words' skeletons: a word declined as an adjective is one (`Лаборатории Касперского`)
    employer_skels: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    # given names and patronymics as spelled: what an Arabic, Hebrew or katakana reading is compared with
    raw_givens: frozenset[str] = frozenset()
    raw_patronymics: frozenset[str] = frozenset()
    soft_givens: frozenset[str] = frozenset()  # given names with a soft stem (`Игорь`: `screening.cases`)
    # initials as other languages write the listed parts' first Cyrillic letters (`_OTHER_INITIALS`), matched
    # against the initial as written only (its skeleton folds `Kh.` and `Ch.` to the `h` of Ukrainian Г)
    written_given_initials: dict[str, str] = attrs.field(factory=dict)
    written_patronymic_initials: frozenset[str] = frozenset()
    # query word -> what it can stand for (`_family_credit`, `_part_credits`): words recur across queries
    _families: dict = attrs.field(init=False, factory=dict, eq=False, repr=False)
    _parts: dict = attrs.field(init=False, factory=dict, eq=False, repr=False)

    @employer_skels.default
    def _employer_skels(self) -> frozenset[str]:
        return frozenset(map(skeleton, self.employer_words))

    def employer_word(self, token: TokenInfo) -> bool:
        """Whether a query word is a word of the person's listed employer, as written or declined (`Kasperskogo`)."""
        return token.skel in self.employer_skels  # (a word as written has the skeleton of its spelling)

    @property
    def female(self) -> bool:
        """Whether the person's listed patronymic is a daughter's (`Vladimirovna`)."""
        return any(map(is_female_patronymic, self.patronymics))

    @classmethod
    def build(cls, party: Party) -> PersonProfile:
        """Collect the name parts of every name of `party`."""
        parts = _listed_parts(party)
        families, givens, patronymics = set(parts[0]), set(parts[1]), set(parts[2])
        for name in party.names:
            fam, giv, pat = _split(name.text, parts)
            families |= fam
            givens |= giv
            patronymics |= pat
        groups = frozenset(g for s in givens if (g := lexicon().given_group.get(s)) is not None)
        places = {t for a in party.addresses for t in tokens_of(a.full)}
        places |= {t for p in party.birth_places for t in tokens_of(p)}
        spelled = [(t, skeleton(t)) for n in party.names for t in tokens_of(n.text)]
        if party.name_parts is not None:
            given_and_patronymic = f"{party.name_parts.given} {party.name_parts.patronymic or ''}"
            spelled += [(t, skeleton(t)) for t in tokens_of(given_and_patronymic)]
        raw = {t for t, skel in spelled if skel in families}
        given_initials: dict[str, str] = {}
        written_given: dict[str, str] = {}
        for t, skel in sorted(spelled, key=lambda pair: pair[1]):
            if skel in givens:
                for key in _initials(t, skel):
                    given_initials.setdefault(key, skel)
                for key in _other_initials(t):
                    written_given.setdefault(key, skel)
        patronymic_initials = frozenset(key for t, skel in spelled if skel in patronymics for key in _initials(t, skel))
        written_patronymic = frozenset(key for t, skel in spelled if skel in patronymics for key in _other_initials(t))
        countries = frozenset(party.countries) | {a.country for a in party.addresses if a.country}
        # given names the list writes in Cyrillic with a soft sign (`Игорь`): they decline -ю, -я (`Игорю`)
        soft = frozenset(skel for n in party.names for word in _SOFT_END.findall(n.text)
                         for t in tokens_of(word) if (skel := skeleton(t)) in givens)
        return cls(frozenset(families), frozenset(raw), any(is_patronymic(f) for f in families), frozenset(givens),
                   groups, frozenset(patronymics), given_initials, patronymic_initials, frozenset(places), countries,
                   *role_words(party.role or ""), role_titles=role_titles(party.role or ""),
                   raw_givens=frozenset(t for t, skel in spelled if skel in givens),
                   raw_patronymics=frozenset(t for t, skel in spelled if skel in patronymics), soft_givens=soft,
                   written_given_initials=written_given, written_patronymic_initials=written_patronymic)


def _initials(spelling: str, skel: str) -> set[str]:
    """What an initial of a name part may be written as: the first letter of its spelling or skeleton
    (`Yuryevich`, skeleton `iurevih`: y, i) and a romanised letter either starts with (yu, iu)."""
    keys = {spelling[:1], skel[:1]} - {""}
    keys.update(k for k in _LETTER_SPELLINGS if spelling.startswith(k) or skel.startswith(k))
    return keys


def _other_initials(spelling: str) -> frozenset[str]:
    """The other ways languages write the first letter of a name part's spelling as an initial (`Yuryevich`:
    j, ju; `Vladimirovna`: w)."""
    return next((more for start, more in _OTHER_INITIALS if spelling.startswith(start)), frozenset())


def _listed_parts(party: Party) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return _part_skeletons(party.name_parts)


@functools.lru_cache(maxsize=4096)
def _part_skeletons(p: NameParts | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Skeletons of listed name parts (memoised: each name of a person asks for them when indexed)."""
    if p is None:
        return frozenset(), frozenset(), frozenset()
    return (frozenset(skeleton(t) for t in tokens_of(p.family)), frozenset(skeleton(t) for t in tokens_of(p.given)),
            frozenset(skeleton(t) for t in tokens_of(p.patronymic or "")))


def _split(text: str, known: tuple[frozenset[str], frozenset[str], frozenset[str]],
           skeletons: tuple[str, ...] | None = None
           ) -> tuple[set[str], set[str], set[str]]:
    """Assign each token of one listed name to family / given / patronymic (`skeletons`: its tokens'
    skeletons when the caller has them already)."""
    head = {skeleton(t) for t in tokens_of(text.split(",")[0])} if "," in text else set()
    out: tuple[set[str], set[str], set[str]] = (set(), set(), set())
    skels = [skel for skel in (skeletons if skeletons is not None else map(skeleton, tokens_of(text)))
             if len(skel) >= 2]
    if not any(known):  # no listed name parts: the name's own order and the given-name table tell them
        return _split_unparted(skels, head)
    for skel in skels:
        # A part that lists the skeleton itself is the best one (similarity 1.0, the first such part);
        # below MAX_TOKEN letters no other skeleton scores 1.0, so no similarity need be computed.
        exact = (None if len(skel) >= MAX_TOKEN else 0 if skel in known[0] else 1 if skel in known[1]
                 else 2 if skel in known[2] else None)
        if exact is not None:
            out[exact].add(skel)
            continue
        sims = [max((token_similarity(skel, s) for s in part), default=0.0) for part in known]
        best = max(range(3), key=sims.__getitem__)
        if sims[best] >= _MIN_PART:
            out[best].add(skel)
        elif is_patronymic(skel):
            out[2].add(skel)
        elif skel in head or skel not in lexicon().given:
            out[0].add(skel)
        else:
            out[1].add(skel)
    return out


def _split_unparted(skels: list[str], head: set[str]) -> tuple[set[str], set[str], set[str]]:
    """`_split` of a name listed without its parts: the words before a comma, or else those no given name
    nor patronymic, are the family name; where every word is a given name (`Ali Hassan`, `Thomas James`), the
    last one is (the first before a comma). Of the given names, the first is the given name and the others
    stand where a patronymic would (`SMITH, John Paul`: Paul a middle name, matched as written or as an initial)."""
    given_table = lexicon().given
    family = {skel for skel in skels if skel in head} if head else {
        skel for skel in skels if skel not in given_table and not is_patronymic(skel)}
    if not family and len(skels) >= 2:
        family = {skels[-1]}
    rest = [skel for skel in skels if skel not in family]
    first = next((skel for skel in rest if not is_patronymic(skel)), None)
    middle = {skel for skel in rest if skel != first}
    return family, ({first} if first is not None else set()), middle


def family_skeletons(record: NameRecord, party: Party) -> tuple[str, ...]:
    """Family-name skeletons of one listed name (the anchors a person is found by)."""
    fam, _, _ = _split(record.name.text, _listed_parts(party), tuple(t.skel for t in record.tokens))
    return tuple(sorted(fam))


def _best(skel: str, options: frozenset[str], text: str = "", raw: frozenset[str] = frozenset()
          ) -> tuple[float, str]:
    """Best similarity of a token to a set of skeletons (and of its spelling to raw spellings)."""
    best = max(((token_similarity(skel, o), o) for o in options), default=(0.0, ""))
    if text and raw:
        best_raw = max(((token_similarity(text, r), skeleton(r)) for r in raw), default=(0.0, ""))
        best = max(best, best_raw)
    return best


# how a reading (`abjad.is_reading`) matched
_READ_FROM = "read from Arabic, Hebrew, katakana, Hangul or Chinese letters"


def _read_best(reading: str, spellings: frozenset[str]) -> tuple[float, str]:
    """Best similarity of a reading (`screening.abjad`, `screening.kana`) to listed spellings, with the
    skeleton of the best one."""
    return max(((reading_similarity(reading, s), skeleton(s)) for s in sorted(spellings)), default=(0.0, ""))


@functools.lru_cache(maxsize=4096)
def _read_given_names(reading: str) -> tuple[tuple[float, str], ...]:
    """(distance, skeleton) of the common given names with the consonants of a reading, closest first."""
    key = reading_key(reading)
    return tuple(sorted((reading_distance(reading, latin_classes(g)), g) for g in _given_by_reading_key().get(key, ())))


@functools.cache
def _given_by_reading_key() -> dict[str, tuple[str, ...]]:
    """The lexicon's given names by the consonants a reading of them keeps (`abjad.reading_key`)."""
    out: dict[str, list[str]] = {}
    for given in sorted(lexicon().given):
        out.setdefault(reading_key(latin_classes(given)), []).append(given)
    return {k: tuple(v) for k, v in out.items()}


def _read_given_credit(reading: str, profile: PersonProfile) -> tuple[float, str, str]:
    """(credit, listed, how) of a reading (Arabic, Hebrew, katakana) as the given name: it must fit no other known
    given name better than the person's (`ماريا` is Maria, not Marina)."""
    sim, listed = _read_best(reading, profile.raw_givens)
    if sim < _MIN_GIVEN:
        return 0.0, "", ""
    mine = min(reading_distance(reading, latin_classes(g)) for g in profile.raw_givens)
    groups = lexicon().given_group
    if any(d < mine and groups.get(g) not in profile.groups for d, g in _read_given_names(reading)):
        return 0.0, "", ""
    return sim, listed, _READ_FROM


@functools.lru_cache(maxsize=8192)
def _patronymic_similarity(skel: str, listed: frozenset[str], text: str = "", raw: frozenset[str] = frozenset()
                           ) -> tuple[float, str]:
    """(similarity, how) to the listed patronymics; 0 across genders (`Gennadyevna` is not `Gennadyevich`).

    A patronymic made from an equivalent of the father's given name (Ukrainian `Hennadiiovych`, Russian
    `Gennadyevich`: Hennadii and Gennady are one name in the given-name table) counts as an equivalent. A
    patronymic one slip from a listed spelling as written (`text` against `raw`) counts by that spelling,
    where the skeleton folds the slip further away (`Sergeyrevich`: the stray y reads as i, not as -ye-).
    Remembered: on a large list many persons share their patronymics (`Aleksandrovich`), and query words recur.
    """
    female = is_female_patronymic(skel)
    same_gender = frozenset(p for p in listed if not is_patronymic(skel) or is_female_patronymic(p) == female)
    sim = _best(skel, same_gender)[0]
    fathers = _father_groups(skel) if sim < _EQUIVALENT else frozenset()
    if fathers and any(fathers & _father_groups(p) for p in same_gender):
        return _EQUIVALENT, "equivalent name"
    if sim < _MIN_PART and text and is_patronymic(skel):
        sim = max((token_similarity(text, r) for r in raw
                   if is_female_patronymic(skeleton(r)) == female and one_edit_apart(text, r)), default=sim)
    return sim, "spelling" if sim < 1.0 else "exact"


# Patronymic endings on skeletons, Russian and Ukrainian (longest first): what is left is the father's given
# name, give or take its last vowels (`genad|evih` Gennadyevich, `henadi|ovih` Hennadiiovych, `serg|evih`).
_PATRONYMIC_SUFFIXES = ("iovih", "ievih", "ievna", "evih", "ovih", "ivna", "evna", "ovna",
                        "avih", "avna", "auna")  # (Belarusian -авіч, -аўна: Uladzimiravich)
_FATHER_ENDINGS = ("", "i", "ei")


@functools.lru_cache(maxsize=4096)
def _father_groups(skel: str) -> frozenset[int]:
    """Given-name groups the father's name in a patronymic may belong to (none when it is not one)."""
    groups = lexicon().given_group
    for suffix in _PATRONYMIC_SUFFIXES:
        if skel.endswith(suffix) and len(skel) > len(suffix) + 1:
            base = skel[:-len(suffix)]
            return frozenset(g for end in _FATHER_ENDINGS if (g := groups.get(base + end)) is not None)
    return frozenset()


def _given_credit(skel: str, profile: PersonProfile, initial: bool, text: str = "") -> tuple[float, str, str]:
    """(credit, listed spelling, how) for a query token standing for the given name (`text`: as written)."""
    if initial:
        hit = (profile.given_initials.get(skel) or profile.given_initials.get(text)
               or profile.written_given_initials.get(text))
        if hit is None:
            hit = _group_initials(profile.groups).get(skel)
        return (_INITIAL, hit, "initial") if hit else (0.0, "", "")
    sim, listed = _best(skel, profile.givens)
    if sim < 1.0:
        lex = lexicon()
        if lex.given_group.get(skel) in profile.groups:
            return max(_EQUIVALENT, sim), sorted(profile.givens)[0], "equivalent name"
        if not profile.groups.isdisjoint(lex.pet_forms.get(skel, ())):  # (`Misha` for Mikhail, `Marinka`)
            return max(_PET_FORM, sim), sorted(profile.givens)[0], "pet form of the listed name"
        if skel in lex.given:
            return 0.0, "", ""  # another real given name (Maria is not Marina), not a misspelling
    if sim >= _MIN_GIVEN:
        return sim, listed, "spelling" if sim < 1.0 else "exact"
    slipped = "" if lexicon().is_other_word(text or skel) else _one_slip(skel, profile.givens) or (
        skeleton(found) if text and (found := _one_slip(text, profile.raw_givens, as_written=True)) else "")
    if slipped:
        return _SLIPPED_GIVEN, slipped, "one slip from the listed name"
    return 0.0, "", ""


def _loose_slip(skel: str, profile: PersonProfile, text: str) -> str:
    """The listed given name that `skel` (`text` as written), neither a known given name nor a word of
    another kind, is one edit of any kind from (`Igo` and `Annqa` for igor and anna, which `_one_slip`
    denies a short name); "" when none is. Only read beside the listed family name and patronymic."""
    if len(skel) < 3 or skel in lexicon().given or lexicon().is_other_word(text or skel):
        return ""
    return _one_slip(skel, profile.givens, any_edit=True) or (
        skeleton(_one_slip(text, profile.raw_givens, any_edit=True)) if text else "")


def _one_slip(word: str, givens: frozenset[str], *, any_edit: bool = False, as_written: bool = False) -> str:
    """The listed given name that `word`, no known given name (`_given_credit` checks), is one slip away
    from, as skeletons or as written (`mikjail`, `mikahil` for mikhail, `kiill` for kirill: the skeleton's
    kh -> h and ll -> l put them two apart): too far a word for the edit budget of
    `similarity.token_similarity`, but no other name either; "" when none is. A name of four letters or
    fewer has so many real names one letter apart (`Aina`, `Anat`, `Ansa` by Anna; `Iva` by Ivan) that only
    slips of the hand or eye count (`_short_slip`). The first letter, where another letter mostly makes
    another name (`Darina` by Marina), may only be struck as its neighbour key, in a name of five letters or
    more (`Xaniil`; not `Ugor`: `Rina`, `Dita`, `Ilga` are real names one struck key from Dina, Rita, Olga).
    With `any_edit`, any one edit counts (`_loose_slip`)."""
    if len(word) < 3:
        return ""
    return min((g for g in givens if one_edit_apart(word, g)
                and (any_edit or len(g) > 4 and (g[0] == word[0] or word in first_struck(g))
                     or _short_slip(word, g, as_written))), default="")


def _short_slip(word: str, given: str, as_written: bool) -> bool:
    """True when `word`, one edit from the short given name `given`, is a slip of the hand or eye in it: a
    letter after the first struck as its neighbour key or misread as its look-alike, two swapped, or between
    the first and last letters a vowel dropped or, `as_written`, a neighbour key pressed with one (`igpr`,
    `iogr`, `igr` for igor; `anns`, `anjna` for anna; not `ior`, `igo`, `annas`). Skeletons fold doubled
    letters, which would put `Ansa` one pressed key from `ana`."""
    if len(word) == len(given):
        return word in struck_or_swapped(given) or word in look_alike_slips(given)
    if len(word) < len(given):
        return word in vowel_dropped(given)
    return as_written and word[0] == given[0] and word[-1] == given[-1] and word in fat_fingered(given)


@functools.lru_cache(maxsize=4096)
def _group_initials(groups: frozenset[int]) -> dict[str, str]:
    """Initial -> the first spelling (in lexicon order) of the person's given-name groups with that initial."""
    out: dict[str, str] = {}
    for spelling, group in lexicon().given_group.items():
        if group in groups and spelling:
            out.setdefault(spelling[0], spelling)
    return out


# Where a text offers more readings of a name than this (given name and patronymic candidates beside each family
# name: a long memo repeating a name's parts, which cost seconds), a given name or patronymic is read only within
# `_NEAR` words of the family name. Records of one name offer a few dozen at most, and are read whole (a role
# may stand between the parts: `Tikhonov, Chief Operating Officer and member of the board, Andrei`).
_SEARCH_LIMIT, _NEAR = 256, 6
_CREDITS_KEPT = 1024  # query words remembered per listed person (the memo stops growing there)


def _family_credit(profile: PersonProfile, skel: str, initial: bool, token: TokenInfo) -> tuple[float, str] | None:
    """A query word's similarity to the person's family names, with the listed spelling; None when the word
    may not stand for a family name (memoised per person)."""
    key = (token.text, skel, initial)
    found = profile._families.get(key, key)
    if found is key:
        if is_reading(token.text):
            found = None if initial else _read_best(token.text, profile.raw_families)
        else:
            found = (_best(skel, profile.families, token.text, profile.raw_families)
                     if not initial and (profile.patronymic_family or not is_patronymic(skel)) else None)
            if found is not None and found[0] < 1.0 and (
                    listed := declined(skel, profile.families, "family", text=token.text) or _foreign(
                        skel, profile.families, token.text)):
                found = (1.0, listed)  # (`Borshchevu`, `Ivanovam`: the name in a case, `_family_detail` says so)
        if len(profile._families) < _CREDITS_KEPT:
            profile._families[key] = found
    return found


def _part_credits(profile: PersonProfile, skel: str, initial: bool, text: str = ""
                 ) -> tuple[tuple[float, str, str], tuple[float, str]]:
    """A query word's credit as the person's given name and as the patronymic (memoised per person;
    `text`: the word as written, which an initial is also read as)."""
    key = (skel, initial, text)
    found = profile._parts.get(key)
    if found is None and is_reading(text):
        found = (((0.0, "", ""), (0.0, "")) if initial
                 else (_read_given_credit(text, profile), (_read_best(text, profile.raw_patronymics)[0], "reading")))
        if len(profile._parts) < _CREDITS_KEPT:
            profile._parts[key] = found
    if found is None:
        patronymic = ((_INITIAL, "initial") if initial and (skel in profile.patronymic_initials
                                                             or text in profile.patronymic_initials
                                                             or text in profile.written_patronymic_initials)
                      else _patronymic_similarity(skel, profile.patronymics, text, profile.raw_patronymics))
        found = (_given_credit(skel, profile, initial, text), patronymic)
        if len(profile._parts) < _CREDITS_KEPT:
            profile._parts[key] = found
    return found


def person_score(tokens: tuple[TokenInfo, ...], profile: PersonProfile, *, company_form: tuple[str, ...],
                 floor: float = 0.0
                 ) -> tuple[float, tuple[Evidence, ...]]:
    """Best score over all assignments of the query's tokens to the person's name parts, and over the readings
    of a word that may be two initials written together (`Kulashova AV`: `_unglued`).

    A best score below `floor` is returned without its evidence (a caller that drops such scores
    need not have it built).
    """
    found = _person_score(tokens, profile, company_form, floor)
    unglued = _unglued(tokens)
    if unglued is None:
        return found
    read, glued, letters = unglued
    if sum(t.role not in ("initial", "number") and not t.qualifier for t in read) != 1:
        return found  # (only a family name and initials: `Gerber MY`, not `Gerber My Baby Store`)
    # (its evidence is always built: the reading counts only where each letter read stands for a name part,
    # not left over: `FC Volgar Astrakhan`)
    score, evidence = _person_score(read, profile, company_form, 0.0)
    if score <= found[0] or any(e.feature == "extra_query_word" and e.query_part in letters for e in evidence):
        return found
    if score < floor:
        return score, ()
    return score, (*evidence, Evidence("initials_together", 1.0, " ".join(glued), "",
                                       f"{_GLUED}: {', '.join(repr(word) for word in glued)}"))


_GLUED = "initials written together, undotted, read one by one"
_GLUED_ROLES = frozenset({"distinctive", "generic", "address"})  # (`av`: an avenue too)


def _unglued(tokens: tuple[TokenInfo, ...]) -> tuple[tuple[TokenInfo, ...], tuple[str, ...], frozenset[str]] | None:
    """The tokens with each word that may be a person's initials written together read as one initial per
    letter, the words so read and their letters; None when there is none. Such a word has two letters, or a
    consonant and a romanised Cyrillic letter (`myu`), and is no given name, place or stopword, nor in an aside
    (`Kulashova AV`, `Gerber MYu`: systems that drop dots write `A.V.` so)."""
    out: list[TokenInfo] = []
    glued: list[str] = []
    read: set[str] = set()
    for token in tokens:
        letters = _initial_letters(token)
        if letters is None:
            out.append(token)
        else:
            glued.append(token.text)
            read.update(letters)
            out.extend(TokenInfo(letter, letter, "initial", None, token.qualifier) for letter in letters)
    return (tuple(out), tuple(glued), frozenset(read)) if glued else None


def _initial_letters(token: TokenInfo) -> tuple[str, ...] | None:
    """The initials a word may write together (`av` -> a, v; `myu` -> m, yu), or None."""
    text = token.text
    if token.qualifier or token.role not in _GLUED_ROLES or not text.isalpha() or len(text) > 3:
        return None
    if len(text) == 2:
        letters = (text[0], text[1])
    elif text[1:] in _LETTER_SPELLINGS and text[0] not in "aeiouy":
        letters = (text[0], text[1:])
    else:
        return None
    return None if text in lexicon().given or text in _LETTER_SPELLINGS else letters


def _person_score(tokens: tuple[TokenInfo, ...], profile: PersonProfile, company_form: tuple[str, ...], floor: float
                  ) -> tuple[float, tuple[Evidence, ...]]:
    """`person_score` of the tokens as they are."""
    items = _items(tokens)
    if not items:
        return 0.0, ()
    fam = [(f, i) for i, (s, ini, t) in enumerate(items)
           if (f := _family_credit(profile, s, ini, t)) is not None and f[0] >= _MIN_FAMILY]
    if not fam:
        return 0.0, ()
    parts = [_part_credits(profile, s, ini, t.text) for s, ini, t in items]
    giv = {i: g for i, (g, _) in enumerate(parts)}
    pat = {i: p for i, (_, p) in enumerate(parts)}
    if any(not initial and pat[i][0] >= 1.0 for i, (_, initial, _) in enumerate(items)):
        for i, (s, initial, t) in enumerate(items):  # beside the listed patronymic, a short given name slipped
            if not initial and giv[i][0] <= 0.0 and pat[i][0] < _MIN_PART:
                key = ("~", s, t.text)
                slipped = profile._parts.get(key)
                if slipped is None:
                    slipped = _loose_slip(s, profile, t.text)
                    if len(profile._parts) < _CREDITS_KEPT:
                        profile._parts[key] = slipped
                if slipped:
                    giv[i] = (_SLIPPED_GIVEN, slipped, _BESIDE_PATRONYMIC)
    best_score, best_args = 0.0, None
    plain = (giv, pat)
    roled = holds_listed_title(frozenset(t.text for _, _, t in items), profile.role_titles)
    plans = [(f, c, _parts_to_try(items, c, range(len(items))))
             for f in fam for c in _credit_sets(items, profile, *f, plain)]
    if sum(len(givens) * len(patronymics) for _, _, (givens, patronymics) in plans) > _SEARCH_LIMIT:
        plans = [(f, c, _parts_to_try(items, c, range(max(0, f[1] - _NEAR), min(len(items), f[1] + _NEAR + 1))))
                 for f, c, _ in plans]
    for ((f_sim, f_listed), fi), (giv, pat), (givens, patronymics) in plans:
        for gi, pi in itertools.product(givens, patronymics):
            if len({fi, gi, pi} - {None}) != 1 + (gi is not None) + (pi is not None):
                continue
            if gi is not None and pi is not None and pi < gi and items[gi][1] and items[pi][1]:
                continue  # initials write the given name's first (`Ivanov M.A.` is Mikhail Antonovich)
            if best_score >= 1.0 or _ceiling(gi, pi, giv, pat, roled) < best_score - 1e-9:
                continue  # (it cannot score higher than the best so far; a rounding step either way is tried)
            args = (items, profile, fi, f_sim, f_listed, gi, pi, giv, pat, company_form)
            score = _assignment(*args, explain=False)[0]
            if score > best_score:
                best_score, best_args = score, args
    if best_args is None or best_score < floor:
        return best_score, ()
    # the evidence of the best assignment only (the first of equal scores, as the search found it)
    return _assignment(*best_args)


def _parts_to_try(items: list[tuple[str, bool, TokenInfo]], credits: Credits, where: range
                  ) -> tuple[list[int | None], list[int | None]]:
    """The words at `where` to try as the given name and as the patronymic, None (not read) included: only
    words that may stand for a part (any other scores 0, which never wins); the patronymic's None last, so
    that of equal scores the assignment that reads it is kept, and says so."""
    giv, pat = credits
    return ([None, *(i for i in where if giv[i][0] > 0.0)],
            [*(i for i in where if pat[i][0] >= (_INITIAL if items[i][1] else _MIN_PART)), None])


def _ceiling(gi: int | None, pi: int | None, giv: dict[int, tuple[float, str, str]],
             pat: dict[int, tuple[float, str]], roled: bool) -> float:
    """The most `_assignment` may score reading the words at `gi` and `pi` as the given name and patronymic:
    the family name exact, no word left over, and with no given name, or its initial alone where the query
    writes a listed title whole (`roled`), the listed role standing in for it."""
    if gi is None:
        patronymic = _PATRONYMIC * pat[pi][0] if pi is not None else 0.0
        return min(_FAMILY + _GIVEN * _ROLE_CREDIT + patronymic, _ROLE_CAP)
    g_credit, _, how = giv[gi]
    if pi is not None:
        return min(_FAMILY + _GIVEN * g_credit + _PATRONYMIC * pat[pi][0], 1.0)
    if how == "initial":
        return min(_FAMILY + _GIVEN * max(g_credit, _ROLE_CREDIT), _ROLE_CAP) if roled else min(
            _FAMILY + _GIVEN * max(g_credit, _LONE_INITIAL), _ONE_INITIAL_CAP)
    return min(_FAMILY + _GIVEN * g_credit + _PATRONYMIC * _ABSENT_PATRONYMIC, 1.0)


def _feminine(skel: str, families: frozenset[str]) -> bool:
    """True when `skel` is the feminine form of a listed man's Russian surname and not itself listed
    (`Ivanova` for Ivanov, `Kasperskaia` for Kasperski): a wife, a daughter, another person. The other way
    round is not a conflict: Western records often drop a woman's ending (`Anna Kulashov`)."""
    return skel not in families and any(
        skel == f + "a" if f.endswith(_MASCULINE) else f.endswith("ski") and skel == f[:-1] + "aia" for f in families)


_MASCULINE = ("ov", "ev", "in")  # skeleton endings of Russian men's surnames that take -a for a woman
_WOMANS_SKI = ("skaia", "ska")  # skeleton endings of a woman's form of a surname in -sky, -ski (Russian, Polish)
_SURNAME_SUFFIXES = ("ov", "ev", "in", "iv", "ova", "eva", "ina")  # (-iv: Ukrainian -ов)


def _masculine(skel: str, families: frozenset[str]) -> bool:
    """True when `skel` is the man's form of a listed woman's Russian surname and not itself listed (`Kulashov`
    for Kulashova). Only a conflict where no given name is written out (`Kulashov A.V.`, `Кулашов А. В.`: a
    Russian record writes a man so), as Western records drop her ending beside her name (`_feminine`)."""
    return skel not in families and skel.endswith(_MASCULINE) and any(
        f.endswith("a") and skel in (f[:-1], skeleton(f[:-1])) for f in families)  # (`kulashova`, `kulashev`)


# the evidence of a name part that is another person's (`_assignment`); not another surname beside a listed one that
# is a town's (`_other_surname`), which the person's listed birth date may outweigh
CONFLICTS = frozenset({"family_name_derived", "family_name_gender", "given_name_conflict", "patronymic_conflict"})
# (not -in, -uk: `Admin`, `Kremlin`, `Grazhdanin` end so too)
_SURNAME_ENDS = ("ov", "ev", "ova", "eva", "ski", "skii", "skaia", "enko")
_TOWN_SURNAME = ("a surname beside the given name, and the listed family name, written after it, is also a town's "
                 "name: another person, of that town")


def _other_surname(items: list[tuple[str, bool, TokenInfo]], i: int, fi: int, gi: int | None, pi: int | None
                   ) -> bool:
    """Whether the word at `i`, left over, is a Russian surname by its ending (no given name, patronymic nor known
    word) right beside the given name and a patronymic after it (read as one or not), with the listed family name
    after it (`PETROV KIRILL ALEKSANDROVICH, ASTRAKHAN`; not `ASTRAKHAN Kirill Aleksandrovich, Saratov`, a town
    after the listed name): the name's surname, not the listed one."""
    if gi is None or items[i][1] or items[gi][1] or fi < i or items[i][2].role != "distinctive":
        return False
    last = gi + 1 if pi == gi + 1 or gi + 1 < len(items) and is_patronymic(items[gi + 1][0]) else gi
    skel = items[i][0]
    return (i in (gi - 1, last + 1) and len(skel) >= _SURNAME_MIN and skel.endswith(_SURNAME_ENDS)
            and skel not in lexicon().given and not is_patronymic(skel))


def _derived(skel: str, families: frozenset[str]) -> bool:
    """True when `skel` is a Russian surname formed from a listed surname that is not one itself, with -ov,
    -ev, -in, Ukrainian -iv (-ova, -eva, -ina) after its last consonant (`Astrakhanov` from Astrakhan,
    `Gerberova`): another family, where a typist drops or adds one letter, not a whole suffix."""
    return skel not in families and any(
        skel[len(f):] in _SURNAME_SUFFIXES and skel.startswith(f) and f[-1] not in "aeiou"
        and not f.endswith(_MASCULINE) for f in families)


def _items(tokens: tuple[TokenInfo, ...]) -> list[tuple[str, bool, TokenInfo]]:
    """(skeleton, is an initial, token) of each word a person's name may be made of (numbers are not).

    A romanised Cyrillic letter (`Yu.` of `M.Yu.`) is an initial too. From the first word of a title or
    role on (`Chief Operating Officer`, `Deputy CEO`), words describe the person's job: they are marked as
    qualifiers, so one the name leaves over costs what a word in brackets costs; so is a letter before a
    number (`b. 1966`), which is no initial of a name; in an aside, such a letter is no other person's initial
    either (a citation's pages, `— С. 4–12`).
    """
    titles = lexicon().titles
    described = False
    items = []
    for n, t in enumerate(tokens):
        if t.role == "number":
            continue
        described = described or t.text in titles
        dated = t.role == "initial" and n + 1 < len(tokens) and tokens[n + 1].role == "number"  # `b. 1966`
        paged = dated and t.qualifier  # (`— С. 4–12`: in an aside, no letter of a name at all)
        if (described or dated) and not t.qualifier:
            t = attrs.evolve(t, qualifier=True)
        items.append((t.skel, not paged and (t.role == "initial" or t.text in _LETTER_SPELLINGS), t))
    return items


def _other_names(items: list[tuple[str, bool, TokenInfo]], held: list[int], again: _Again,
                 declined_family: bool) -> bool:
    """True when a word besides the name's parts and those written again (`again`: `_written_again`) is an
    initial, a given name (a place's name too: `Georgia`) or a patronymic (declined, beside a declined family
    name): other persons are named in the record, whose parts may be the ones read together (`Pavel Chekunov,
    Igor Sokolov`; `P. Chekunov, Igor Sokolov`)."""
    given = lexicon().given
    return any(initial or skel in given and len(skel) > 2 and token.role != "stopword" or is_patronymic(skel)
               or declined_family and is_declined_patronymic(skel)
               for i, (skel, initial, token) in enumerate(items)
               if i not in held and not _written_again(items, i, again))


class _Again(NamedTuple):
    """The positions of the words read as a name's parts, their skeletons, and how the initials of the given
    name and of the patronymic read may be written (`_initials_of`)."""

    held: frozenset[int]
    words: frozenset[str]
    given: frozenset[str]
    patronymic: frozenset[str]


def _initials_of(items: list[tuple[str, bool, TokenInfo]], at: int | None) -> frozenset[str]:
    """How the initial of the word read at `at` may be written: its first letter, or its first two, as a
    Cyrillic letter romanised in two is (`yu` of Yuryevich); none where no part is read there."""
    return frozenset() if at is None else frozenset((items[at][0][:1], items[at][0][:2]))


def _written_again(items: list[tuple[str, bool, TokenInfo]], i: int, again: _Again) -> bool:
    """True when the word at `i`, left over, writes one of the name's parts again, or is one of the initials of
    its given name and patronymic, both read, written again in that order, beside no part read: one person
    named twice, as records in two scripts and merged fields write it (`IVANOV ANTON MIKHAYLOVICH / ИВАНОВ
    АНТОН МИХАЙЛОВИЧ`, `Tikhonov Andrei Gennadyevich, Tikhonov A.G.`), not another person's given name or
    patronymic. (A letter alone may be a word of its own, `в интересах Кулашовой Анны Владимировны`, `г.
    Москва`, the other initial of a name read from one, `Efremov A. A.`, or of another person's, `Kulashova
    A.V. and V.A. Smirnov`; and a given name's initial twice, `Тихонов Андрей А.А.`, writes another
    patronymic.)"""
    skel, initial, _ = items[i]
    if not initial:
        return skel in again.words
    return _initials_again(items, i, again) or _initials_again(items, i - 1, again)


def _initials_again(items: list[tuple[str, bool, TokenInfo]], first: int, again: _Again) -> bool:
    """True when the words at `first` and after it, neither read as a part, are the initials of the given name
    and the patronymic read, in that order."""
    return all(0 <= j < len(items) and j not in again.held and items[j][1] for j in (first, first + 1)) and (
        items[first][0] in again.given and items[first + 1][0] in again.patronymic)


@functools.lru_cache(maxsize=4096)
def _case_of(skel: str, listed: str, text: str) -> str:
    """How the family-name skeleton (of the word `text`) declines the listed one: "oblique" (`borshchevu`,
    `kulashovoi`: a case ending no other form has), "genitive" (the listed man's surname with -a, as a woman's
    surname is too: `_assignment` tells which), or ""."""
    if skel == listed:
        return ""
    if declined(skel, frozenset({listed}), "family", text=text):
        return "oblique"
    if skel == listed + "a" and not listed.endswith("a"):
        return "genitive"
    return "foreign" if listed in stems(skel) or listed in written_stems(text) else ""


def _other_given(skel: str, profile: PersonProfile) -> bool:
    """True when `skel` is a known given name that is none of the person's (`Denisa` beside Denis)."""
    lex = lexicon()
    return skel in lex.given and lex.given_group.get(skel) not in profile.groups


def _foreign(skel: str, listed: frozenset[str], text: str) -> str:
    """The listed skeleton that `skel` (of the word `text`) writes with another language's case ending
    (`ivanovam` for ivanov, `screening.endings`), the first in order; "" when none does."""
    return next((stem for stem in (*stems(skel), *written_stems(text)) if stem in listed), "")


Credits = tuple[dict[int, tuple[float, str, str]], dict[int, tuple[float, str]]]  # given, patronymic per word


def _credit_sets(items: list[tuple[str, bool, TokenInfo]], profile: PersonProfile, f_credit: tuple[float, str],
                fi: int, plain: Credits) -> list[Credits]:
    """The given-name and patronymic credits to try beside the family name at `fi` (`f_credit`: its credit and
    listed skeleton): as written (`plain`); beside a family name declined, the words read declined instead
    (`Борщеву Даниилу`); beside one that may be a man's genitive or a woman's surname (`Gerbera`), both."""
    case = _case_of(items[fi][0], f_credit[1], items[fi][2].text)
    if not case:
        # Where only the name's last word declines, its ending is the whole name's, as Hungarian writes it
        # (`Gerber Mihailnak`): its endings only, on no other known given name (`Ivanov Antonel`)
        # (most names: their last word has no such ending, and no credits are copied)
        last = max((i for i, (_, initial, _) in enumerate(items) if not initial), default=fi)
        if last <= fi or not stems(items[last][0], given=True, last_word=True):
            return [plain]
        found = _foreign_credits(items, profile, plain, range(last, last + 1), last_word=True)
        return [plain] if found == plain else [found]
    declined_too = _declined_credits(items, profile, plain)
    if case == "foreign":
        # (the names beside it are read with either language's endings, `Marinu Alexejevovú`, `Antonowi Iwanowowi`,
        # but a Russian ending makes no other known given name the listed one: `Ani Kulashovës` is Ani's; written
        # with -y, the Polish, Czech and Slovak genitive of a name in -a, it is hers: `Anny Kułaszowej`)
        giv = {i: plain[0][i] if _other_given(items[i][0], profile) and not items[i][2].text.endswith("y") else credit
               for i, credit in declined_too[0].items()}
        declined_too = (giv, declined_too[1])
    declined_too = _foreign_credits(items, profile, declined_too, range(len(items)), single=True,
                                    agree=items[fi][0] if case == "foreign" else "")
    return [declined_too, plain] if case == "genitive" else [declined_too]


def _foreign_credits(items: list[tuple[str, bool, TokenInfo]], profile: PersonProfile, credits: Credits,
                     where: range, *, single: bool = False, last_word: bool = False, agree: str = "") -> Credits:
    """`credits` with each word at `where` that is the listed given name (or a known equivalent) or patronymic
    with another language's case ending read as it (`Antonam`, `Mihailnak`: `screening.endings`; `single`:
    endings of one letter too, read beside a family name declined: Lithuanian `Antono`; `last_word`: only
    the endings Hungarian puts on a name's last word; `agree`: the family name's skeleton, whose ending a given
    name may share though it mostly makes another name)."""
    giv, pat = dict(credits[0]), dict(credits[1])
    for i in where:
        skel, initial, token = items[i]
        # (an ending the skeleton hides is read off the word as written: `Andreje`, Czech for Andrej's, is an
        # equivalent as written, `andre`, but read with its ending too; as is one read as an equivalent with a
        # Russian ending, `Antonowi`: Antonov's? Anton's with -owi)
        written = () if last_word else written_stems(token.text)
        if initial or is_reading(token.text) or pat[i][0] >= 1.0 or giv[i][0] >= (
                1.0 if written or giv[i][2].endswith(_DECLINED) else _EQUIVALENT) or _other_given(skel, profile):
            continue
        cut = (*stems(skel, given=True, single=single, last_word=last_word), *written)
        if agree:  # (endings that make other names, read where the family name takes the same: `Marinos Aleksejevos`)
            cut += tuple(stem for stem in stems(skel) if len(ending := ending_of(skel, stem)) > 1
                         and agree.endswith(ending))
        if not profile.patronymics.isdisjoint(cut):
            pat[i] = (1.0, _FOREIGN)
            continue
        for stem in cut:
            g = _given_credit(stem, profile, False)
            if g[2] in ("exact", "equivalent name") and g[0] > giv[i][0]:
                giv[i] = (g[0], g[1], f"{g[2]}, {_FOREIGN}")
    return giv, pat


def _declined_credits(items: list[tuple[str, bool, TokenInfo]], profile: PersonProfile,
                      plain: Credits) -> Credits:
    """The given-name and patronymic credits of the words (`plain`) with each word that declines a listed
    given name or patronymic read as it (`Даниилу`, `Анны`, though Ani is a name of its own: beside the
    family name declined, it is the case ending)."""
    giv, pat = dict(plain[0]), dict(plain[1])
    for i, (skel, initial, token) in enumerate(items):
        if initial or is_reading(token.text):
            continue
        if giv[i][0] < 1.0 and (listed := declined(skel, profile.givens, "given", profile.soft_givens)):
            giv[i] = (1.0, listed, _DECLINED)
        elif giv[i][0] < _EQUIVALENT and _DECLINED_II.search(token.text) and not any(
                _other_given(stem, profile) for stem in nominatives(skel)):  # (`Андрію`: Andriy's, for Andrey;
            for stem in nominatives(skel):  # not `Антонию`, Antonia's too)
                g = _given_credit(stem, profile, False)
                if g[2] == "equivalent name" and g[0] > giv[i][0]:
                    giv[i] = (g[0], g[1], f"{g[2]}, {_DECLINED}")
        if pat[i][0] < 1.0 and declined(skel, profile.patronymics, "patronymic"):
            pat[i] = (1.0, _DECLINED)
        # a patronymic spelled otherwise, declined (`Геннадійовичу`, `Володимирівною`); not a daughter's as
        # named (`Mikhailovna`), whose ending is no case. (Not a given name: `Антонию` may be Antonia's or Antoni's.)
        if pat[i][0] < 1.0 and not skel.endswith(_NAMED_DAUGHTER):
            for stem in nominatives(skel):
                if not is_patronymic(stem):  # (a surname's stem is no patronymic: `Владимирову`)
                    continue
                p = _part_credits(profile, stem, False)[1]
                if p[0] > pat[i][0]:
                    pat[i] = (p[0], f"{p[1]}, {_DECLINED}")
    # A given name spelled otherwise, declined, where the word without its ending is the listed name or a
    # known equivalent (`Андрію`, Андрій), beside a patronymic declined: the patronymic tells the case, and
    # whose (`Антонию Иванову` alone may be Antonia Ivanova's accusative; a genitive needs the patronymic as
    # listed: `_assignment`).
    if any(how.endswith(_DECLINED) for _, how in pat.values()):
        for i, (skel, initial, token) in enumerate(items):
            if initial or is_reading(token.text) or giv[i][0] >= _EQUIVALENT or pat[i][0] >= _MIN_PART:
                continue
            for stem in nominatives(skel):
                g = _given_credit(stem, profile, False) if stem in lexicon().given else (0.0, "", "")
                if g[2] in ("exact", "equivalent name") and g[0] > giv[i][0]:
                    giv[i] = (g[0], g[1], f"{g[2]}, {_DECLINED}")
    return giv, pat


def _another_father(reading: str, profile: PersonProfile) -> bool:
    """Whether a reading that ends as a patronymic (`abjad.patronymic_stem`) is made from a known given name, and
    from none that the listed patronymics are made from (`SIJGII|BISY`: Sergei's son, not Mikhail's). A reading no
    given name fits says nothing (`BIDYJU|BISY`, 彼德罗维奇, is Pyotr's son with a d, as Pedro's is)."""
    stem = patronymic_stem(reading)
    if not stem:
        return False
    fathers = frozenset().union(*map(_father_groups, profile.patronymics))
    groups = lexicon().given_group
    fits = [given for _, given in _read_given_names(stem) if reading_similarity(stem, given) > 0.0]
    return bool(fits) and not any(groups.get(given) in fathers for given in fits)


def _family_detail(sim: float, text: str, skel: str = "", listed: str = "") -> str:
    """What the family-name evidence says about how the query's word matched (`skel`: its skeleton, `listed`:
    the listed skeleton it matched)."""
    if sim == 1.0:
        case = _case_of(skel, listed, text)
        return {"oblique": _DECLINED_FAMILY, "foreign": _FOREIGN_FAMILY}.get(case, "family name matches")
    if is_reading(text):
        return f"family name {_READ_FROM} (similarity {sim:.2f})"
    return f"family name spelled differently (similarity {sim:.2f})"


def _assignment(items, profile, fi, f_sim, f_listed, gi, pi, giv, pat, company_form,  # noqa: PLR0913
                explain=True):
    """Score one assignment of query tokens to (family, given, patronymic); evidence only if `explain`."""
    evidence = [Evidence("family_name", f_sim, items[fi][2].text, f_listed,
                         _family_detail(f_sim, items[fi][2].text, items[fi][0], f_listed))] if explain else []
    g_credit = 0.0
    if gi is not None:
        g_credit, g_listed, how = giv[gi]
        if g_credit <= 0.0:
            return 0.0, ()
        if explain:
            evidence.append(Evidence("given_name", g_credit, items[gi][2].text, g_listed, f"given name: {how}"))
    p_credit = _ABSENT_PATRONYMIC if gi is not None and giv[gi][2] != "initial" else 0.0
    if pi is not None:
        p_credit, how = pat[pi]
        if p_credit < (_INITIAL if items[pi][1] else _MIN_PART):
            return 0.0, ()
        if explain:  # (a listed middle name stands where a patronymic would: `_split_unparted`)
            what = "patronymic" if any(map(is_patronymic, profile.patronymics)) else "middle name"
            evidence.append(Evidence("patronymic", p_credit, items[pi][2].text, "", f"{what}: {how}"))
    # A man's surname with -a is his genitive beside his patronymic declined too (`Тихонова Андрея
    # Геннадьевича`); else a woman's surname (`Antonia Ivanova`, `Tikhonova A.G.`), and the names beside it
    # are read as written (`person_score` gives declined credits only beside a declined family name).
    # Beside his given name declined alone (`Antona Ivanova`, Polish, Czech, Serbian, Latvian genitives), it may be
    # either, so at most a REVIEW. Where the declined word is a woman's name too, hers where Russian and Ukrainian
    # name women so (`Aleksandra Petrova`: a name of the lexicon's groups, which hold their Cyrillic forms); where
    # only other languages do (`Denisa Zenkina`: few women named so bear a Russian surname, and a Czech or Slovak
    # one's ends in -ová), still his or hers, below the reading after a preposition that says which.
    case = _case_of(items[fi][0], f_listed, items[fi][2].text)
    genitive_cap = 0.0
    if case == "genitive":
        if pi is not None and pat[pi][1].endswith(_DECLINED):  # (his patronymic declined, however spelled)
            f_sim = 1.0
            if explain:
                evidence[0] = Evidence("family_name", 1.0, items[fi][2].text, f_listed, _DECLINED_FAMILY)
        elif gi is not None and giv[gi][2].endswith((_DECLINED, _FOREIGN)):
            other = _other_given(items[gi][0], profile)
            if pi is not None or other and items[gi][0] in lexicon().given_group:
                return 0.0, ()  # (a woman's name, or her patronymic beside it: `Denisa Vladimirovna Zenkina`)
            f_sim, genitive_cap = 1.0, _HERS_TOO_CAP if other else _EITHER_CAP
            if explain:
                evidence[0] = Evidence("family_name", 1.0, items[fi][2].text, f_listed, _GENITIVE_OR_HERS)
    loose = gi is not None and giv[gi][2] == _BESIDE_PATRONYMIC
    if loose and (pi is None or items[pi][1] or pat[pi][0] < 1.0 or f_sim < 1.0):
        return 0.0, ()  # (only beside the listed family name and patronymic, both as listed)
    score = whole = _FAMILY * f_sim + _GIVEN * g_credit + _PATRONYMIC * p_credit
    caps = [genitive_cap] if genitive_cap else []
    # A surname with another language's one-letter ending (-i, -o, -s; -i, -e for her -a), beside a given name as
    # written, is as often a name of its own (`Kirill Astrakhani`, `Anton Ivanovo`: a town): at most a REVIEW
    if case == "foreign" and one_letter(items[fi][0], f_listed) and not (
            gi is not None and giv[gi][2].endswith((_DECLINED, _FOREIGN))):
        caps.append(_SPELLED_FAMILY_CAP)
    if f_sim < 1.0 and _feminine(items[fi][0], profile.families):
        caps.append(_CONFLICT_CAP)
        if explain:
            evidence.append(Evidence("family_name_gender", 0.0, items[fi][2].text, f_listed,
                                     "the feminine form of the listed man's surname: another person"))
    elif (f_sim < 1.0 and (gi is None or items[gi][1]) and (pi is None or items[pi][1])
          and _masculine(items[fi][0], profile.families)):  # (her patronymic written out says she is a woman)
        caps.append(_CONFLICT_CAP)
        if explain:
            evidence.append(Evidence("family_name_gender", 0.0, items[fi][2].text, f_listed,
                                     "the man's form of the listed woman's surname, with initials: another person"))
    elif f_sim < 1.0 and pi is None and _derived(items[fi][0], profile.families):  # (a patronymic: still review)
        caps.append(_CONFLICT_CAP)
        if explain:
            evidence.append(Evidence("family_name_derived", 0.0, items[fi][2].text, f_listed,
                                     "a Russian surname formed from the listed one: another family"))
    aside = 0.0  # what words in brackets or describing the job cost (at most _QUALIFIER_TOTAL)
    role = set()  # (query word of the person's listed role, whether it stands in an aside)
    employer_named = bool(profile.employer_domain) and any(map(profile.employer_word, (t for _, _, t in items)))
    if employer_named and company_form and set(company_form) <= profile.employer_domain:
        company_form = ()  # (the employer's form as listed: `Чекунов И. Г. (АО «...»)`; not `Zenkin Ltd, Kaspersky`)
    # beside a declined family name a word ending as a declined patronymic is one, an adjective's endings
    # included where the listed person is a woman (`Кулашовой Анны Сергеевны`; not `Частичной оплаты Тихонову`),
    # and none other is read as her patronymic (`Кулашовой Анне Владимировне основной`: an adjective's)
    declined_family = bool(case) and profile.female and pi is None
    extra = 0  # words left over, not asides
    strays = False  # whether a word left over, aside or not, is no stopword
    held = sorted({fi, gi, pi} - {None})
    again = _Again(frozenset(held), frozenset(items[i][0] for i in held), _initials_of(items, gi),
                   _initials_of(items, pi))
    for i, (skel, initial, token) in enumerate(items):
        if i in (fi, gi, pi):
            continue
        if _written_again(items, i, again):
            if explain:
                evidence.append(Evidence("name_written_again", 0.0, token.text, "", _WRITTEN_AGAIN))
        elif profile.patronymics and pat[i][0] < _MIN_PART and (
                is_patronymic(skel) or declined_family and is_declined_patronymic(skel)
                or gi is not None and i == gi + 1 and is_reading(token.text) and _another_father(token.text, profile)):
            # (a patronymic none of the listed ones, also read from another script beside the given name,
            # `安东·谢尔盖耶维奇·伊万诺夫`: another person; one that reads as the listed one is the name's, spelled again)
            caps.append(_CONFLICT_CAP)
            if explain:
                evidence.append(Evidence("patronymic_conflict", 0.0, token.text, "/".join(sorted(profile.patronymics)),
                                         "a different patronymic: another person"))
        elif gi is None and skel in lexicon().given:
            caps.append(_CONFLICT_CAP)
            if explain:
                evidence.append(Evidence("given_name_conflict", 0.0, token.text, "/".join(sorted(profile.givens)),
                                         "a different given name"))
        elif (initial and not token.qualifier and pi is None and gi is not None and not i + 1 == gi < fi
              and giv[gi][2] != "initial" and profile.patronymics):
            # `TIKHONOV, Andrei S.`: beside a whole given name, an initial is the patronymic's, and this one is
            # not the listed patronymic's (right before the given name that opens the name, `M. Igor
            # Tchekounov`, it is a title's; before the family name, `P. Chekunov, Igor`, another given name's)
            caps.append(_INITIAL_CAP)
            if explain:
                evidence.append(Evidence("patronymic_conflict", 0.0, token.text, "/".join(sorted(profile.patronymics)),
                                         "a different patronymic initial"))
        elif token.text in profile.places or (token.place is not None and token.place in profile.countries):
            if explain:
                evidence.append(Evidence("place_confirms", 1.0, token.text, token.text,
                                         "a listed place of the person"))
        elif token.text in profile.role_words or profile.employer_word(token):
            role.add((token.text, token.qualifier))
            if explain:
                evidence.append(Evidence("role_confirms", 1.0, token.text, token.text,
                                         "a word of the person's listed role or employer"))
        elif employer_named and token.text in profile.employer_domain:  # `Tikhonov, Kaspersky Lab`
            if explain:
                evidence.append(Evidence("role_confirms", 1.0, token.text, token.text,
                                         "a word of the name of the person's listed employer"))
        else:
            if token.text not in lexicon().stopwords:
                strays = True  # (a word no part of the listed name, role nor place explains: `Nestle`)
            if token.qualifier:
                aside += _EXTRA_QUALIFIER
            else:
                score -= _EXTRA
                extra += 1
                if items[fi][2].place is not None and _other_surname(items, i, fi, gi, pi):
                    # (`PETROV KIRILL ALEKSANDROVICH, ASTRAKHAN`, `Kirill Volkov, Astrakhan`: a surname beside the
                    # given name, and the listed family name a town, where he lives)
                    caps.append(_CONFLICT_CAP)
                    if explain:
                        evidence.append(Evidence("family_name_conflict", 0.0, token.text, f_listed, _TOWN_SURNAME))
            if explain:
                evidence.append(Evidence("extra_query_word", 0.0, token.text, "", "word not in the listed name"))
    score -= min(aside, _QUALIFIER_TOTAL)
    amid = min(whole - min(aside, _QUALIFIER_TOTAL), AMID_CAP)
    # (or with the initials of both given name and patronymic in a row on one side of it, a REVIEW on its own:
    # `D. V. Zenkin`; not `D. Zenkin v. Smith`)
    initials = (gi is not None and pi is not None and items[gi][1] and items[pi][1] and gi + 1 == pi
                and fi in (gi - 1, pi + 1))
    # the name written whole: its parts as listed, in a row, no other person named beside them; or, in Arabic,
    # Hebrew, katakana, Hangul or Chinese letters, its family and given names each read as well as a reading
    # can be (`READING_BEST`: a REVIEW on its own, `アンドレイ・チホノフ`), and no word of those letters before it:
    # the lexicon's given names are Latin, and a reading of one before the name (`محمد أنطون إيفانوف`, Mohamed
    # Anton Ivanov) is not told from any other word
    read_whole = (gi is not None and f_sim >= READING_BEST and giv[gi][2] == _READ_FROM
                  and g_credit >= READING_BEST and is_reading(items[fi][2].text)
                  and (held[0] == 0 or not is_reading(items[held[0] - 1][2].text)))
    written_whole = ((f_sim == 1.0 or read_whole) and not loose and gi is not None
                     and held[-1] - held[0] == len(held) - 1 and not _other_names(items, held, again, declined_family))
    if (amid > score and extra >= _AMID_WORDS and written_whole
            and ((whole >= _WHOLE_NAME or read_whole) and not items[gi][1] or initials)):
        score = amid
        if explain:
            written = " ".join(items[i][2].text for i in held)
            evidence.append(Evidence("name_amid_words", amid, written, "", f"{_AMID}: scored at most {AMID_CAP}"))
    if gi is None and role_stands_in(role, [t for _, _, t in items], profile.employer_words):
        score += _GIVEN * _ROLE_CREDIT
        caps.append(_ROLE_CAP)
    elif (gi is None and f_sim == 1.0 and not loose
          and holds_listed_title(frozenset(t.text for _, _, t in items), profile.role_titles)):
        # (the listed family name as listed and a listed title whole, `COO Tikhonov`, `Chekunov, Chief Legal
        # Officer`: as an initial would, the least of a REVIEW)
        score += _GIVEN * _LONE_INITIAL
        caps.append(_ONE_INITIAL_CAP)
    elif (gi is None and f_sim == 1.0 and not loose and pi is not None and abs(pi - fi) == 1
          and not items[pi][1] and pat[pi][0] >= _EQUIVALENT and not extra
          and _RUSSIAN_PATRONYMIC.search(items[pi][2].text) is not None):
        # (the listed family name and patronymic written whole beside each other, the given name left out, as a
        # span cut short keeps them, `Gennadyevich Tikhonov`: two of the three parts, as an initial would, the least
        # of a REVIEW; not beside any other word, which may be another given name, `Alexander Anatolyevich Efremov`,
        # nor a South Slavic surname in -ić, which the skeleton reads as the patronymic: `Mihajlović Ivanov`)
        score += _GIVEN * _LONE_INITIAL
        caps.append(_ONE_INITIAL_CAP)
    elif gi is None:
        caps.append(_NO_GIVEN_CAP)
    elif giv[gi][2] == "initial" and pi is None:
        words = frozenset(t.text for _, _, t in items)
        if (employer_named and not words.isdisjoint(profile.employer_domain)) or holds_listed_title(
                words, profile.role_titles) or telling_role(role, profile.employer_words) and not strays:
            # (the initial and the listed employer's name, its domain word or form too, a listed title whole, or two
            # words of the listed role no other title holds and no word the name does not explain: as the role
            # alone would, `A. Tikhonov (Kaspersky Lab)`, `A. Efremov, CBDO`, `A. Dukhvalov, Director of Future
            # Technologies`; not `M. Gerber, Head of Consumer Business, Nestle`, another employer's; nor the brand
            # alone, which may be another's name, `Ivanov, A., Kaspersky, E.`, `ul. Kasperskogo`)
            score += _GIVEN * max(0.0, _ROLE_CREDIT - g_credit)
            caps.append(_ROLE_CAP)
        elif f_sim == 1.0 and not loose:
            # (`A. Tikhonov`, `TIKHONOV, A.`: the listed family name as listed and the given name's initial, a
            # REVIEW at the least; a surname spelled otherwise beside an initial says too little)
            score += _GIVEN * max(0.0, _LONE_INITIAL - g_credit)
            caps.append(_ONE_INITIAL_CAP)
        else:
            caps.append(_INITIAL_CAP)
    if company_form and written_whole and ((whole >= _WHOLE_NAME or read_whole) and not items[gi][1] or initials):
        caps.append(_COMPANY_NAMED_CAP)
        if explain:
            evidence.append(Evidence("company_form", _COMPANY_NAMED_CAP, "", "", f"{_COMPANY_NAMED}: scored at most "
                                     f"{_COMPANY_NAMED_CAP}"))
    elif company_form:
        score *= _COMPANY_FORM_FACTOR
        if explain:
            evidence.append(Evidence("company_form", _COMPANY_FORM_FACTOR, "", "", "a company legal form on a person"))
    if f_sim < 1.0 or loose:
        caps.append(_SPELLED_FAMILY_CAP)  # another spelling of the surname may be another family: review it
    score = min([score, *caps, 1.0])
    return max(score, 0.0), tuple(evidence)


def company_form(norm: NormalizedName) -> tuple[str, ...]:
    """The legal forms as written (`("llc",)`) where the name carries a company legal form; none where it
    carries none (a sole-trader form or dotted initials do not count)."""
    if norm.dotted or all(form == "sole_proprietor" for form in norm.legal_forms):
        return ()
    return norm.legal_text


def expand_initials(norm: NormalizedName, tokens: tuple[TokenInfo, ...]) -> tuple[TokenInfo, ...]:
    """Dotted initials (`A.G.`, also when read as a legal form) become one initial token per letter; those read
    as a legal form stand where it was read (`Payment to A.G. Tikhonov for consulting`), or at the end where
    that is not known."""
    if not norm.initials and not norm.dotted:
        return tokens
    at: dict[int, list[str]] = {}  # token position -> the dotted forms read before it
    dotted = list(norm.dotted)  # (those whose place is not known stand at the end)
    if dotted and len(norm.legal_at) == len(norm.legal_text):
        for text, position in zip(norm.legal_text, norm.legal_at):
            if text in dotted:
                dotted.remove(text)
                at.setdefault(position, []).append(text)
    at.setdefault(len(tokens), []).extend(dotted)
    out: list[TokenInfo] = []
    for i, token in enumerate(tokens):
        out.extend(TokenInfo(c, c, "initial") for form in at.get(i, ()) for c in form)
        if i in norm.initials:
            out.extend(TokenInfo(c, c, "initial", None, token.qualifier) for c in token.text)
        else:
            out.append(token)
    out.extend(TokenInfo(c, c, "initial") for form in at[len(tokens)] for c in form)
    return tuple(out)


def looks_like_person(tokens: tuple[TokenInfo, ...], legal: tuple[str, ...], *, short_given: bool = True) -> bool:
    """True when a query reads as a person's name: a given name or patronymic, no company words. Without
    `short_given`, a word of two letters is no given name: as often a country's code (the screener, asking
    whether a brand's word is a family name: `KASPERSKY DUBLIN IE` is the brand)."""
    # (words in brackets, after a dash or of an address are an aside, and numbers, a birth date's, an ID's, are
    # no words of a name: they do not make a name too long, `Kaspersky, David M. DOB 11.02.1975`)
    if (any(form != "sole_proprietor" for form in legal)
            or sum(not t.qualifier and t.role != "number" for t in tokens) > 5):
        return False
    if any(t.role in ("generic", "product") for t in tokens):
        return False
    given = lexicon().given
    shortest = 1 if short_given else 3
    # (or a given name declined: `Евгением Касперским`)
    return any(t.skel in given or is_patronymic(t.skel) or len(t.skel) > 4 and t.skel.endswith(_CASE_ENDINGS)
               and not given.isdisjoint(nominatives(t.skel))
               for t in tokens if t.role != "initial" and len(t.text) >= shortest)


def family_name_at(tokens: tuple[TokenInfo, ...], i: int, *, as_brand: bool = False,
                   initials: frozenset[int] = frozenset()) -> bool:
    """True when the word at `i` stands as a person's family name: beside a patronymic, or, unless it is written
    as the brand is (`as_brand`: `Kaspersky U.A.E.`, `Kaspersky H.Q.`), beside two initials (`Kasperskiy, V. A.`)
    or a given name (four letters or more: `Kes` and `Ivo` are as often abbreviations; or three opening the text
    right before it, `Jan Kasperski`, or, before the -ski form, closing a text with no word of the brand's trade, as
    a Polish sole trader's firm writes its owner's name: `Usługi Remontowe Jan Kasperski`; not `Software Jan
    Kasperski`), and no company word
    beside it (`Natalya Kasperskaya, co-founder of InfoWatch`, `Kasperskaya, Natalya Ivanovna - InfoWatch`,
    `Marek Kasperski`; not `Kaspersky Lab Victoria`, nor `Kaspersky, Ivan Petrov handles the account`, where the
    given name is another word's). A woman's form of a surname in -sky (-skaya,
    -ska), which no company writes, does beside a given name, patronymic or initial whatever else is beside it
    (`Natalya Kasperskaya, InfoWatch`, `Касперская Н.И., ГК InfoWatch`; `initials`: the positions of dotted
    initials read as one word). The screener asks it of a brand's word: so written, the word is a namesake's
    or a founder's name, not the company's. After a given name, the word spelled -ski, as Poles write the surname
    and no brand (`not as_brand`), is his family name whatever word follows (`Jan Kasperski Medical`)."""
    if womans_surname_at(tokens, i, initials):
        return True
    beside = [tokens[j] for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
    given = lexicon().given
    if not as_brand and i > 0 and (before := tokens[i - 1]).role == "distinctive" and before.skel in given and (
            len(before.text) >= 4 or (i == 1 and len(before.text) == 3)
            or (i == len(tokens) - 1 and len(before.text) == 3 and not _of_the_trade(tokens))
    ) and tokens[i].text.endswith("ski"):
        return True
    if any(t.role in ("generic", "product") for t in beside):
        return False
    if not as_brand and any(0 <= i + step < len(tokens) and tokens[i + step].qualifier == tokens[i].qualifier
                            and _two_initials(tokens, i + step, step, initials) for step in (1, -1)):
        return True
    # (a given name of three letters opening the text counts too: `Jan Kasperski, Warsaw`; not a short word amid
    # a sentence, `We had Kasperskiy installed`)
    opens = not as_brand and i == 1 and tokens[0].role == "distinctive" and len(tokens[0].text) == 3 \
        and tokens[0].skel in given
    return opens or any(t.role == "distinctive" and (is_patronymic(t.skel) or not as_brand and t.skel in given
                                                     and len(t.text) >= 4) for t in beside)


def _two_initials(tokens: tuple[TokenInfo, ...], nearer: int, step: int, initials: frozenset[int]) -> bool:
    """Whether two initials stand beside a word, from `nearer` (a position in `tokens`) on in the direction of
    `step` (`Kasperskiy, V. A.`), or dotted initials of two or three letters read as one word at `nearer`
    (`Kasperskiy V.A.`): a person's given name and patronymic."""
    if nearer in initials and 2 <= len(tokens[nearer].text) <= 3:
        return True
    further = nearer + step
    return 0 <= further < len(tokens) and tokens[nearer].role == tokens[further].role == "initial"


def womans_surname_at(tokens: tuple[TokenInfo, ...], i: int, initials: frozenset[int] = frozenset()) -> bool:
    """True when the word at `i` is a woman's form of a surname in -sky (-skaya, -ska), which no company writes,
    beside a given name, patronymic or initial (`beside_name_part`), whatever else the text holds (`Natalya
    Kasperskaya, InfoWatch`, `Касперская Н.И., АО «ИнфоВотч»`): a woman's name, not a brand's word."""
    return tokens[i].skel.endswith(_WOMANS_SKI) and beside_name_part(tokens, i, initials)


def beside_name_part(tokens: tuple[TokenInfo, ...], i: int, initials: frozenset[int] = frozenset()) -> bool:
    """Whether the nearest word on either side of `i` is a given name, a patronymic or an initial (`initials`:
    the positions of dotted initials read as one word), or, where that word is an aside, the nearest beyond
    the asides (`Eugene (Gene) Kaspersky`); not a name outside an aside of more words that `i` stands in, of which
    the aside says something (`Marina (Kaspersky HR)`: her employer; not `Eugene (Kaspersky)`, a surname so written)."""
    given = lexicon().given
    said = tokens[i].qualifier and any(0 <= k < len(tokens) and tokens[k].qualifier for k in (i - 1, i + 1))

    def part(j: int) -> bool:
        if said and not tokens[j].qualifier:
            return False
        return j in initials or tokens[j].role == "initial" or tokens[j].role == "distinctive" and (
            tokens[j].skel in given or is_patronymic(tokens[j].skel))

    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(tokens):
            if part(j):
                return True
            if not tokens[j].qualifier or tokens[i].qualifier:
                break
            j += step
    return False


def names_several(text: str, *, cased: bool = False) -> bool:
    """True when `text` (a field cut of its birth clause) writes two different given names or more (`Andrei
    Tikhonov; Sergei Petrov`, `Sergei Petrov (DOB 01.02.1980), Andrei Tikhonov`): it may name several persons,
    and a birth date it labels may be any of theirs. A part between commas (semicolons, brackets) that is a
    place's words is no person's, though the place may read as a given name (`..., sole proprietor, Tula`,
    `Novi Sad`; but `...; Ali Sultan`, `... and wife Sophia` are persons). Where `cased`, a word in small letters
    in a text that writes a capital is no name (`Daniil Borshchev, aged 16, young chess talent`)."""
    lex = lexicon()
    found: set[str] = set()
    small = cased and any(c.isupper() for c in text)
    for part in _PARTS.split(text):
        # (not `г.` of `г. Тула`, nor a place's label: `POB Tula`, `place of birth: Tula`)
        words = [word for word in tokens_of(part) if len(word) > 1 and word not in _PLACE_LABELS]
        if small:
            words = [word for word in words if re.search(rf"\b{re.escape(word)}\b", part) is None]
        if len(words) == 1 and lex.is_place(words[0]) or (
                tuple(words) in lex.place_pairs and not all(skeleton(word) in lex.given for word in words)):
            continue  # (a town or a country: `Tula`, `Novi Sad`; not `Nur Sultan`, two given names too)
        found.update(skel for skel in map(skeleton, words) if len(skel) > 2 and skel in lex.given)
    return len(found) > 1


_PARTS = re.compile(r"[,;|()\[\]]")
_PLACE_LABELS = frozenset({"pob", "place", "of", "birth", "born", "in"})


def _of_the_trade(tokens: tuple[TokenInfo, ...]) -> bool:
    """Whether a word of the text is one of the brand's trade or a product word (`Software Jan Kasperski`)."""
    return any(t.role == "product" or t.text in BRAND_TRADE for t in tokens)


def initials_then_word(norm: NormalizedName, tokens: tuple[TokenInfo, ...]) -> bool:
    """True for two or three dotted initials before a name's only word (`E.V. Kaspersky`, `Н.И. Касперская`):
    written so, a brand's word is a family name, a founder's or a namesake's, not the company. (One letter
    is not enough: `©`, `(c)`, a bank's one-kana form or a word cut short read as one too.)"""
    return (not norm.legal_forms and len(tokens) == 2 and 0 in norm.initials
            and 2 <= len(tokens[0].text) <= 3 and not tokens[1].qualifier)


def matched_person_name(party: Party, evidence: tuple[Evidence, ...]) -> PartyName:
    """The listed name of the person that shares the most matched words with the query."""
    matched = {e.candidate_part for e in evidence if e.candidate_part}

    def overlap(name: PartyName) -> int:
        return len(matched & _skeletons(name.text))

    return max(party.names, key=lambda n: (overlap(n), n.type is NameType.PRIMARY))


@functools.lru_cache(maxsize=65_536)
def _skeletons(text: str) -> frozenset[str]:
    """Skeletons of the words of a listed name (memoised: listed names recur in every hit on them)."""
    return frozenset(skeleton(t) for t in tokens_of(text))
