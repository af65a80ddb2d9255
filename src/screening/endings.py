"""Case endings other languages put on a Russian name: a payment memo in Latvian writes `maksājums Antonam
Ivanovam` (to Anton Ivanov, both in the dative), in Finnish `maksu Denis Zenkinille`, in Lithuanian `Daniilui
Borščevui`, in Hungarian `Gerber Mihailnak`, in Albanian `pagesë Anna Kulashovës`, in Slovak `Marinu
Alexejevovú` (Alekseyeva with the Slovak feminine -ová, in the accusative); Czech names a woman `Anna
Dudorinová` (Dudorina); Turkish and Azerbaijani set the ending apart with an apostrophe (`Tikhonov'a ödeme`,
`Kaspersky Lab'ın lisansı`), and so does the English possessive (`Kaspersky Lab Inc's`).

`stems` cuts such an ending off a word's romanisation skeleton (`romanize.skeleton`) and gives what the word
may be without it; `screening.persons` reads a word so only where what is left is one of the listed person's
names exactly, and a family name so only beside the given name (`screening.cases` reads Russian and Ukrainian
endings; Russian's -a and -u, which other Slavic languages share, are read there). The endings, as skeletons
(j is i, a doubled letter one, w is v), by language:

* Polish, Czech, Slovak, Slovene, Croatian: -ovi/-owi, -em, -om (and Slovene -ju, -ja, -jem after r:
  `Gerberju`); a woman's -a becomes -y, -e, -ej, -ou, -i, -o, -om (Croatian and Serbian `s Marinom
  Aleksejevom`), and Czech and Slovak give her the masculine stem with -ová (-ové, -ovú, -ovej, -ovou):
  `Dudorinová`, `Alexejevovú`. The skeleton reads a final -ou as Belarusian -ov, and folds the -je of a name
  in -j to -e (`Andreje`, Czech for Andrej's): `written_stems` cuts those off the word as written.
* Lithuanian -ui, -o (a man's dative, genitive: `Jefremovo`), -aus, -iui (those of a name in -us, -is:
  `Andrejaus`, `Igoriui`); Latvian -am (a man's dative); -ai (a woman's), -os and -s (her genitive: not on her
  given name, `Annas`, where -s mostly makes another name).
* Estonian -i (genitive), -ile/-le, -iga/-ga, -ilt/-lt, -il, -ist, -iks; Finnish -in (genitive), -ille/-lle,
  -illa, -ilta, -ista, -issa, -iksi (after a consonant an -i- links the ending: `Zenkinille`).
* Hungarian -nak/-nek, -ot/-et/-t, -nal/-nel, -tol, -hoz/-hez, -ra/-re, -rol, -ert, -ban/-ben, and -val/-vel,
  whose v becomes the stem's last consonant (`Ivanovval`, `Gerberrel`: one letter in the skeleton). A
  consonant the stem ends in, doubled before an ending of three letters, is one letter there too
  (`Zenkinnek`); not before one of two (`Gerbera` would read as `Gerberra`, Gerber's sublative).
* Albanian -i, -in, -it, and a woman's -ës, -ën for her -a (`Kulashovës`).
* Georgian (romanised) -is, -s, -istvis, -isgan, -it, -tan, -ze, -ma; Armenian -in, -i, -its.
* German and English -s (`Michail Gerbers Provision`).
* Turkish and Azerbaijani written without the apostrophe: -un, -dan/-den, -la/-le, -nin and -ya after a vowel
  (`Suvorovun`, `Yefremovdan`, `Alekseyevaya`); Kazakh, Kyrgyz, Tatar and Uzbek, in Cyrillic or Latin letters:
  genitive, dative, accusative, locative, ablative, instrumental (`Ивановның`, `Тихоновдун`, `Зенкинге`,
  `Tikhonovning`; not -ka, -ke, which make villages of surnames, `Ивановка`).
* Basque -en/-ren, -ari/-ri, -ekin/-kin, -entzat/-rentzat (`Ivanoven`, `Alekseevari`; not Basque's tx and x
  for ч and ш, `Txekunovekin`, which no reading gives).

A Finnish, Albanian or Armenian -in after a stem that is no Russian surname's (-ov, -ev, -in) would make
another surname (`Astrakhanin` of Astrakhan, as `screening.persons` reads `Astrakhanov`): it is read only after
one (`Zenkinin`). On a given name no ending is read that mostly makes another name of it (`Antonia`,
`Antonin`, `Denise`, `Mihaila`, `Antonis`, `Annes`), nor the -ová a woman's surname takes, and one of a single
letter only beside the family name declined (Lithuanian `Antono Ivanovo`; `Antono` alone is no reading); on a
given name that is the name's last word beside its family name as listed, only Hungarian's (`Gerber
Mihailnak`; not `Ivanov Antonel`). `screening.persons` reads no known given name of another (`Ani`, `Denisa`)
as the listed one with any ending, and a family name's one-letter ending beside a given name as written as at
most a REVIEW (`Kirill Astrakhani`, `Anton Ivanovo`: names and places of their own).
"""

