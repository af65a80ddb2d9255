"""Typing slips: the one-slip misspellings of a word that a person keying it in commonly makes.

A typist drops a letter (`Limted`), doubles one (`LLLC`), swaps two next to each other (`Incorproated`),
strikes the key next to the one meant (`Lsbs`: s beside a on a QWERTY keyboard) or presses it too
(`Labws`). The first letter is rarely the one mistyped, and it is what tells most words apart, so only
`first_struck` and `fat_fingered` touch it, for callers that check what the slip could be instead. The
normaliser reads a mistyped legal form as the form (`screening.normalize._mistyped`); pure functions of the word.
"""

from __future__ import annotations

__all__ = ["NEIGHBOURS", "RU_NEIGHBOURS", "doubled", "end_slips", "fat_fingered", "first_struck", "slips",
           "struck_or_swapped", "vowel_dropped", "vowelless_slips"]

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_RU_ROWS = ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")  # the Russian ЙЦУКЕН layout's letter rows
_VOWELS = frozenset("aeiouy")


def _neighbours(rows: tuple[str, ...]) -> dict[str, str]:
    """Each letter's neighbouring keys on a keyboard of these rows (each row sits a little right of the one
    above: on QWERTY `a` touches q, w, s and z)."""
    out: dict[str, str] = {}
    for r, row in enumerate(rows):
        for c, key in enumerate(row):
            near = [(r, c - 1), (r, c + 1), (r - 1, c), (r - 1, c + 1), (r + 1, c - 1), (r + 1, c)]
            out[key] = "".join(rows[i][j] for i, j in near if 0 <= i < len(rows) and 0 <= j < len(rows[i]))
    return out


NEIGHBOURS = _neighbours(_ROWS)  # letter -> the letters of the keys around it
RU_NEIGHBOURS = _neighbours(_RU_ROWS)  # the same on the Russian layout (`й` touches ц, ф and ы)


def doubled(word: str) -> set[str]:
    """`word` with a letter after the first typed twice (`llc` -> `lllc`, `llcc`)."""
    return {word[:i + 1] + word[i:] for i in range(1, len(word))} - {word}


def _struck(word: str, start: int, end: int) -> set[str]:
    """`word` with one of its letters from `start` to before `end` struck as a neighbouring key."""
    return {word[:i] + near + word[i + 1:] for i in range(start, end) for near in NEIGHBOURS.get(word[i], "")}


def _swapped(word: str) -> set[str]:
    """`word` with two neighbouring letters after the first swapped."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)}


def slips(word: str) -> set[str]:
    """The one-slip misspellings of a long word that keep its first letter: a letter doubled or two
    swapped, or a letter before the last dropped or struck as its neighbour key (`limited` -> `limted`,
    `limitted`, `lmiited`, `limitrd`). The last letter is neither dropped nor struck: so cut, the word is a
    word cut short (`limite`), and so struck, often another word (`limiter`, `incorporates`)."""
    return _one_slips(word, len(word) - 1)


def _one_slips(word: str, end: int) -> set[str]:
    """`word` with a letter doubled or two swapped, or one from the second up to `end` (excluded) dropped or
    struck as its neighbour key."""
    dropped = {word[:i] + word[i + 1:] for i in range(1, end)}
    return (dropped | doubled(word) | _swapped(word) | _struck(word, 1, end)) - {word}


def struck_or_swapped(word: str) -> set[str]:
    """`word` with one letter after the first struck as its neighbour key, or two after it swapped: the
    slips that keep a short word's length (`igor` -> `igpr`, `iogr`)."""
    return (_swapped(word) | _struck(word, 1, len(word))) - {word}


def first_struck(word: str) -> set[str]:
    """`word` with its first letter struck as its neighbour key (`daniil` -> `xaniil`, `igor` -> `ugor`)."""
    return _struck(word, 0, 1) if word else set()


def fat_fingered(word: str) -> set[str]:
    """`word` with one of its keys pressed with a neighbour, just before or after it, or pressed twice
    (`labs` -> `klabs`, `labws`, `lagbs`, `llabs`)."""
    return {word[:j] + near + word[j:] for i, c in enumerate(word) for near in NEIGHBOURS.get(c, "") + c
            for j in (i, i + 1)} - {word}


def vowel_confused(word: str) -> set[str]:
    """`word` with one vowel between its first and last letters written as another (`incorporated` ->
    `incorparated`, `incorperated`; `limited` -> `limeted`): how a long word is misspelt as it sounds, its
    unstressed vowels heard alike."""
    return {word[:i] + other + word[i + 1:] for i in range(1, len(word) - 1) if word[i] in _VOWELS
            for other in "aeiou" if other != word[i]}


def vowel_dropped(word: str) -> set[str]:
    """`word` with one vowel between its first and last letters dropped (`igor` -> `igr`; not `ior`, which
    drops a consonant and reads as another short name as easily as a slip)."""
    return {word[:i] + word[i + 1:] for i in range(1, len(word) - 1) if word[i] in _VOWELS}


def vowelless_slips(word: str) -> set[str]:
    """The slips of a short word (`struck_or_swapped`) that leave no vowel (`gmbh` -> `gmhh`, `gbmh`; `corp`
    -> `cprp`): in a word of four letters most other slips make real words or names (`corp` -> `crop`,
    `sarl` -> `sarp`)."""
    return {slip for slip in struck_or_swapped(word) if _VOWELS.isdisjoint(slip)}


def end_slips(word: str) -> set[str]:
    """The one-slip misspellings of a short word after its first letter, the last letter included (`inc` ->
    `inx`, `ibc`, `icn`, `ic`): what a short legal form mistyped at the end of a name may be. Most are real
    words or names too, so they are read only where the listed name's form agrees (`screening.scoring`)."""
    return _one_slips(word, len(word))
