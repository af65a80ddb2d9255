"""Golden tables: names that must hit a listed party, and names that must stay CLEAR.

`golden/must_hit.csv` (query, expected_ids, min_status, hit_class, reason, xfail): the result must be at
least `min_status` (REVIEW < MATCH) and at least one of the `|`-separated party ids must be among the
hits; when `hit_class` is given (listed_party, affiliate, product), one such hit must be of that class.
`golden/must_not_hit.csv` (query, reason, xfail): the result must be CLEAR.

Every row says why it is there. A row whose `xfail` cell is filled is a known matcher failure: it runs
as a strict xfail, so the day the matcher is fixed the test fails and the mark must go. Queries may
spell invisible or special characters as `\\uXXXX` (see `golden_rows`).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import screening
from screening import HitClass, Status

GOLDEN = Path(__file__).parent / "golden"
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_RANK = {Status.REVIEW: 1, Status.MATCH: 2}


def unescape(text: str) -> str:
    """`\\u00ad` -> the soft hyphen: invisible characters stay readable in the CSV."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def golden_rows(name: str, *columns: str) -> list:
    """The rows of `golden/<name>` as pytest params (id = the query), xfail rows marked strict."""
    with (GOLDEN / name).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    params = []
    for row in rows:
        assert row["reason"].strip(), f"{name}: every row needs a reason: {row}"
        values = [unescape(row[c]) if c in ("query", "input", "comparable") else row[c] for c in columns]
        marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])] if row.get("xfail") else []
        params.append(pytest.param(*values, id=row[columns[0]], marks=marks))
    return params


@pytest.fixture(scope="module")
def screener() -> screening.Screener:
    return screening.Screener()


@pytest.mark.parametrize(("query", "expected_ids", "min_status", "hit_class", "reason"),
                         golden_rows("must_hit.csv", "query", "expected_ids", "min_status", "hit_class", "reason"))
def test_must_hit(screener: screening.Screener, query: str, expected_ids: str, min_status: str, hit_class: str,
                  reason: str) -> None:
    """A listed party's name, however mangled, is flagged and the right party is among the hits."""
    result = screener.screen(query)
    expected = set(expected_ids.split("|"))
    got = [(h.party.id, h.score, h.hit_class.value) for h in result.hits]
    assert _RANK.get(result.status, 0) >= _RANK[Status(min_status)], f"{reason}: {result.status} {got}"
    ours = [h for h in result.hits if h.party.id in expected]
    assert ours, f"{reason}: expected one of {expected}, got {got}"
    if hit_class:
        assert HitClass(hit_class) in {h.hit_class for h in ours}, f"{reason}: expected a {hit_class} hit, got {got}"


@pytest.mark.parametrize(("query", "reason"), golden_rows("must_not_hit.csv", "query", "reason"))
def test_must_not_hit(screener: screening.Screener, query: str, reason: str) -> None:
    """A similar-looking but different name is CLEAR."""
    result = screener.screen(query)
    got = [(h.party.id, h.score, h.hit_class.value) for h in result.hits]
    assert result.status is Status.CLEAR, f"{reason}: {result.status} {got}"


def test_golden_tables_are_large_and_distinct() -> None:
    """The tables keep their size and no query is in both."""
    hit = {unescape(r["query"]) for r in csv.DictReader((GOLDEN / "must_hit.csv").open(encoding="utf-8"))}
    not_hit = {unescape(r["query"]) for r in csv.DictReader((GOLDEN / "must_not_hit.csv").open(encoding="utf-8"))}
    assert len(hit) >= 80 and len(not_hit) >= 80
    assert not hit & not_hit
