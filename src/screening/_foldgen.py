"""Write `data/folded-*.json` (read by `screening._folded`): the reference tables folded by the current code.

Regenerate after changing `data/*.toml`, `screening.tokens`, `screening.romanize` or the table folding in
`screening.normalize` / `screening.lexicon` (`tests/test_folded.py` fails until you do):

    PYTHONPATH=src python -m screening._foldgen
"""

from __future__ import annotations

import json
from typing import Any

import attrs

from screening import _folded
from screening.lexicon import build_lexicon
from screening.normalize import build_vocab

__all__ = ["render", "write"]

_BUILDERS = {"vocab": build_vocab, "lexicon": build_lexicon}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _field(value: Any) -> str:
    """One field as `[shape, value]`, one entry per line so that a table change reads as a small diff."""
    if isinstance(value, frozenset):
        return '["set", [\n' + ",\n".join(_json(v) for v in sorted(value)) + "]]"
    if isinstance(value, tuple):
        return '["tuple", [\n' + ",\n".join(_json(v) for v in value) + "]]"
    if not isinstance(value, dict):
        raise TypeError(f"cannot store a {type(value).__name__}")
    if all(isinstance(key, str) for key in value):
        return '["dict", {\n' + ",\n".join(f"{_json(k)}:{_json(v)}" for k, v in value.items()) + "}]"
    return '["pairs", [\n' + ",\n".join(_json([k, v]) for k, v in value.items()) + "]]"


def render(table: str) -> str:
    """The text of one `data/folded-<table>.json`, folded from the tables by the current code."""
    obj: Any = _BUILDERS[table]()
    return "{\n" + ",\n".join(f"{_json(f.name)}: {_field(getattr(obj, f.name))}"
                              for f in attrs.fields(type(obj))) + "}\n"


def write() -> None:
    """Regenerate every `data/folded-*.json`."""
    for table in _folded.TABLES:
        _folded.path(table).write_text(render(table), encoding="utf-8")


if __name__ == "__main__":
    write()
