"""Write the stored parse (`screening._listjson`) of every version file in the given list directories.
Run it after adding a version to a bundled list (`tests/test_listjson.py` fails until you do):

    PYTHONPATH=src python -m screening._listjsongen lists/kaspersky
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import pathlib
import sys
import tomllib
from typing import Any

from screening import _listjson
from screening.listfile import _header

__all__ = ["render", "write"]


def _plain(value: Any) -> Any:
    """A parsed TOML value as JSON data; refuses what `_revive` could not give back exactly."""
    if isinstance(value, dict):
        if _listjson.DATE_KEY in value:
            raise ValueError(f"a table with a {_listjson.DATE_KEY!r} key cannot be stored")
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, (dt.datetime, dt.time)):
        raise ValueError(f"only dates can be stored, not {type(value).__name__} {value!r}")
    if isinstance(value, dt.date):
        return {_listjson.DATE_KEY: value.isoformat()}
    return value


def render(toml_path: str | os.PathLike[str]) -> str:
    """The stored parse of one list version file: the file's sha256 and the digest of the next two lines,
    then its header, then the whole document."""
    data = pathlib.Path(toml_path).read_bytes()
    header = _plain(tomllib.loads(_header(data).decode("utf-8-sig")))
    whole = _plain(tomllib.loads(data.decode("utf-8-sig")))
    body = "\n".join(json.dumps(part, ensure_ascii=False, separators=(",", ":")) for part in (header, whole)) + "\n"
    first = {"sha256": hashlib.sha256(data).hexdigest(), "digest": _listjson.digest(body.encode("utf-8"))}
    return json.dumps(first, separators=(",", ":")) + "\n" + body


def write(directory: str | os.PathLike[str]) -> list[pathlib.Path]:
    """Store the parse of every version file in one list directory; the files written."""
    written = []
    for toml_path in sorted(pathlib.Path(directory).glob("*.toml")):
        target = _listjson.path(toml_path)
        target.write_text(render(toml_path), encoding="utf-8")
        written.append(target)
    return written


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python -m screening._listjsongen LIST_DIR [LIST_DIR ...]")
    for directory in sys.argv[1:]:
        for target in write(directory):
            print(target)
