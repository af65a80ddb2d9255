"""Batch screening with a stand-in screener: row accounting, ragged rows, output formats, atomicity."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screening import _batchwork
from screening.batch import OUTPUT_COLUMNS, screen_csv, screen_rows
from screening.exceptions import InputFileError, ScreeningError
from screening.models import (
    Evidence, Hit, HitClass, ListInfo, Listing, NameType, PartyRef, ScreeningResult, Status,
)

INFO = ListInfo(id="kaspersky", title="Kaspersky", version="2024-06-24", newest_action=dt.date(2024, 6, 24),
                compiled=dt.date(2024, 7, 1), schema_version=1, sha256="ab" * 32, source="lists/x.toml")
LISTING = Listing(authority="BIS", list_name="Entity List", short_name="BIS Entity List", restricts="exports",
                  fr_citation="89 FR 52362", published=dt.date(2024, 6, 24))


class FakeScreener:
    """Flags any name containing 'kaspersky'; counts its calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any, Any, Any]] = []
        self.watchlist = SimpleNamespace(info=INFO)
        self.config = SimpleNamespace(to_dict=lambda: {"review_threshold": 0.7})

    def screen(self, name: str, *, kind: Any = None, country: Any = None, birth_date: Any = None) -> ScreeningResult:
        self.calls.append((name, kind, country, birth_date))
        norm = " ".join(name.casefold().split())
        hits: tuple[Hit, ...] = ()
        if not norm:
            status = Status.UNSCREENABLE
        elif "kaspersky" in norm:
            status = Status.MATCH
            hits = (Hit(party=PartyRef(id="kl", name="AO Kaspersky Lab", kind="organization"), score=0.97,
                        hit_class=HitClass.LISTED, matched_name="Kaspersky Lab", matched_name_type=NameType.ALIAS,
                        evidence=(Evidence("token", 0.97, norm, "kaspersky lab", "same words"),),
                        citations=(LISTING,)),)
        else:
            status = Status.CLEAR
        return ScreeningResult(query=name, normalized=norm, status=status, hits=hits, near_misses=(),
                               list_info=INFO, config={}, library_version="test")


def run(data: bytes | str, tmp_path: Path, **kwargs: Any) -> tuple[Any, list[list[str]], FakeScreener]:
    if isinstance(data, str):
        data = data.encode()
    src = tmp_path / "in.csv"
    src.write_bytes(data)
    out = tmp_path / "out.csv"
    screener = kwargs.pop("screener", None) or FakeScreener()
    kwargs.setdefault("column", "name")
    summary = screen_csv(src, out, screener=screener, **kwargs)
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh)) if kwargs.get("format", "csv") == "csv" else [json.loads(x) for x in fh]
    return summary, rows, screener


def test_one_output_row_per_input_row(tmp_path: Path) -> None:
    """Every input row comes out once, in order, cells first, then the screening columns."""
    summary, rows, _ = run("id,Name\n1,Acme GmbH\n2,Kaspersky Lab\n3,\n", tmp_path)
    assert rows[0] == ["id", "Name", *OUTPUT_COLUMNS]
    assert [r[:3] for r in rows[1:]] == [["1", "Acme GmbH", "CLEAR"], ["2", "Kaspersky Lab", "MATCH"],
                                         ["3", "", "UNSCREENABLE"]]
    assert rows[2][3:10] == ["0.9700", "kl", "AO Kaspersky Lab", "Kaspersky Lab", "listed_party",
                             "BIS Entity List, 89 FR 52362 (2024-06-24)", "kaspersky@2024-06-24"]
    assert summary.rows_in == summary.rows_out == 3
    assert summary.counts == {"MATCH": 1, "REVIEW": 0, "UNSCREENABLE": 1, "CLEAR": 1}


def test_header_only_gives_header_only(tmp_path: Path) -> None:
    """A file with a header and no rows gives an output with the header and no rows."""
    summary, rows, _ = run("name\n", tmp_path)
    assert rows == [["name", *OUTPUT_COLUMNS]] and summary.rows_out == 0


