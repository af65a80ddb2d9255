"""One normaliser for list names and queries alike: text -> `NormalizedName` (tokens + what was removed).

Steps, in order (the same for a listed name at index time and for every query):

1. Cap the length (`max_chars`): a pathological field costs bounded time; the caller notes the cut.
   Then undo export damage (`screening.repair`): HTML references, percent-encoding, backslash escapes,
   e-mail's encoded words and quoted-printable bytes, mojibake. An e-mail
   address is read as a name would say it (`tokens.mail_addresses`): beside a display name, the
   organisation its domain names in brackets (`Andrey Efremov <andrey.efremov@yandex.ru>` -> `Andrey
   Efremov (yandex)`); alone, its local part too. An Azerbaijani ending set apart by a hyphen goes
   (`Kaspersky Lab-ın` -> `Kaspersky Lab`: `endings.hyphened_cut`). A birth date the text writes is read and
   kept aside (`screening.birthdates`: `DOB 14.02.1965`); its words stay in the name.
2. Drop invisible characters (format: zero-width, BOM, soft hyphen; surrogates, private use,
   unassigned); control characters become spaces.
3. Unicode NFKC: full-width forms, ligatures, NBSP and ideographic spaces fold to their plain forms.
   Steps 2-3 but the controls come right after the repair (`tokens.surface`; decomposed letters are composed
   before it), so the readings of the text as written in step 10 read it so too.
4. Split camelCase joins (`KasperskyLab` -> `Kaspersky Lab`, `OOOKaspersky` -> `OOO Kaspersky`; `GmbH`
   stays whole); the document type and issuing state a passport's machine-readable line writes against
   the surname go (`P<RUSBORSHCHEV<<DANIIL` -> `BORSHCHEV<<DANIIL`), and so does the title an airline
   booking writes against the given name (`EFREMOV/ANDREYMR` -> `EFREMOV/ANDREY MR`).
5. Inside a word that mixes Latin with Cyrillic or Greek letters, fold look-alike letters to Latin
   (`Kаѕpersky` with Cyrillic а and ѕ); all-Cyrillic or all-Greek words are transliterated instead.
6. Transliterate to ASCII: Czech/Slovak š č ž keep their Russian values (sh ch zh); Persian, Arabic,
   Armenian, Greek and Georgian letters that unidecode reads wrongly for names are read as they sound
   (`screening.scripts`: Greek `Σουβόροφ` -> `Suvorov`, Persian `ک` k, Armenian `ու` u, Georgian `ხ`
   kh); everything else through unidecode (Han characters it reads with a rare reading with their common
   one: `卡` ka, not qia); a run of Han, kana or Hangul is cut before and after each legal form, domain word
   and place it holds, each a token, the letters between one token each (`北京卡巴斯基网络安全技术有限公司` ->
   `beijing kabasiji network security technology |youxiangongsi`, `カスペルスキー株式会社`);
   a middle dot (`・`, `·`) beside such letters parts words (`アンドレイ・スヴォーロフ`), Catalan `l·l` is ll.
7. Case-fold; dotted initialisms collapse (`S.r.l.` -> `srl`, `A.G.` -> `ag`, remembered as initials).
8. A card-statement descriptor prefix before `*` is dropped (`DRI*KASPERSKY`, `PAYPAL *...`).
9. Tokens: runs of letters and digits; apostrophes inside a word vanish (`Iur'evich` -> `iurevich`), so
   does a hyphen after a one- or two-letter prefix (`Co-operative`, `FZ-LLC`).
10. Qualifier segments are marked, not dropped: text in brackets, the tail after ` - ` or `*`, a comma
    part that contains digits (an address) and the comma parts after it, and what follows a legal form
    when it holds a number (an address or a vendor code: `Kaspersky Lab Inc 500 Unicorn Park`). The
    matcher weighs an unmatched qualifier word lightly. An amount with thousands separators is one
    number (`1,250,000`). Alternate names, each screened on its own as well: each tail after ` - `
    (`Intercompany loan - Kaspersky Labs Ltd`); each field of a record that holds two words, a legal form
    or CJK text (pipes, semicolons, tabs, line ends, a label's colon, JSON keys, markup tags, `KEY=`,
    quoted values, a CSV row's cells, fixed-width columns, the elements of an X12 or EDIFACT
    segment: `tokens.field_parts`), and the record's values
    without its keys as one name (`tokens.record_fields`); a slug's short words set apart
    (`kaspersky-lab-uk-ltd`: `tokens.slug_reading`); a legal form and the name in quotes right after it, alone
    (`... АО "Лаборатория Касперского" к ООО ...`); the name with a company word's case ending of another language
    cut (`Kaspersky Lab Incin`: `screening.endings.word_stems`);
    the name with an x between vowels read as kh (GOST 7.79-B `Tixonov`), and with Turkish `ş` and `ç` read
    as sh and ch (`Borşçov`: `screening.scripts`); a Latin name with Dutch spellings
    read as English ones where a word shows them, and so Swedish, Hungarian, romanised Greek and Baltic ones
    (`screening.schemes`: `Tsjekoenov` -> `Tshekunov`, `Gyenyisz` -> `Denis`); the other reading of Greek and
    Georgian letters of two sounds (`screening.scripts`); Arabic and Hebrew words as consonant readings,
    which only person names are matched by (`screening.abjad`: `تشيكونوف` -> `SIKUNUB`), and so are katakana
    words (`screening.kana`: `チェクノフ` -> `CIKONOFO`), Hangul words (`screening.hangul`: `체쿠노프` ->
    `SIKUNUBY`) and Chinese transcriptions (`screening.xinhua`: `切库诺夫` -> `SIKUNUBO`); Russian text damaged
    between KOI8-R and Windows-1251, read back (`мбвптбфптйс` -> `ЛАБОРАТОРИЯ`: `screening.repair`); and Russian typed
    on the English keyboard layout, retyped (`Kf,jhfnjhbz` -> `Лаборатория`: `screening.layout`); and
    letters written as look-alike digits or symbols, read (`K@spersky Gr0up`: `screening.leet`); and
    letters set apart, read together (`K A S P E R S K Y  L A B`, `Ka.sp.er.sky`: `screening.interleave`); and
    letters a scanner misread, read back (`TlKHONOV`, `Anclrey`: `screening.ocr`); each person of a list of
    persons, initials run together read apart (`Ivanov AM, Zaitsev OV`: `tokens.list_items`); a text that
    writes capitals without the small one-letter prepositions of its running text (`попал в список`:
    `tokens.without_small_letters`); and letters a right-to-left override reverses, as shown
    (`tokens.as_shown`).
11. A care-of marker (`c/o`, `attn`, `dba`) splits the name: the tokens before it are the name, the
    tokens after it an alternate name screened as well.
12. Legal forms (multi-word; at the start or the end of the name, next to another form, before a
    numbered tail or before place names, the last perhaps cut short, never elsewhere in the middle,
    where `Co` or `Pat` may be a word of the name; the commonest also as a scanner misreads or a typist
    mistypes them after a name (after two words): `lnc`, `Lirnited`, `GrnbH`, `Limted`, `LLLC`:
    `screening.typos`; a form of several words with one word one slip off anywhere but as the whole
    name: `Limited Liabilty Company`),
    honorifics and vendor-master noise are removed and kept aside, unless they and legal forms are all
    there is of a name (`LORD Corporation`: then all are its words), (legal forms as their equivalence
    class); domain words fold to one canonical form
    (`Laboratoriya`, `Labs`, `лаборатория` -> `lab`; the commonest also misspelt: `Gruop`, `Secuirty`),
    abbreviations to their word (`Govt` -> `government`); three or more single letters left in a row
    are one spelled-out word (`K A S P E R S K Y`).

Steps 1-9 (text to tokens) live in `screening.tokens`; steps 10-12 here.
Romanisation variants (iy/ii/ij, kh/h, -ov/-off, case endings) are not folded here but in
`screening.romanize.skeleton`, which the matcher compares on; the normalised text stays readable.
Reference tables come from `screening/data/*.toml` via `screening.tables`, folded ahead of time by `build_vocab`
into `data/folded-vocab.json` (`screening._folded`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence

import attrs
from unidecode import unidecode

from screening import _folded
from screening import abjad, hangul, kana, typos, xinhua
from screening.birthdates import WrittenDate, birth_date_in, without_birth_clause
from screening.cases import nominatives
from screening.countries import WRITTEN_CODES
from screening.deletions import DeletionIndex
from screening.endings import apostrophe_cut, hyphened_cut, word_stems
from screening.interleave import punctuated_apart, spelled_apart
from screening.layout import as_russian, looks_slipped
from screening.lexicon import is_declined_patronymic, is_patronymic, lexicon
from screening.leet import deleet
from screening.ocr import look_alike_slips, ocr_reading
from screening.repair import codepage_readings, repair
from screening.romanize import skeleton
from screening.schemes import readings
from screening.scripts import belarusian_reading, cedilla_reading, has_second_reading
from screening.similarity import one_edit_apart
from screening.tokens import (CJK_REGIONS, DEFAULT_MAX_CHARS, as_shown, aside_heads, cjk_pieces, clean_repaired,
                              dash_tails, field_parts, has_cjk, is_cjk_run, join_spelled, latin_lookalikes,
                              list_items, mail_addresses, record_fields, slug_reading, surface, tokenize, tokens_of,
                              without_cjk, without_small_letters)

__all__ = ["NormalizedName", "build_vocab", "comparable", "composed", "cut_legal_classes", "form_countries",
           "is_legal_prefix", "known_word", "normalize", "normalize_cleaned", "normalize_name", "slip_of",
           "slipped_legal_forms", "token_readings"]

_WEB_PARTS = frozenset({"www", "http", "https", "com", "net", "org"})  # noise words that spell a web address
_NO_POSITIONS: frozenset[int] = frozenset()  # shared by the many names without initials or qualifiers
# Markers after which another name of the party follows. These split the name wherever they stand (at
# the end the marker is dropped): care of, attention, doing business as, for the benefit of, also known as.
_MARKERS_ANYWHERE = frozenset({("c", "o"), ("attn",), ("attention",), ("dba",), ("d", "b", "a"), ("fbo",),
                               ("aka",)})
# These only with a name after them: German attention (`z. Hd.`), on behalf of (German, Italian, French, Spanish,
# Portuguese, Russian and Ukrainian too: `im Auftrag von`, `per conto di`, `от имени`), trading as, also or
# formerly known as.
_MARKERS_BEFORE_A_NAME = frozenset({("z", "hd"), ("zu", "handen"), ("on", "behalf", "of"), ("t", "a"),
                                    ("trading", "as"), ("a", "k", "a"), ("also", "known", "as"), ("fka",),
                                    ("f", "k", "a"), ("formerly",), ("formerly", "known", "as"),
                                    ("im", "auftrag", "von"), ("per", "conto", "di"), ("au", "nom", "de"),
                                    ("en", "nombre", "de"), ("em", "nome", "de"), ("ot", "imeni"), ("vid", "imeni")})
# Chinese `与`, `和`, `及` (and) after a company's `公司`, which ends its name: two companies (`tokens.list_items` parts
# the other languages' lists, whose words a space parts)
_CJK_JOINED = re.compile(r"(?<=公司)[与和及、](?=\S)")
_CARE_OF = _MARKERS_ANYWHERE | _MARKERS_BEFORE_A_NAME


@attrs.frozen
class NormalizedName:
    """A name folded to comparable tokens, with what normalisation set aside."""

    tokens: tuple[str, ...]
    legal_forms: tuple[str, ...] = ()  # equivalence classes, e.g. ("joint_stock",)
    legal_text: tuple[str, ...] = ()  # the legal forms as written (normalised), e.g. ("ltd",)
    dotted: tuple[str, ...] = ()  # dotted initials read as a legal form (`A.G.`): maybe a person's initials
    removed: tuple[str, ...] = ()  # honorifics, noise and descriptor prefixes that were dropped
    initials: frozenset[int] = frozenset()  # token positions that came from dotted initials (A.G.)
    qualifiers: frozenset[int] = frozenset()  # token positions inside brackets, a ` - ` tail or an address part
    alternates: tuple[NormalizedName, ...] = ()  # names after a care-of marker
    # where each legal form was read: the number of tokens before it (() when the tokens were regrouped after)
    legal_at: tuple[int, ...] = ()
    # a birth date the text writes (`DOB 14.02.1965`: `screening.birthdates`); its words stay in the tokens
    birth: WrittenDate | None = None

    @property
    def text(self) -> str:
        """The comparable form: tokens joined by spaces ("" when nothing is screenable)."""
        return " ".join(self.tokens)

    @property
    def key(self) -> str:
        """Everything of the normalised name that affects a score, as one string (the screener also reads
        the text as written: an abbreviation's period, a keyboard-layout slip, a cut field; so equal keys
        may screen differently, and a cache keys on the exact text: `screening._batchwork`).

        Tokens are marked `.` when they came from dotted initials and `~` inside a qualifier; the legal
        forms as written and the dotted forms follow, then the alternates after a care-of marker, then a
        birth date the text writes (`born:1965-02-14`; `date:` when no label says it is a birth date).
        """
        marked = " ".join(("~" if i in self.qualifiers else "") + t + ("." if i in self.initials else "")
                          for i, t in enumerate(self.tokens))
        parts = [marked]
        if self.legal_text or self.dotted:
            parts.append("|" + ",".join(self.legal_text) + ("|." + ",".join(self.dotted) if self.dotted else ""))
        parts.extend("/" + alt.key for alt in self.alternates)
        if self.birth is not None:
            parts.append(("born:" if self.birth.labelled else "date:") + self.birth.iso)
        return " ".join(parts)

    @property
    def screenable(self) -> bool:
        """True when at least one token has a letter, or a number has a legal form or is a web address and
        nothing else is set aside (`11420 Corp.`, `58.com`: a numbered company or site; not `Vendor 12345 LLC`);
        digits alone cannot name a party."""
        if any(not t.isdigit() for t in self.tokens) or any(a.screenable for a in self.alternates):
            return True
        removed = frozenset(self.removed)
        return bool(self.tokens) and bool(self.legal_forms or removed) and removed <= _WEB_PARTS


@attrs.frozen
class _Vocab:
    """Reference tables folded into token form, built once."""

    phrases: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]  # first token -> (tokens, role, value)
    generic: dict[str, str]  # a domain word's variants and other words' abbreviations -> the word they fold to
    descriptors: frozenset[str]
    places: frozenset[str]  # one-word country and city names
    phrase_starts: frozenset[str]  # first tokens of legal forms, honorifics, noise and markers
    legal_prefixes: frozenset[str]  # every prefix of every legal form (not `uncut_forms`), tokens joined by spaces
    # words in Han, kana or Hangul alone (legal forms, domain words, places), longest first: step 6 cuts a
    # run of those letters into them and the letters between (`tokens.cjk_pieces`)
    cjk_words: tuple[str, ...]
    # a legal form misread or mistyped (`grnbh`, `limted`) -> the form as written (`gmbh`, `limited`): see
    # `_MISREADS` and `_mistyped`
    misreads: dict[str, str]
    # a legal form of one country or a few, folded, spaces dropped (`plc`, `spzoo`) -> their ISO alpha-2 codes
    # (`form_countries`)
    form_countries: dict[str, tuple[str, ...]]
    # legal forms written in letters a query's Latin ones cannot be cut from (`_UNCUT_LETTERS`: `インク` reads
    # `inku`, of which `ink` is no cut), folded: no `cut_legal_classes`
    uncut_forms: frozenset[str]


def _form_spellings(form: str) -> tuple[tuple[str, ...], ...]:
    """A legal form's words as a query folds them: letter by letter, and, written with dots, one letter a
    word, also as the one word a query's dotted initials collapse to (`م.م.ح`, the UAE's FZE, as `mmh`)."""
    words = tokens_of(form)
    if "." in form and len(words) > 1 and all(len(word) == 1 for word in words):
        return words, ("".join(words),)
    return (words,)


# Letters whose folding reads syllables or whole words, not letter by letter (Thai, Hangul, kana, Han, enclosed
# and half-width forms, `㈱`): a form they write is no form a field cut in Latin letters cuts (`_Vocab.uncut_forms`;
# `NPO法人` neither, whose `NPO` alone the table leaves out on purpose).
_UNCUT_LETTERS = re.compile("[\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3200-\u32ff\u3400-\u4dbf"
                            "\u4e00-\u9fff\uac00-\ud7af\uff65-\uff9f]")


def _uncut(form: str) -> bool:
    """Whether a legal form is written in `_UNCUT_LETTERS` (as the tokenizer reads it: `㍿` is `株式会社`)."""
    return _UNCUT_LETTERS.search(unicodedata.normalize("NFKC", form)) is not None


@functools.cache
def _vocab() -> _Vocab:
    """The folded tables, once: `build_vocab` stored in `data/folded-vocab.json` (folding here costs ~60 ms)."""
    stored = _folded.fields("vocab", attrs.fields_dict(_Vocab))
    return build_vocab() if stored is None else _Vocab(**stored)


def build_vocab() -> _Vocab:
    """Fold every table entry through the same steps as a query (`python -m screening._foldgen` stores it)."""
    from screening import tables  # here: only the generator and its test fold the tables

    # Care-of markers first: on an equal-length tie the earlier entry wins (the sort below is stable).
    entries: list[tuple[tuple[str, ...], str, str]] = [(m, "care_of", " ".join(m)) for m in sorted(_CARE_OF)]
    for cls, forms in tables.legal_forms():
        entries.extend((spelling, "legal", cls) for form in forms for spelling in _form_spellings(form))
    entries.extend((tokens_of(w), "honorific", w) for w in tables.word_list("honorifics") if len(w.strip(".")) > 1)
    entries.extend((tokens_of(w), "noise", w) for w in tables.word_list("noise"))
    generic = {}
    for canonical, variants in tables.generic_words().items():
        for variant in (canonical, *variants):
            toks = tokens_of(variant)
            if len(toks) == 1:
                generic[toks[0]] = canonical
            elif toks:  # a multi-word variant (`Group of Companies`) folds like a phrase
                entries.append((toks, "generic", canonical))
    for full, shorts in tables.abbreviations().items():  # folded like a domain word's variants, role kept
        (word,) = tokens_of(full)
        for short in shorts:
            (token,) = tokens_of(short)
            generic.setdefault(token, word)
    descriptors = frozenset(t for w in tables.word_list("descriptor_prefixes") for t in tokens_of(w))
    places = frozenset(t for names in tables.country_names().values() for n in names  # (as `lexicon` reads them)
                       if len(toks := tokens_of(n)) == 1 for t in toks if len(t) > 2 or n.isascii())
    words = ({t for toks, _, _ in entries for t in toks} | generic.keys() | places | descriptors
             | {t for group in tables.given_name_groups() for n in group for t in tokens_of(n)}
             | {t for n in tables.common_given_names() for t in tokens_of(n)}
             | {t for n in tables.city_names() for t in tokens_of(n)})
    misreads: dict[str, str] = {}
    for cls, forms in tables.legal_forms():
        for form in dict.fromkeys(map(tokens_of, forms)):
            for role, spellings in (("misread_legal", _misread(form)), ("mistyped_legal", _mistyped(form))):
                for spelling in spellings:
                    if spelling not in words and spelling not in misreads:
                        entries.append(((spelling,), role, cls))
                        misreads[spelling] = form[0]
    phrases: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for toks, role, value in entries:
        if toks:
            phrases.setdefault(toks[0], []).append((toks, role, value))
    ordered = {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in phrases.items()}
    legal_prefixes = frozenset(joined[:k] for _, forms in tables.legal_forms() for f in forms
                               if not _uncut(f) and (joined := " ".join(tokens_of(f)))
                               for k in range(1, len(joined) + 1) if joined[k - 1] != " ")
    cjk = {f for _, forms in tables.legal_forms() for f in forms}
    cjk |= {v for canonical, variants in tables.generic_words().items() for v in (canonical, *variants)}
    cjk |= {short for shorts in tables.abbreviations().values() for short in shorts}  # (`政府`, government)
    cjk |= set(CJK_REGIONS)  # (`中东`, the Middle East: `tokens._cjk_words` reads it as the English words)
    cjk |= {n for names in tables.country_names().values() for n in names} | set(tables.city_names())
    cjk_words = tuple(sorted((w for w in cjk if is_cjk_run(w) and len(w) >= 2), key=lambda w: (-len(w), w)))
    form_countries = {"".join(tokens_of(form)): tuple(sorted(codes))
                      for form, codes in tables.legal_form_countries().items()}
    uncut = frozenset(" ".join(tokens_of(f)) for _, forms in tables.legal_forms() for f in forms
                      if _uncut(f))
    return _Vocab(phrases=ordered, generic=generic, descriptors=descriptors, places=places,
                  legal_prefixes=legal_prefixes, phrase_starts=frozenset(ordered), cjk_words=cjk_words,
                  misreads=misreads, form_countries=form_countries, uncut_forms=uncut)


# Letters scanned or keyed as others (`lnc`, `Lirnited`, `GrnbH`, `1td`, `Limitcd`, `Ine.`): one of the legal
# forms printed documents carry most (in Latin letters) read with one of them is still that legal form after a
# name (never at its start), unless the misreading is itself a word or name the tables know. Only these forms:
# misread rarer ones make real words (`Baarn`, a town, from the Hebrew `Ba'am`).
_MISREADS = (("i", "l"), ("l", "i"), ("i", "1"), ("l", "1"), ("o", "0"), ("m", "rn"), ("d", "cl"), ("e", "c"),
             ("c", "e"))
_MISREAD_FORMS = frozenset({"inc", "incorporated", "ltd", "limited", "llc", "llp", "gmbh", "corp", "corporation",
                            "company", "plc", "ltda", "limitada", "sarl", "srl"})


def _slipped_form(tokens: list[str], i: int, entries: tuple[tuple[tuple[str, ...], str, str], ...], vocab: _Vocab
                  ) -> tuple[tuple[str, ...], str, tuple[str, ...]] | None:
    """The longest legal form of two or more words that the tokens from `i` write with one word of five
    letters or more one slip off (`Limited Liabilty Company`, `Limted Liability Company`, `Obshchestvo s
    Ogranichennoi Otvetstvenostyu`), longer than any form written exactly there: (the words as written, its
    class, the form). None when there is none. A slip in one word of several that agree is no other word."""
    longer = max((len(p) for p, role, _ in entries if role == "legal" and tuple(tokens[i:i + len(p)]) == p),
                 default=1)  # a form found must be longer than this
    first = vocab.misreads.get(tokens[i])
    forms = vocab.phrases.get(first, ()) if first is not None else entries
    for phrase, role, cls in forms:  # (longest first)
        n = len(phrase)
        if n <= longer:
            break
        if role != "legal" or i + n > len(tokens):
            continue
        written = tuple(tokens[i:i + n])
        off = [j for j in range(n) if written[j] != phrase[j]]
        if first is not None:
            if off == [0]:
                return written, cls, phrase
        elif len(off) == 1 and len(phrase[off[0]]) >= 5 and one_edit_apart(written[off[0]], phrase[off[0]]):
            return written, cls, phrase
    return None


def _misread(tokens: tuple[str, ...]) -> list[str]:
    """A legal form of `_MISREAD_FORMS` with one letter misread: at its start, or anywhere in a misreading of
    5+ letters (shorter ones are too often words)."""
    if len(tokens) != 1 or tokens[0] not in _MISREAD_FORMS:
        return []
    (form,) = tokens
    return list(dict.fromkeys(read for i, read in _misreadings(form) if i == 0 or len(read) >= 5))


def _misreadings(form: str) -> list[tuple[int, str]]:
    """`form` with one letter (or pair) misread as its look-alike (`_MISREADS`), with where: (position, text)."""
    return [(i, form[:i] + read + form[i + len(seen):]) for i in range(len(form)) for seen, read in _MISREADS
            if form.startswith(seen, i)]


def _mistyped(tokens: tuple[str, ...]) -> list[str]:
    """A legal form of `_MISREAD_FORMS` with one typing slip after its first letter (`screening.typos`): any
    slip but at the last letter in a form of 5+ letters (`Limted`, `Incorproated`), and in one of 7+ a key
    pressed with its neighbour too (`Incorporatexd`) or a vowel written as another (`Incorparated`, `Limeted`:
    `typos.vowel_confused`); a letter doubled in a shorter one (`LLLC`), or in one
    of four a slip that leaves no vowel (`GmhH`; not `crop`, `sarp`)."""
    if len(tokens) != 1 or tokens[0] not in _MISREAD_FORMS:
        return []
    (form,) = tokens
    mistyped = typos.doubled(form)
    if len(form) >= 5:
        mistyped |= typos.slips(form)
    elif len(form) == 4:
        mistyped |= typos.vowelless_slips(form)
    if len(form) >= 7:
        mistyped |= {slip for slip in typos.fat_fingered(form) if slip[0] == form[0]} | typos.vowel_confused(form)
    return sorted(mistyped)


# Domain words a company name is commonly made of, whose misspellings (`Gruop`, `Secuirty`, `Labaratoriya`)
# still fold to them: one letter changed or two swapped, not the first, in a word of five letters or more;
# one letter added or dropped (`Laboratorriya`, `Labortoriya`, `Tradding`) where the word as spelt right has
# seven letters or more (in shorter ones that makes words and names: `Labour`, `Grouper`, `Xiong`)
# (as `screening.similarity` allows no edit in shorter ones: a slip of `Labs` or `Tech` is as often a real
# word, a name or an acronym, `Lags`, `Rabe`, `TSCH`, and folding it, in listed names too, would take the
# word's weight from a listed `Hans Rabe`).
_ADDED_OR_DROPPED_MIN = 7  # letters of a domain word's spelling that one added or dropped still folds to
_TYPO_FOLDED = ("lab", "group", "security", "software", "technology", "systems", "solutions", "services",
                "network", "international", "holding", "trading")


@functools.cache
def _typo_keys() -> dict[str, str]:
    """A misspelling pattern (`l?bs`: any letter at `?`; a swap or a letter dropped written out) -> the word
    it folds to; a letter added is found by dropping it (`fold_generic`)."""
    keys: dict[str, str] = {}
    for variant, canonical in _vocab().generic.items():
        if canonical in _TYPO_FOLDED and len(variant) >= 5 and variant.isalpha():
            for i in range(1, len(variant)):
                keys.setdefault(variant[:i] + "?" + variant[i + 1:], canonical)
                if len(variant) >= _ADDED_OR_DROPPED_MIN:
                    keys.setdefault(variant[:i] + variant[i + 1:], canonical)
                if i + 1 < len(variant):
                    keys.setdefault(variant[:i] + variant[i + 1] + variant[i] + variant[i + 2:], canonical)
    return keys


@functools.cache
def _typo_folded_variants() -> tuple[dict[str, str], frozenset[tuple[str, int]]]:
    """The spellings of the domain words that fold when misspelt with a letter added (`_TYPO_FOLDED`, seven
    letters or more), and their (first letter, length) pairs: a word one letter longer with no such pair is
    none of them misspelt."""
    variants = {variant: canonical for variant, canonical in _vocab().generic.items()
                if canonical in _TYPO_FOLDED and len(variant) >= _ADDED_OR_DROPPED_MIN and variant.isalpha()}
    return variants, frozenset((v[0], len(v)) for v in variants)


def fold_generic(token: str, vocab: _Vocab) -> str:
    """A domain word's canonical form (`labs` -> `lab`), also when misspelt (see `_TYPO_FOLDED`)."""
    folded = vocab.generic.get(token)
    if folded is not None:
        return folded
    if len(token) < 5 or not token.isalpha():
        return token
    found = _TYPOS.get(token)
    if found is None:
        found = token
        if token not in vocab.places:
            keys = _typo_keys()
            found = keys.get(token, token)  # two letters swapped, or one dropped
            for i in range(1, len(token)):
                if found != token:
                    break
                found = keys.get(token[:i] + "?" + token[i + 1:], token)
            variants, shapes = _typo_folded_variants()
            if found == token and (token[0], len(token) - 1) in shapes:
                for i in range(1, len(token)):  # one letter added (`Laboratorriya`)
                    found = variants.get(token[:i] + token[i + 1:], token)
                    if found != token:
                        break
        if len(_TYPOS) >= _TYPOS_LIMIT:
            _TYPOS.clear()
        _TYPOS[token] = found
    return found


