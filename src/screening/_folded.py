"""The reference tables as folded by the normaliser, read from `data/folded.json` instead of folded again.

`normalize.build_vocab` and `lexicon.build_lexicon` fold every entry of `data/*.toml`; that costs a fresh
process more than everything else before its first screening, and the result depends only on the tables and
the code. So `python -m screening._foldgen` stores it, and `tests/test_folded.py` fails when the stored file
differs from what the current tables and code build. Each field is stored with its shape: `set` (a frozenset,
sorted), `dict` (string keys) or `pairs` (a dict with tuple keys, as [key, value] pairs); every JSON array
inside a value is a tuple.
"""

from __future__ import annotations

import functools
import json
import pathlib
from typing import Any

__all__ = ["PATH", "fields"]

PATH = pathlib.Path(__file__).with_name("data") / "folded.json"


def _tuples(value: Any) -> Any:
    """JSON arrays back to the tuples they were stored from (recursing only into arrays: it runs per entry)."""
    if type(value) is not list:
        return value
    return tuple([_tuples(item) if type(item) is list else item for item in value])


def _decode(shape: str, value: Any) -> Any:
    if shape == "set":
        return frozenset(value)
    if shape == "dict":
        return {key: _tuples(item) for key, item in value.items()}
    if shape == "pairs":
        return {_tuples(key): _tuples(item) for key, item in value}
    raise ValueError(f"{PATH}: unknown shape {shape!r}")


@functools.cache
def _document() -> dict[str, dict[str, dict[str, Any]]]:
    return json.loads(PATH.read_bytes())


def fields(table: str) -> dict[str, Any]:
    """The keyword arguments of the folded `table` ("vocab" or "lexicon"), fresh objects on every call."""
    return {name: _decode(*stored) for name, stored in _document()[table].items()}