def test_missing_column_leaves_no_output(tmp_path: Path) -> None:
    """A missing name column fails listing the columns, before any output exists."""
    with pytest.raises(InputFileError, match="'Vendor', 'Land'"):
        run("Vendor,Land\nA,DE\n", tmp_path)
    assert not (tmp_path / "out.csv").exists()


def test_ragged_rows_are_kept_aligned_and_never_clear(tmp_path: Path) -> None:
    """Short rows are padded, long rows keep extra cells after the result columns; neither is CLEAR."""
    _, rows, _ = run("name,country\nAcme\nBeta,DE,extra\nKaspersky,RU,x\nGamma,FR\n", tmp_path)
    width = 2 + len(OUTPUT_COLUMNS)
    short, long, hit, ok = rows[1:]
    assert short[:3] == ["Acme", "", "UNSCREENABLE"] and len(short) == width
    assert short[-1] == "row 1: 1 fields, the header has 2"
    assert long[:3] == ["Beta", "DE", "UNSCREENABLE"] and long[width:] == ["extra"]
    assert long[width - 1] == "row 2: 3 fields, the header has 2"
    assert hit[2] == "MATCH"
    assert ok[2] == "CLEAR" and ok[width - 1] == ""


def test_blank_lines_are_not_rows(tmp_path: Path) -> None:
    """Blank lines are skipped and counted, not screened."""
    summary, rows, _ = run("id,name\n1,A\n\n2,B\n\n", tmp_path)
    assert [r[1] for r in rows[1:]] == ["A", "B"] and summary.blank_lines == 2


def test_a_blank_line_of_a_one_column_file_is_an_empty_name(tmp_path: Path) -> None:
    """One column: an empty name is written as a blank line, so it is a row (UNSCREENABLE, never dropped), but
    the blank lines at the end are not."""
    summary, rows, _ = run("name\r\nA\r\n\r\nB\r\n\r\n\r\n", tmp_path)
    assert [r[:2] for r in rows[1:]] == [["A", "CLEAR"], ["", "UNSCREENABLE"], ["B", "CLEAR"]]
    assert summary.rows_out == 3 and summary.blank_lines == 2


def test_a_delimiter_at_the_end_of_every_row_is_no_ragged_row(tmp_path: Path) -> None:
    """SAP writes `V1;Acme GmbH;DE;` under a header without it: the empty cell is kept and named in the output's
    header, the rows are not ragged (every row was UNSCREENABLE); a row with a value there still is."""
    rows_in = "".join(f"V{i};Supplier {i} GmbH;DE;\n" for i in range(1, 6)) + "V6;Beta AG;FR;x\n"
    summary, rows, _ = run("id;name;country\n" + rows_in, tmp_path)
    assert [r[3] for r in rows[1:]] == ["CLEAR"] * 5 + ["UNSCREENABLE"] and summary.malformed_rows == 1
    assert len(rows[0]) == len(rows[1]) and rows[1][-1] == ""  # (the empty cell, after the result columns)


def test_one_row_ending_in_an_empty_cell_is_ragged(tmp_path: Path) -> None:
    """A name holding the delimiter, in a row whose last cell is empty (`TIKHONOV, Andrei Gennadyevich,`), is
    one such row, not a file's layout: ragged, so never CLEAR."""
    summary, rows, _ = run('id,name,country\r\n34,TIKHONOV, Andrei Gennadyevich,\r\n35,Acme,DE\r\n', tmp_path)
    assert rows[1][3] != "CLEAR" and summary.malformed_rows == 1


def test_repeated_names_are_screened_once(tmp_path: Path) -> None:
    """A query (name and attributes, exactly as written) is screened once however often it repeats."""
    _, rows, screener = run("name,country\nAcme,DE\nAcme,DE\nACME,DE\nAcme,FR\nAcme,DE\n", tmp_path,
                            country_column="country")
    assert [c[:3] for c in screener.calls] == [("Acme", None, "DE"), ("ACME", None, "DE"), ("Acme", None, "FR")]
    assert len(rows) == 6


