"""A list version file parsed once and stored as JSON beside it (`<version>.json`), read instead of its TOML.

Parsing TOML is pure Python (`tomllib`, ~9 ms for the newest bundled version, plus ~3 ms to import it), the
largest part of a fresh process's `Screener()`; a released version file never changes (its sha256 is pinned
in `SHA256SUMS`), so its parse can be stored. The stored file has two lines: `{"sha256": ..., "header":
...}` (what `read_list_info` parses: the keys before the first table), then the whole document. It is used
only when its sha256 is that of the bytes just read, so a missing, stale or edited one only costs the TOML
parse again; the parsed values are checked as before. Dates are stored as `{"$date": "YYYY-MM-DD"}`.
`tests/test_listjson.py` fails until every bundled version has its file; `screening._listjsongen` writes them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pathlib
from typing import Any

__all__ = ["DATE_KEY", "document", "header", "path"]

DATE_KEY = "$date"  # a stored date: {"$date": "2024-06-24"}


def path(toml_path: str | os.PathLike[str]) -> pathlib.Path:
    """Where the parsed form of a list version file is stored."""
    return pathlib.Path(toml_path).with_suffix(".json")


def _revive(obj: dict[str, Any]) -> Any:
    """A stored date back to a `datetime.date`; any other object as it is."""
    return dt.date.fromisoformat(obj[DATE_KEY]) if len(obj) == 1 and DATE_KEY in obj else obj


def _stored(toml_path: str | os.PathLike[str], sha256: str) -> tuple[dict[str, Any], bytes] | None:
    """The first line of the stored parse (read) and its second (unread), or None when there is none for
    exactly these bytes."""
    try:
        data = path(toml_path).read_bytes()
    except OSError:
        return None
    first, _, rest = data.partition(b"\n")
    try:
        head = json.loads(first, object_hook=_revive)
    except ValueError:  # not ours, or cut short: parse the TOML instead
        return None
    return (head, rest) if head.get("sha256") == sha256 and rest else None


def header(toml_path: str | os.PathLike[str], sha256: str) -> dict[str, Any] | None:
    """The stored parse of the file's header (the keys before its first table), if it is of these bytes."""
    stored = _stored(toml_path, sha256)
    return None if stored is None else stored[0]["header"]


def document(toml_path: str | os.PathLike[str], sha256: str) -> dict[str, Any] | None:
    """The stored parse of the whole file, if it is of these bytes."""
    stored = _stored(toml_path, sha256)
    return None if stored is None else json.loads(stored[1], object_hook=_revive)
