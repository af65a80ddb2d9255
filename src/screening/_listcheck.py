"""Validate a parsed list file (`lists/README.md`): each problem a `ListFileError` naming file, party, field.

`Checker` collects one file's problems; `check_document` walks a whole document (header, actions, parties),
`check_header_only` the top-level keys of a file cut before its first table (for `read_list_info`). The
schema is data: tables of key -> (check, required) (`_HEADER`, `_ACTION`, `_PARTY`) made from small check
builders (`_scalar`, `_one_of`, `_list_of`, `_table_of`); a check records problems and never raises.
Fields are named as in the file: `listings[2].action`, `actions.<id>.published`.

Checks:
- not UTF-8 text (a BOM is allowed); TOML syntax, with the line, and the party and key of that line when
  visible; an `[actions.<id>]` declared twice is reported as a duplicate action id;
- unknown keys at every level (a typo must not drop a fact silently); missing required keys;
- wrong types (non-empty strings, integers, booleans, arrays, tables; dates must be TOML dates, not strings);
- unknown `kind`, `basis` and `confidence` values;
- header: unsupported `schema_version`; `version` differing from a `YYYY-MM-DD.toml` file name;
  `newest_action` later than `compiled`;
- actions: not a table of tables; an action's `published` later than `newest_action`;
- parties: not an array of tables; duplicate party ids; person-only fields (`birth_dates`, `birth_places`,
  `name_parts`) on organisations; parties without a listing; listings citing an action the file does not
  define, or listed as an affiliate under an action whose scope does not reach affiliates; names that
  `screening.normalize.comparable` reduces to nothing; relations to parties the file does not hold.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeGuard

from screening.countries import COUNTRY_CODES
from screening.exceptions import ListFileError

if TYPE_CHECKING:
    from screening.normalize import NormalizedName

__all__ = ["BASES", "CONFIDENCES", "KINDS", "NAME_FIELDS", "SCHEMA_VERSIONS", "Checker", "check_document",
           "check_header_only"]

SCHEMA_VERSIONS = frozenset({1})
KINDS = ("organization", "person")
BASES = ("named", "affiliate")
CONFIDENCES = ("official", "list_data", "reported", "company_published", "derived", "inferred", "weak", "unverified")
NAME_FIELDS = ("aliases", "former_names", "native_names", "transliterations", "weak_aliases", "brands")
_PERSON_ONLY = ("birth_dates", "birth_places", "name_parts")
_VERSION_STEM = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_TOML_DUPLICATE = re.compile(r"Cannot declare \('actions', '([^']*)'\) twice")
_PARTY_ID_LINE = re.compile(r"""^\s*id\s*=\s*["']([^"']*)["']""")
_KEY_LINE = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")

# A check records problems of one value: (checker, value, party, field) -> None.
_Check = Callable[["Checker", Any, "str | None", str], None]


def _show(value: Any) -> str:
    """A value for an error message: its TOML-ish type and a short repr."""
    text = repr(value)
    return f"{type(value).__name__} {text[:60] + '...' if len(text) > 60 else text}"


def _scalar(test: Callable[[Any], bool], what: str) -> _Check:
    def check(checker: Checker, value: Any, party: str | None, field: str) -> None:
        if not test(value):
            checker.fail(f"must be {what}, got {_show(value)}", party, field)
    return check


def _is_text(value: Any) -> TypeGuard[str]:
    return isinstance(value, str) and bool(value.strip())


def _is_date(value: Any) -> TypeGuard[dt.date]:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def _one_of(values: tuple[str, ...]) -> _Check:
    def check(checker: Checker, value: Any, party: str | None, field: str) -> None:
        if value not in values:
            checker.fail(f"unknown value {value!r}; expected one of {', '.join(values)}", party, field)
    return check


def _list_of(item: _Check) -> _Check:
    def check(checker: Checker, value: Any, party: str | None, field: str) -> None:
        if not isinstance(value, list):
            checker.fail(f"must be an array, got {_show(value)}", party, field)
            return
        for index, element in enumerate(value):
            item(checker, element, party, f"{field}[{index}]")
    return check


def _table_of(spec: dict[str, tuple[_Check, bool]], *, text_ok: bool = False) -> _Check:
    def check(checker: Checker, value: Any, party: str | None, field: str) -> None:
        if text_ok and isinstance(value, str):
            _TEXT(checker, value, party, field)
        else:
            checker.table(value, spec, party, field)
    return check


_TEXT = _scalar(_is_text, "a non-empty string")
_DATE = _scalar(_is_date, "a TOML date such as 2024-06-24 (unquoted)")
_BOOL = _scalar(lambda v: isinstance(v, bool), "true or false")
_INT = _scalar(lambda v: isinstance(v, int) and not isinstance(v, bool), "an integer")
_CONFIDENCE = _one_of(CONFIDENCES)


def _checked_elsewhere(checker: Checker, value: Any, party: str | None, field: str) -> None:
    """Placeholder for `actions` and `parties`, which `_check_actions` / `_check_parties` walk."""


# Schema tables: key -> (check, required). Keys not in a table are errors.
_HEADER: dict[str, tuple[_Check, bool]] = {
    "schema_version": (_INT, True), "id": (_TEXT, True), "title": (_TEXT, True), "version": (_TEXT, True),
    "newest_action": (_DATE, True), "compiled": (_DATE, True), "description": (_TEXT, False),
    "actions": (_checked_elsewhere, True), "parties": (_checked_elsewhere, True),
}
_ACTION: dict[str, tuple[_Check, bool]] = {
    "authority": (_TEXT, True), "list": (_TEXT, True), "short_name": (_TEXT, True), "restricts": (_TEXT, True),
    "confidence": (_CONFIDENCE, True), "covers_affiliates": (_BOOL, False), "program": (_TEXT, False),
    "instrument": (_TEXT, False), "fr_citation": (_TEXT, False), "fr_doc": (_TEXT, False),
    "published": (_DATE, False), "effective": (_DATE, False), "url": (_TEXT, False), "note": (_TEXT, False),
}
_NAME_ITEM = _table_of({"name": (_TEXT, True), "confidence": (_CONFIDENCE, False), "note": (_TEXT, False)},
                       text_ok=True)
_PARTY: dict[str, tuple[_Check, bool]] = {
    "id": (_TEXT, True), "kind": (_one_of(KINDS), True), "name": (_TEXT, True), "confidence": (_CONFIDENCE, True),
    **{field: (_list_of(_NAME_ITEM), False) for field in NAME_FIELDS},
    "countries": (_list_of(_TEXT), False),
    "addresses": (_list_of(_table_of({"full": (_TEXT, True), "country": (_TEXT, False),
                                      "confidence": (_CONFIDENCE, False)})), False),
    "identifiers": (_list_of(_table_of({"type": (_TEXT, True), "value": (_TEXT, True),
                                        "confidence": (_CONFIDENCE, False), "note": (_TEXT, False)})), False),
    "birth_dates": (_list_of(_DATE), False),
    "birth_places": (_list_of(_TEXT), False),
    "name_parts": (_table_of({"given": (_TEXT, True), "family": (_TEXT, True), "patronymic": (_TEXT, False)}),
                   False),
    "role": (_TEXT, False),
    "relations": (_list_of(_table_of({"type": (_TEXT, True), "party": (_TEXT, True),
                                      "confidence": (_CONFIDENCE, False)})), False),
    "notes": (_TEXT, False),
    "listings": (_list_of(_table_of({"action": (_TEXT, True), "basis": (_one_of(BASES), False),
                                     "confidence": (_CONFIDENCE, False), "note": (_TEXT, False)})), True),
}


class Checker:
    """Collects every problem of one list file as a `ListFileError` naming file, party and field."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[ListFileError] = []
        self.normalized: dict[str, NormalizedName] = {}  # name text -> its normalisation, reused by the index

    def fail(self, message: str, party: str | None = None, field: str | None = None) -> None:
        self.problems.append(ListFileError(message, path=self.path, party=party, field=field))

    def parse(self, data: bytes) -> dict[str, Any] | None:
        """The TOML document, or None after recording a syntax error with its line (and party)."""
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            self.fail(f"not UTF-8 text: {exc}")
            return None
        import tomllib  # here: a bundled list's stored parse (`screening._listjson`) needs no TOML parser

        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            self._syntax_error(str(exc), text)
            return None

    def _syntax_error(self, message: str, text: str) -> None:
        line = _TOML_LINE.search(message)
        lineno = int(line.group(1)) if line else None
        duplicate = _TOML_DUPLICATE.search(message)
        if duplicate:
            self.fail(f"duplicate action id {duplicate.group(1)!r} ({message})", None, f"actions.{duplicate.group(1)}")
            return
        party = _party_at(text, lineno) if lineno else None
        lines = text.splitlines()
        key = _KEY_LINE.match(lines[lineno - 1]) if lineno and lineno <= len(lines) else None
        self.fail(f"TOML syntax error: {message}", party, key.group(1) if key else None)

    def table(self, value: Any, spec: dict[str, tuple[_Check, bool]], party: str | None, field: str | None) -> bool:
        """Check one table's keys (unknown, missing) and each value's type; False if it is not a table."""
        if not isinstance(value, dict):
            self.fail(f"must be a table, got {_show(value)}", party, field)
            return False
        prefix = f"{field}." if field else ""
        for key in value:
            if key not in spec:
                self.fail(f"unknown key {key!r}; allowed: {', '.join(spec)}", party, prefix + key)
        for key, (check, required) in spec.items():
            if key in value:
                check(self, value[key], party, prefix + key)
            elif required:
                self.fail("missing required key", party, prefix + key)
        return True


