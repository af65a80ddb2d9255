"""Letters a scanner misreads in names (`TlKHONOV`, `MikhaiI`, `lgor`, `Anclrey`): the name as read.

Text recognition confuses a few shapes that look alike in print: capital I and small l, `cl` and `d`, `rn`
and `m`, `vv` and `w`. Digits for letters (`Gr0up`) are read by `screening.leet`. Here a word is read back
where its case or its letters give the misreading away:

* a small `l` among capitals (`TlKHONOV`, `DUDORlNA`, `lVANOV`) is a capital I;
* a capital `I` after a small letter, or second in a word, that ends the word or comes before a small
  vowel (`MikhaiI`, `KuIashova`, `AIekseeva`), is a small l (before a consonant it more often starts a
  word written camelCase: `AntonIvanov`, `LabInc`);
* a word of four letters or more that starts with a small `l` and a consonant no name starts with after an
  l (`lgor`, `lvan`; not `ltd`) starts with a capital I;
* a stroke and an angle touching a letter (`Kaspersl<y`, `l<ulashova`) is a K scanned in two;
* inside a word, after a letter, `cl` before any letter but a, e, i, o, u (a capital or `y` too) or at the end
  reads `d` (`Anclrey`, `Micldle`), where no word has it, and `vv` reads `w`. (`rn` for `m` and `ri` for `n`
  are left alone here: `Aktsionernoe`, `Chernov`, `International` and `Maria` hold them as written, and the
  misreading is no likelier than a name that has them. The screener reads such pairs, `SCANNER_PAIRS`, only
  where that makes a word a listed name's anchor, `Efrernov`, `Kasperslcy` (`lc` for k), or a word that is
  no given name one, `Aridrei`: `pair_readings`.)

A recogniser set for Latin letters reads a Russian text as the Latin letters and digits its Cyrillic ones look
like (`JIa6opaTopuR Kacnepckoro` for `Лаборатория Касперского`, `TuxoHoB` for `Тихонов`): `cyrillic_looks` reads
such a word back, each way its letters allow (`n` may be п or л), and the screener reads a name back where a word
so read is a listed one (`Screener._lookalike`).

The reading is an alternate name the screener matches too (`screening.normalize`), never a replacement.
A short domain word with one letter misread as its look-alike (`Lob` for `Lab`: `look_alike_slips`) is paired
with the listed word as a typing slip is (`normalize.slip_of`). Pure functions of the text.
"""

from __future__ import annotations

import re

__all__ = ["MAY_LOOK_CYRILLIC", "SCANNER_PAIRS", "cyrillic_looks", "has_broken_k", "look_alike_slips",
           "ocr_reading", "pair_readings", "read_word"]

# Letters a scanner reads as others with nothing in the text to give it away (`Efrernov` for Efremov,
# `Clukhvalov`): the screener reads a word so only where that makes it a listed name's anchor (`screen`).
SCANNER_PAIRS = (("rn", "m"), ("m", "rn"), ("ri", "n"), ("cl", "d"), ("vv", "w"), ("lc", "k"))

_WORD = re.compile(r"[A-Za-z]+")
# what a misread word holds: a case anomaly, a word-initial l before a consonant, or a pair read as one letter
# (three patterns, each searched only when the text holds its letter: one search of all costs twice as much)
_MAYBE_L = re.compile(r"(?<=[A-Z])l+(?![a-z])|(?<![A-Za-z])l+(?=[A-Z])|(?<![A-Za-z])l[bcdfgkmnpqrstvxz][A-Za-z]{2}")
_MAYBE_I = re.compile(r"(?<=[a-z])I(?![A-Za-z])|(?<=[A-Za-z])I(?=[aeiouy])")
_MAYBE_PAIR = re.compile(r"(?<=[A-Za-z])(?:cl(?![aeiou])|vv)")
_L_START = re.compile(r"l(?=[bcdfgkmnpqrstvxz])")
_PAIRS = re.compile(r"(?<=[A-Za-z])(cl(?![aeiou])|vv)")
_PAIR_READS = {"cl": "d", "vv": "w"}
# A K scanned as a stroke and an angle (`Kaspersl<y`, `l<ASPERSKY`, `|<ulashova`), touching a letter of its word
_BROKEN_K = re.compile(r"(?<=[A-Za-z])[lLI1|]<|[lLI1|]<(?=[A-Za-z])")
_VOWELS = frozenset("aeiouy")
# small letters print alike enough for a scanner to read one as the other
_LOOK_ALIKES = {"a": "o", "o": "a", "c": "e", "e": "c", "b": "h", "h": "bn", "n": "h", "g": "q", "q": "g",
                "i": "l", "l": "i"}


