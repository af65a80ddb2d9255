"""The folded reference tables stored in `data/folded-*.json` are exactly what the tables and code build."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path, PurePosixPath
from typing import Any

import attrs
import pytest

from screening import _foldgen, _folded
from screening.lexicon import build_lexicon, lexicon
from screening.normalize import _vocab, build_vocab

REPO = Path(__file__).resolve().parents[1]


def _same(stored: Any, built: Any) -> None:
    """Equal field by field, with the same types and the same dict order (a dict's order is its priority)."""
    assert type(stored) is type(built)
    for field in attrs.fields(type(built)):
        got, want = getattr(stored, field.name), getattr(built, field.name)
        assert type(got) is type(want) and got == want, field.name
        if isinstance(want, dict):
            assert list(got.items()) == list(want.items()), field.name


@pytest.mark.parametrize("table", _folded.TABLES)
def test_stored_file_is_current(table: str) -> None:
    """Each checked-in file is what `python -m screening._foldgen` writes now."""
    stored = _folded.path(table).read_text(encoding="utf-8")
    assert stored == _foldgen.render(table), \
        f"data/folded-{table}.json is stale: run `PYTHONPATH=src python -m screening._foldgen`"


def test_stored_tables_equal_the_built_ones() -> None:
    """What the normaliser and the lexicon read back equals what folding the tables builds."""
    _same(_vocab(), build_vocab())
    _same(lexicon(), build_lexicon())


def test_package_data_ships_the_files() -> None:
    """The wheel carries every `data/folded-*.json` (pyproject package-data)."""
    with (REPO / "pyproject.toml").open("rb") as f:
        globs = tomllib.load(f)["tool"]["setuptools"]["package-data"]["screening"]
    for table in _folded.TABLES:
        assert any(PurePosixPath(f"data/folded-{table}.json").match(glob) for glob in globs), table


def test_cold_start_reads_the_stored_tables() -> None:
    """A fresh process screening one name neither parses nor folds the tables, nor loads batch or list diffs."""
    code = ("import sys, screening; screening.Screener().screen('Acme Widgets Ltd'); "
            "print(' '.join(sorted(sys.modules)))")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert "screening._folded" in loaded
    assert not loaded & {"screening.tables", "screening._foldgen", "screening.batch", "screening.listdiff"}


@pytest.mark.parametrize("content", [None, b"", b'{"places": ["set", [', b"[1, 2]", b'{"places": ["cube", []]}', b"{}",
                                     b'{"places": ["set", []]}', b"[" * 100_000])
def test_a_missing_or_broken_stored_table_is_folded_again(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                          content: bytes | None) -> None:
    """No stored file, or one cut short, of another layout or with other fields (an older release's): the
    tables are folded as the generator does."""
    stored = tmp_path / "folded.json"
    if content is not None:
        stored.write_bytes(content)
    monkeypatch.setattr(_folded, "path", lambda table: stored)
    assert _folded.fields("vocab", attrs.fields_dict(type(build_vocab()))) is None
    _vocab.cache_clear()
    lexicon.cache_clear()
    try:
        _same(_vocab(), build_vocab())
        _same(lexicon(), build_lexicon())
    finally:
        _vocab.cache_clear()
        lexicon.cache_clear()