from __future__ import annotations

import functools
import re

from screening.romanize import skeleton

__all__ = ["apostrophe_cut", "ending_of", "hyphened_cut", "one_letter", "stems", "word_stems", "written_stems"]

# Endings added to the name as listed: by the letter before them, "c" a consonant (`Zenkinille`), "v" a vowel
# (`Kulashovalle`), "" either (a j, which the skeleton writes i, is a consonant: `Andrejovi`). Skeletons: -lle
# is -le, -jem is -em, -ja and -ya are -ia, -tz is -ts, a doubled letter one (Finnish -iin is -in).
_ADDED = {
    # Polish, Czech, Slovak, Slovene, Croatian, Serbian: dative, instrumental (Slovene -ju, -ja after r)
    "ovi": "", "em": "", "om": "", "iu": "c", "ia": "",
    # Lithuanian: a man's dative, genitive (`Jefremovo`), and those of a name in -us, -is (`Andrejaus`,
    # `Igoriui`); Latvian: a man's dative
    "ui": "", "o": "c", "aus": "", "iui": "c", "am": "",
    # Estonian: genitive, allative, comitative, ablative, adessive, elative, translative
    "i": "c", "ile": "c", "le": "", "iga": "c", "ga": "", "ilt": "c", "lt": "v", "il": "c", "ist": "c",
    "iks": "c",
    # Finnish: genitive, allative, adessive, ablative, elative, inessive, illative, translative
    "in": "c", "n": "v", "ila": "c", "la": "", "ilta": "c", "lta": "v", "ista": "c", "sta": "v", "isa": "c",
    "sa": "v", "iksi": "c", "ksi": "v",
    # Hungarian: dative, accusative, adessive, ablative, allative, sublative, delative, causal, inessive, and the
    # instrumental's -val, -vel as written after a vowel or after a v, or with its v made the stem's consonant
    "nak": "", "nek": "", "ot": "c", "et": "c", "t": "v", "nal": "", "nel": "", "tol": "", "hoz": "",
    "hez": "", "ra": "", "re": "", "rol": "", "ert": "", "ban": "", "ben": "", "val": "", "vel": "",
    "al": "c", "el": "c",
    # Albanian: definite, its accusative and genitive
    "it": "c",
    # Georgian romanised: genitive, dative, `for`, `from`, instrumental, `with`, `on`, ergative
    "is": "c", "istvis": "c", "stvis": "v", "isgan": "c", "sgan": "v", "tan": "", "ze": "", "ma": "",
    # Armenian romanised: ablative
    "its": "c",
    # German and English genitive, Georgian dative (`Gerbers`, `Michail Gerbers Provision`)
    "s": "",
    # Turkish and Azerbaijani written without an apostrophe: genitive, ablative, comitative (`Suvorovun`,
    # `Yefremovdan`, `Ivanovla`), genitive after a vowel (`Kulaşovanın`; Kazakh's after any letter, `Ивановның`);
    # the dative -ya after a vowel is the -ia above in the skeleton (`Alekseyevaya`)
    "un": "c", "dan": "", "den": "", "nin": "",
    # Kazakh, Kyrgyz, Tatar and Uzbek, in Cyrillic or Latin letters: genitive (`Тихоновдун`, `Ивановның`,
    # `Tikhonovning`), dative (`Зенкинге`, `Tikhonovga`; the -ga above; not -ka, -ke: the skeleton reads Kazakh қ as
    # к, and `Ивановка`, `Tikhonovka` are villages), accusative, locative, ablative, instrumental (Kazakh -men, -pen,
    # and -ben as Hungarian's above; Kyrgyz -menen)
    "din": "c", "dun": "c", "tin": "c", "tun": "c", "nun": "v", "ning": "", "ge": "",
    "ni": "", "di": "c", "ti": "c", "du": "c", "tu": "c", "nu": "v",
    "da": "", "de": "", "ta": "", "te": "", "ten": "", "nan": "v", "nen": "v",
    "men": "", "pen": "", "menen": "",
    # Basque: genitive, dative, comitative, destinative (`Ivanoven`, `Alekseevari`)
    "en": "c", "ren": "v", "ari": "c", "ri": "v", "ekin": "c", "kin": "v", "entsat": "c", "rentsat": "v",
}
# Endings that take the place of a woman's -a (`Kulashovës`, `Dudorinová`): Polish, Czech, Slovak, Slovene,
# Croatian oblique cases; the Czech and Slovak -ová and its cases; Lithuanian and Latvian genitive and
# dative; Albanian genitive and accusative
_FOR_A = ("i", "e", "o", "ei", "os", "ai", "es", "en", "om", "ova", "ove", "ovu", "ovei")
# endings not read on a given name: they make names of their own of many (`Antonia`, `Antonin`, `Antonis`,
# `Denisen`, `Marinos`), or are a surname's (-ová)
_MAKES_GIVEN = frozenset({"ia", "iu", "in", "is", "ie", "ei", "en", "es", "os", "s", "ova", "ove", "ovu", "ovei",
                          "ri", "ren"})
