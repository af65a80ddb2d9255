"""Read and hash one list version file (TOML, `lists/README.md`), have it checked, build a `Watchlist`.

Algorithm: read the file's bytes once; the sha256 of exactly those bytes is the version's fingerprint
(`ListInfo.sha256`); `tomllib.loads` the decoded text (or read its stored parse, `screening._listjson`, when
one was stored for exactly those bytes); check it; build the frozen models. A party's
`names` are its primary name (`NameType.PRIMARY`) followed by aliases, former names, native-script names,
transliterations, weak aliases and brands, each with its own confidence (a plain string item takes the
party's). Each `Listing` merges the action the party cites with the party's own listing entry: the entry's
confidence wins over the action's, and the notes are joined (action first, ` | `).

The checks live in `screening._listcheck` (its docstring lists them all), each reported as a `ListFileError`
naming file, party and field (`listings[2].action`): TOML syntax, unknown and missing keys, wrong types
(dates must be TOML dates), unknown `kind`/`basis`/`confidence` values, duplicate ids, dangling action and
party references, inconsistent header dates and version, names that normalise to nothing.

`read_list_file` raises one `ListFileError` for the first problem; `check_list_file` returns them all
(for `screening lists check FILE`); `read_list_info` parses and checks only the header. None caches:
`load_list` (from `screening.bundled`, re-exported here with `list_versions` and `bundled_lists`) selects a
version and caches it.
"""

from __future__ import annotations

import hashlib
import os
import pathlib
import re
from typing import Any

from screening import _listjson
from screening._listcheck import BASES, CONFIDENCES, KINDS, NAME_FIELDS, SCHEMA_VERSIONS  # noqa: F401 -- as before
from screening._gcpause import gc_paused
from screening._listcheck import Checker, check_document, check_header_only
from screening.bundled import bundled_lists, list_versions, load_list
from screening.exceptions import ListFileError, ListNotFoundError
from screening.models import (
    Address,
    Identifier,
    ListInfo,
    Listing,
    NameParts,
    NameType,
    Party,
    PartyName,
    Relation,
)
from screening.watchlist import Watchlist

__all__ = ["bundled_lists", "check_list_file", "list_versions", "load_list", "read_list_file", "read_list_info"]

# Name fields in the order their names follow the primary name; the NameType each one gets.
_NAME_TYPES = dict(zip(NAME_FIELDS, (NameType.ALIAS, NameType.FORMER, NameType.NATIVE,
                                     NameType.TRANSLITERATION, NameType.WEAK, NameType.BRAND), strict=True))