_TYPOS: dict[str, str] = {}  # word -> what `fold_generic` reads it as, when not a listed variant (a memo)
_TYPOS_LIMIT = 200_000  # entries before the memo is cleared (bounds memory on a huge batch of new words)


# Short English spellings of domain words whose typing slips (`Lsbs`, `Lasb`, `Tevh`) are paired with the
# listed word where the rest of the name matches (`slip_of`); not the abbreviations (`Grp`, `Svcs`: rarely
# mistyped, and their slips are other abbreviations) nor the romanised ones (`Keji`, `Seti`).
_SHORT_SLIPPED = ("lab", "labs", "tech", "soft", "data", "bank", "info")


def slip_of(word: str) -> frozenset[str]:
    """The domain words (canonical) whose short spelling (`_SHORT_SLIPPED`), and the regions of four letters
    (`east`), `word` is a typing slip of (`lsbs`, `lasb`, `lav` -> `lab`, `esat` -> `east`:
    `screening.typos.end_slips`; `labws`, `llabs`: a key pressed too inside it, `typos.fat_fingered`), or a
    scanner's misreading of (`lob`: `screening.ocr.look_alike_slips`): never folded, since so short a slip is
    as often a word or a name of its own, but paired with the listed word when a distinctive word of the name
    matches, or for a region after a region word (`screening.features`); empty for most words."""
    return _short_slips().get(word, frozenset())