# Hungarian endings read on a name's last word alone, by vowel harmony: back ones after a stem whose last vowel
# but i is a, o or u (`Mihailnak`), front ones after e or i alone (`Denisnek`), -tól/-től and -ért after either
# (not the accusative's -ot, -et, -t nor the instrumental's -al, -el with its v made the stem's consonant, which
# end other names: `Denisot`, `Antonel`)
_HUNGARIAN_BACK = frozenset({"nak", "nal", "hoz", "ra", "rol", "ban", "val"})
_HUNGARIAN_FRONT = frozenset({"nek", "nel", "hez", "re", "ben", "vel"})
_HUNGARIAN = _HUNGARIAN_BACK | _HUNGARIAN_FRONT | {"tol", "ert"}
_HARMONY_VOWELS = re.compile("[aoue]")
_GIVEN_SINGLE = ("o", "u", "e", "i")  # one-letter endings read on a given name beside a family name declined
_MADE_SURNAME = ("in",)  # read only after a Russian surname's ending: else another surname (`Astrakhanin`)
_SURNAME_END = ("ov", "ev", "in")
_STEM_MIN = 3  # letters left at least (`igor` from `igornak`), 2 before a woman's -a put back (`an` of `anai`)
_VOWELS = frozenset("aeiouy")
_LONGEST = max(map(len, (*_ADDED, *_FOR_A)))


def stems(skel: str, *, given: bool = False, single: bool = False, last_word: bool = False) -> tuple[str, ...]:
    """The skeletons `skel` may be without a case ending of another language (`antonam` -> `anton`,
    `kulashoves` -> `kulashova`; none for most words), longest ending first; `given`: only the endings a
    given name may be read with (`single`: one-letter ones too, -o, -u, -e, -i: Lithuanian `Antono`);
    `last_word`: only Hungarian's, which it puts on a name's last word alone (`Gerber Mihailnak`)."""
    return _stems(skel, given, single, last_word, 1)


def ending_of(skel: str, stem: str) -> str:
    """The ending `stems` cut off `skel` to give `stem` (`marinos`, `marina` -> `os`; `antonam`, `anton` -> `am`)."""
    if skel.startswith(stem) or stem.endswith("ev") and skel.startswith(stem[:-2] + "ov"):  # (`borshovam`)
        return skel[len(stem):]
    return skel[len(stem) - 1:]


@functools.lru_cache(maxsize=16_384)
def written_stems(text: str) -> tuple[str, ...]:
    """The skeletons `text` (a romanised word as written) may be without an ending its skeleton hides: the
    Czech and Slovak -ou of a woman's instrumental (`Marinou`, `Alexejevovou`; the skeleton reads -ou as
    Belarusian -ov), and the -e of the genitive of a name in -j (`Andreje`; the skeleton folds je to e)."""
    if len(text) < 5:
        return ()
    if text.endswith("ou"):
        return (skeleton(text[:-2] + "a"),)
    if text.endswith("je"):
        return (skeleton(text[:-1]),)
    return ()