@pytest.mark.parametrize("names", [["Tikhonov A.G.", "Tikhonov AG"], ["Tikhonov AG", "Tikhonov A.G."]])
def test_cache_never_lends_one_spelling_anothers_decision(tmp_path: Path, names: list[str]) -> None:
    """Spellings that normalize alike but screen differently each get their own result, in any order."""
    from screening.screen import Screener

    screener = Screener()
    _, rows, _ = run("name\n" + "\n".join(names * 2) + "\n", tmp_path, screener=screener)
    assert [r[1:3] for r in rows[1:]] == [[screener.screen(n).status.value, _score(screener, n)] for n in names * 2]


def _score(screener: Any, name: str) -> str:
    best = screener.screen(name).best
    return f"{best.score:.4f}" if best else ""


def test_cache_generations_stay_bounded() -> None:
    """The cache holds at most two generations of keys."""
    worker = _batchwork._RowScreener(FakeScreener(), evidence=False, cache_rows=10)
    worker.screen_chunk([(f"name {i}", None, None, None) for i in range(55)])
    assert len(worker.cache.young) + len(worker.cache.old) <= 20


def test_attribute_values_are_parsed_or_noted(tmp_path: Path) -> None:
    """Kind, ISO-2 country and ISO birth date feed the screener; unusable values are noted, not guessed."""
    data = "name,kind,country,born\nA,Company,de,1970-01-02\nB,robot,Germany,2.1.1970\n"
    _, rows, screener = run(data, tmp_path, kind_column="kind", country_column="country", birth_date_column="born")
    assert screener.calls[0][1:] == ("organization", "DE", dt.date(1970, 1, 2))
    assert screener.calls[1][1:] == (None, None, None)
    note = rows[2][-1]
    assert "kind 'robot' ignored" in note and "country 'Germany' ignored" in note and "'2.1.1970'" in note
    assert rows[2][4] == "CLEAR"


def test_formulas_are_neutralised_by_default(tmp_path: Path) -> None:
    """Cells that would start a formula get a leading quote; the option turns it off."""
    data = 'name,note\n=HYPERLINK("x"),-5\n@SUM,+1\n'
    _, rows, _ = run(data, tmp_path)
    assert rows[1][:2] == ["'=HYPERLINK(\"x\")", "'-5"] and rows[2][:2] == ["'@SUM", "'+1"]
    _, rows, _ = run(data, tmp_path, spreadsheet_safe=False)
    assert rows[1][:2] == ['=HYPERLINK("x")', "-5"]


def test_jsonl_carries_full_evidence(tmp_path: Path) -> None:
    """JSON Lines has the row number, the input by header, and every hit with its evidence."""
    _, records, _ = run("id,name\n7,Kaspersky Lab\n8,Acme\n", tmp_path, format="jsonl", id_column="id")
    first = records[0]
    assert first["row"] == 1 and first["id"] == "7" and first["input"] == {"id": "7", "name": "Kaspersky Lab"}
    assert first["status"] == "MATCH" and first["score"] == 0.97
    hit = first["result"]["hits"][0]
    assert hit["evidence"][0]["detail"] == "same words" and hit["citations"][0]["fr_citation"] == "89 FR 52362"
    assert records[1]["status"] == "CLEAR" and records[1]["result"]["hits"] == []


