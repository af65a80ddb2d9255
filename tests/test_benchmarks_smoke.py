"""Smoke tests for the benchmark scripts: each runs end to end on a tiny input, so a broken script fails CI.

Nothing here asserts a number: speed is never a timed test, and quality is judged by `benchmarks/quality.py`
on the development set, not here.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(autouse=True)
def _bench_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCH))


@pytest.fixture
def labelled_csv(tmp_path: Path) -> Path:
    """A five-row labelled CSV: two positives built from the bundled list, three negatives."""
    import screening

    parties = screening.Screener().watchlist.parties
    org = next(p for p in parties if p.kind == "organization")
    person = next(p for p in parties if p.kind == "person")
    rows = [
        (org.name, org.id, "exact"),
        (person.name, person.id, "person_exact"),
        ("Acme Widgets Ltd", "", "neg_real_us_listed"),
        ("Maple Timber Logistics GmbH", "", "neg_lookalike_org"),
        ("\u200b", "", "neg_lookalike_org"),
    ]
    path = tmp_path / "tiny.csv"
    _write(path, ("query", "expected_party_id", "family"), rows)
    _write(tmp_path / "ambiguous_dev.csv", ("query", "expected_party_id", "family"), [("Acme Lab", "", "ambiguous: x")])
    return path


def _write(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def test_read_labelled_keeps_query_and_ids(labelled_csv: Path) -> None:
    """The CSV reader keeps the query unstripped and splits accepted ids."""
    from _common import read_labelled

    rows = read_labelled(labelled_csv)
    assert len(rows) == 5
    assert rows[4].query == "\u200b"
    assert rows[0].positive and not rows[2].positive


def test_best_f1_sweeps_exactly() -> None:
    """best_f1 finds the threshold that separates positives from negatives."""
    from _common import Outcome, Row, best_f1

    rows = [Row("a", ("x",), "f"), Row("b", ("x",), "f"), Row("c", (), "neg_f")]
    outs = [Outcome(True, 0.9, "x"), Outcome(True, 0.8, "x"), Outcome(False, 0.5)]
    assert best_f1(rows, outs) == (1.0, 0.8)


def test_supplier_names_are_deterministic_and_unique() -> None:
    """The synthetic supplier workload is the same on every run and has no duplicates."""
    from _common import supplier_names

    names = supplier_names(500)
    assert names == supplier_names(500)
    assert len(set(names)) == 500


def test_quality_runs(labelled_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """quality.py prints the summary and the PASS/FAIL block on a tiny CSV."""
    import quality

    assert quality.main([str(labelled_csv)]) == 0
    out = capsys.readouterr().out
    assert "right party" in out and "overall:" in out and "ambiguous" in out


def test_compare_runs(labelled_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """compare.py runs screening and the OFAC-style scorer (nomenklatura skipped for speed)."""
    import compare

    assert compare.main([str(labelled_csv), "--no-nomenklatura"]) == 0
    out = capsys.readouterr().out
    assert "ofac-style @ 0.85" in out and "screening" in out


def test_pairs_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """pairs.py scores a tiny pair file with screening.compare."""
    import pairs

    path = tmp_path / "pairs.csv"
    _write(path, ("name1", "name2", "is_match", "schema"), [
        ("Acme Widgets Ltd", "ACME WIDGETS LIMITED", "1", "Company"),
        ("Acme Widgets Ltd", "Apex Gadgets Inc", "0", "Company"),
        ("Sergei Petrov", "Sergey Petrov", "1", "Person"),
        ("Сергей Петров", "Svetlana Popova", "0", "Person"),
    ])
    assert pairs.main([str(path), "--no-nomenklatura"]) == 0
    assert "screening.compare" in capsys.readouterr().out


def test_pair_file_is_well_formed() -> None:
    """The committed pair file parses, has at least 300 pairs, both labels and both schemas."""
    import pairs

    rows = pairs.read_pairs(BENCH / "data" / "pairs.csv")
    assert len(rows) >= 300
    assert {p.schema for p in rows} == {"Company", "Person"}
    assert {p.is_match for p in rows} == {True, False}


def test_speed_runs_small(capsys: pytest.CaptureFixture[str]) -> None:
    """speed.py runs end to end on a tiny workload and a tiny synthetic list (no timing asserted)."""
    import speed

    argv = ["--n", "200", "--latency-n", "40", "--big-parties", "40", "--big-aliases", "120", "--no-cold", "--no-peers"]
    assert speed.main(argv) == 0
    assert "synthetic list" in capsys.readouterr().out


def test_synthetic_list_loads(tmp_path: Path) -> None:
    """The synthetic list file is a valid list with the requested party and alias counts."""
    import screening
    import speed

    path = tmp_path / "syn.toml"
    speed.write_synthetic_list(path, 20, 60)
    wl = screening.load_list(path)
    assert len(wl.parties) == 20
    assert sum(len(p.names) for p in wl.parties) >= 60


def test_a_missing_development_set_is_named_with_what_to_pass(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A clone without the development set beside it got a traceback from `compare.py` and `quality.py`."""
    import _common

    missing = tmp_path / "shared" / "eval-dev" / "dev.csv"
    monkeypatch.setattr(_common, "DEFAULT_CSV", missing)
    with pytest.raises(SystemExit, match="not beside this checkout.*benchmarks/data/independent-a.csv"):
        _common.read_labelled(missing)