def _party_at(text: str, lineno: int) -> str | None:
    """The id of the `[[parties]]` block that contains line `lineno`, if it can be seen."""
    lines = text.splitlines()[:lineno]
    starts = [i for i, line in enumerate(lines) if line.strip() == "[[parties]]"]
    if not starts:
        return None
    for line in lines[starts[-1] + 1:]:
        match = _PARTY_ID_LINE.match(line)
        if match:
            return match.group(1)
    return f"parties[{len(starts) - 1}]"


def check_document(checker: Checker, doc: dict[str, Any]) -> None:
    """Record every problem of a parsed list document: header, then actions, then parties."""
    if not checker.table(doc, _HEADER, None, None):
        return
    _check_header(checker, doc)
    actions = _check_actions(checker, doc)
    _check_parties(checker, doc, actions)


def check_header_only(checker: Checker, doc: dict[str, Any]) -> None:
    """Record every problem of the top-level keys of a list file cut before its first table."""
    # the tables (actions, parties) were cut off on purpose, or sit in the header as inline values (`actions =
    # {...}`) and are read with the whole file: check the header keys only
    header = {key: value for key, value in _HEADER.items() if key not in ("actions", "parties")}
    doc = {key: value for key, value in doc.items() if key not in ("actions", "parties")}
    if checker.table(doc, header, None, None):
        _check_header(checker, doc)


