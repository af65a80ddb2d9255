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

The reading is an alternate name the screener matches too (`screening.normalize`), never a replacement.
A short domain word with one letter misread as its look-alike (`Lob` for `Lab`: `look_alike_slips`) is paired
with the listed word as a typing slip is (`normalize.slip_of`). Pure functions of the text.
"""

from __future__ import annotations

import re

__all__ = ["SCANNER_PAIRS", "has_broken_k", "look_alike_slips", "ocr_reading", "pair_readings", "read_word"]

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