def one_letter(skel: str, stem: str) -> bool:
    """True when `stem` is one of `skel`'s `stems` only by an ending of one letter (`kirill astrakhani`: -i;
    not `kulashoves`, whose -ës takes the place of her -a)."""
    return stem in stems(skel) and stem not in _stems(skel, False, False, False, 2)


@functools.lru_cache(maxsize=16_384)
def _stems(skel: str, given: bool, single: bool, last_word: bool, shortest: int) -> tuple[str, ...]:
    """`stems`, of endings of `shortest` letters or more."""
    out: list[str] = []
    for n in range(min(_LONGEST, len(skel) - _STEM_MIN + 1), shortest - 1, -1):
        ending, stem = skel[-n:], skel[:-n]
        if given and (ending in _MAKES_GIVEN or n == 1 and not (single and ending in _GIVEN_SINGLE)):
            continue
        if last_word and (ending not in _HUNGARIAN or not _harmonises(stem, ending)):
            continue
        after = _ADDED.get(ending)
        if after is not None and (ending not in _MADE_SURNAME or stem.endswith(_SURNAME_END)):
            # (a consonant doubled before a Hungarian ending is one in the skeleton: `Zenkinnek`, `Ivanovval`;
            # not before one of two letters, where it would read his genitive as a case: `Gerbera` of `Gerberra`;
            # nor before another language's, where it would read `Astrakhanin` as Kazakh `Astrakhan-nin`)
            doubled = n > 2 and ending in _HUNGARIAN and ending[0] not in _VOWELS and stem[-1] != ending[0]
            for before in (stem, stem + ending[0]) if doubled else (stem,):
                if len(before) >= _STEM_MIN and (after == "" or (before[-1] in _VOWELS) == (after == "v")):
                    out.append(before)
                    if before.endswith("ov") and (again := skeleton(before)) == before[:-2] + "ev":
                        out.append(again)  # (`borshovam`, Borščovam: -ov after sh is ё, which the skeleton writes -ev)
        if ending in _FOR_A and stem[-1] not in _VOWELS:
            out.append(stem + "a")
    return tuple(dict.fromkeys(out))


def _harmonises(stem: str, ending: str) -> bool:
    """True when a Hungarian ending agrees with the stem's last vowel but i (`mihail` + -nak; not `anto` + -nel)."""
    vowels = _HARMONY_VOWELS.findall(stem)
    back = bool(vowels) and vowels[-1] != "e"
    return not (ending in _HUNGARIAN_BACK and not back or ending in _HUNGARIAN_FRONT and back)


# Endings on a company's word as written (folded to ASCII), which the languages below put on a name's last word
# without an apostrophe (`Kaspersky Lab Incin`, `Kaspersky Labs Limiteds styrelse`, `a Kaspersky Labot`,
# `Kaspersky Labs Limiteddel`), by the letter before them as in `_ADDED`: Finnish (genitive, partitive, illative,
# inessive, elative, allative, adessive, ablative, translative, essive, comitative), Estonian (genitive,
# allative, comitative, elative, inessive, adessive, ablative, translative), Hungarian (accusative, dative,
# adessive, ablative, allative, sublative, delative, causal, inessive, illative, elative, superessive,
# instrumental, possessive, and the -i of an adjective: `a kijevi`), the Germanic genitive -s, Lithuanian and
# Latvian (dative, genitive), Polish, Czech and Slovak (genitive, dative, instrumental, locative), and Turkish,
# Azerbaijani, Kazakh, Kyrgyz, Tatar and Uzbek (locative, ablative, and the locative's adjective: `Kiyevdagi`,
# `Kiyevdəki`, `Киевтагы`, in Kyiv).
_WORD_ENDINGS = {
    "in": "c", "n": "v", "ia": "c", "iin": "c", "issa": "c", "ssa": "v", "ista": "c", "sta": "v", "ille": "c",
    "lle": "v", "illa": "c", "lla": "v", "ilta": "c", "lta": "v", "iksi": "c", "ksi": "v", "ina": "c",
    "ineen": "c",
    "i": "", "ile": "c", "iga": "c", "ist": "c", "is": "c", "il": "c", "ilt": "c", "iks": "c",
    "ot": "c", "et": "c", "at": "c", "t": "v", "nak": "", "nek": "", "nal": "", "nel": "", "tol": "", "hoz": "",
    "hez": "", "ra": "", "re": "", "rol": "", "ert": "", "ban": "", "ben": "", "ba": "", "be": "", "bol": "",
    "bel": "", "on": "c", "en": "c", "val": "v", "vel": "v", "ja": "c", "je": "c",
    "s": "",
    "ui": "c", "o": "c", "am": "c", "a": "c", "as": "c",
    "u": "c", "em": "c", "ie": "c", "owi": "c", "ovi": "c", "om": "c", "y": "c",
    "da": "", "de": "", "ta": "", "te": "", "dan": "", "den": "", "tan": "", "ten": "", "daki": "", "deki": "",
    "taki": "", "teki": "", "dagi": "", "degi": "", "tagi": "", "tegi": "", "dagy": "", "tagy": "",
}
_WORD_LONGEST = max(map(len, _WORD_ENDINGS))
_ASSIMILATED = ("al", "el")  # Hungarian -val, -vel after a consonant, which it doubles (`Labbal`, `Limiteddel`)


