"""Smoke test for `benchmarks/batch.py`: the generator and one measured run work end to end (no timing)."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "batch.py"


def _load():  # noqa: ANN202
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        spec = importlib.util.spec_from_file_location("bench_batch", SCRIPT)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(SCRIPT.parent))


def test_generated_file_has_repeats_and_kaspersky(tmp_path: Path) -> None:
    """The generated master has the requested rows, about 30% repeated names, and valid CSV."""
    bench = _load()
    path = tmp_path / "s.csv"
    bench.generate(path, 20_000)
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    names = [r["Supplier Name"] for r in rows]
    assert len(rows) == 20_000
    assert 0.25 < 1 - len(set(names)) / len(names) < 0.35


def test_one_measured_run(tmp_path: Path) -> None:
    """A measured child run reports rows, rate and memory."""
    bench = _load()
    path = tmp_path / "s.csv"
    bench.generate(path, 3000)
    result = bench.measure(path, 1)
    assert result["rows"] == 3000 and result["rows_per_s"] > 0 and result["rss_mb"] > 0