def _check_header(checker: Checker, doc: dict[str, Any]) -> None:
    schema_version = doc.get("schema_version")
    if isinstance(schema_version, int) and schema_version not in SCHEMA_VERSIONS:
        checker.fail(f"unsupported schema_version {schema_version}; this library reads {sorted(SCHEMA_VERSIONS)}",
                     None, "schema_version")
    stem = os.path.splitext(os.path.basename(checker.path))[0]
    if _VERSION_STEM.match(stem) and doc.get("version") != stem:
        checker.fail(f"version {doc.get('version')!r} does not match the file name {stem!r}", None, "version")
    newest, compiled = doc.get("newest_action"), doc.get("compiled")
    if _is_date(newest) and _is_date(compiled) and newest > compiled:
        checker.fail(f"newest_action {newest} is later than compiled {compiled}", None, "newest_action")


def _check_actions(checker: Checker, doc: dict[str, Any]) -> dict[str, bool]:
    """Check every `[actions.<id>]` table; each action id with whether its scope reaches affiliates (none when
    the table is missing: reported already)."""
    actions = doc.get("actions", {})
    if not isinstance(actions, dict):
        checker.fail(f"must be a table of actions ([actions.<id>]), got {_show(actions)}", None, "actions")
        return {}
    newest = doc.get("newest_action")
    for action_id, action in actions.items():
        field = f"actions.{action_id}"
        if checker.table(action, _ACTION, None, field):
            published = action.get("published")
            if _is_date(published) and _is_date(newest) and published > newest:
                checker.fail(f"published {published} is later than newest_action {newest}", None, f"{field}.published")
    return {action_id: isinstance(action, dict) and action.get("covers_affiliates") is True
            for action_id, action in actions.items()}