def test_manifest_is_written(tmp_path: Path) -> None:
    """The audit manifest records input hash, counts, list, config, versions and times."""
    import hashlib

    manifest = tmp_path / "manifest.json"
    data = b"name\nKaspersky\nAcme\n"
    run(data, tmp_path, manifest=manifest)
    m = json.loads(manifest.read_text())
    assert m["input"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert m["rows_in"] == m["rows_out"] == 2
    assert m["counts"] == {"MATCH": 1, "REVIEW": 0, "UNSCREENABLE": 0, "CLEAR": 1}
    assert m["list"] == {"id": "kaspersky", "version": "2024-06-24", "sha256": "ab" * 32, "source": "lists/x.toml"}
    assert m["config"] == {"review_threshold": 0.7} and "library_version" in m
    assert dt.datetime.fromisoformat(m["started"]) <= dt.datetime.fromisoformat(m["finished"])


def test_interrupted_run_leaves_no_output(tmp_path: Path) -> None:
    """Ctrl-C in the middle of a run leaves neither output nor temporary files."""

    class Interrupting(FakeScreener):
        def screen(self, name: str, **kw: Any) -> ScreeningResult:
            if name == "stop":
                raise KeyboardInterrupt
            return super().screen(name, **kw)

    rows = "".join(f"n{i}\n" for i in range(5000))
    with pytest.raises(KeyboardInterrupt):
        run("name\n" + rows + "stop\n", tmp_path, screener=Interrupting(), manifest=tmp_path / "m.json")
    assert sorted(os.listdir(tmp_path)) == ["in.csv"]


def test_rows_lost_fail_loudly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If rows out ever differ from rows in, the run fails and writes nothing."""

    def lossy(chunks: Any, *args: Any, **kwargs: Any) -> Any:
        for fields in _batchwork.run_chunks(chunks, *args, **kwargs):
            yield fields[:-1]

    monkeypatch.setattr("screening.batch.run_chunks", lossy)
    with pytest.raises(ScreeningError, match="read 3 rows but wrote 0"):
        run("name\na\nb\nc\n", tmp_path)
    assert not (tmp_path / "out.csv").exists()


def test_stdin_and_stdout(monkeypatch: pytest.MonkeyPatch, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    """`-` reads standard input and writes standard output."""
    monkeypatch.setattr("sys.stdin", SimpleNamespace(buffer=io.BytesIO(b"name\nKaspersky\n")))
    summary = screen_csv("-", "-", column="name", screener=FakeScreener())
    out = capfdbinary.readouterr().out.decode()
    assert summary.input == "<stdin>" and out.splitlines()[1].startswith("Kaspersky,MATCH,")


def test_progress_is_reported(tmp_path: Path) -> None:
    """The progress callback sees the rows done and bytes read."""
    seen: list[tuple[int, int]] = []
    run("name\n" + "x\n" * 4500, tmp_path, progress=lambda rows, size: seen.append((rows, size)))
    assert [r for r, _ in seen] == [2000, 4000, 4500] and seen[-1][1] == 5 + 2 * 4500


def test_screen_rows_yields_dicts_in_order() -> None:
    """`screen_rows` takes dicts and yields them with the screening keys, missing names UNSCREENABLE."""
    rows = [{"name": "Kaspersky", "x": 1}, {"name": "Acme"}, {"other": "?"}, {"name": None}, {"name": 5}]
    out = list(screen_rows(rows, column="name", screener=FakeScreener()))
    assert [r["screening_status"] for r in out] == ["MATCH", "CLEAR", "UNSCREENABLE", "UNSCREENABLE", "UNSCREENABLE"]
    assert out[0]["x"] == 1 and out[2]["screening_note"] == "row 3: no 'name' key"
    assert "int, not text" in out[4]["screening_note"]


cells = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)


@functools.cache
def _real_screener() -> Any:
    from screening.screen import Screener

    return Screener()


@settings(max_examples=60, deadline=None)
@given(table=st.lists(st.lists(cells, min_size=3, max_size=3), min_size=1, max_size=8),
       delimiter=st.sampled_from([",", ";", "\t", "|"]))
def test_round_trip_keeps_every_cell(table: list[list[str]], delimiter: str) -> None:
    """Any table of strings goes in and the same rows and cells come out, in order (real screener)."""
    import tempfile

    header = ["name", "b", "c"]
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerows([header, *table])
    with tempfile.TemporaryDirectory() as tmp:
        _, rows, _ = run(buf.getvalue().encode(), Path(tmp), delimiter=delimiter, spreadsheet_safe=False,
                         screener=_real_screener())
    assert rows[0] == [*header, *OUTPUT_COLUMNS]
    assert [r[:3] for r in rows[1:]] == table


def test_worker_refuses_a_changed_list_file(tmp_path: Path) -> None:
    """With jobs > 1, a list file that changed since the parent read it stops the run (the manifest names its sha)."""
    from screening.bundled import load_list
    from screening.screen import Screener

    bundled = Path(load_list().info.source)
    copy = tmp_path / bundled.name
    copy.write_bytes(bundled.read_bytes())
    screener = Screener(load_list(copy))
    copy.write_bytes(bundled.read_bytes() + b"\n# edited\n")
    with pytest.raises(ScreeningError, match="changed during the run"):
        run("name\nAcme\n", tmp_path, screener=screener, jobs=2)
    assert not (tmp_path / "out.csv").exists()


def test_screen_rows_jobs_2_equals_jobs_1() -> None:
    """`screen_rows` with two processes yields the same dicts in the same order as with one."""
    names = ["Kaspersky Lab", "Acme GmbH", "", "Kaspresky Labs", "Nordwind KG"] * 900
    rows = [{"name": n, "country": "RU" if i % 3 else "DE"} for i, n in enumerate(names)]
    one = list(screen_rows(rows, column="name", country_column="country", screener=_real_screener()))
    two = list(screen_rows(iter(rows), column="name", country_column="country", screener=_real_screener(), jobs=2))
    assert one == two and len(one) == len(rows)
    assert {r["screening_status"] for r in one} == {"MATCH", "CLEAR", "UNSCREENABLE"}


def test_a_manifest_that_is_the_output_or_a_directory_is_refused_before_any_row(tmp_path: Path) -> None:
    """Either would fail, or overwrite the results, only after the results were written."""
    src = tmp_path / "in.csv"
    src.write_text("name\nAcme\n")
    out = tmp_path / "out.csv"
    with pytest.raises(ValueError, match="same file"):
        screen_csv(src, out, column="name", screener=FakeScreener(), manifest=out)
    with pytest.raises(IsADirectoryError, match="manifest is a directory"):
        screen_csv(src, out, column="name", screener=FakeScreener(), manifest=tmp_path)
    assert not out.exists()
    summary = screen_csv(src, os.devnull, column="name", screener=FakeScreener(), manifest=os.devnull)
    assert summary.rows_out == 1  # (a device takes both)


def test_the_input_is_never_the_output_or_the_manifest(tmp_path: Path) -> None:
    """Writing either would replace the export being read (by another name too: a link); refused before any row."""
    src = tmp_path / "in.csv"
    src.write_text("name\nAcme\n")
    (tmp_path / "link.csv").symlink_to(src)
    for output, manifest in ((src, None), (tmp_path / "out.csv", src), (tmp_path / "link.csv", None)):
        with pytest.raises(ValueError, match="is the input file"):
            screen_csv(src, output, column="name", screener=FakeScreener(), manifest=manifest)
    assert src.read_text() == "name\nAcme\n" and not (tmp_path / "out.csv").exists()
    for output in ("-", "/dev/stdout"):
        with pytest.raises(ValueError, match="both standard output"):
            screen_csv(src, output, column="name", screener=FakeScreener(), manifest="-")


def test_a_target_whose_directory_cannot_be_made_is_refused_before_any_row(tmp_path: Path) -> None:
    """A file where a directory should be, or a directory under /proc that does not exist: found after the run,
    the results would be lost; a missing directory is made."""
    src = tmp_path / "in.csv"
    src.write_text("name\nAcme\n")
    out = tmp_path / "out.csv"
    with pytest.raises(NotADirectoryError, match="manifest's directory cannot be made"):
        screen_csv(src, out, column="name", screener=FakeScreener(), manifest=src / "m.json")
    with pytest.raises(FileNotFoundError, match="manifest's directory does not exist"):
        screen_csv(src, out, column="name", screener=FakeScreener(), manifest="/proc/no-such-dir/m.json")
    assert not out.exists()
    with pytest.raises(InputFileError):  # (a run that stops before its first row makes no directory)
        screen_csv(src, tmp_path / "new" / "out.csv", column="nope", screener=FakeScreener())
    assert not (tmp_path / "new").exists()
    screen_csv(src, tmp_path / "a" / "b" / "out.csv", column="name", screener=FakeScreener(),
               manifest=tmp_path / "c" / "m.json")
    assert (tmp_path / "a" / "b" / "out.csv").exists() and (tmp_path / "c" / "m.json").exists()


def test_jsonl_keeps_every_cell_when_repeated_header_names_meet_a_numbered_one(tmp_path: Path) -> None:
    """`Note, Note, Note (2)`: the second `Note` is keyed `Note (3)`, never over the real `Note (2)`."""
    _, records, _ = run("name,Note,Note,Note (2)\nAcme,a,b,c\n", tmp_path, format="jsonl")
    assert records[0]["input"] == {"name": "Acme", "Note": "a", "Note (3)": "b", "Note (2)": "c"}


def test_jsonl_keeps_extra_cells_of_ragged_rows(tmp_path: Path) -> None:
    """In JSON Lines a long row's surplus cells are kept under `extra_cells`, with the row's note."""
    _, records, _ = run("name,country\nAcme,DE,surplus,more\n", tmp_path, format="jsonl")
    assert records[0]["input"] == {"name": "Acme", "country": "DE"}
    assert records[0]["extra_cells"] == ["surplus", "more"]
    assert records[0]["status"] == "UNSCREENABLE" and records[0]["note"] == "row 1: 4 fields, the header has 2"


_ORPHANING_PARENT = """
import multiprocessing, os, threading
from screening import _batchwork

context = multiprocessing.get_context("fork")
up = context.SimpleQueue()

def stuck():  # a worker stuck for good: on the queue's lock that a killed sibling held, say
    _batchwork._leave_with_parent()
    os.write(1, f"{os.getpid()}\\n".encode())  # (one write: two workers' `print`s interleaved as `3259332592`)
    up.put(None)
    threading.Event().wait()

pool = context.Pool(2, initializer=stuck)
up.get(), up.get()  # (both workers are up, however loaded the machine: a fixed sleep was not always enough)
os._exit(0)  # gone without ending its pool, as a parent that a signal ends between two steps
"""


def _alive(pid: int) -> bool:
    """True while `pid` runs (a zombie that no process reaps has ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_worker_ends_when_its_parent_is_gone() -> None:
    """A pool worker left stuck when the parent is gone (SIGTERM can end a sibling holding the task queue's
    lock) ends itself within a second or so instead of waiting for ever with the parent's pipes open."""
    with subprocess.Popen([sys.executable, "-c", _ORPHANING_PARENT], stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        out = proc.stdout.readline() + proc.stdout.readline()  # (not to the end: the workers hold the pipe)
        proc.wait(timeout=60)
    pids = [int(p) for p in out.split()]
    assert len(pids) == 2
    deadline = time.monotonic() + 10
    while any(map(_alive, pids)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_alive, pids))


@pytest.mark.parametrize("method", multiprocessing.get_all_start_methods())
def test_a_worker_whose_parent_runs_stays(method: str) -> None:
    """Whatever the start method (with forkserver the worker's OS parent is the fork server, not the pool's
    process), a worker with a live parent keeps running and answering."""
    with multiprocessing.get_context(method).Pool(2, initializer=_batchwork._leave_with_parent) as pool:
        def pids() -> set[int]:
            return {pool.apply_async(os.getpid).get(timeout=20) for _ in range(4)}

        first = pids()
        time.sleep(0.5)  # (time for a watchdog that would end it)
        workers = {w.pid for w in pool._pool if w.is_alive()}  # type: ignore[attr-defined]
        assert first <= workers and pids() <= workers



def test_a_pool_worker_sets_its_watch_on_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    """`_init_worker`, what every pool worker runs first, starts the watch (a pool ended mid-start is the case
    `test_a_worker_ends_when_its_parent_is_gone` stands for)."""
    calls = []
    monkeypatch.setattr(_batchwork, "_leave_with_parent", lambda: calls.append(True))
    monkeypatch.setattr(_batchwork, "_WORKER", None)
    handlers = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    try:
        _batchwork._init_worker("no-such-list", "0", "", {}, False, 10, ())
    finally:
        signal.signal(signal.SIGINT, handlers[0])
        signal.signal(signal.SIGTERM, handlers[1])
    assert calls == [True] and isinstance(_batchwork._WORKER, BaseException)


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks")
def test_a_pool_starts_with_sigterm_held_back_and_each_worker_lets_it_through(monkeypatch: pytest.MonkeyPatch
                                                                               ) -> None:
    """A worker forked with the command line's handler and ended before its initializer ran printed a
    traceback: the pool starts with SIGTERM blocked (inherited by its workers), and a worker's initializer
    unblocks it once SIGTERM ends it quietly."""
    def blocked() -> bool:
        return signal.SIGTERM in signal.pthread_sigmask(signal.SIG_BLOCK, set())

    assert not blocked()
    with _batchwork._sigterm_blocked():
        assert blocked()
    assert not blocked()
    monkeypatch.setattr(_batchwork, "_leave_with_parent", lambda: None)
    monkeypatch.setattr(_batchwork, "_WORKER", None)
    handlers = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    try:
        with _batchwork._sigterm_blocked():
            _batchwork._init_worker("no-such-list", "0", "", {}, False, 10, ())
            assert not blocked()
    finally:
        signal.signal(signal.SIGINT, handlers[0])
        signal.signal(signal.SIGTERM, handlers[1])
    assert not blocked()


def test_rows_swallowed_by_a_quote_opened_by_mistake_are_flagged_not_lost(tmp_path: Path) -> None:
    """`V1,"Acme Corp,US` opens a quote that the next quote in the file closes: the rows between become text in
    one cell. That row is never CLEAR: its note names the lines, and the summary and manifest count it."""
    lines = ["id,name,country", 'V1,"Acme Corp,US', *(f"V{i},Supplier {i} Trading,DE" for i in range(2, 6)),
             "V6,Delta Ltd,RU", 'V7,"Beta, Inc.",DE', "V8,Gamma,FR"]
    summary, rows, _ = run("\n".join(lines) + "\n", tmp_path, manifest=tmp_path / "m.json")
    assert [r[0] for r in rows[1:]] == ["V1", "V8"]
    status, note = rows[1][3], rows[1][3 + OUTPUT_COLUMNS.index("screening_note")]
    assert status == "UNSCREENABLE" and "quote opened by mistake? The row runs over lines 2-8" in note
    assert summary.stray_quote_rows == 1
    assert json.loads((tmp_path / "m.json").read_text())["stray_quote_rows"] == 1


def test_a_cell_of_several_lines_that_holds_no_rows_is_no_stray_quote(tmp_path: Path) -> None:
    """A multi-line address, even of lines with as many commas as a row, is a cell as CSV quotes it."""
    text = ('id,name,address\n1,Acme GmbH,"Hauptstr. 1\nBuilding 2, Floor 3\n10115 Berlin, DE"\n2,Beta AG,"a\nb"\n'
            '3,Gamma,"Unit 5, Floor 2, Block C\nSpringfield, IL, USA"\n')
    summary, rows, _ = run(text, tmp_path)
    assert [r[3] for r in rows[1:]] == ["CLEAR"] * 3 and summary.stray_quote_rows == 0
    address = '"1 Main St\r\nSpringfield, IL\r\nUSA, North America"'
    summary, rows, _ = run(f"name,address\r\nAcme Corp,{address}\r\n", tmp_path)
    assert rows[1][2] == "CLEAR" and summary.stray_quote_rows == 0


def test_one_row_swallowed_with_the_right_field_count_is_flagged(tmp_path: Path) -> None:
    """`1,Acme,"US` swallows row 2 into its last cell, and `3,"Foo Inc"` closes it: the field count comes out
    right, but the row is never CLEAR (the listed name in it was)."""
    summary, rows, _ = run('id,name,country\r\n1,Acme,"US\r\n2,Kaspersky Lab,RU\r\n3,"Foo Inc"\r\n4,Bar,DE\r\n',
                           tmp_path)
    assert [r[0] for r in rows[1:]] == ["1", "4"] and rows[1][3] == "UNSCREENABLE"
    assert summary.stray_quote_rows == 1
