"""Typing slips: the one-slip misspellings of a word that a person keying it in commonly makes.

A typist drops a letter (`Limted`), doubles one (`LLLC`), swaps two next to each other (`Lbas`,
`Incorproated`) or strikes the key next to the one meant (`Lsbs`: s beside a on a QWERTY keyboard). The
first letter is rarely the one mistyped, and it is what tells most words apart, so no slip here touches it.
The normaliser uses these to read a mistyped legal form as the form (`screening.normalize._misread`) and a
mistyped short domain word as the word (`_typo_keys`); pure functions of the word.
"""

from __future__ import annotations

__all__ = ["NEIGHBOURS", "doubled", "slips", "struck_or_swapped"]

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiouy")


def _neighbours() -> dict[str, str]:
    """Each letter's neighbouring keys on a QWERTY keyboard (each row sits a little right of the one above:
    `a` touches q, w, s and z)."""
    out: dict[str, str] = {}
    for r, row in enumerate(_ROWS):
        for c, key in enumerate(row):
            near = [(r, c - 1), (r, c + 1), (r - 1, c), (r - 1, c + 1), (r + 1, c - 1), (r + 1, c)]
            out[key] = "".join(_ROWS[i][j] for i, j in near if 0 <= i < len(_ROWS) and 0 <= j < len(_ROWS[i]))
    return out


NEIGHBOURS = _neighbours()  # letter -> the letters of the keys around it


def doubled(word: str) -> set[str]:
    """`word` with one of its letters typed twice (`llc` -> `lllc`, `lllc` is a slip of it)."""
    return {word[:i + 1] + word[i:] for i in range(len(word))} - {word}


def struck_or_swapped(word: str, *, vowels: bool = True) -> set[str]:
    """`word` with a letter after the first struck as a neighbouring key, or two letters after the first
    swapped (`labs` -> `lsbs`, `lbas`); with `vowels` False, never a vowel struck for another letter (in a
    short word that is how slips make real words: `intl` -> `into`, `grup` -> `grip`)."""
    out = {word[:i] + near + word[i + 1:] for i in range(1, len(word)) for near in NEIGHBOURS.get(word[i], "")
           if vowels or near not in _VOWELS}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)}
    out.discard(word)
    return out


def slips(word: str) -> set[str]:
    """Every one-slip misspelling of `word` that keeps its first letter: a later letter dropped, a letter
    doubled, a later letter struck as its neighbour key, or two later letters swapped (`limited` ->
    `limted`, `limitted`, `limitrd`, `lmiited`)."""
    dropped = {word[:i] + word[i + 1:] for i in range(1, len(word))}
    return (dropped | doubled(word) | struck_or_swapped(word)) - {word}