def _check_parties(checker: Checker, doc: dict[str, Any], actions: dict[str, bool]) -> None:
    """Check every `[[parties]]` table, duplicate ids, and relations to parties of this file."""
    parties = doc.get("parties", [])  # missing: reported already
    if not isinstance(parties, list):
        checker.fail(f"must be an array of tables ([[parties]]), got {_show(parties)}", None, "parties")
        return
    first: dict[str, int] = {}
    labelled = []
    for index, party in enumerate(parties):
        has_id = isinstance(party, dict) and _is_text(party.get("id"))
        label = party["id"] if has_id else f"parties[{index}]"
        if not checker.table(party, _PARTY, label, None):
            continue
        if has_id and label in first:
            checker.fail(f"duplicate party id (first defined at parties[{first[label]}])", label, "id")
        first.setdefault(label, index)
        _check_party(checker, party, label, actions)
        labelled.append((label, party))
    for label, party in labelled:
        relations = party.get("relations")
        for index, relation in enumerate(relations if isinstance(relations, list) else ()):
            target = relation.get("party") if isinstance(relation, dict) else None
            if _is_text(target) and target not in first:
                checker.fail(f"relation to unknown party {target!r}", label, f"relations[{index}].party")


def _check_party(checker: Checker, party: dict[str, Any], label: str, actions: dict[str, bool]) -> None:
    if party.get("kind") == "organization":
        for field in _PERSON_ONLY:
            if field in party:
                checker.fail(f"{field} is for persons only (kind is 'organization')", label, field)
    _check_countries(checker, party, label)
    listings = party.get("listings")
    if isinstance(listings, list) and not listings:
        checker.fail("no listing: every party needs at least one cited action", label, "listings")
    for index, listing in enumerate(listings if isinstance(listings, list) else ()):
        action = listing.get("action") if isinstance(listing, dict) else None
        if _is_text(action) and action not in actions:
            checker.fail(f"unknown action {action!r}; this file defines: {', '.join(sorted(actions)) or 'none'}",
                         label, f"listings[{index}].action")
        elif _is_text(action) and listing.get("basis") == "affiliate" and not actions[action]:
            # (its citations would say the action reaches the party, which its scope language does not)
            checker.fail(f"basis 'affiliate' under action {action!r}, whose scope does not reach affiliates "
                         "(covers_affiliates is not true): cite an action that covers them, or basis 'named'",
                         label, f"listings[{index}].basis")
    _check_names(checker, party, label)


def _check_countries(checker: Checker, party: dict[str, Any], label: str) -> None:
    """Every country is an ISO 3166-1 alpha-2 code as the screener compares them (`RUS` or `ru` matched no
    `country` given, and read as a conflict)."""
    countries = party.get("countries")
    addresses = party.get("addresses")
    found = [(f"countries[{i}]", code) for i, code in enumerate(countries if isinstance(countries, list) else ())]
    for i, address in enumerate(addresses if isinstance(addresses, list) else ()):
        if isinstance(address, dict):
            found.append((f"addresses[{i}].country", address.get("country")))
    for field, code in found:
        if _is_text(code) and code not in COUNTRY_CODES:
            checker.fail(f"country {code!r} is not an ISO 3166-1 alpha-2 code in capitals (such as RU, GB)", label,
                         field)


def _check_names(checker: Checker, party: dict[str, Any], label: str) -> None:
    """Every name must keep something screenable after normalisation."""
    from screening.normalize import normalize  # imported here: normalize imports nothing from listfile
    names = [("name", party.get("name"))]
    for field in NAME_FIELDS:
        items = party.get(field)
        for index, item in enumerate(items if isinstance(items, list) else ()):
            names.append((f"{field}[{index}]", item.get("name") if isinstance(item, dict) else item))
    for field, text in names:
        if not _is_text(text):
            continue
        norm = checker.normalized.get(text)
        if norm is None:
            norm = checker.normalized[text] = normalize(text)
        if not norm.tokens or not norm.screenable:  # `comparable(text)` is empty
            checker.fail(f"name {text!r} normalises to nothing screenable", label, field)