def read_word(word: str) -> str | None:
    """The word (ASCII letters) with its misread letters read back (see the module docstring), or None when
    nothing in it looks misread."""
    if len(word) < 3:
        return None
    others = word.replace("l", "")
    if "l" in word and len(others) >= 2 and others.isupper():
        read = word.replace("l", "I")  # `TlKHONOV`
    else:
        # (pairs first, as written: an l read from a capital I makes no `cl`, as in `McIntosh`)
        chars = list(_PAIRS.sub(lambda m: _PAIR_READS[m.group(1)], word))
        for i in range(1, len(chars)):
            if chars[i] == "I" and (i == 1 or chars[i - 1].islower()) and (
                    i + 1 == len(chars) and chars[i - 1].islower() or i + 1 < len(chars) and chars[i + 1] in _VOWELS):
                chars[i] = "l"  # `MikhaiI`, `AIekseeva`
        read = "".join(chars)
        if len(read) >= 4 and _L_START.match(read):
            read = "I" + read[1:]  # `lgor`
    return read if read != word else None


def has_broken_k(text: str) -> bool:
    """Whether `text` holds a K scanned in two (`Che|<unov`): cut there, its pieces may reach nothing."""
    return "<" in text and _BROKEN_K.search(text) is not None


def _k(match: re.Match[str]) -> str:
    """The K a broken one stands for, in the case of the letters around it."""
    text, end = match.string, match.end()
    beside = text[end] if end < len(text) and text[end].isalpha() else text[match.start() - 1]
    return "K" if beside.isupper() else "k"


def ocr_reading(text: str) -> str | None:
    """`text` with each misread word read back (`read_word`) and each K scanned in two read as one
    (`_BROKEN_K`), or None when no word looks misread."""
    broken = has_broken_k(text)
    if broken:
        text = _BROKEN_K.sub(_k, text)
    if not (("l" in text and _MAYBE_L.search(text)) or ("I" in text and _MAYBE_I.search(text))
            or (("cl" in text or "vv" in text) and _MAYBE_PAIR.search(text))):
        return text if broken else None
    changed = broken

    def read(match: re.Match[str]) -> str:
        nonlocal changed
        found = read_word(match.group())
        if found is None:
            return match.group()
        changed = True
        return found

    out = _WORD.sub(read, text)
    return out if changed else None


def look_alike_slips(word: str) -> set[str]:
    """`word` (small letters) with one letter after the first read as its print look-alike (`lab` -> `lob`,
    `lah`, `iab` is not: the first letter tells words apart, as in `screening.typos`)."""
    return {word[:i] + alike + word[i + 1:] for i in range(1, len(word)) for alike in _LOOK_ALIKES.get(word[i], "")}


def pair_readings(word: str) -> list[str]:
    """`word` with a pair of letters a scanner confuses read as the other (`SCANNER_PAIRS`): each place alone,
    then every place at once where there are several (`Mariria` -> `Manria`, `Marina`, `Manna`)."""
    out = []
    for seen, meant in SCANNER_PAIRS:
        at, places = word.find(seen), 0
        while at >= 0:
            places += 1
            out.append(word[:at] + meant + word[at + len(seen):])
            at = word.find(seen, at + len(seen))
        if places > 1:
            out.append(word.replace(seen, meant))
    return out


