"""A listed person's name typed in Cyrillic with one slip of the keyboard (`Тихонов Андрец`): the name as read.

A slip in a Cyrillic word is one letter, but romanised it may be two or four apart (`Андрец` -> `andrets`,
`Тихшнов`, `Борзев`): a letter that romanises as several (ж, х, ц, ч, ш, щ, ю, я) struck as its neighbour key
is out of the reach of the edit budget that meets a slip in a Latin name (`Andrie`, `Dukhvlov`). So a word of
a listed person's Cyrillic name is met one slip away in Cyrillic, before it is romanised: a letter after the
first struck as its neighbour on the ЙЦУКЕН layout (the first one too in a word of five letters or more), a
letter between the first and the last dropped, or doubled or pressed with a neighbour inside the word, two
neighbours after the first swapped. A letter added or dropped at the end is no slip here: it makes another
case or the other sex of the name (`Тихонова`, `Иванову`), which the scorer reads as such. The screener reads
a slip only where the romanised words are further apart than one edit (`Зенин` is Zenin, a name of its own,
one letter from Zenkin in either script: the scorer weighs that).

The reading is an alternate name the screener matches too, at most a REVIEW, with the words read named in
its evidence (`screening.screen`); the rest of the name must still agree. Pure functions and one table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from screening.typos import RU_NEIGHBOURS

__all__ = ["CyrillicSlips", "slips_of"]

_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)
# a Cyrillic word, Latin look-alikes inside it too (`Андрeц`, a Latin e: `_CYRILLIC_OF`)
_MIXED = re.compile(r"[а-яёa-z]*[а-яё][а-яёa-z]*", re.IGNORECASE)
_CYRILLIC_OF = str.maketrans("aceopxykmthbACEOPXYKMTHB", "асеорхукмтнвАСЕОРХУКМТНВ")
_MIN_LETTERS = 4  # a shorter word one slip away is as often another word (`Анна`, `Инна`, `Анне`)
_FIRST_STRUCK = 5  # the first letter tells most words apart: struck only in a word this long


def slips_of(word: str) -> set[str]:
    """The one-slip misspellings of a lower-case Cyrillic word (see the module docstring) that keep its
    length at the end: struck keys, drops and swaps inside, a key doubled or pressed with its neighbour."""
    n = len(word)
    out = {word[:i] + near + word[i + 1:] for i in range(0 if n >= _FIRST_STRUCK else 1, n)
           for near in RU_NEIGHBOURS.get(word[i], "")}
    out.update(word[:i] + word[i + 1:] for i in range(1, n - 1))
    out.update(word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, n - 1))
    out.update(word[:i] + extra + word[i:] for i in range(1, n)
               for extra in {word[i - 1], word[i], *RU_NEIGHBOURS.get(word[i - 1], ""),
                             *RU_NEIGHBOURS.get(word[i], "")})
    out.discard(word)
    out.discard(word[:-1])  # (a doubled last letter dropped, `кирил`, or one added, is a change of ending)
    return {slip for slip in out if not slip.startswith(word)}


class CyrillicSlips:
    """The lower-case Cyrillic words of listed persons' names, and every slip of each (`slips_of`) -> the
    word it slips from (a slip of two listed words reads as neither)."""

    def __init__(self, words: Iterable[str]) -> None:
        listed = {w.lower() for w in words if len(w) >= _MIN_LETTERS}
        slips: dict[str, str] = {}
        for word in sorted(listed):
            for slip in slips_of(word):
                if slip not in listed:
                    slips[slip] = "" if slips.get(slip, word) != word else word
        self._slips = {slip: word for slip, word in slips.items() if word}

    @classmethod
    def of_names(cls, texts: Iterable[str]) -> CyrillicSlips:
        """From listed names as written (the Cyrillic words of each)."""
        return cls(word for text in texts for word in _WORD.findall(text))

    def read(self, text: str, keep: Callable[[str, str], bool]) -> tuple[str, tuple[tuple[str, str], ...]]:
        """`text` with each Cyrillic word (Latin look-alike letters inside it read as Cyrillic) that is one
        slip of a listed word, and that `keep` (given both in lower case) lets be read, written as that word in
        the case it was written in; and the (word, word written) pairs. ("", ()) when no word is read."""
        if not self._slips:
            return "", ()
        read: list[tuple[str, str]] = []

        def fix(match: re.Match[str]) -> str:
            word = match.group()
            lower = word.translate(_CYRILLIC_OF).lower()
            meant = self._slips.get(lower)
            if meant is None or not keep(lower, meant):
                return word
            written = meant.upper() if word.isupper() and len(word) > 1 else (
                meant.capitalize() if word[0].isupper() else meant)
            read.append((word, written))
            return written

        out = _MIXED.sub(fix, text)
        return (out, tuple(read)) if read else ("", ())