@functools.cache
def _short_slips() -> dict[str, frozenset[str]]:
    """Slip -> the domain words or regions it may be a slip of (`slip_of`): slips of three letters or more
    that are no spelling of a domain word, place or legal form themselves, nor the first word of a phrase."""
    vocab = _vocab()
    out: dict[str, set[str]] = {}
    regions = sorted(r for r in lexicon().regions if len(r) == 4 and r.isalpha())  # (`east`, `west`, `gulf`)
    for variant in (*_SHORT_SLIPPED, *regions):
        canonical = vocab.generic.get(variant, variant if variant in regions else None)
        if canonical is not None:
            # (a key pressed too inside the word only: before or after it, it makes words, `techy`, `softy`)
            pressed = {slip for slip in typos.fat_fingered(variant) if (slip[0], slip[-1]) == (variant[0], variant[-1])}
            for slip in typos.end_slips(variant) | pressed | look_alike_slips(variant):
                if (len(slip) >= 3 and slip not in vocab.generic and slip not in vocab.places
                        and slip not in vocab.phrase_starts and slip not in vocab.legal_prefixes):
                    out.setdefault(slip, set()).add(canonical)
    return {slip: frozenset(found) for slip, found in out.items()}


def _classify(tokens: list[str], initials: set[int], removed: list[str], qualifiers: set[int],
              boundaries: set[int]) -> NormalizedName:
    """Steps 10-12 on a token list."""
    vocab = _vocab()
    if not initials and sum(len(t) == 1 for t in tokens) >= 3 and not _spelled_marker(tokens):
        # Spelled-out letters join before legal forms are read, so `O O O Kaspersky` and `D O O` read as
        # `ooo`, `doo` do, and the normalised form normalises to itself.
        tokens, qualifiers, boundaries = join_spelled(tokens, qualifiers, boundaries)
    if not initials and not qualifiers and vocab.phrase_starts.isdisjoint(tokens):
        # fast path: no legal form, honorific, noise or marker in the name
        return _finish([fold_generic(t, vocab) for t in tokens], set(), set(), [], [], [], removed)
    kept: list[str] = []
    kept_initials: set[int] = set()
    kept_qualifiers: set[int] = set()
    legal: list[str] = []
    legal_text: list[str] = []
    dotted: list[str] = []
    legal_end = -1  # where the last legal form read ends
    legal_at: list[int] = []  # how many tokens were kept before each legal form read
    dropped = len(removed)  # honorifics and noise removed here are appended from here on
    i = 0
    while i < len(tokens):
        token = tokens[i]
        entries = vocab.phrases.get(token, ())
        slipped = None  # a legal form of several words with a slip in one, as written, and the form
        if i + 1 < len(tokens) and (entries or token in vocab.misreads):
            found = _slipped_form(tokens, i, entries, vocab)
            # (not a whole name: nothing would be left, and the prefilter reads a slip as a word of a name)
            if found is not None and (i > 0 or len(found[0]) < len(tokens)):
                as_written, cls, form = found
                slipped = (as_written, form)
                entries = ((as_written, "legal", cls), *entries)
        for phrase, role, value in entries:
            if tuple(tokens[i:i + len(phrase)]) != phrase or (len(phrase) == 1 and i in initials
                                                               and role not in ("legal", "care_of")):
                continue
            if role == "care_of" and not _marker_fits(tokens, i, phrase, kept, initials):
                continue
            if role in ("misread_legal", "mistyped_legal"):
                if len(kept) < (2 if role == "mistyped_legal" and legal_end != i else 1):
                    # A name may start with it (`LNC Technology`); after a name it is a legal form, a slip
                    # only after two words (one word and a slip may be a person's name) or another legal
                    # form (`Kaspersky Limited Compnay`: `_at_end` read `Limited` as a form for it).
                    continue
                role = "legal"
            if role == "legal" and _initials_first(tokens, i, initials):
                continue
            if role != "legal" or not kept:
                break
            if _numbered_tail(tokens, i + len(phrase)):  # `Kaspersky Lab Inc 500 Unicorn Park`, `... Ltd 00123`
                qualifiers = qualifiers | set(range(i + len(phrase), len(tokens)))
                break
            if _at_end(tokens, i + len(phrase), qualifiers | boundaries, vocab):
                break
        else:
            if i in initials:
                kept_initials.add(len(kept))
            if i in qualifiers:
                kept_qualifiers.add(len(kept))
            kept.append(fold_generic(token, vocab))
            i += 1
            continue
        if role == "care_of":
            skip = i + len(phrase)
            rest = _classify(tokens[skip:], {j - skip for j in initials if j >= skip}, [],
                             {j - skip for j in qualifiers if j >= skip}, {j - skip for j in boundaries if j >= skip})
            if not kept:
                return attrs.evolve(rest, removed=(*removed, value, *rest.removed))
            # Flat: every name after a marker is one alternate (a nested chain would grow exponentially).
            alternates = (attrs.evolve(rest, alternates=()), *rest.alternates) if rest.tokens else rest.alternates
            return _finish(kept, kept_initials, kept_qualifiers, legal, legal_text, dotted, [*removed, value],
                           alternates, legal_at)
        if role == "generic":
            if i in qualifiers:
                kept_qualifiers.add(len(kept))
            kept.append(value)
        elif role == "legal":
            legal.append(value)
            legal_at.append(len(kept))
            # (`grnbh` is written `gmbh`; `limited liabilty company`, `limited liability company`)
            written = " ".join(slipped[1] if slipped is not None and phrase == slipped[0] else phrase)
            legal_text.append(vocab.misreads.get(written, written))
            if len(phrase) == 1 and i in initials:
                dotted.append(token)
            legal_end = i + len(phrase)
        else:
            removed.append(value)
        i += len(phrase)
    if not kept and legal and len(removed) > dropped:
        # A company named by an honorific or a noise word alone (`LORD Corporation`, `Reference, LLC.`, `SNR
        # Inc.`): the legal form says a name stands before it, and those words are all there is of it. Its
        # words are all read as the name, the form too, as `_finish` reads a name of legal forms alone (so
        # the normalised form normalises to itself).
        kept, legal, legal_text, dotted = list(tokens), [], [], []  # (unfolded: `Univ.` would read `university`)
        legal_at = []
        kept_initials, kept_qualifiers = set(initials), set(qualifiers)
        del removed[dropped:]
    return _finish(kept, kept_initials, kept_qualifiers, legal, legal_text, dotted, removed, (), legal_at)