# Cyrillic a recogniser set for Latin letters only reads as their look-alikes (`JIa6opaTopuR Kacnepckoro` is
# `Лаборатория Касперского`, `TuxoHoB` `Тихонов`): each Latin letter or digit -> the Cyrillic letters it may
# stand for (upright capitals and small letters alike; `u`, `n`, `m`, `g` as italic и, п or л, т or м, д print),
# pairs first (`JI` Л, `bI` ы, `III` Ш). A letter with no look-alike (`d`, `f`, `h`, `l`, `s`, `z` ...) makes
# the word Latin.
_CYRILLIC_PAIRS = {"JI": "Л", "Jl": "Л", "bI": "ы", "bl": "ы", "III": "Ш"}
_CYRILLIC_LOOKS = {
    "A": "А", "B": "В", "C": "С", "D": "Д", "E": "Е", "F": "Г", "H": "Н", "I": "І", "K": "К", "M": "М", "N": "И",
    "O": "О", "P": "Р", "R": "Я", "T": "Т", "X": "Х", "Y": "У", "W": "Ш", "3": "З", "4": "Ч", "6": "б", "0": "О",
    "a": "а", "b": "ь", "c": "с", "e": "е", "g": "д", "i": "і", "k": "к", "m": "тм", "n": "пл", "o": "о", "p": "р",
    "r": "г", "u": "и", "w": "ш", "x": "х", "y": "у"}
_LOOKS_PIECE = re.compile("|".join(sorted(map(re.escape, [*_CYRILLIC_PAIRS, *_CYRILLIC_LOOKS]), key=len,
                                          reverse=True)))
# each Cyrillic letter above romanised as the list's Russian names are (`Касперского` -> `kasperskogo`)
_ROMAN = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "з": "z", "и": "i", "і": "i",
                        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
                        "у": "u", "х": "kh", "ч": "ch", "ш": "sh", "ы": "y", "ь": "", "я": "ya"})
_MAX_LOOKS = 8  # readings of one word at most (its letters of two look-alikes: `n`, `m`)
# a word of four characters or more, each of which may be a Cyrillic letter's look-alike (the quick test)
_LOOK_ALIKE_CHARS = "[" + "".join(sorted({*"".join(_CYRILLIC_PAIRS), *_CYRILLIC_LOOKS})) + "]"
MAY_LOOK_CYRILLIC = re.compile(_LOOK_ALIKE_CHARS + "{4,}")
_ALL_LOOK_ALIKE = re.compile(_LOOK_ALIKE_CHARS + "+")


def cyrillic_looks(word: str, shortest: int = 4) -> list[tuple[str, str]]:
    """`word` read as the Cyrillic letters its Latin letters and digits look like, each way it may be read
    (`_CYRILLIC_LOOKS`), with that reading romanised: (Cyrillic, romanised); none when a letter has no look-alike
    or the word is shorter than `shortest` characters."""
    if len(word) < shortest or _ALL_LOOK_ALIKE.fullmatch(word) is None:
        return []
    pieces = _LOOKS_PIECE.findall(word)
    if sum(map(len, pieces)) != len(word):
        return []
    out = [""]
    for piece in pieces:
        choice = _CYRILLIC_PAIRS.get(piece) or _CYRILLIC_LOOKS[piece]
        out = [read + letter for read in out for letter in choice][:_MAX_LOOKS]
    # (Cyrillic's small letters print as Latin capitals, `Н`, `В`, `Т`: the word in one case, or capitalised)
    cased = str.upper if word.isupper() else (lambda read: read[:1] + read[1:].lower())
    return [(cased(read), read.lower().translate(_ROMAN)) for read in out]
