"""Symmetric-delete neighbourhoods: the indexed words that share a single-letter deletion with a word.

Two words one substitution, insertion, deletion or transposition apart share a key among themselves and
their single-letter deletions (`kasprsky` is a deletion of `kaspersky`; `kaspresky` and `kaspersky` share
`kasprsky`). The candidate index keeps one such table for the anchors and one for their raw spellings.

Most keys belong to a single word, so a key maps to that word itself and only a shared key to a
tuple (the layout of every word table of the index: `grouped` builds one from pairs, `members` reads a
value): building the table for the tens of thousands of anchors of a large list then costs two
C-level passes instead of a set per key.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable

__all__ = ["DeletionIndex", "deletions", "grouped", "members"]


def deletions(word: str) -> set[str]:
    """Every string one letter shorter than `word` (each letter left out once)."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class DeletionIndex:
    """Words keyed by themselves and by each of their single-letter deletions; read-only once built."""

    __slots__ = ("_keys",)

    def __init__(self, words: Iterable[str]) -> None:
        words = list(words)
        # Parallel lists, not pairs: no tuple per key (fewer allocations, no garbage-collector passes).
        # i == len(w) keys the word by itself.
        subkeys = [w[:i] + w[i + 1:] for w in words for i in range(len(w) + 1)]
        owners = [w for w in words for _ in range(len(w) + 1)]
        keys: dict[str, str | tuple[str, ...]] = {}
        # One C-level pass fills the table (the first word under each key) and yields, for every pair, the
        # word its key already had: where that is another word, the key is shared.
        firsts = list(map(keys.setdefault, subkeys, owners))
        shared: dict[str, set[str]] = {}
        for key, word in itertools.compress(zip(subkeys, owners), map(operator.is_not, firsts, owners)):
            shared.setdefault(key, {keys[key]}).add(word)  # type: ignore[arg-type]
        keys.update((k, tuple(v)) for k, v in shared.items())
        self._keys = keys

    def __len__(self) -> int:
        return len(self._keys)

    def near(self, word: str) -> set[str]:
        """Indexed words that equal `word`, or share a single-letter deletion with it, or are one."""
        out: set[str] = set()
        keys = self._keys
        for key in (word, *deletions(word)):
            hit = keys.get(key)
            if hit is None:
                continue
            if type(hit) is str:
                out.add(hit)
            else:
                out.update(hit)
        return out


def grouped(pairs: Iterable[tuple[str, str]]) -> dict[str, str | tuple[str, ...]]:
    """Words by key: the word itself under a key only it has (most keys), else a tuple of them.

    A table of strings only is never tracked by the garbage collector; a tuple per key would be
    (read the values with `members`).
    """
    groups: dict[str, str | tuple[str, ...]] = {}
    shared: dict[str, list[str]] = {}
    for key, word in pairs:
        first = groups.setdefault(key, word)
        if first != word:
            shared.setdefault(key, [first]).append(word)  # type: ignore[list-item]
    groups.update((key, tuple(words)) for key, words in shared.items())
    return groups


def members(found: str | tuple[str, ...] | None) -> tuple[str, ...]:
    """The words of a `grouped` value (none for a missing key)."""
    if found is None:
        return ()
    return (found,) if type(found) is str else found  # type: ignore[return-value]
