"""The reference tables as folded by the normaliser, read from `data/folded-*.json` instead of folded again.

`normalize.build_vocab` and `lexicon.build_lexicon` fold every entry of `data/*.toml`; that costs a fresh
process more than everything else before its first screening, and the result depends only on the tables and
the code. So `python -m screening._foldgen` stores it, and `tests/test_folded.py` fails when a stored file
differs from what the current tables and code build; a missing or unreadable one is folded again, as the
generator does (slower, never wrong). Each field is stored with its shape: `set` (a frozenset,
sorted), `tuple` (in order), `dict` (string keys) or `pairs` (a dict with tuple keys, as [key, value]
pairs); every JSON array inside a value is a tuple.
"""

from __future__ import annotations

import json
import pathlib
from collections.abc import Iterable
from typing import Any

__all__ = ["TABLES", "fields", "path"]

TABLES = ("vocab", "lexicon")  # `normalize._Vocab` and `lexicon.Lexicon`


def path(table: str) -> pathlib.Path:
    """The stored file of one folded table."""
    return pathlib.Path(__file__).with_name("data") / f"folded-{table}.json"


def _tuples(value: Any) -> Any:
    """JSON arrays back to the tuples they were stored from (recursing only into arrays: it runs per entry)."""
    if type(value) is not list:
        return value
    return tuple([_tuples(item) if type(item) is list else item for item in value])


def _decode(shape: str, value: Any) -> Any:
    """One stored field back to the object it was stored from."""
    if shape == "set":
        return frozenset(value)
    if shape == "dict":
        return {key: _tuples(item) for key, item in value.items()}
    if shape == "tuple":
        return _tuples(value)
    if shape == "pairs":
        return {_tuples(key): _tuples(item) for key, item in value}
    raise ValueError(f"unknown shape {shape!r} in a folded table")


def fields(table: str, names: Iterable[str]) -> dict[str, Any] | None:
    """The keyword arguments of one folded table ("vocab" or "lexicon"), read afresh on every call; None
    when the stored file is missing, unreadable or holds other fields than `names` (the caller then folds
    the tables itself)."""
    try:
        found = {name: _decode(*stored) for name, stored in json.loads(path(table).read_bytes()).items()}
    except (OSError, ValueError, TypeError, AttributeError, RecursionError):  # missing, cut short, other layout
        return None
    return found if found.keys() == set(names) else None