# the endings read after a stem of three letters (`Labot`, `Incin`, `Labbal`): none that, so short, ends words of
# other languages (`spare`, `common`, `golden`, `Sadat`, `Shaban`, `labia`)
_AFTER_SHORT = frozenset({"in", "iin", "issa", "ista", "ille", "illa", "ilta", "iksi", "ineen", "ile", "iga", "ist",
                          "ilt", "iks", "ot", "nak", "nek", "nal", "nel", "tol", "hoz", "hez", "rol", "ert", "val",
                          "vel", "ui", "owi", "ovi", "em", "om"})
_GENITIVE_S_STEM = 5  # letters a stem has at least before a genitive -s (`Limiteds`; not `corps`)


@functools.lru_cache(maxsize=16_384)
def word_stems(word: str) -> tuple[str, ...]:
    """What a company's word as written (folded to ASCII, small letters) may be without a case ending of another
    language (`incin` -> `inc`, `limiteddel` -> `limited`, `labot` -> `lab`), the longest ending first: a stem of
    four letters or more, or of three before an ending no short word of another language ends in (`_AFTER_SHORT`);
    the genitive -s after five. Most words have some (`groupi` of `groupin`): a caller reads only the stems that are
    known words."""
    out: list[str] = []
    for n in range(min(_WORD_LONGEST, len(word) - _STEM_MIN), 0, -1):
        ending, stem = word[-n:], word[:-n]
        after = _WORD_ENDINGS.get(ending)
        if after is not None and (after == "" or (stem[-1] in _VOWELS) == (after == "v")) and _fits(stem, ending):
            out.append(stem)
        if ending in _ASSIMILATED and len(stem) > _STEM_MIN and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
            out.append(stem[:-1])  # (`Labbal`: the ending is the consonant and -al, which follow three letters)
    return tuple(dict.fromkeys(out))


def _fits(stem: str, ending: str) -> bool:
    """Whether a stem so long takes the ending (`word_stems`)."""
    if ending == "s":
        return len(stem) >= _GENITIVE_S_STEM
    return len(stem) > _STEM_MIN or ending in _AFTER_SHORT


# Turkish and Azerbaijani case and other endings a name takes after an apostrophe, by vowel harmony, the longest
# first: dative, genitive, accusative, locative, ablative, comitative, equative, the -ki of `Lab'daki`, plural,
# and Azerbaijani's ə forms. Those with a buffer y or n follow a vowel (`Kulaşova'ya`, `Kaspersky'nin`), the others
# either (`Lab'a`, `Tikhonov'un`): so no Russian soft sign is read as one (`Dar'ya`, `Il'ya`).
_AFTER_VOWEL = ("ndan", "nden", "ndaki", "ndeki", "nın", "nin", "nun", "nün", "yla", "yle", "ylə", "nda", "nde",
                "ya", "ye", "yə", "yı", "yi", "yu", "yü", "na", "ne", "nı", "ni", "nu", "nü")
