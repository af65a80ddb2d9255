"""Phonetic keys for tokens: the only module that imports jellyfish's phonetic encoders.

Metaphone of the romanisation skeleton: `Kaspersky`, `Kasperskiy` and `Caspersky` share `KSPRSK`. Keys
find candidates a spelling slip moved out of the edit budget and let `screening.similarity` allow one
more edit between tokens that sound alike. Inputs are capped at 64 characters.
"""

from __future__ import annotations

import functools

from jellyfish import metaphone

__all__ = ["phonetic_key"]


@functools.lru_cache(maxsize=262_144)
def phonetic_key(skeleton: str) -> str:
    """Metaphone key of a skeleton ("" for tokens without letters)."""
    if not any(c.isalpha() for c in skeleton):
        return ""
    return metaphone(skeleton[:64])