_SPELLED_MARKERS = tuple(m for m in _CARE_OF if all(len(t) == 1 for t in m))  # `c o`, `d b a`


def _marker_fits(tokens: list[str], i: int, marker: tuple[str, ...], kept: list[str], initials: set[int]) -> bool:
    """Whether a care-of marker at position i splits the name. A marker of several words never holds
    dotted initials (`Rossi Trading a.s.` is a legal form). One of the alias markers (`t/a`, `fka`,
    `formerly`) needs a name after it; spelled in single letters (`t a`, `a k a`) also one before it,
    elsewhere it may be a person's initials (`Ivanov T A`, `T A Smith`)."""
    if len(marker) > 1 and any(j in initials for j in range(i, i + len(marker))):
        return False
    if marker in _MARKERS_ANYWHERE:
        return True
    if i + len(marker) >= len(tokens):
        return False
    return bool(kept) or marker not in _SPELLED_MARKERS


def _spelled_marker(tokens: list[str]) -> bool:
    """True when a care-of marker spelled in single letters (`C/O`) is among the tokens: it splits the
    name, so its letters must not join into a word."""
    return any(tuple(tokens[i:i + len(m)]) == m for m in _SPELLED_MARKERS for i in range(len(tokens)))


def _finish(kept: list[str], initials: set[int], qualifiers: set[int], legal: list[str], legal_text: list[str],
            dotted: list[str], removed: list[str], alternates: tuple[NormalizedName, ...] = (),
            legal_at: list[int] | tuple[int, ...] = ()) -> NormalizedName:
    """The `NormalizedName` of the kept tokens, after the last folds of step 12."""
    if not kept and len(legal_text) > 1:
        # Two or more legal-form words (`SCS SA`) are a name; one alone (`Ltd`) says nothing.
        kept, legal, legal_text, legal_at = [t for text in legal_text for t in text.split()], [], [], ()
    if not initials and sum(len(t) == 1 for t in kept) >= 3:
        kept, qualifiers, _ = join_spelled(kept, qualifiers, set())
        legal_at = ()  # (the tokens were regrouped: where the forms stood is not known)
    if len(qualifiers) == len(kept):
        qualifiers = set()
    return NormalizedName(tokens=tuple(kept), legal_forms=tuple(dict.fromkeys(legal)), legal_text=tuple(legal_text),
                          dotted=tuple(dotted), removed=tuple(removed),
                          initials=frozenset(initials) if initials else _NO_POSITIONS,
                          qualifiers=frozenset(qualifiers) if qualifiers else _NO_POSITIONS, alternates=alternates,
                          legal_at=tuple(legal_at))


# Two-letter legal forms written before a company's name too (Russian AO, Indonesian PT and CV, Japanese KK,
# Swedish AB, Estonian AS, Finnish Oy, Romanian SC): dotted before one word they are still the form (`A.O.
# Kaspersky`); any other is a person's initials there.
_FORMS_FIRST = frozenset({"ao", "pt", "cv", "kk", "ab", "as", "oy", "sc"})


def _initials_first(tokens: list[str], i: int, initials: set[int]) -> bool:
    """True for two dotted initials before a name's only word (`E.V. Kaspersky`, `А.Г. Тихонов`): a person's
    initials, written first as Russian records do, rather than a legal form that companies write after their
    name (e.V., A.G., S.A.)."""
    return i == 0 and len(tokens) == 2 and i in initials and len(tokens[0]) == 2 and tokens[0] not in _FORMS_FIRST


def _at_end(tokens: list[str], j: int, stops: set[int], vocab: _Vocab) -> bool:
    """True when position j ends the name: a comma, a qualifier, more legal forms or markers (a form of
    several words with a slip too: `_slipped_form`), or only place names or region words follow (`Kaspersky
    Labs GmbH Ingolstadt`, `... FZ-LLC Middle East`), the last perhaps cut short (`... Limited Londo`: a
    field cut at its length)."""
    if j >= len(tokens) or j in stops:
        return True
    regions = lexicon().regions
    k = j  # past the place names and region words that follow
    while k < len(tokens) and (tokens[k] in vocab.places or tokens[k] in regions
                               or vocab.generic.get(tokens[k]) in regions):  # (`mid`, read `middle`)
        k += 1
    if k == len(tokens) or (k == len(tokens) - 1 and _cut_place(tokens[-1])):
        return True
    # (places, then another form: `Mitsui & Co Europe PLC` reads Co as a form, as the name without PLC would;
    # a form may itself start with a place's letters: `TzOV`)
    return (k > j and _ends_here(tokens, k, vocab)) or _ends_here(tokens, j, vocab)


def _ends_here(tokens: list[str], j: int, vocab: _Vocab) -> bool:
    """True when a legal form or marker starts at j (one with a slip too: `_slipped_form`)."""
    entries = vocab.phrases.get(tokens[j], ())
    return any(tuple(tokens[j:j + len(p)]) == p and role in _ENDING_ROLES for p, role, _ in entries) or (
        j + 1 < len(tokens) and _slipped_form(tokens, j, entries, vocab) is not None)


# what may follow a legal form that ends a name (`Kaspersky Labs Limited Compnay`: the slip of another form)
_ENDING_ROLES = frozenset({"legal", "misread_legal", "mistyped_legal", "care_of", "noise", "honorific"})


def _cut_place(token: str) -> bool:
    """True when `token` (5 letters or more) starts a one-word place name and is none itself (`londo`)."""
    if len(token) < _CUT_PLACE_MIN or not token.isalpha():
        return False
    places = _sorted_places()
    i = bisect.bisect_left(places, token)
    return i < len(places) and places[i] != token and places[i].startswith(token)


_CUT_PLACE_MIN = 5  # letters of a place name cut short that still say which place it may be


@functools.cache
def _sorted_places() -> tuple[str, ...]:
    return tuple(sorted(_vocab().places))


def _numbered_tail(tokens: list[str], j: int) -> bool:
    """True when a word with a digit follows position j: after a legal form, what follows is then an
    address or a vendor-master code (`GmbH Despag-Strasse 3 85055 Ingolstadt`, `Inc 8427`), not more name."""
    return any(not t.isalpha() for t in tokens[j:])


