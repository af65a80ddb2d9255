"""`screening lists` and its subcommands (private; the command line is `screening.cli`).

`lists` prints every bundled list version with its party count and sha256; `lists show` the parties of one
version; `lists diff` what changed between two versions; `lists check` every problem of a list file.
Split from `cli.py` to keep each module near 300 lines; handlers take the parsed arguments and return
the exit code, and raise like the library (`cli.main` turns exceptions into exit codes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from typing import Any

from screening.cli import EXIT_FLAGGED, EXIT_OK, _plural

__all__ = ["run_lists", "run_lists_check", "run_lists_diff", "run_lists_show"]


def run_lists(args: argparse.Namespace) -> int:
    """`screening lists`: every version of every bundled list, with party count and sha256."""
    from screening.bundled import bundled_lists, list_versions, load_list

    for _, path in sorted(bundled_lists().items()):
        for info in list_versions(path):
            parties = len(load_list(path, version=info.version))
            print(f"{info.id}  {info.version}  {parties:>4} parties  sha256 {info.sha256}  {info.title}")
    return EXIT_OK


def _load(spec: str, version: str | None = None, as_of: dt.date | None = None) -> Any:
    """A list from a file or directory, a bundled id, `ID@VERSION`, or a version of the default list."""
    from screening.bundled import bundled_lists, load_list

    bundled = bundled_lists()
    if os.path.exists(spec) or spec in bundled:
        return load_list(spec, version=version, as_of=as_of)
    list_id, at, list_version = spec.partition("@")
    if at and list_id in bundled:
        return load_list(list_id, version=list_version)
    return load_list(None, version=spec)  # a bare version of the default bundled list


def run_lists_show(args: argparse.Namespace) -> int:
    """`screening lists show ID`: the parties of one list version."""
    wl = _load(args.id, args.list_version, args.as_of)
    info = wl.info
    if args.json:
        print(json.dumps({"list": info.to_dict(), "parties": [p.to_dict() for p in wl.parties]}, ensure_ascii=False))
        return EXIT_OK
    print(f"{info.id}@{info.version}  {info.title}  ({len(wl.parties)} parties)")
    print(f"  source {info.source}\n  sha256 {info.sha256}\n  newest action {info.newest_action}")
    for party in wl.parties:
        cites = "; ".join(listing.short for listing in party.listings)
        print(f"{party.id}  {party.kind}  {party.name}  ({len(party.names)} names)  {cites}")
    return EXIT_OK


def run_lists_diff(args: argparse.Namespace) -> int:
    """`screening lists diff OLD NEW`: parties and names added, removed and changed."""
    from screening.listdiff import diff_lists

    old, new = _load(args.old), _load(args.new)
    diff = diff_lists(old, new)
    if args.json:
        print(json.dumps(diff.to_dict(), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{old.info.id}@{diff.old_version} -> {new.info.id}@{diff.new_version}: {len(diff.added)} added, "
          f"{len(diff.removed)} removed, {len(diff.changed)} changed")
    for ref in diff.added:
        print(f"+ {ref.id}  {ref.name} ({ref.kind})")
    for ref in diff.removed:
        print(f"- {ref.id}  {ref.name} ({ref.kind})")
    for change in diff.changed:
        print(f"~ {change.party.id}  {change.party.name}")
        for sign, names in (("+", change.names_added), ("-", change.names_removed)):
            for name in names:
                print(f"    {sign} name {name.text!r} ({name.type.value})")
        for sign, listings in (("+", change.listings_added), ("-", change.listings_removed),
                               ("~", change.listings_changed)):
            for listing in listings:
                print(f"    {sign} listing {listing.short}")
        for field in change.fields_changed:
            print(f"    ~ {field.field}: {field.old!r} -> {field.new!r}")
    return EXIT_OK


def run_lists_check(args: argparse.Namespace) -> int:
    """`screening lists check FILE`: every problem, with file, party and field; exit 1 if any."""
    from screening.listfile import check_list_file

    problems = check_list_file(args.file)
    for problem in problems:
        print(str(problem))
    print(f"{args.file}: {_plural(len(problems), 'problem')}", file=sys.stderr)
    return EXIT_FLAGGED if problems else EXIT_OK
