"""Token similarity in [0, 1], with an edit budget that grows with token length.

The only module that imports jellyfish's distance functions. Tokens are compared on their romanisation
skeletons (`screening.romanize`). A pair scores:

* 1.0 when the skeletons are equal;
* 1 - d / L for a Damerau-Levenshtein distance d within budget, where L is the longer skeleton's length
  (two letters one apart swapped, `Sovurov` for `Suvorov`, count as one edit, as two neighbours swapped do,
  but not the first letter: `Lukashova` is no `Kulashova`);
  the budget is 0 edits up to 4 letters (short tokens get no fuzzy allowance: `Kaspi` is not `Kasp`),
  1 edit for 5-7 letters, 2 edits from 8 letters on (`Kaspresky`, `Kspersky`, `Kadperskii`);
* one extra edit is allowed when the tokens also sound alike (`screening.phonetic`), since two
  romanisation slips of one sound are common (`Iur'evich` / `Yurievich`);
* 0.0 otherwise, and also when the lengths differ so much that no budget could bridge them.

Inputs longer than `MAX_TOKEN` characters are cut: names have no such tokens, and the cap bounds the
quadratic edit-distance work on junk input.
"""

from __future__ import annotations

import functools

from jellyfish import damerau_levenshtein_distance

from screening.phonetic import phonetic_key

__all__ = ["MAX_TOKEN", "edit_budget", "one_edit_apart", "token_similarity"]

MAX_TOKEN = 64


def edit_budget(length: int) -> int:
    """Edits allowed between tokens whose longer skeleton has `length` letters."""
    if length <= 4:
        return 0
    if length <= 7:
        return 1
    return 2


@functools.lru_cache(maxsize=262_144)
def token_similarity(a: str, b: str) -> float:
    """Similarity of two skeletons in [0, 1] (see the module docstring)."""
    if a == b:
        return 1.0
    a, b = a[:MAX_TOKEN], b[:MAX_TOKEN]
    longer = max(len(a), len(b))
    budget = edit_budget(longer)
    if budget == 0 or abs(len(a) - len(b)) > budget + 1:
        return 0.0
    distance = damerau_levenshtein_distance(a, b)
    if distance == 2 and _jump_swapped(a, b):
        distance = 1  # (one slip of the hand: two letters one apart typed in the wrong order)
    if distance > budget:
        if distance > budget + 1 or phonetic_key(a) != phonetic_key(b):
            return 0.0
    return max(0.0, 1.0 - distance / longer)


def _jump_swapped(a: str, b: str) -> bool:
    """True when `b` is `a` with two letters that have one letter between them swapped (`sovurov` for
    `suvorov`, `chekonuv` for `chekunov`): Damerau-Levenshtein counts two edits. Not the first letter, which
    a typist seldom gets wrong and which so swapped makes other real names (`Lukashova`, `Avinov`). (Only
    here: `one_edit_apart` still counts such a swap as two.)"""
    if len(a) != len(b):
        return False
    apart = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return (len(apart) == 2 and apart[0] > 0 and apart[1] - apart[0] == 2 and a[apart[0]] == b[apart[1]]
            and a[apart[1]] == b[apart[0]])


def one_edit_apart(a: str, b: str) -> bool:
    """True when two words (skeletons, or spellings as written) differ by exactly one edit (a letter
    dropped, added, changed, or two neighbours swapped), whatever their length: what the budget above
    denies words of four letters."""
    return abs(len(a) - len(b)) <= 1 and damerau_levenshtein_distance(a[:MAX_TOKEN], b[:MAX_TOKEN]) == 1