def slipped_legal_forms(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """The short legal forms (`_MISREAD_FORMS` of three or four letters) `word` is a typing slip of, last
    letter included (`inx`: inc; `ldt`: ltd; `typos.end_slips`; `lcc`: llc, the doubling on the next letter),
    in a form of three letters the first key struck as its neighbour (`onc`) or a c written as it sounds
    (`ink`), or a misreading of (`lic`: llc), and their legal-form classes; both empty for a word that is a
    legal form, a domain word or a place itself, or no such slip."""
    return _legal_slips().get(word, _NO_SLIP)


_NO_SLIP: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


@functools.cache
def _legal_slips() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    vocab = _vocab()
    forms: dict[str, set[str]] = {}
    classes: dict[str, set[str]] = {}
    for form in _MISREAD_FORMS:
        if len(form) <= 4:
            found = {value for words, role, value in vocab.phrases.get(form, ())
                     if role == "legal" and words == (form,)}
            # (a letter misread anywhere, `lic`; the doubling typed on the next letter, `lcc`: read as the form
            # only where the listed one agrees, `QueryContext.legal_slip`)
            misread = {read for _, read in _misreadings(form)}
            moved = {form[:i + 1] + form[i + 2] * 2 + form[i + 3:] for i in range(len(form) - 2)
                     if form[i] == form[i + 1] != form[i + 2]}
            # (in a form of three letters, its first key struck as its neighbour, `Onc.`; a hard c written as
            # it sounds, `Ink`: a form typed on a phone or dictated; in longer forms such slips make words,
            # `Earl` of SARL)
            hurried = typos.first_struck(form) | {form.replace("c", "k")} if len(form) == 3 else set()
            for slip in typos.end_slips(form) | misread | moved | hurried:
                if (found and len(slip) >= 3 and slip.isalpha() and slip not in vocab.legal_prefixes
                        and slip not in vocab.generic and slip not in vocab.places):
                    forms.setdefault(slip, set()).add(form)
                    classes.setdefault(slip, set()).update(found)
    return {slip: (frozenset(forms[slip]), frozenset(classes[slip])) for slip in forms}


@functools.lru_cache(maxsize=1024)
def form_countries(legal_text: tuple[str, ...]) -> frozenset[str]:
    """The countries whose own legal forms the name writes (`NormalizedName.legal_text`: `("plc",)` -> GB, IE
    ...); none when it writes a form of no country too (Ltd, LLC, Inc. and the Russian forms are written the world
    over: `Inc. ... NV` is a Nevada address, not a Dutch N.V.)."""
    table = _vocab().form_countries
    found = [table.get(text.replace(" ", "")) for text in legal_text]
    if not found or any(codes is None for codes in found):
        return frozenset()
    return frozenset(code for codes in found if codes for code in codes)


@functools.lru_cache(maxsize=4096)
def cut_legal_classes(text: str) -> frozenset[str]:
    """The legal-form classes of the forms (words joined by spaces) that `text` starts and ends inside a
    word of (`lim`: limited liability and partnership): what a legal form cut short may be. A whole word
    of a form (`One`, `Private`, `Stock`) is no cut form: it is as likely a word of the name."""
    vocab = _vocab()
    return frozenset(value for entries in vocab.phrases.values() for words, role, value in entries
                     if role == "legal" and len(joined := " ".join(words)) > len(text) and joined.startswith(text)
                     and joined[len(text)] != " " and joined not in vocab.uncut_forms)


@functools.cache
def phrase_words() -> frozenset[str]:
    """Every word of a legal form, honorific, noise or marker phrase (`Şirketi` of `Anonim Şirketi`)."""
    return frozenset(t for entries in _vocab().phrases.values() for words, _, _ in entries for t in words)


def known_word(word: str) -> bool:
    """True when a word as written is, folded, a word of a phrase (`phrase_words`), of another kind than a
    name (`Lexicon.is_other_word`: a place, a domain word) or a known given name (`François`): a reading of
    its letters leaves it as written."""
    folded = unidecode(word).casefold()
    return folded in phrase_words() or lexicon().is_other_word(folded) or skeleton(folded) in lexicon().given


def _legal_only(text: str) -> bool:
    """True when `text` is a legal form and nothing else (`Inc.`, `Sp. z o.o.`): a record's cell that is no
    name of its own."""
    words = tokens_of(text)
    return bool(words) and any(phrase == words and role == "legal"
                               for phrase, role, _ in _vocab().phrases.get(words[0], ()))


def is_legal_prefix(text: str) -> bool:
    """True when `text` (tokens joined by spaces) starts a legal form: a form cut short (`fz l`, `i`)."""
    return text in _vocab().legal_prefixes


_NON_LATIN_LETTER = re.compile("[^\\W\\d_A-Za-z\u00c0-\u024f\u0259\u1e00-\u1eff]")  # another script's (ə is Latin)
_X_IN_WORD = re.compile(r"(?<=[AEIOUYaeiouy])[xX](?=[AEIOUYVaeiouyv])")  # where х stands in Russian names


def normalize(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> NormalizedName:
    """Fold `text` to a `NormalizedName` (steps in the module docstring). Never raises on a str."""
    return normalize_cleaned(text, max_chars=max_chars)[0]


def composed(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """The text as the normaliser first reads it, before `repair`: cut to `max_chars`, decomposed accents composed
    (`ÇÀÎ` is undone as mojibake, `né le` is a birth label)."""
    head = text[:max_chars]
    return head if head.isascii() else unicodedata.normalize("NFC", head)


def normalize_cleaned(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> tuple[NormalizedName, str]:
    """`normalize(text)`, and the ASCII rendering of the text it was read from (steps 0-6, what the screener
    reads again with words joined or split: `screening.respace`)."""
    if not isinstance(text, str):
        raise TypeError(f"a name must be a str, not {type(text).__name__}")
    vocab = _vocab()
    damaged = composed(text, max_chars=max_chars)
    head = repair(damaged)  # step 1, once for every reading below (a huge field costs bounded time)
    head = mail_addresses(head)
    written = head  # (a record's fields are read as written: a full-width colon parts them, `：`, without a space)
    if not head.isascii():
        # (after the repair: mojibake holds NBSP and soft hyphens, `Р\u00a0` for Р, `Р\u00ad` for Э)
        head = surface(kana.bank_forms(head))
    # An Azerbaijani ending after a hyphen is no word of the name (`Kaspersky Lab-ın`: `endings.hyphened_cut`).
    head = hyphened_cut(head)
    # A birth date written with the name (`Anton Ivanov, DOB 14.02.1965`) is read as the query's own.
    born = birth_date_in(head)
    cleaned = clean_repaired(head, vocab.cjk_words)
    tokenized = tokenize(cleaned, vocab.descriptors)
    removed = list(tokenized[2])  # (as tokenized: `_classify` adds to the list it is given)
    name = _classify(*tokenized)
    # Step 10, alternates. The name a memo or vendor field names after a dash (`Intercompany loan -
    # Kaspersky Labs Ltd`) is screened as a name, not only as a qualifier of the words before it.
    more = [_classify(*tokenize(tail, vocab.descriptors)) for tail in dash_tails(cleaned)]
    # A text that writes capitals, read without the small letters standing alone in its running text (`Даниил
    # Борщев попал в список`): prepositions, which read as another person's initials.
    if (unlettered := without_small_letters(cleaned)) is not None:
        more.append(_classify(*tokenize(unlettered, vocab.descriptors)))
    # So is each person of a list of persons (`Ivanov A.M., Zaitsev O.V., et al.`) where it names two or more
    # who share no surname (one person written twice, `Gerber Mikhail, Gerber M.M.`, is read whole).
    items = list_items(cleaned)
    reads = [_classify(*tokenize(item, vocab.descriptors)) for item in items]
    companies = sum(bool(as_item.legal_forms) for as_item in reads) > 1
    persons = []
    for item, as_item in zip(items, reads):
        if (apart := _initials_apart(item, companies)) != item:  # (read again only with its initials apart)
            as_item = _classify(*tokenize(apart, vocab.descriptors))
        elif not companies and as_item.legal_forms and (dotted := _DOTTED_INITIALS.fullmatch(item.strip())):
            as_item = _as_initials(as_item, dotted)
        if _person_like(as_item):
            persons.append(as_item)
    surnames = [word for person in persons for word in set(person.tokens) if _surname_like(word)]
    if len(persons) >= 2 and len(surnames) == len(set(surnames)):
        more += persons
    # And each company of a list of companies, each with its legal form (`Kaspersky Lab Inc and Kaspersky Labs Ltd,
    # Appellants`): read whole, the two names' words make one name of neither.
    if companies:
        more += [as_item for as_item in reads if as_item.legal_forms]
    # A company's name that a legal form starts or ends, before a comma, a bracket or a dash (`Kaspersky Lab ZAO,
    # "Kaspersky Anti-Virus 6.0 User Guide", 2007`, `AO Kaspersky Lab (procurement)`): what follows is said about
    # it, and is no word of its name (read whole, the aside's words cost as the name's own do).
    if name.legal_forms and (named := _named_before_aside(cleaned, vocab)) is not None and named.tokens != name.tokens:
        more.append(named)
    # A name in quotes right after its legal form, as Russian and its neighbours' documents write each company
    # (`А40-184312/2022 АО "Лаборатория Касперского" к ООО "Нетсофт" о взыскании`), read alone, with a bracket or
    # places right after it (`ТОО «Лаборатория Касперского», Алматы`): the words around are the document's.
    more += [_read_text(unit, vocab) for unit in _quoted_units(cleaned)]
    # A Japanese or Korean company's name with its form written against it, amid other words (`請求書 No.564626
    # 株式会社カスペルスキー 御中`, an invoice's addressee), read alone: the other words are the record's.
    if _CJK_FORM_STEM.search(head):
        more += [_read_text(unit, vocab) for unit in _cjk_units(head)]
    # A slug's short words set apart (`kaspersky-lab-uk-ltd`: as written, `uk-ltd` is one word).
    if (slug := slug_reading(cleaned)) is not None:
        more.append(_classify(*tokenize(slug, vocab.descriptors)))
    # A legal form inside the words, read as none, closes a company's name or opens one (`Payment to
    # Kaspersky Lab, Inc. for annual renewal`, `TRK#1Z99 OOO Kaspersky Group`): each side with it is a name.
    if not name.legal_forms and not vocab.phrase_starts.isdisjoint(tokenized[0]):
        more += _around_inner_forms(tokenized[0], tokenized[1], removed, *tokenized[3:], vocab, cleaned,
                                    None if written.isascii() else _cjk_forms_attached(written))
    # A form that is a word of running text (`_SENTENCE_FORMS`), written in small letters to end a text that writes
    # capitals, is as often that word (German `ab`, `Kaspersky Labs GmbH baut Stellen ab`): the text is read without
    # it too, its inner forms then closing or opening a name. (Forms written small by custom, `plc`, `hf.`, are
    # forms.)
    if name.legal_forms and (lower := _LOWER_END_FORM.search(cleaned)) is not None and (
            lower.group(1) in _SENTENCE_FORMS and any(c.isupper() for c in cleaned[:lower.start()])):
        shorter = tokenize(cleaned[:lower.start()], vocab.descriptors)
        more.append(_classify(*shorter))
        if not more[-1].legal_forms:
            more += _around_inner_forms(*shorter, vocab, cleaned)
    # So is each field of a record written on one line (`CN=Kaspersky Labs GmbH, O=..., C=DE`) that holds
    # two words, a legal form or Chinese or Japanese text (one word there): a single word is no name
    # without the record's context (`Kasperski | Piotr`).
    # (and so, with Turkish `ş` and `ç` read as sh and ch, is each field of the text so read: below)
    cedilla = None if written.isascii() else cedilla_reading(written, known_word)
    fields, values = record_fields(written, _legal_only)
    for part in (*fields, *(field_parts(cedilla, _legal_only) if cedilla is not None else ())):
        field = _read_text(part, vocab)
        if len(field.tokens) > 1 or field.legal_forms or has_cjk(part):
            more.append(field)
    # Two Chinese companies joined by `and` (`_CJK_JOINED`), each closed by its legal form: each is a name.
    if "公司" in written and len(joined := _CJK_JOINED.split(written)) > 1:
        sides = []
        for side in joined:
            company = _read_text(side, vocab)
            if not (company.tokens and company.legal_forms and company.legal_at[-1:] == (len(company.tokens),)):
                break
            sides.append(company)
        else:
            more += sides
    # And the record's values without its keys, as one name: `{"given": "Daniil", "family": "Borshchev"}`.
    if fields and values is not None and values not in fields:
        more.append(_read_text(values, vocab))
    # GOST 7.79-B writes х as x (`Tixonov`, `Astraxan`, `Duxvalov`), which the skeleton reads as ks
    # (`Alexander`): a name with an x after a vowel and before a vowel or v is screened with kh for it too
    # (an x of Chinese read as pinyin, `Youxian`, is none).
    if ("x" in cleaned or "X" in cleaned) and _X_IN_WORD.search(cleaned) and (
            not has_cjk(head) or _X_IN_WORD.search(unicodedata.normalize("NFKC", without_cjk(head)))):
        more.append(_classify(*tokenize(x_as_kh(cleaned), vocab.descriptors)))
    # Dutch, Swedish, Hungarian, romanised Greek and Baltic spellings of Russian names give letters values
    # that clash with other schemes (`Tsjekoenov`, `Borsjtjov`, `Gyenyisz`, `Mporstsef`, `Zenkinas`): a Latin
    # name that shows one is screened with its words read as English too (`screening.schemes`).
    # (and so is each name after a care-of marker: `Acme LLC c/o Igor Tsjekoenov`)
    if head.isascii() or not _NON_LATIN_LETTER.search(head):
        more.extend(attrs.evolve(part, tokens=read, alternates=()) for part in (name, *name.alternates)
                    for read in readings(part.tokens, part.initials, lexicon().given, lexicon().cyrillic_given))
    # Greek and Georgian letters that stand for two sounds in names from Russian (`screening.scripts`).
    if not head.isascii() and has_second_reading(head):
        more.append(_classify(*tokenize(clean_repaired(head, vocab.cjk_words, second_reading=True),
                                        vocab.descriptors)))
    # Turkish and Azerbaijani ş and ç, which fold to s and c, read as sh and ch (`Borşçov`: `screening.scripts`).
    if cedilla is not None:
        more.append(_read_text(cedilla, vocab))
    # Belarusian spellings of Russian names read as Russian writes them (`Ціхонаў`: `screening.scripts`).
    if not head.isascii() and (belarusian := belarusian_reading(head)) is not None:
        more.append(_read_text(belarusian, vocab))
    # Turkish and Azerbaijani endings after an apostrophe, and the English possessive, cut (`Tikhonov'a ödeme`,
    # `Inc's`: `screening.endings`).
    # (and with ş and ç read as sh and ch too: `Çekunov'un`)
    # (and a form so cut inside the words closes the name: `Kaspersky Lab Inc's subscriptions were moved`)
    if (cut := apostrophe_cut(head)) is not None:
        more.append(as_cut := _read_text(cut, vocab))
        # (and with x as kh, and in the other schemes, as above: `Mixail Gerberə ödəniş`, `Tsjekoenov'a`)
        if _X_IN_WORD.search(cut):
            more.append(_read_text(x_as_kh(cut), vocab))
        if not _NON_LATIN_LETTER.search(cut):
            more.extend(attrs.evolve(as_cut, tokens=read, alternates=()) for read in readings(
                as_cut.tokens, as_cut.initials, lexicon().given, lexicon().cyrillic_given))
        if not as_cut.legal_forms:
            more += _around_inner_forms(*tokenize(clean_repaired(cut, vocab.cjk_words), vocab.descriptors), vocab, cut)
        if cedilla is not None and (cut_cedilla := apostrophe_cut(cedilla)) is not None:
            more.append(_read_text(cut_cedilla, vocab))
    # Case endings other languages put on a company's words, cut where a legal form, a domain word or a place is
    # left (`Kaspersky Lab Incin`, `Kaspersky Labs Limiteds styrelse`, `a londoni Kaspersky Labs Limiteddel`).
    # (a form so read inside the words closes the name: `Kaspersky Lab Incin asiakkaat`)
    if (declined := _declined(tokenized[0], vocab)) is not None:
        as_declined = _classify(declined, tokenized[1], list(removed), *tokenized[3:])
        more.append(as_declined)
        if not as_declined.legal_forms:
            more += _around_inner_forms(declined, tokenized[1], removed, *tokenized[3:], vocab, cleaned)
    # Arabic and Hebrew words leave vowels unwritten, katakana, Hangul and Chinese add some: the name with them
    # as readings (`screening.abjad`, `screening.kana`, `screening.hangul`, `screening.xinhua`).
    if not head.isascii() and (abjad.has_abjad(head) or kana.has_kana(head) or hangul.has_hangul(head)
                               or xinhua.has_han(head)):
        read = _reading(name, head)
        if read is not None:
            more.append(read)
        # (and Chinese a second time with the values common usage gives a few characters: `吉洪诺夫` Tikhonov)
        if xinhua.has_conventional(head) and (usage := _reading(name, head, conventional=True)) is not None:
            more.append(usage)
    # Russian text damaged between KOI8, DOS and Windows-1251 code pages, and Japanese or Chinese bytes a reader
    # for Windows-1252 showed, read back (`screening.repair`; as written: a soft hyphen there may be a letter).
    if not written.isascii():
        more.extend(_read_text(read, vocab) for read in codepage_readings(written, damaged))
    # Russian typed on the English keyboard layout is screened as retyped on the Russian one.
    retyped = as_russian(head) if looks_slipped(head) else None
    if retyped is not None:
        more.append(_read_text(retyped, vocab))
    # Letters written as look-alike digits or symbols (`K@spersky Gr0up`: `screening.leet`); letters set
    # apart: spelled out with wider gaps between words, or pieces joined by dots or underscores (`K A S P E R S
    # K Y  L A B`, `Kas_per_sky_Lab_Inc`: `screening.interleave`); and letters a scanner misread (`TlKHONOV`,
    # `Anclrey`: `screening.ocr`, which reads the ASCII letters whatever else the text holds).
    # (a symbol for a letter in a word whose other letters are look-alikes of another script too: `Kаs per$ky`;
    # folded only where the text holds a letter's stand-in, as few do)
    leet = head if head.isascii() or _STAND_IN.search(head) is None else latin_lookalikes(head)
    for disguised in (*(deleet(leet) if leet.isascii() else ()), spelled_apart(head), punctuated_apart(head),
                      ocr_reading(head)):
        if disguised is not None:
            more.append(_read_text(disguised, vocab))
    # Letters a right-to-left override shows reversed (`Lab \u202eyksrepsaK\u202c JSC` is shown `Lab Kaspersky
    # JSC`): the name is screened as shown too.
    if (shown := as_shown(written)) is not None:
        more.append(_read_text(shown, vocab))
    # A labelled birth date's clause is no words of the name: its label, the date, and a place written
    # between them (`EFREMOV ANDREI nato a MOSCA (RUSSIA) il 06/09/1978`); nor is a date's month name
    # (`Igor Chekunov, 27-Mar-1966`): the name is screened without them too.
    if born is not None and born.labelled:
        more.append(_read_text(without_birth_clause(head), vocab))
    elif born is not None and any(c.isalpha() for c in born.text):
        more.append(_read_text(head.replace(born.text, " "), vocab))
    if more:
        name = _with_alternates(name, more)
    return (name if born is None else attrs.evolve(name, birth=born)), cleaned


def _around_inner_forms(tokens: list[str], initials: set[int], removed: list[str], qualifiers: set[int],
                        boundaries: set[int], vocab: _Vocab, written: str = "",
                        cjk_attached: dict[str, list[bool]] | None = None) -> list[NormalizedName]:
    """The name (`tokenize`'s output) read with a legal form inside it as the form that closes the company's
    name, the words after it then asides (`Payment to Kaspersky Lab Inc for annual renewal`: they cost as
    words in brackets do); and, after a word holding a digit (an account, an invoice, a tracking number:
    `INV-2024-0913 LLC Kaspersky Group`), as the form that opens it, the words before it dropped. Each reading
    needs two words of a name on the form's side: one word beside a form is as often a person's name or a
    word of the record (`Kasperski SA Piotr`), and before a form that opens a name, words are often a person's
    name (`Anton Ivanov, CTO, AO Kaspersky Lab`), so that side is read only after a number, or, for a Russian form
    (`_OPENING_FORMS`: written before the name, in Russian and in English), after words of which none is a given
    name, a patronymic or a letter alone (a sentence: `BIS also designated the affiliate OOO Kaspersky Group`,
    `die OOO Kaspersky Group`; `AO` only in capitals in `written`, the text as cleaned, not Portuguese `ao`, to
    the: `Pagamento feito ao Kaspersky Labs`; an English form after words closes their name: `... of Texas, LLC
    v. Kaspersky Lab`). Forms that are words (`as`, `co`, `spa`, `too`) are not read there; at most `_INNER_FORMS`
    forms are. A form that starts or ends the name is `_classify`'s."""
    out: list[NormalizedName] = []
    i, found = 1, 0
    while i < len(tokens) - 1 and found < _INNER_FORMS:
        phrase = next((p for p, role, _ in vocab.phrases.get(tokens[i], ())
                       if role == "legal" and i + len(p) < len(tokens) and tuple(tokens[i:i + len(p)]) == p
                       and p[0] not in _WORDS_AS_FORMS), None)
        if phrase is None:
            i += 1
            continue
        end = i + len(phrase)
        found += 1
        if _name_words(tokens[:i]) >= 2:  # closing: the words after it as asides
            out.append(_classify(tokens, initials, list(removed), qualifiers | set(range(end, len(tokens))),
                                 boundaries))
        cjk_opening = (cjk_attached is not None and phrase in _CJK_OPENING_FORMS
                       and _attached(cjk_attached.get(phrase[0], ()), tokens[:i].count(phrase[0]))
                       and _name_words(tokens[end:]) >= 1)
        if cjk_opening or _name_words(tokens[end:]) >= 2 and (any(ch.isdigit() for t in tokens[:i] for ch in t) or (
                phrase in _OPENING_FORMS and (phrase not in _WORDS_AS_OPENING_FORMS
                                              or _in_capitals(phrase, tokens[end], written))
                and not _names_a_person(tokens[:i]))):  # opening
            out.append(_classify(tokens[i:], _shifted(initials, i), list(removed), _shifted(qualifiers, i),
                                 _shifted(boundaries, i)))
        i = end
    return out


_DESCRIBING = 3  # words of an aside of its own that make it a description of the company (`_describes`)
# An aside's first part, after what opens it (a comma, a dash, a bracket) and up to what closes it: where a place
# is written right after a name (`Kaspersky Lab Ltd, Kiev - ...`, `AO Kaspersky Lab (Russia) - ...`)
_FIRST_PART = re.compile(r"[\s,;:\-–—(\[]*(?P<part>[^,;:()\[\]]*?)(?:[)\]]|(?=[,;:(\[]|\s[-–—]\s|$))")


def _placed_first(aside: str) -> str:
    """The first part of an aside, as written with what opens and closes it, where it writes only a place or a
    country's code (`, Kiev`, ` (Russia)`, ` (RU)`); "" for another."""
    found = _FIRST_PART.match(aside)
    words = tokens_of(found.group("part")) if found else []
    if not found or not words or not all(_place_like(word) or word.upper() in WRITTEN_CODES for word in words):
        return ""  # (not another code: `(KLL)`, a company's initials)
    return aside[:found.end()]


# Where a clause about a company turns to another (`... subsidiary of a Russian anti-virus company`, `(Russian
# parent)`, `foreign-owned`): its places after that, or before a parent, are the other's
_OF = re.compile(r"\b(?:of|for|by|de|des|der|von|di|del|della|du|da|do)\b|\w*\s*\b(?:parent|owned|owner)\b",
                 re.IGNORECASE)
_WRITTEN_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")  # (a code's points kept: `U.S.`)


def _own_places(clause: str) -> str:
    """The places a clause about a company writes before it turns to another (`U.S.` of `U.S. subsidiary of a
    Russian anti-virus company`, `Ukrainian` of `Ukrainian subsidiary of the antivirus vendor`), as written."""
    places = []
    for word in _WRITTEN_WORD.findall(_OF.split(clause, maxsplit=1)[0]):
        letters = word.replace(".", "")
        if letters in WRITTEN_CODES and "." in word or letters in {"USA", "UAE"}:
            places.append(letters)  # (a country's code with its points, `U.S.` as `US`; not `FR` of `89 FR 52362`)
        elif len(letters) > 3 and all(token in lexicon().places for token in tokens_of(word)):
            places.append(word)  # (a place's or a country's name or adjective as the tables write it, no slip)
    return " ".join(places)


def _describes(aside: str, named: NormalizedName, vocab: _Vocab) -> bool:
    """Whether an aside after a company's name is a clause about it (`Kaspersky Lab Inc – U.S. subsidiary of a
    Russian anti-virus company`, `..., remit address verified`): `_DESCRIBING` words of its own or more, none a
    place, a small word or a code (`U.S.`), an address's word, a number or a word of the name (a legal form is none
    either: `Kaspersky Lab AG (Aktiengesellschaft Kaspersky Lab), Moskau`, `..., Leningrader Chaussee 39A/3, 125212
    Moskau` are where the company is, and the place says which it is)."""
    lex = lexicon()
    own = {word for word in _classify(*tokenize(aside, vocab.descriptors)).tokens
           if word.isalpha() and len(word) > 2 and word not in named.tokens and word not in lex.stopwords
           and word not in lex.address and not _place_like(word)}
    return len(own) >= _DESCRIBING


def _named_before_aside(cleaned: str, vocab: _Vocab) -> NormalizedName | None:
    """The first text before an aside (`tokens.aside_heads`) that reads as a company's name with a legal form
    at its start or its end, and a word besides; None when none does, or when the aside names a place or a
    country's code (`Kaspersky Lab LLC (Kiev)`, `(DE)`): where the party is then says which it is. Before a clause
    that describes the company (`_describes`) the name is read with the places the aside writes of it, a first
    part's and the clause's own (`Kaspersky Lab Ltd, Kiev - bank details confirmed by phone`: `Kaspersky Lab Ltd,
    Kiev`; `Kaspersky Lab Inc – U.S. subsidiary of a Russian anti-virus company`: `Kaspersky Lab Inc, U.S.`)."""
    for head in aside_heads(cleaned):
        read = _classify(*tokenize(head, vocab.descriptors))
        if read.tokens and read.legal_at and (read.legal_at[0] == 0 or read.legal_at[-1] == len(read.tokens)):
            aside = cleaned[len(head):]
            placed = _placed_first(aside)
            if _describes(clause := aside[len(placed):], read, vocab):
                # (a clause that describes the company: its own places are read with the name, not its parent's)
                own = "" if placed else _own_places(clause)  # (a place right after the name says where it is)
                return _read_text(head + placed + (", " + own if own else ""), vocab)
            return None if any(map(_place_like, tokens_of(aside))) or _CODE.search(aside) else read
    return None


def _quoted_units(cleaned: str) -> list[str]:
    """Each legal form written before a name (Russian's and its neighbours' forms in capitals, or a form of two
    words or more: not `Shareholding Company "Kaspersky Laboratory"`, nor Portuguese `ao`, to the) with the name in
    quotes right after it, and a bracket or places after that (`AO "Laboratoriia Kasperskogo"`, `TOV ,,Laboratoriia
    Kaspers'kogo" (Kiyiv)`, `TOO <<Laboratoriia Kasperskogo>>, Almaty`), as `cleaned` writes them, where the text
    holds more; at most `_QUOTED_UNITS`, of the first `_QUOTES_READ` quotes. A quote is read as opening a name only
    right after a form, so stray quotes pair with none."""
    out: list[str] = []
    for opening in itertools.islice(_OPENING_QUOTE.finditer(cleaned), _QUOTES_READ):
        words = cleaned[max(0, opening.start() - 60):opening.start()].split()
        if not words or not (last := tokens_of(words[-1])) or last[-1] not in _form_ends() or (
                form := _form_before(words)) is None:
            continue
        found = _QUOTED.match(cleaned, opening.start())
        if found is None or not any(c.isalpha() for c in found.group(1)):
            continue
        unit = f"{form} {found.group(1)}{found.group(2) or ''}"
        rest = cleaned[found.end():]
        while (place := _PLACE_AFTER.match(rest)) is not None and all(map(_place_like, tokens_of(place.group(1)))):
            unit += f", {place.group(1)}"
            rest = rest[place.end():]
        if len(tokens_of(unit)) < len(tokens_of(cleaned)):
            out.append(unit)
            if len(out) == _QUOTED_UNITS:
                break
    return out


@functools.cache
def _form_ends() -> frozenset[str]:
    """The last words of the legal forms, folded (a quote after no such word opens no name: `_quoted_units`)."""
    return frozenset(phrase[-1] for phrase in _legal_phrases())


@functools.cache
def _one_word_forms() -> frozenset[str]:
    """The legal forms of one word, folded (`inc`, `limited`: what `_legal_only` reads of a folded word)."""
    return frozenset(phrase[0] for phrase in _legal_phrases() if len(phrase) == 1)


def _legal_phrases() -> list[tuple[str, ...]]:
    """Every legal form's words, folded."""
    return [phrase for entries in _vocab().phrases.values() for phrase, role, _ in entries if role == "legal"]


def _form_before(words: list[str]) -> str | None:
    """The legal form the words before a quote end with (`_quoted_units`), or None."""
    for n in (4, 3, 2, 1):
        if len(words) >= n and _legal_only(form := " ".join(words[-n:])) and (
                n > 1 or tuple(tokens_of(form)) in _QUOTED_FORMS and form.isupper()):
            return form
    return None


# a name in quotes as `cleaned` writes them ("", <<>>, ,,"), at most 100 characters, and a bracket right after it;
# a place after a comma
_OPENING_QUOTE = re.compile(r'"|<<|,,')
_QUOTED = re.compile(r'(?:"|<<|,,)\s*([^"<>]{1,100}?)\s*(?:"|>>)(\s*\([^()]{1,40}\))?')
_PLACE_AFTER = re.compile(r"\s*[,;]\s*([^,;()\"<>]{1,60}?)\s*(?=$|[,;(])")
_QUOTED_UNITS = 4
_QUOTES_READ = 12  # (a text of many quotes, a CSV row's empty cells `,,`, is read in bounded time)


_CODE = re.compile(r"(?<![^\W\d_])(?:[A-Z]\.){2,3}|(?<![^\W\d_])[A-Z]{2,3}(?![^\W\d_])")  # `U.S.`, `DE`, `MA`, `RUS`


@functools.lru_cache(maxsize=4096)
def _place_like(word: str) -> bool:
    """True when a word is a place, a region, a place name cut short or, long, with a slip (`Switzerand`), or the
    word for a town before one's name (`г. Алматы`, `м. Київ`)."""
    if (word in _vocab().places or word in lexicon().cities or word in lexicon().regions or word in _TOWN_WORDS
            or _cut_place(word)):
        return True
    if len(word) < _SLIPPED_PLACE_MIN:
        return False
    return any(one_edit_apart(word, place) for place in _place_deletions().near(word))


_SLIPPED_PLACE_MIN = 7  # letters of a place name with a slip that still say it is one (not `parts`: Paris)
_TOWN_WORDS = frozenset({"g", "gor", "misto"})  # Russian `г.`, `гор.`, Ukrainian `місто` (`м.` is a city word)


@functools.cache
def _place_deletions() -> DeletionIndex:
    """The place names of `_SLIPPED_PLACE_MIN` letters or one fewer, by their single-letter deletions: a word one
    edit from a place shares one such key with it (`_place_like`)."""
    return DeletionIndex(place for place in _vocab().places if len(place) >= _SLIPPED_PLACE_MIN - 1)


def _shifted(positions: set[int], lo: int) -> set[int]:
    """Token positions from `lo` on, counted from there."""
    return {j - lo for j in positions if j >= lo}


_INNER_FORMS = 2  # legal forms inside a name read as closing or opening it (a long memo may hold many)
_STAND_IN = re.compile(r"[@$\d]")  # what stands for a letter in a disguised word (`screening.leet`)
_LOWER_END_FORM = re.compile(r"(?<=\s)([a-z]{2})[\s.!]*$")  # a word of two small letters ending a text
# legal forms that are words of sentences too: German `ab` (Swedish and Finnish AB), English `as` (Norwegian AS),
# Spanish, Italian and Portuguese `se` (Societas Europaea)
_SENTENCE_FORMS = frozenset({"ab", "as", "se"})
# Russian and Ukrainian legal forms, and their English renderings, which Russian usage writes before the name
# (`OOO Kaspersky Group`, `JSC Kaspersky Lab`), folded
# (`ao` is a word too, Portuguese for `to the`: it opens a name only written in capitals, `_in_capitals`)
_WORDS_AS_OPENING_FORMS = frozenset({("ao",)})
_OPENING_FORMS = frozenset({("ooo",), ("ao",), ("zao",), ("oao",), ("pao",), ("tov",), ("jsc",), ("cjsc",), ("ojsc",),
                            ("pjsc",)})
# (and the Kazakh, Ukrainian and Belarusian ones, before a name in quotes: `_quoted_units`)
_QUOTED_FORMS = _OPENING_FORMS | {("too",), ("zat",), ("prat",), ("taa",), ("aat",)}
# Japanese and Korean company forms, which those languages write before the name as often as after it
# (`株式会社カスペルスキー`), folded: written against the word after it (`_cjk_forms_attached`), after other words, a
# record's label (`適格請求書発行事業者 株式会社カスペルスキー`, a registered invoice issuer), the form opens a name
# of one word (a run of kana, Han or Hangul reads as one; not `ソフトバンク 株式会社 カスペルスキー`, where the form
# closes a reseller's name). `(株)` folds to `zhu`, a Chinese surname too: not read there. Each such form as
# written, or a bank transfer's one kana for it (`カ)`, `kana.bank_forms`) -> the form folded:
_CJK_FORM_FOLDED = {"株式会社": "zhushihuishe", "カ)": "zhushihuishe", "ｶ)": "zhushihuishe", "有限会社": "youxianhuishe",
                    "ユ)": "youxianhuishe", "ﾕ)": "youxianhuishe", "合同会社": "hetonghuishe", "ド)": "hetonghuishe",
                    "ﾄﾞ)": "hetonghuishe", "合資会社": "hezihuishe", "合名会社": "heminghuishe",
                    "カブシキガイシャ": "kabushikigaishiya", "カブシキカイシャ": "kabushikikaishiya", "주식회사": "jusighoesa",
                    "유한회사": "yuhanhoesa", "유한책임회사": "yuhancaegimhoesa"}
_CJK_OPENING_FORMS = frozenset((folded,) for folded in _CJK_FORM_FOLDED.values())  # (as a phrase of tokens)
_CJK_FORM_WRITTEN = re.compile("|".join(sorted((re.escape(form).replace(r"\)", "[)）]") for form in _CJK_FORM_FOLDED),
                                               key=len, reverse=True)))


# A run of kana, Han or Hangul (a word those scripts write with no space), and the Japanese forms abbreviated in
# brackets (`（株）`, `㈱`), which `_CJK_FORM_FOLDED` does not read (`(株)` folds to a surname too)
_CJK_RUN = "[\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9f\uac00-\ud7af・ー]+"
_CJK_SHORT_FORM = re.compile("[(（]株[)）]|㈱")
_KOREAN_SHORT_FORM = re.compile("[(（]주[)）]|㈜")  # (Korean `(주)`, 주식회사)
# Honorifics a Japanese letter or invoice writes against the addressee's name (`株式会社カスペルスキー様`, `御中`, `殿`)
_CJK_HONORIFIC = re.compile("(?:様|御中|殿)$")
_CJK_UNIT = re.compile(rf"(?:(?:{_CJK_FORM_WRITTEN.pattern}){_CJK_RUN}|{_CJK_RUN}(?:{_CJK_FORM_WRITTEN.pattern}))"
                       r"(?:\s?[(（](?![^()（）]*(?:会社|회사))[^()（）]*[)）])?")  # (a bracket after it, not another's)
_CJK_FORM_STEM = re.compile("会社|회사|[(（][株주][)）]|㈱|㈜")  # (a cheap first test)
_CJK_UNITS = 4  # such names read alone, at most


def _cjk_units(text: str) -> list[str]:
    """Each Japanese or Korean form written against a word of kana, Han or Hangul (not apart from it: then it closes
    the name before it, `ソフトバンク 株式会社 カスペルスキー`), before it or after it, with that
    word (`株式会社カスペルスキー`, `カスペルスキー株式会社`, `（株）カスペルスキー` as `株式会社カスペルスキー`, Korean `(주)` as
    `주식회사`; an honorific against it left out, `株式会社カスペルスキー様`) and a bracket
    right after it (which may say where the company is: `カスペルスキー・ラブズ有限会社（ドイツ）`), where the text holds
    more; at most `_CJK_UNITS`."""
    text = _KOREAN_SHORT_FORM.sub("주식회사", _CJK_SHORT_FORM.sub("株式会社", text))
    units = [_CJK_HONORIFIC.sub("", found.group())
             for found in itertools.islice(_CJK_UNIT.finditer(text), _CJK_UNITS)]
    return [unit for unit in units if unit.strip() != text.strip()]


def _cjk_forms_attached(text: str) -> dict[str, list[bool]]:
    """Each Japanese or Korean form the text writes (folded), in order: whether it is written against a letter
    after it (`株式会社カスペルスキー`), not apart (`株式会社 カスペルスキー`)."""
    out: dict[str, list[bool]] = {}
    for found in _CJK_FORM_WRITTEN.finditer(text):
        folded = _CJK_FORM_FOLDED[found.group().replace("）", ")")]
        after = text[found.end():found.end() + 1]
        out.setdefault(folded, []).append(after.isalpha())
    return out


def _attached(written: Sequence[bool], nth: int) -> bool:
    """Whether the form's `nth` occurrence (as the tokens count them) is written against the word after it."""
    return nth < len(written) and written[nth]


_WORDS_AS_FORMS = frozenset({"as", "at", "ad", "se", "co", "spa", "too", "vat", "ano", "vos", "ike", "prat"})


def _in_capitals(phrase: tuple[str, ...], following: str, written: str) -> bool:
    """Whether the text writes the form in capitals right before the word that follows it (`AO Kaspersky`, not
    `ao Kaspersky`; a text all in capitals cannot tell, and bills of lading write `TO ORDER OF AO KASPERSKY LAB`)."""
    form = r"\W+".join(map(re.escape, (w.upper() for w in phrase)))
    return re.search(rf"\b{form}\b[\W_]*(?i:{re.escape(following[:3])})", written) is not None


def _names_a_person(tokens: list[str]) -> bool:
    """Whether words may name a person: a given name (of three letters or more: a word of two is as often a code
    or a preposition, `UK`, `de`), a patronymic or a letter alone among them."""
    given = lexicon().given
    return any(len(t) == 1 or len(t) >= 3 and skeleton(t) in given or is_patronymic(skeleton(t)) for t in tokens)


def _name_words(tokens: list[str]) -> int:
    """How many of the tokens may be words of a name: two letters or more, no digit (not a code)."""
    return sum(len(t) > 1 and t.isalpha() for t in tokens)


# A surname and its initials run together in capitals, as Vancouver-style author lists write them (`Ivanov AM`,
# `Иванов АМ`): in a list, the initials are letters of names, not a word (`AM`) or a legal form (`AG`).
_RUN_INITIALS = re.compile(r"([^\W\d_][^\W\d_'’-]+(?:-[^\W\d_]+)?)\s+([A-ZА-ЯЁ]{2,3})\.?")


def _initials_apart(item: str, companies: bool = False) -> str:
    """An item of a list with its run-together initials set apart (`Ivanov AM` -> `Ivanov A. M.`); not where
    they are a legal form in a list of `companies` (`Tikhonov AG, Siemens AG`: two of its items read with a
    legal form)."""
    run = _RUN_INITIALS.fullmatch(item.strip())
    if run is None or companies and _legal_only(run.group(2)):
        return item
    return f"{run.group(1)} {' '.join(letter + '.' for letter in run.group(2))}"


# A surname and two dotted initials that spell a legal form (`Petrov S.A.`, `Ivanov A.G.`, `Петров И.С.`), in a
# list that is no list of companies: the person's initials (`Tikhonov A.G., Petrov S.A.`: read as a company, the
# item made no list of persons, and the listed person beside it was CLEAR)
_DOTTED_INITIALS = re.compile(r"([^\W\d_][^\W\d_'’-]+)\s+([A-Z])\.\s?([A-Z])\.?")


def _as_initials(name: NormalizedName, dotted: re.Match[str]) -> NormalizedName:
    """An item of a list read with the two dotted letters its legal form was read from as initials."""
    return attrs.evolve(name, tokens=(*name.tokens, dotted.group(2).lower(), dotted.group(3).lower()),
                        legal_forms=(), legal_text=(), legal_at=(), dotted=())


def _person_like(name: NormalizedName) -> bool:
    """Whether an item of a list reads as a person's name: two to five words, no legal form, an initial, a
    known given name or a patronymic among them, in a case too (`Тихонова Андрея Геннадьевича, Борщева
    Даниила Сергеевича`; a company of the list, `Kaspersky Lab`, or a title, is none; nor is a job whose
    title reads as a given name: `jefe de ventas`, `jefe` as `Efe`)."""
    lex = lexicon()
    return (2 <= len(name.tokens) <= 5 and not name.legal_forms
            and any(len(token) == 1 or token not in lex.titles and _given_or_patronymic(skeleton(token))
                    for token in name.tokens))


def _given_or_patronymic(skel: str) -> bool:
    """Whether a skeleton is a known given name or a patronymic, as written or in a Russian case (`andreia`,
    `genadeviha`, `vladimirovni`)."""
    given = lexicon().given
    return (skel in given or is_patronymic(skel) or is_declined_patronymic(skel)
            or len(skel) > 4 and not given.isdisjoint(nominatives(skel)))


def _surname_like(word: str) -> bool:
    """Whether a word of a person's name may be the surname: no initial, given name, patronymic (in a case
    too: `Андрея` twice in a list names two Andreis) or particle."""
    if len(word) < 2 or word in lexicon().stopwords:
        return False
    return not _given_or_patronymic(skeleton(word))


def _declined(tokens: list[str], vocab: _Vocab) -> list[str] | None:
    """`tokens` with each word no table knows that is a legal form, a domain word or a place with another
    language's case ending (`endings.word_stems`) read as that word (`incin` -> `inc`, `labot` -> `lab`,
    `japanin` -> `japan`, `a kijevi` -> `a kijev`); None when none is. A legal form takes no ending of one letter
    but the genitive -s (`Limiteds`; `Inca`, `Inci` are words and names of their own), and nothing else takes that
    one (a plural: `Bars`); a domain word is one written out (not `comm` of `common`); a country's name of three
    letters none (codes: `Rusin` is a surname); a town's (of one word: not `San` of `Sanat`) neither -in nor, but
    after the Hungarian article (`a kijevi`, an adjective), one of one letter, nor any beside a given name: those
    make surnames of towns or are a surname's cases (`Astrakhanin`, `Kirill Astrakhani`, `Astrakhanie Kirill`)."""
    out = None
    for i, token in enumerate(tokens):
        if len(token) < 4 or not token.isalpha() or token in vocab.generic or _table_word(token, vocab):
            continue
        for stem in word_stems(token):
            ending = token[len(stem):]
            if ending == "s":  # (a genitive, or a plural, which a domain word's variants hold: `Labs`)
                fits = stem in _one_word_forms()
            elif stem in lexicon().cities:
                fits = stem in vocab.places and ending != "in" and not _beside_given_name(tokens, i) and (
                    len(ending) > 1 or i > 0 and tokens[i - 1] in _HUNGARIAN_ARTICLES)
            else:
                fits = (_domain_word(stem, vocab) or len(stem) > 3 and stem in vocab.places
                        or len(ending) > 1 and stem in _one_word_forms())
            if fits:
                out = list(tokens) if out is None else out
                out[i] = stem
                break
    return out


_HUNGARIAN_ARTICLES = frozenset({"a", "az"})


def _beside_given_name(tokens: list[str], i: int) -> bool:
    """True when a word next to the word at `i` is a known given name (`Kirill Astrakhani`)."""
    return any(0 <= j < len(tokens) and skeleton(tokens[j]) in lexicon().given for j in (i - 1, i + 1))


def _domain_word(token: str, vocab: _Vocab) -> bool:
    """True when `token` is a domain word written out: the word itself, its plural, or a variant of five letters or
    more (`laboratory`), not an abbreviation (`comm`)."""
    word = vocab.generic.get(token)
    return word is not None and (word == token or token[:-1] == word or len(token) >= 5)


def _table_word(token: str, vocab: _Vocab) -> bool:
    """True when a table knows `token` as it is: a place, a domain or other word, a given name, a phrase's first word
    (as `known_word` reads a word, but for the words inside a phrase, whose set costs a cold start to build), other
    than as a legal form one slip off (`limiteds` is `limited` mistyped, and Swedish's genitive of it)."""
    return (lexicon().is_other_word(token) or skeleton(token) in lexicon().given
            or token in vocab.phrases and token not in vocab.misreads)


def _read_text(text: str, vocab: _Vocab) -> NormalizedName:
    """Text the name was also written as (a field of a record, retyped, a disguise read) read as a name."""
    return _classify(*tokenize(clean_repaired(text, vocab.cjk_words), vocab.descriptors))


def _reading(name: NormalizedName, head: str, *, conventional: bool = False) -> NormalizedName | None:
    """`name` with each token an Arabic, Hebrew, katakana, Hangul or Chinese word became read as that word's
    reading (upper case: `screening.abjad`, `screening.kana`, `screening.hangul`, `screening.xinhua`); None when
    no token is such a word (`conventional`: the Chinese words that hold a character common usage writes for
    another sound read with its values, the others as ever; None when no word holds one)."""
    readings = _conventional_readings(head) if conventional else token_readings(head)
    tokens = tuple(readings.get(t, t) for t in name.tokens)
    if tokens == name.tokens:
        return None
    return attrs.evolve(name, tokens=tokens, alternates=())


def token_readings(head: str) -> dict[str, str]:
    """The tokens the Arabic, Hebrew, katakana, Hangul or Chinese words of `head` clean to -> each word's
    reading (upper case: `_reading`); empty when it holds none."""
    readings: dict[str, str] = {}
    known = _vocab().cjk_words  # (a run is read in the pieces step 6 cuts it into: `卡巴斯基` of `卡巴斯基实验室`)
    words = [(word, abjad.read_word) for word in abjad.abjad_words(head)]
    words += [(piece, kana.read_word) for word in kana.kana_words(head) for piece in cjk_pieces(word, known)]
    words += [(piece, hangul.read_word) for word in hangul.hangul_words(head) for piece in cjk_pieces(word, known)]
    words += [(piece, xinhua.read_word) for word in xinhua.han_words(head) for piece in cjk_pieces(word, known)]
    for word, read_word in words:
        found, reading = _word_reading(word, read_word)
        if len(found) == 1 and len(reading) > 1:
            readings.setdefault(found[0], reading)
    return readings


def _conventional_readings(head: str) -> dict[str, str]:
    """`token_readings(head)` with each Chinese word that holds a character common usage writes otherwise read
    with common usage's values (`xinhua.read_conventional`); empty when none does."""
    known = _vocab().cjk_words
    usage: dict[str, str] = {}
    for word in xinhua.han_words(head):
        for piece in cjk_pieces(word, known):
            found, reading = _word_reading(piece, xinhua.read_conventional)
            if len(found) == 1 and len(reading) > 1:
                usage.setdefault(found[0], reading)
    return {**token_readings(head), **usage} if usage else {}


@functools.lru_cache(maxsize=4096)
def _word_reading(word: str, read_word: Callable[[str], str]) -> tuple[tuple[str, ...], str]:
    """The tokens an Arabic, Hebrew, katakana, Hangul or Chinese word cleans to, and its reading (`_reading`);
    remembered, as such words recur from name to name (`北京`, `有限公司`)."""
    return tuple(tokenize(clean_repaired(word))[0]), read_word(word)


def x_as_kh(text: str) -> str:
    """`text` with each x that may stand for х (after a vowel, before a vowel or v) read as kh (X as KH:
    the case is kept for camelCase and initials); the prefilter reads words the same way."""
    return _X_IN_WORD.sub(lambda m: "kh" if m.group() == "x" else "KH", text)


def _with_alternates(name: NormalizedName, parts: list[NormalizedName]) -> NormalizedName:
    """`name` with each part (and the alternates it carries) that holds a word as one more alternate."""
    found = {name.key}
    alternates = list(name.alternates)
    found.update(alt.key for alt in alternates)
    for part in parts:
        for alt in (part, *part.alternates):
            if not any(len(t) > 1 and not t.isdigit() for t in alt.tokens):
                continue
            if alt is part and part.alternates:
                alt = attrs.evolve(part, alternates=())
            key = alt.key
            if key not in found:
                found.add(key)
                alternates.append(alt)
    if len(alternates) == len(name.alternates):
        return name
    return attrs.evolve(name, alternates=tuple(alternates))


def normalize_name(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """The comparable form of a name, as a string: the cache key of a screening ("" = unscreenable)."""
    name = normalize(text, max_chars=max_chars)
    return name.key if name.screenable else ""


def comparable(text: str) -> str:
    """The comparable tokens of a name joined by spaces ("" when they are not screenable: digits alone,
    whatever an alternate after a care-of marker holds)."""
    name = normalize(text)
    return name.text if any(not t.isdigit() for t in name.tokens) else ""