_AFTER_ANY = ("daki", "deki", "taki", "teki", "dan", "den", "tan", "ten", "dən", "lar", "ler", "lər", "ın", "in",
              "un", "ün", "da", "de", "də", "ta", "te", "la", "le", "lə", "ca", "ce", "ça", "çe", "a", "e", "ə", "ı",
              "i", "u", "ü", "s")  # (and the English possessive: `Kaspersky Lab Inc's subscriptions`)
# After an abbreviation that ends in a capital, the buffer n follows too: its letter's name ends in a vowel
# (`GmbH'nın`, `LLC'nin`; `DAR'YA`, a soft sign in capitals, takes no buffer n). Azerbaijani sets an ending apart
# with a hyphen too (`Kaspersky Lab-ın`): read there only where it holds a letter no English word has (ı, ə, ö, ü).
_AFTER_CAPITAL = tuple(ending for ending in _AFTER_VOWEL if ending.startswith("n"))
_HYPHENED = tuple(ending for ending in (*_AFTER_VOWEL, *_AFTER_ANY) if set(ending) & set("ıəöü"))
# and with no mark at all where the ending holds ə, a letter of Azerbaijani alone (`Zenkinə`, `Gerberə ödəniş`)
_SCHWA = tuple(ending for ending in (*_AFTER_VOWEL, *_AFTER_ANY) if "ə" in ending)
_TURKIC_LETTER = re.compile("[ıöüÖÜ]")
# an ending after a hyphen (`Lab-ın`), read only where it holds such a letter
_HYPHEN_ENDING = r"(?<=[^\W\d_]{3})-(?=(?-i:[^\W\d_]*[ıəöüƏÖÜ]))(?:" + "|".join(_HYPHENED) + ")"


@functools.cache
def _apostrophe_ending() -> re.Pattern[str]:
    """The endings `apostrophe_cut` cuts, compiled when first needed (a process that meets none never pays it)."""
    return re.compile(
        r"(?:(?<=[^\W\d_]{2}[aeiouyıöüəéâîû])['’ʼ‘](?:" + "|".join(_AFTER_VOWEL) + r")"
        r"|(?<=[^\W\d_]{2}(?-i:[A-Z]))['’ʼ‘](?:" + "|".join(_AFTER_CAPITAL) + r")"
        r"|(?<=[^\W\d_]{3})['’ʼ‘](?:" + "|".join(_AFTER_ANY) + r")"
        r"|" + _HYPHEN_ENDING +
        r"|(?<=[^\W\d_]{4})(?:" + "|".join(_SCHWA) + r"))(?![^\W\d_])", re.IGNORECASE)


@functools.cache
def _hyphened_ending() -> re.Pattern[str]:
    """The endings `hyphened_cut` cuts (`_HYPHEN_ENDING`), compiled when first needed."""
    return re.compile(_HYPHEN_ENDING + r"(?![^\W\d_])", re.IGNORECASE)


def hyphened_cut(text: str) -> str:
    """`text` with each Azerbaijani ending set apart by a hyphen cut (`Kaspersky Lab-ın` -> `Kaspersky Lab`): it
    holds a letter no English word has (ı, ə, ö, ü), so it is never a word of the name (read as one, `-ın` was the
    form `Inc` cut short)."""
    if "-" not in text or not _TURKIC_LETTER.search(text) and "ə" not in text and "Ə" not in text:
        return text
    return _hyphened_ending().sub("", text)


def apostrophe_cut(text: str) -> str | None:
    """`text` with each ending set apart by an apostrophe cut, as Turkish and Azerbaijani write them on a
    name (`Tikhonov'a` -> `Tikhonov`: the apostrophe vanishes inside a word, and `Tikhonova` is a woman's
    name), and English its possessive (`Inc's` -> `Inc`), an Azerbaijani one after a hyphen (`Lab-ın`) or holding
    ə (`Zenkinə`); None when it holds none. The word has three letters at least before it."""
    if not any(mark in text for mark in "'’ʼ‘əƏ") and not ("-" in text and _TURKIC_LETTER.search(text)):
        return None  # (a hyphen sets an ending apart only before ı, ö, ü: most names with one are read at once)
    cut = _apostrophe_ending().sub("", text)
    return cut if cut != text else None