def _read(path: str | os.PathLike[str]) -> tuple[bytes, str]:
    """The file's bytes and their sha256; `ListNotFoundError` if it cannot be read."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise ListNotFoundError(f"{os.fspath(path)}: no such list file") from None
    except IsADirectoryError:
        raise ListNotFoundError(f"{os.fspath(path)}: is a directory, not a list file") from None
    except OSError as error:  # a path through a file, no permission, ...
        raise ListNotFoundError(f"{os.fspath(path)}: cannot be read ({error.strerror or error})") from None
    return data, hashlib.sha256(data).hexdigest()


def _checked(path: str | os.PathLike[str]) -> tuple[dict[str, Any], str, Checker]:
    """Read, hash, parse and check a file; the checker holds every problem found."""
    data, sha = _read(path)
    checker = Checker(os.fspath(path))
    stored = _stored_parse(path)
    doc = None if stored is None else _listjson.document(stored, sha)
    if doc is not None:  # a shortcut only: what does not pass is read again from the bytes
        check_document(checker, doc)
        if not checker.problems:
            return doc, sha, checker
        checker = Checker(os.fspath(path))
    doc = checker.parse(data)
    if doc is not None:
        check_document(checker, doc)
    return doc or {}, sha, checker


def check_list_file(path: str | os.PathLike[str]) -> tuple[ListFileError, ...]:
    """Every problem in a list file, in file order; empty when the file is valid."""
    return tuple(_checked(path)[2].problems)


def read_list_file(path: str | os.PathLike[str]) -> Watchlist:
    """Read, validate and hash one list version file; `ListFileError` names the first problem."""
    with gc_paused():
        doc, sha, checker = _checked(path)
        if checker.problems:
            raise checker.problems[0]
        info = _info(doc, sha, path)
        return Watchlist(info=info, parties=tuple(_party(p, doc["actions"]) for p in doc["parties"]),
                         normalized=checker.normalized)


def read_list_info(path: str | os.PathLike[str]) -> ListInfo:
    """The `ListInfo` of a list file, parsing and checking only its header (for listing versions
    cheaply); the sha256 is still that of the whole file."""
    data, sha = _read(path)
    checker = Checker(os.fspath(path))
    stored = _stored_parse(path)
    doc = None if stored is None else _listjson.header(stored, sha)
    if doc is not None:  # a shortcut only, as in `_checked`
        check_header_only(checker, doc)
        if not checker.problems:
            return _info(doc, sha, path)
        checker = Checker(os.fspath(path))
    head = _header(data)
    doc = checker.parse(head)
    if doc is None and len(head) < len(data):
        # (the cut is a shortcut: a `[` that starts a line inside a multi-line string is no table, so a
        # header that does not parse so is read with the whole file)
        checker = Checker(os.fspath(path))
        doc = checker.parse(data)
    if doc is not None:
        check_header_only(checker, doc)
    if checker.problems:
        raise checker.problems[0]
    return _info(doc or {}, sha, path)


def _stored_parse(path: str | os.PathLike[str]) -> pathlib.Path | None:
    """The version file whose stored parse (`screening._listjson`) may be read: its real path when it is a
    bundled list's (shipped in the package, as trusted as its code), else None. Beside any other file, or
    beside a link to a bundled one, a `.json` could be rewritten with a fitting digest and stand in for the
    TOML whose sha256 a result reports."""
    from screening.bundled import is_bundled  # here: bundled imports this module

    real = pathlib.Path(path).resolve()
    return real if is_bundled(real) else None


def _header(data: bytes) -> bytes:
    """The top-level keys of a list file: every line before its first table (`[...]`)."""
    match = re.search(rb"^[ \t]*\[", data, re.MULTILINE)
    return data if match is None else data[:match.start()]


def _info(doc: dict[str, Any], sha: str, path: str | os.PathLike[str]) -> ListInfo:
    return ListInfo(id=doc["id"], title=doc["title"], version=doc["version"], newest_action=doc["newest_action"],
                    compiled=doc["compiled"], schema_version=doc["schema_version"], sha256=sha,
                    source=os.fspath(path))


def _names(raw: dict[str, Any]) -> tuple[PartyName, ...]:
    """Primary name first, then every other name field in schema order."""
    default = raw["confidence"]
    names = [PartyName(text=raw["name"], type=NameType.PRIMARY, confidence=default)]
    for field, name_type in _NAME_TYPES.items():
        for item in raw.get(field, ()):
            if isinstance(item, str):
                names.append(PartyName(text=item, type=name_type, confidence=default))
            else:
                names.append(PartyName(text=item["name"], type=name_type,
                                       confidence=item.get("confidence", default), note=item.get("note")))
    return tuple(names)


def _listing(entry: dict[str, Any], action: dict[str, Any]) -> Listing:
    """One citation: the action's facts with the party entry's basis, confidence and note."""
    notes = [note for note in (action.get("note"), entry.get("note")) if note]
    return Listing(
        authority=action["authority"], list_name=action["list"], short_name=action["short_name"],
        restricts=action["restricts"], basis=entry.get("basis", "named"), program=action.get("program"),
        instrument=action.get("instrument"), fr_citation=action.get("fr_citation"), fr_doc=action.get("fr_doc"),
        published=action.get("published"), effective=action.get("effective"), url=action.get("url"),
        confidence=entry.get("confidence", action["confidence"]),
        covers_affiliates=action.get("covers_affiliates", False),
        note=" | ".join(notes) or None,
    )


def _party(raw: dict[str, Any], actions: dict[str, dict[str, Any]]) -> Party:
    default = raw["confidence"]
    parts = raw.get("name_parts")
    return Party(
        id=raw["id"], kind=raw["kind"], name=raw["name"], names=_names(raw),
        listings=tuple(_listing(entry, actions[entry["action"]]) for entry in raw["listings"]),
        countries=tuple(raw.get("countries", ())),
        addresses=tuple(Address(full=a["full"], country=a.get("country"), confidence=a.get("confidence", default))
                        for a in raw.get("addresses", ())),
        identifiers=tuple(Identifier(type=i["type"], value=i["value"], confidence=i.get("confidence", default),
                                     note=i.get("note")) for i in raw.get("identifiers", ())),
        birth_dates=tuple(raw.get("birth_dates", ())),
        birth_places=tuple(raw.get("birth_places", ())),
        relations=tuple(Relation(type=r["type"], party=r["party"], confidence=r.get("confidence", default))
                        for r in raw.get("relations", ())),
        confidence=default,
        name_parts=NameParts(given=parts["given"], family=parts["family"], patronymic=parts.get("patronymic"))
        if parts else None,
        role=raw.get("role"),
        notes=raw.get("notes"),
    )
