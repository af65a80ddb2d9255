"""Letters written as digits or symbols (`K@spersky`, `Gr0up`, `K4SP3RSKY L4BS`, `Ku1@shova`): the name as read.

A name disguised to slip past a screener, or typed for fun, writes a letter as the digit or symbol that looks
like it, and a scanner reads some letters as digits (`LA8S`, `6mbH`). Inside a word of two letters or more,
`@` and `4` read a, `$` and `5` s, `0` o, `1` i (and l, in a second reading), `3` e, `7` t, `8` b and `6` g,
where each such digit touches a letter or a symbol standing for one (`4$7rakhan`); a word with two digits
in a row is a code or a number (`1Z999AA1`, `Win10`), not a disguise, and stays as written. The reading is
an alternate name the screener matches too (`screening.normalize`), never a replacement: `Lab5` may be a
name. Pure functions of the text.
"""

from __future__ import annotations

import re

__all__ = ["deleet", "has_leet_symbol"]

_LETTERS = {"@": "a", "4": "a", "$": "s", "5": "s", "0": "o", "1": "i", "3": "e", "7": "t", "8": "b", "6": "g"}
_SYMBOLS = frozenset("@$")  # letters' stand-ins that are no digit
_WORD = re.compile(r"[A-Za-z0-9@$]+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # an address's `@` is no letter (`tokens.mail_addresses`)
_MRZ_LINE = re.compile(r"[A-Z0-9<]+(?:\s+[A-Z0-9<]+)?")  # a machine-readable zone's line or two, nothing else
_MAYBE = re.compile(r"[A-Za-z][@$01345678]|[@$01345678][A-Za-z]")  # what every disguised word holds


def has_leet_symbol(text: str) -> bool:
    """Whether `text` holds a word that `@` or `$` disguises (`K@spersky`, `4$7rakhan`): the word pattern of
    `screening.prefilter` cuts the word there, so only the whole word, read, says whether it reaches the list.
    An e-mail address's `@` is none (`tokens.mail_addresses` reads the address)."""
    if "@" not in text and "$" not in text:
        return False
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    return any(("@" in word or "$" in word) and _read(word) is not None for word in _WORD.findall(text))


def _read(word: str, one: str = "i") -> str | None:
    """The word with its look-alike digits and symbols read as letters (`1` as `one`), in the case of the
    letters around them (`K4SP3RSKY` -> `KASPERSKY`, not a camelCase join), or None when it is no disguise."""
    letters = sum(c.isalpha() for c in word)
    if letters < 2 or letters == len(word):  # (a symbol standing for a letter, `@`, `$`, counts as one below)
        return None
    upper = word.isupper() and sum(c.isupper() for c in word) > 1
    out = []
    for i, c in enumerate(word):
        letter = one if c == "1" else _LETTERS.get(c)
        if c.isdigit():
            before = word[i - 1] if i else ""
            after = word[i + 1] if i + 1 < len(word) else ""
            if before.isdigit() or after.isdigit():
                return None  # a number or a code
            if letter is None or not (before.isalpha() or after.isalpha() or before in _SYMBOLS or after in _SYMBOLS):
                return None
        out.append(c if letter is None else letter.upper() if upper else letter)
    read = "".join(out)
    return read if read != word and read.isalpha() else None


def deleet(text: str) -> tuple[str, ...]:
    """`text` with each disguised word read as letters (see the module docstring): one reading, and a
    second with `1` read as `l` where a `1` was read (`Ku1ashova`, `M1ddle`); () when no word is disguised, or
    in a passport's machine-readable line (`_MRZ_LINE`), where digits are numbers or, in a Russian internal
    passport, letters of its own code (`SERGEEVI3`: `tokens._INTERNAL_CODE`)."""
    if _MAYBE.search(text) is None or "<<" in text and _MRZ_LINE.fullmatch(text.strip()):
        return ()
    readings = []
    for one in ("i", "l"):
        changed = ones = False

        def read(match: re.Match[str]) -> str:
            nonlocal changed, ones
            found = _read(match.group(), one)
            if found is None:
                return match.group()
            changed = True
            ones |= "1" in match.group()
            return found

        out = _WORD.sub(read, text)
        if changed:
            readings.append(out)
        if not ones:
            break
    return tuple(readings)
