"""Latin spellings of Russian names in other languages' schemes, read as English ones (alternate readings).

Chat transliteration (volapuk: `4` for ч, `6` or `w` for ш, `Kula6ova`) is read on the text as written, digits and
all, only where a word so read is listed (`chat_reading`; `Screener._volapuk`).

`screening.romanize.skeleton` folds the schemes whose letters say the same sound as English ones in one
word (German `tsch`, Polish `cz`, French `ou`). These schemes give letters values that clash with other
schemes, so they are read only where a name shows the scheme, as an alternate screened beside the name as
written. A reading rewrites the normalised name's words (lower case, legal forms already set aside, so
`LLC` stays a legal form); initials and words with digits are kept:

* **Dutch** writes у as oe, ш and ж as sj and zj (`Tsjekoenov`, `Koelasjova`). Each word holding oe inside
  it is read (`Kasjanov` without oe keeps its j: it may be a glide).
* **Swedish** writes ч as tj, ш as sj, щ as sjtj and ж as zj (`Tjekunov`, `Borsjtjov`). A name with a word
  opening tj before a vowel, holding sjtj or ending -itj is read whole.
* **Hungarian** writes с as sz, ш as s, ч as cs, щ as scs, ж as zs, ц as c, and a soft д, н, т as gy, ny,
  ty (`Gyenyisz Vlagyimirovics Zenkin`, `Borscsov`, `Szuvorov Andrej Anatoljevics`). A name with a word
  opening cs before a vowel (six letters or more), holding scs or zs before a vowel, gy before i or e (not
  after n), or ending -ovics, -evics, -szkij or -szkaja, or a Russian surname's -ov, -ev, -in, -an, -ova,
  -eva with a Hungarian case ending (`Szuvorovtól`, `Kulasovának`, `Kulasovát`: `screening.endings` cuts it; not
  -ért, which `Introvert` and `Steinert` end in), is read whole, each s then as sh (not for sz, which Polish
  writes for ш, nor ny, ty or gy before another vowel, which Chinese and Japanese words hold: `Leszek`,
  `Shenyang`, `Kogyo`, `Hengyi`).
* **Greek** romanised letter by letter (ELOT 743) writes б as mp, д as nt at the start of a word, г as gk,
  ч as ts, щ as sts and -ов as -of (`Ntaniil Mporstsef`, `Igkor Tsekounof`, `Michail Gkermper`). A name
  with a word of five letters or more opening nt, mp or gk before a vowel, r or l, holding gk after a vowel
  (not `Hongkong`), or ending -of after a consonant or -tsef (not `Krzysztof`, `Berghof`, `Waterproof`,
  `Youssef`) is read whole.
  Inside a word nt is kept: Greek writes Андрей and Антон both with ντ.
* **Romanian** (Moldova's registers too) writes ч as c before e, i and ci before a, o, u or at a word's end,
  к and г before e, i as ch and gh, and щ as şc(i) (`Igor Ghennadievici Cecunov`, `Daniil Borşciov`,
  `Chiril Alexandrovici Astrahan`). A name with a word ending -ovici or -evici, holding gh before e or i, or
  sci before a, o or u is read whole, each other c then as k (the ş has folded to s; the comma-below ș, which
  only Romanian writes, is sh already: `screening.tokens`).
* **Lithuanian and Latvian** add a nominative ending to every name: -as, -is, -us, -ys, -ius and -s
  (`Denisas Zenkinas`, `Andrejs Tihonovs`; `Kasperskis` is Kasperski). A name with two or more such words,
  all its words but one, one of them ending as Russian names do there (-ovas, -evas, -inas, -ovs, -evs,
  -jus, -ius, -js, -ichs: not `Dennis Jenkins`), is read with the endings dropped; a Latvian -s alone only
  where the word or a second one ends so (not `Dennis Julius Jenkins`); a known given name keeps its ending
  unless the name without it is one too (`Denisas` is Denis; `Thomas` stays). A Russian given name with such
  an ending tells the scheme too, and then every word's ending comes off (`Mihails Gerbers`, `Deniss
  Zenkins`, `Michailas Gerberis`; not `Dennis Jenkins`).

The prefilter asks `shows_scheme` of each word and `word_readings` of it (`screening.prefilter`).
Quirk: a name that shows one scheme is read whole in it, its other words too (`Kulasova Anna Vlagyimirovna`:
Kulashova); a word of another language there becomes one more alternate, which matches nothing the name as
written would not.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection

from screening.romanize import skeleton

__all__ = ["CHAT_WORD", "chat_key", "chat_reading", "has_chat_sign", "readings", "shows_scheme", "word_readings"]

# Russian typed in chat transliteration (volapuk): `4` for ч, `6` or `w` for ш, in a word of letters (`Kula6ova`,
# `Sergeevi4`, `Borwev`). Read on the text as written (digits and all), and only where a word so read is listed
# (`Screener._volapuk`): `w` is mostly English, a digit beside a letter mostly a code's.
_CHAT_SIGN = re.compile(r"(?<=[A-Za-z])[46]|[46](?=[A-Za-z])|[wW]")
CHAT_WORD = re.compile(r"[A-Za-z']*(?:[A-Za-z][46]|[46][A-Za-z]|[wW])[A-Za-z46wW']*")  # a word holding a sign
_CHAT_SOUND = {"4": "ch", "6": "sh", "w": "sh", "W": "sh"}


def has_chat_sign(text: str) -> bool:
    """Whether `text` holds a sign of chat transliteration (`_CHAT_SIGN`)."""
    return _CHAT_SIGN.search(text) is not None


def chat_reading(word: str) -> str:
    """`word` with its signs of chat transliteration read as the letters they stand for (`Kula6ova` ->
    `Kulashova`; in capitals beside capitals, `KULA6OVA` -> `KULASHOVA`, not a camelCase `KULAshOVA`)."""
    def sound(match: re.Match[str]) -> str:
        found = _CHAT_SOUND[match.group()]
        before = word[match.start() - 1:match.start()]
        return found.upper() if before.isupper() or not before.isalpha() and word.isupper() else found
    return _CHAT_SIGN.sub(sound, word)


def chat_key(read: str) -> str:
    """A word read by `chat_reading` as an anchor is looked up: small letters, its soft sign's apostrophe gone
    (`Bor6'ev` -> `borsh'ev` -> `borshev`)."""
    return read.replace("'", "").lower()

# Dutch: oe for у, sj and zj for ш and ж, in a word holding oe inside it
_DUTCH_WORD = re.compile(r"[a-z]oe[a-z]")
_DUTCH = re.compile(r"(?<=[a-z])oe(?=[a-z])|sj|zj")
_DUTCH_SOUNDS = {"oe": "u", "sj": "sh", "zj": "zh"}

# Swedish: tj for ч (the tell; sj and zj are also Dutch, or a j glide after s, z: `Kasjanov`)
_SWEDISH_TELL = re.compile(r"^tj[aeiouy]|sjtj|itj$")  # (not Artjoy)
_SWEDISH = re.compile(r"sjtj|tj|sj|zj")
_SWEDISH_SOUNDS = {"sjtj": "shch", "tj": "ch", "sj": "sh", "zj": "zh"}

# Hungarian (the Academy's rules for Russian names): longest letter groups first
# (tells that Chinese and Japanese romanised words lack: not ny, ty, ngy, Shenyang, Kogyo, Hengyi; nor an
# acronym, CSI, SCS; nor sz before a vowel, as Polish writes ш: Leszek, Szewczyk)
_HUNGARIAN_TELL = re.compile(r"^cs[aeiou][a-z]{3}|[a-z]scs[aeiou]|zs[aeiou]|(?<!n)gy[ie]|[oe]vics$"
                             r"|szk(?:ij|aja)$|[a-z]{3}(?:[oe]va?|in|an)(?:nak|nek|tol|nal|nel|hoz|hez)$"
                             r"|[a-z]{3}[oe]va(?:val|rol|ban|t)$|[a-z]{3}[oe]vv[ae]l$")
_HUNGARIAN = re.compile(r"scs|cs|sz|zs|gy|ny|ty|s|c")
_HUNGARIAN_SOUNDS = {"scs": "shch", "cs": "ch", "sz": "s", "zs": "zh", "gy": "d", "ny": "n", "ty": "t", "s": "sh",
                     "c": "ts"}

# Greek romanised: nt and mp open a word for д and б, gk is г; ts is ч, sts щ; -of, -ef are -ов, -ев. The
# tells: nt, mp, gk opening a word of five letters or more (not NTI), gk after a vowel (not Hongkong, Zhongke),
# -of after a consonant but -hof, -tof (not Berghof, Krzysztof, Waterproof), -ef only as -tsef (not Youssef)
_GREEK_TELL = re.compile(r"^(?:nt|mp|gk)[aeiouyrl][a-z]{2}|(?<=[aeiou])gk|^[a-z]{3,}[^aeiou](?<![^aeiou][th])of$"
                         r"|[a-z]{3}tsef$")
_GREEK = re.compile(r"^nt|mp|gk|sts|ts|(?<=[a-z]{4}[oe])(?<![^aeiou][th]o)f$")
_GREEK_SOUNDS = {"nt": "d", "mp": "b", "gk": "g", "sts": "shch", "ts": "ch", "f": "v"}

# Romanian (and Moldovan registers): c and g before e, i say ch and j, so ch, gh write k, g there; ci before
# a, o, u or ending a word is ch; şc before e, i (and şci before a, o, u) is щ (the ş folded to s). The tells:
# a patronymic or surname in -ovici, -evici, gh before e or i, sci before a, o, u (`Ghennadievici`, `Borşciov`)
_ROMANIAN_TELL = re.compile(r"[oe]vici$|gh[ei]|sci[aou]")
_ROMANIAN = re.compile(r"sci(?=[aou])|sc(?=[ei])|ci(?=[aou])|ci$|ch(?=[ei])|gh(?=[ei])|c")
_ROMANIAN_SOUNDS = {"sci": "shch", "sc": "shch", "ci": "ch", "ch": "k", "gh": "g"}


# Lithuanian and Latvian nominative endings, the longest first (what is left keeps three letters; -skis is
# -ski with the -s: `Kasperskis`), and the endings Russian names take in them: -ovas, -evas, -inas, -ovs,
# -evs (-ov, -ev, -in), -jus, -ius, -js, -ichs (Jenkins, Williams, Harris, Thomas end in s too; a Latvian -s
# alone is cut from a word without one only where two words have one: not Dennis Julius Jenkins, Dennis
# Jenkins Salinas)
_BALTIC_ENDING = re.compile(r"(?<=[a-z]{3})(?:(?<!sk)i?us|(?<!sk)[aiy]s|(?<=ski)s|(?<![aeiou])s)$")
_BALTIC_TELL = re.compile(r"(?:[oe]va|ina|[oe]v|ju|iu|j|ich)s$")


def _read(token: str, pattern: re.Pattern[str], sounds: dict[str, str]) -> str:
    """`token` with the letter groups `pattern` finds read by `sounds`."""
    return pattern.sub(lambda m: sounds[m.group()], token)


def _romanian(token: str) -> str:
    """`token` read as Romanian writes Russian names (`ghennadievici` -> `gennadievich`, `cecunov` ->
    `chekunov`, `borsciov` -> `borshchov`): a lone c is ch before e or i and k elsewhere."""
    def sound(m: re.Match[str]) -> str:
        found = m.group()
        if found != "c":
            return _ROMANIAN_SOUNDS[found]
        return "ch" if token[m.end():m.end() + 1] in ("e", "i") else "k"
    return _ROMANIAN.sub(sound, token)


# Each scheme read whole: its tell, and how it reads a word
_SCHEMES: tuple[tuple[re.Pattern[str], Callable[[str], str]], ...] = (
    (_SWEDISH_TELL, functools.partial(_read, pattern=_SWEDISH, sounds=_SWEDISH_SOUNDS)),
    (_HUNGARIAN_TELL, functools.partial(_read, pattern=_HUNGARIAN, sounds=_HUNGARIAN_SOUNDS)),
    (_GREEK_TELL, functools.partial(_read, pattern=_GREEK, sounds=_GREEK_SOUNDS)),
    (_ROMANIAN_TELL, _romanian),
)
_WHOLE_TELL = re.compile("|".join(f"(?:{tell.pattern})" for tell, _ in _SCHEMES))  # a name read whole


@functools.lru_cache(maxsize=65_536)
def shows_scheme(token: str) -> bool:
    """True when one lower-case word shows a Swedish, Hungarian, Greek or Romanian spelling (its name is read
    whole; remembered: words recur from name to name, and a search over every position of a word costs a
    microsecond)."""
    return _readable(token) and _WHOLE_TELL.search(token) is not None


@functools.lru_cache(maxsize=65_536)
def _told(token: str) -> bool:
    """True when a word shows a Swedish, Hungarian, Greek or Romanian spelling or holds the Dutch oe
    (remembered, as the first question `readings` asks of every word of every name)."""
    return shows_scheme(token) or _DUTCH_WORD.search(token) is not None


def _readable(token: str) -> bool:
    """True for a word a reading may rewrite: letters only, two or more."""
    return len(token) > 1 and token.isalpha()


def readings(tokens: tuple[str, ...], kept: Collection[int], given: Collection[str],
             cyrillic_given: Collection[str]) -> list[tuple[str, ...]]:
    """The readings of a normalised name's `tokens` in each scheme that they show (none for most names), each
    once; the tokens at `kept` (initials) stay as written; `given`: the skeletons of known given
    names (a Baltic ending stays on one, unless the name without it is one too); `cyrillic_given`: those of
    given names as Russian, Ukrainian or Belarusian write them (`_baltic_given`)."""
    if not any(map(_told, tokens)) and sum(t.endswith("s") for t in tokens) < 2:
        return []  # (most names: a lookup per word)
    words = {i for i, t in enumerate(tokens) if i not in kept and _readable(t)}
    out: list[tuple[str, ...]] = []
    if any(_told(tokens[i]) for i in words):
        for tell, read_word in _SCHEMES:
            if any(tell.search(tokens[i]) for i in words):
                out.append(tuple(read_word(t) if i in words else t for i, t in enumerate(tokens)))
        if any(_DUTCH_WORD.search(tokens[i]) for i in words):
            out.append(tuple(_read(t, _DUTCH, _DUTCH_SOUNDS) if i in words and _DUTCH_WORD.search(t) else t
                             for i, t in enumerate(tokens)))
    ending = sorted(i for i in words if _BALTIC_ENDING.search(tokens[i]))
    named = {i for i in ending if _baltic_given(tokens[i], cyrillic_given)}
    if named and any(_english_given(tokens[i], given, cyrillic_given) for i in words - named):
        named = set()  # (`Dennis Roberts Jenkins`, `Marks Gerbers Michaels`: English names)
    told_baltic = {i for i in ending if _BALTIC_TELL.search(tokens[i])} | named
    if len(ending) >= 2 and len(ending) >= len(words) - 1 and told_baltic:
        cut = list(tokens)
        for i in ending:
            word = _BALTIC_ENDING.sub("", tokens[i])
            bare = len(tokens[i]) - len(word) == 1 and tokens[i][-2] not in "aeiouy"  # a Latvian -s alone
            if (not bare or i in told_baltic or len(told_baltic) > 1 or named) and (
                    skeleton(tokens[i]) not in given or skeleton(word) in given or i in named):
                cut[i] = word
        out.append(tuple(cut))
    return list(dict.fromkeys(read for read in out if read != tokens))


def _baltic_given(token: str, cyrillic_given: Collection[str]) -> bool:
    """True when a word is a Russian given name with a Lithuanian or Latvian ending (`Michailas`, `Kirilas`,
    `Igors`, `Deniss`): without it, the name as Cyrillic romanises it; with it, not (`Denis`, whose -is is
    its own), save a Latvian -ss, which no such name ends in. (Not `Dennis`, nor `Peters`: Cyrillic writes
    Peter as Pyotr.)"""
    word = _BALTIC_ENDING.sub("", token)
    return word != token and skeleton(word) in cyrillic_given and (
        skeleton(token) not in cyrillic_given or token.endswith("ss"))


def _english_given(token: str, given: Collection[str], cyrillic_given: Collection[str]) -> bool:
    """True when a word is a given name as written (`Dennis`, `Denis`: Latvian writes Deniss) or one with an
    English surname's -s that no Cyrillic form has (`Michaels`, `Peters`): the name is not Latvian nor
    Lithuanian, whatever its other words."""
    if skeleton(token) in given:
        return True
    word = _BALTIC_ENDING.sub("", token)
    return word != token and skeleton(word) in given and skeleton(word) not in cyrillic_given


def word_readings(token: str) -> list[str]:
    """The readings of one lower-case word that need no other word to show the scheme: Dutch (a word holding
    oe) and a Baltic ending cut (what the prefilter asks of every word)."""
    out = []
    if _DUTCH_WORD.search(token):
        out.append(_read(token, _DUTCH, _DUTCH_SOUNDS))
    if _readable(token) and (cut := _BALTIC_ENDING.sub("", token)) != token:
        out.append(cut)
    return out
