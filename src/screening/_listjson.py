"""A list version file parsed once and stored as JSON beside it (`<version>.json`), read instead of its TOML.

Parsing TOML is pure Python (`tomllib`, ~9 ms for the newest bundled version, plus ~3 ms to import it), the
largest part of a fresh process's `Screener()`; a released version file never changes (its sha256 is pinned
in `SHA256SUMS`), so its parse can be stored. The stored file has three lines: `{"sha256": ..., "digest":
...}`, the header (what `read_list_info` parses: the keys before the first table), then the whole
document. `screening.listfile` reads it for the bundled lists only (shipped in the package, as trusted as
its code), and only when `sha256` is that of the TOML bytes just read and `digest` that of its own last two
lines; the parsed values are checked as the TOML's would be, and what fails any of this is read from the
TOML instead. The digest catches damage, not forgery (anyone can recompute it): that is why a `.json`
beside any other list file is never read.
Dates are stored as `{"$date": "YYYY-MM-DD"}`. `tests/test_listjson.py` fails until every bundled version
has its file; `screening._listjsongen` writes them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import pathlib
from typing import Any

__all__ = ["DATE_KEY", "digest", "document", "header", "path"]

DATE_KEY = "$date"  # a stored date: {"$date": "2024-06-24"}


def path(toml_path: str | os.PathLike[str]) -> pathlib.Path:
    """Where the parsed form of a list version file is stored."""
    return pathlib.Path(toml_path).with_suffix(".json")


def _revive(obj: dict[str, Any]) -> Any:
    """A stored date back to a `datetime.date`; any other object as it is (the list checks reject it)."""
    if len(obj) == 1 and isinstance(obj.get(DATE_KEY), str):
        return dt.date.fromisoformat(obj[DATE_KEY])
    return obj


def digest(body: bytes) -> str:
    """What the first line records of the lines after it."""
    return hashlib.sha256(body).hexdigest()


def _stored(toml_path: str | os.PathLike[str], sha256: str) -> tuple[bytes, bytes] | None:
    """The stored header and document (unparsed), or None unless they are intact and of exactly these bytes."""
    try:
        data = path(toml_path).read_bytes()
    except OSError:
        return None
    first, _, body = data.partition(b"\n")
    try:
        head = json.loads(first)
    except (ValueError, RecursionError):  # not ours, or cut short: parse the TOML instead
        return None
    if not (isinstance(head, dict) and head.get("sha256") == sha256 and head.get("digest") == digest(body)):
        return None
    header_line, _, document_line = body.partition(b"\n")
    return header_line, document_line


def _parsed(line: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(line, object_hook=_revive)
    except (ValueError, RecursionError):  # another layout, a bad date, nesting too deep: parse the TOML
        return None
    return value if isinstance(value, dict) else None


def header(toml_path: str | os.PathLike[str], sha256: str) -> dict[str, Any] | None:
    """The stored parse of the file's header (the keys before its first table), if it is of these bytes."""
    stored = _stored(toml_path, sha256)
    return None if stored is None else _parsed(stored[0])


def document(toml_path: str | os.PathLike[str], sha256: str) -> dict[str, Any] | None:
    """The stored parse of the whole file, if it is of these bytes."""
    stored = _stored(toml_path, sha256)
    return None if stored is None else _parsed(stored[1])
