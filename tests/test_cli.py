"""The `screening` command line, run in-process through `main(argv)` (and once or twice as a real process)."""

from __future__ import annotations

import csv
import gc
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from screening.batch import OUTPUT_COLUMNS
from screening.cli import _Progress, main

GOLDEN = Path(__file__).parent / "golden"
EXAMPLE = Path(__file__).parents[1] / "examples" / "suppliers.csv"
PINNED = ["--list-version", "2025-02-21"]  # goldens must not move when a new list version is added
GOLDEN_ARGS = ["--column", "Supplier Name", "--country-column", "Country", "--kind-column", "Vendor Type",
               "--id-column", "Vendor No", *PINNED, "-q"]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


# --- check ------------------------------------------------------------------------------------------


def test_check_listed_name_is_flagged(capsys: pytest.CaptureFixture[str]) -> None:
    """A listed name exits 1 and prints the decision, score, matched name, why and citations."""
    code, out, _ = run(["check", "Kaspersky Lab"], capsys)
    assert code == 1
    assert "Kaspersky Lab: MATCH" in out
    assert "score" in out and "matched:" in out and "why:" in out and "cited: BIS Entity List" in out


def test_check_ordinary_name_is_clear(capsys: pytest.CaptureFixture[str]) -> None:
    """An ordinary supplier exits 0."""
    code, out, _ = run(["check", "Acme Logistics GmbH"], capsys)
    assert code == 0 and "CLEAR" in out


def test_check_json_and_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints one JSON result per name; --exit-zero turns 1 into 0."""
    code, out, _ = run(["check", "--json", "--exit-zero", "Kaspersky Lab", "Acme Logistics GmbH"], capsys)
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["status"] for r in results] == ["MATCH", "CLEAR"]
    assert results[0]["hits"][0]["evidence"] and results[0]["list_info"]["id"] == "kaspersky"


def test_check_unscreenable_is_flagged(capsys: pytest.CaptureFixture[str]) -> None:
    """A name with nothing to screen exits 1 (never looks clear)."""
    code, out, _ = run(["check", "  "], capsys)
    assert code == 1 and "UNSCREENABLE" in out


def test_check_as_of_uses_an_older_list(capsys: pytest.CaptureFixture[str]) -> None:
    """--as-of picks the list version in force on that date."""
    code, out, _ = run(["check", "--json", "--as-of", "2018-01-01", "Kaspersky Lab"], capsys)
    assert json.loads(out)["list_info"]["version"] <= "2018-01-01"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """Bad usage exits 2 with argparse's message; --help exits 0."""
    assert run(["check"], capsys)[0] == 2
    assert run(["batch", "x.csv"], capsys)[0] == 2
    assert run(["check", "--birth-date", "yesterday", "x"], capsys)[0] == 2
    assert run(["batch", "x.csv", "--column", "n", "--jobs", "0"], capsys)[0] == 2
    code, out, _ = run(["--help"], capsys)
    assert code == 0 and "exit codes" in out and "130" in out


def test_bad_list_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing list file is one error line naming it; --verbose adds the traceback."""
    code, _, err = run(["check", "--list", str(tmp_path / "nope.toml"), "x"], capsys)
    assert code == 2 and err.startswith("screening: error: ") and "nope.toml" in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = run(["check", "--verbose", "--list", str(tmp_path / "nope.toml"), "x"], capsys)
    assert code == 2 and "Traceback" in err


# --- batch ------------------------------------------------------------------------------------------


def test_batch_golden(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The golden supplier file screens to exactly the expected output (regenerate: SCREENING_REGEN_GOLDEN=1)."""
    out = tmp_path / "out.csv"
    code, _, _ = run(["batch", str(GOLDEN / "batch_input.csv"), "-o", str(out), *GOLDEN_ARGS], capsys)
    assert code == 1
    expected = GOLDEN / "batch_expected.csv"
    if os.environ.get("SCREENING_REGEN_GOLDEN"):
        expected.write_bytes(out.read_bytes())
    assert out.read_bytes() == expected.read_bytes()


def test_batch_golden_jobs_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two worker processes give the golden output byte for byte (ragged rows and repeats included)."""
    out = tmp_path / "out.csv"
    code, _, _ = run(["batch", str(GOLDEN / "batch_input.csv"), "-o", str(out), "--jobs", "2", *GOLDEN_ARGS], capsys)
    assert code == 1 and out.read_bytes() == (GOLDEN / "batch_expected.csv").read_bytes()


def test_batch_golden_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """JSON Lines output agrees with the CSV golden on every row's status and best party."""
    out = tmp_path / "out.jsonl"
    run(["batch", str(GOLDEN / "batch_input.csv"), "-o", str(out), "--format", "jsonl", *GOLDEN_ARGS], capsys)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    with open(GOLDEN / "batch_expected.csv", newline="", encoding="utf-8") as fh:
        expected = list(csv.DictReader(fh))
    assert [r["status"] for r in records] == [e["screening_status"] for e in expected]
    assert [r["party_id"] for r in records] == [e["screening_party_id"] for e in expected]
    assert [r["id"] for r in records] == [e["Vendor No"] for e in expected]
    for record in records:
        assert len(record["result"]["hits"]) >= (record["party_id"] != "")


def test_batch_example_file_jobs_2_equals_jobs_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The example supplier file gives byte-identical output with 1 and 2 processes."""
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.csv"
        code, _, _ = run(["batch", str(EXAMPLE), "-o", str(out), "--column", "supplier name", "--jobs", jobs,
                          "--country-column", "country", "-q"], capsys)
        assert code == 1
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_batch_summary_and_manifest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The summary names rows, counts, rate and where results went; the manifest balances."""
    out, manifest = tmp_path / "o" / "out.csv", tmp_path / "o" / "manifest.json"
    code, _, err = run(["batch", str(EXAMPLE), "-o", str(out), "--column", "Supplier Name",
                        "--manifest", str(manifest)], capsys)
    m = json.loads(manifest.read_text())
    assert code == 1
    assert f"screened {m['rows_out']:,} rows" in err and "rows/s" in err and f"results: {out}" in err
    assert m["rows_in"] == m["rows_out"] == sum(m["counts"].values()) > 300
    assert m["counts"]["MATCH"] >= 4 and m["list"]["id"] == "kaspersky"


def test_batch_stdin_to_stdout(monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    """`-` reads stdin; output defaults to stdout; the summary goes to stderr."""
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(b"name\nKaspersky Lab\nAcme GmbH\n")))
    code = main(["batch", "-", "--column", "name"])
    out, err = capfd.readouterr()
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 1
    assert rows[0] == ["name", *OUTPUT_COLUMNS] and [r[1] for r in rows[1:]] == ["MATCH", "CLEAR"]
    assert "results: standard output" in err


def test_batch_all_clear_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file with nothing flagged exits 0."""
    src = tmp_path / "in.csv"
    src.write_text("name\nAcme Logistics GmbH\nNordwind Spedition KG\n")
    assert run(["batch", str(src), "-o", str(tmp_path / "o.csv"), "--column", "name", "-q"], capsys)[0] == 0


def test_batch_missing_column_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing column is one line listing the columns; no output is created."""
    code, _, err = run(["batch", str(GOLDEN / "batch_input.csv"), "-o", str(tmp_path / "o.csv"),
                        "--column", "Vendor"], capsys)
    assert code == 2 and "'Vendor No', 'Supplier Name', 'Country', 'Vendor Type'" in err
    assert not (tmp_path / "o.csv").exists()


def test_batch_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing input file and a file with a bad byte are errors naming file, row and byte offset."""
    code, _, err = run(["batch", str(tmp_path / "missing.csv"), "--column", "n"], capsys)
    assert code == 2 and "missing.csv" in err
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"name\n" + "Zürich AG\n".encode() * 7000 + b"M\xfcller\n")
    code, _, err = run(["batch", str(bad), "-o", str(tmp_path / "o.csv"), "--column", "name"], capsys)
    assert code == 2 and "row 7001" in err and f"byte offset {5 + 11 * 7000 + 1}" in err
    assert not (tmp_path / "o.csv").exists()
    code, _, _ = run(["batch", str(bad), "-o", str(tmp_path / "o.csv"), "--column", "name",
                      "--encoding", "utf-8", "--fallback-encoding", "cp1252", "-q"], capsys)
    assert code == 0 and "Müller" in (tmp_path / "o.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_batch_encodings_and_delimiters(tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str,
                                        delimiter: str) -> None:
    """Every supported encoding and delimiter gives the same results."""
    text = delimiter.join(["Lieferant", "Land"]) + "\r\n"
    for name, country in (("Kaspersky Lab", "RU"), ("Müller Präzision GmbH", "DE"), ("Société Générale", "FR")):
        text += delimiter.join([name, country]) + "\r\n"
    src = tmp_path / "in.csv"
    src.write_bytes(text.encode(encoding))
    out = tmp_path / "out.csv"
    code, _, _ = run(["batch", str(src), "-o", str(out), "--column", "lieferant", "--country-column", "LAND",
                      "-q"], capsys)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert code == 1
    assert [r[:3] for r in rows[1:]] == [["Kaspersky Lab", "RU", "MATCH"], ["Müller Präzision GmbH", "DE", "CLEAR"],
                                         ["Société Générale", "FR", "CLEAR"]]


def test_batch_edge_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty file exits 2; a header-only file exits 0 with a header-only output; NUL bytes survive."""
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code, _, err = run(["batch", str(empty), "--column", "name"], capsys)
    assert code == 2 and "empty" in err
    header = tmp_path / "header.csv"
    header.write_bytes(b"name;country\r\n")
    out = tmp_path / "o.csv"
    assert run(["batch", str(header), "-o", str(out), "--column", "name", "-q"], capsys)[0] == 0
    assert out.read_text() == ",".join(["name", "country", *OUTPUT_COLUMNS]) + "\n"
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"name\nKasper\x00sky Lab\n\x00\n")
    assert run(["batch", str(nul), "-o", str(out), "--column", "name", "-q"], capsys)[0] == 1
    rows = list(csv.reader(io.StringIO(out.read_text())))
    assert rows[1][0] == "Kasper\x00sky Lab" and rows[2][:2] == ["\x00", "UNSCREENABLE"]


def test_batch_huge_single_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A 100 MB single field is screened (cut to the screener's cap, with a note) and written back whole."""
    src = tmp_path / "big.csv"
    with open(src, "wb") as fh:
        fh.write(b"id,name\r\n1,Kaspersky Lab ")
        fh.write(b"x" * 100_000_000)
        fh.write(b"\r\n2,Acme GmbH\r\n")
    out = tmp_path / "o.csv"
    code, _, _ = run(["batch", str(src), "-o", str(out), "--column", "name", "--format", "jsonl", "-q"], capsys)
    assert code == 1
    with open(out, encoding="utf-8") as fh:
        first, second = json.loads(fh.readline()), json.loads(fh.readline())
    assert len(first["input"]["name"]) == 100_000_014 and "cut" in first["note"]
    assert second["status"] == "CLEAR"


def test_batch_formula_neutralisation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Formula cells are neutralised by default and kept verbatim with --no-spreadsheet-safe."""
    src = tmp_path / "in.csv"
    src.write_text('name\n"=cmd|\' /C calc\'!A0"\n')
    out = tmp_path / "o.csv"
    run(["batch", str(src), "-o", str(out), "--column", "name", "-q"], capsys)
    assert list(csv.reader(open(out)))[1][0] == "'=cmd|' /C calc'!A0"
    run(["batch", str(src), "-o", str(out), "--column", "name", "-q", "--no-spreadsheet-safe"], capsys)
    assert list(csv.reader(open(out)))[1][0] == "=cmd|' /C calc'!A0"


def test_progress_line() -> None:
    """The progress display shows rows, rows/s and percent, and clears itself."""
    buf = io.StringIO()
    bar = _Progress(buf, 1000)
    bar.start -= 1.0
    bar.last -= 1.0
    bar.update(5000, 500)
    bar.close()
    text = buf.getvalue()
    assert "5,000 rows" in text and "rows/s" in text and "50.0%" in text and text.endswith("\r\033[K")


# --- real processes: console script, SIGPIPE, Ctrl-C -----------------------------------------------------


def _cli() -> list[str]:
    return [sys.executable, "-m", "screening"]


def test_python_m_and_sigpipe(tmp_path: Path) -> None:
    """`python -m screening batch ... | head -1` ends quietly when head stops reading."""
    big = tmp_path / "big.csv"
    big.write_text("name\n" + "".join(f"Supplier {i} GmbH\n" for i in range(60_000)))
    proc = subprocess.Popen([*_cli(), "batch", str(big), "--column", "name", "-q"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert "Traceback" not in err and "Exception" not in err


@pytest.mark.parametrize(("signum", "code", "jobs"), [(signal.SIGINT, 130, "1"), (signal.SIGTERM, 143, "1"),
                                                     (signal.SIGTERM, 143, "2")])
def test_ctrl_c_or_sigterm_leaves_no_output(tmp_path: Path, signum: int, code: int, jobs: str) -> None:
    """SIGINT mid-run exits 130, SIGTERM (timeout, docker stop) 143, and neither leaves the output, a
    temporary file or a worker's traceback."""
    big = tmp_path / "big.csv"
    big.write_text("name\n" + "".join(f"Supplier {i} Trading Ltd\n" for i in range(400_000)))
    out_dir = tmp_path / "out"
    proc = subprocess.Popen([*_cli(), "batch", str(big), "--column", "name", "-o", str(out_dir / "o.csv"),
                             "--manifest", str(out_dir / "m.json"), "-q", "--jobs", jobs], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (out_dir.exists() and os.listdir(out_dir)) and time.monotonic() < deadline:
        time.sleep(0.05)  # wait until the temporary output exists, so the interrupt lands mid-run
    proc.send_signal(signum)
    assert proc.wait(timeout=60) == code
    assert proc.stderr is not None and "Traceback" not in proc.stderr.read().decode()
    assert os.listdir(out_dir) == []


# --- lists ------------------------------------------------------------------------------------------


def test_lists_shows_versions(capsys: pytest.CaptureFixture[str]) -> None:
    """`screening lists` shows every bundled version with its party count and sha256."""
    code, out, _ = run(["lists"], capsys)
    lines = out.splitlines()
    assert code == 0 and any(line.startswith("kaspersky  2025-02-21") for line in lines)
    assert all("parties" in line and "sha256" in line for line in lines)


def test_lists_show(capsys: pytest.CaptureFixture[str]) -> None:
    """`lists show ID` prints the parties of the newest version; ID@VERSION pins one."""
    code, out, _ = run(["lists", "show", "kaspersky"], capsys)
    assert code == 0 and "kaspersky@" in out and "BIS Entity List" in out
    code, out, _ = run(["lists", "show", "kaspersky@2015-09-16"], capsys)
    assert code == 0 and out.startswith("kaspersky@2015-09-16")


def test_lists_diff(capsys: pytest.CaptureFixture[str]) -> None:
    """`lists diff OLD NEW` reports parties added, removed and changed."""
    code, out, _ = run(["lists", "diff", "2015-09-16", "2025-02-21"], capsys)
    assert code == 0 and "added" in out and "\n+ " in out
    code, out, _ = run(["lists", "diff", "--json", "kaspersky@2024-06-21", "kaspersky@2024-06-24"], capsys)
    assert set(json.loads(out)) >= {"added", "removed", "changed"}


def test_lists_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`lists check` passes a bundled file and lists every problem of a broken one, naming the file."""
    good = Path(__file__).parents[1] / "lists" / "kaspersky" / "2025-02-21.toml"
    assert run(["lists", "check", str(good)], capsys)[0] == 0
    bad = tmp_path / "bad.toml"
    bad.write_text(good.read_text(encoding="utf-8").replace('kind = "organization"', 'kind = "spaceship"', 1),
                   encoding="utf-8")
    code, out, err = run(["lists", "check", str(bad)], capsys)
    assert code == 1 and "bad.toml" in out and "kind" in out and "1 problem" in err


def test_unexpected_error_exits_2(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A bug surfaces as exit 2 and one line, never as Python's exit 1 (which means flagged)."""

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("screening.batch.screen_csv", broken)
    code, _, err = run(["batch", str(EXAMPLE), "-o", str(tmp_path / "o.csv"), "--column", "Supplier Name"], capsys)
    assert code == 2 and err.strip() == "screening: internal error: RuntimeError: boom (--verbose shows where)"


def test_console_script_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    """`main_entry` exits with main's code (the console script and `python -m screening` use it)."""
    from screening.cli import main_entry

    monkeypatch.setattr(sys, "argv", ["screening", "--version"])
    with pytest.raises(SystemExit) as info:
        main_entry()
    assert info.value.code == 0


def test_batch_an_empty_column_name_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--column ''` says so, before any output (it was a bare `'name'`, after the header went out)."""
    code, out, err = run(["batch", str(GOLDEN / "batch_input.csv"), "--column", ""], capsys)
    assert code == 2 and out == "" and "the name column's name is empty" in err


def test_conflicting_thresholds_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """A review threshold above the match threshold given with it was changed silently; now it is refused."""
    code, _, err = run(["check", "--match-threshold", "0.5", "--threshold", "0.8", "Acme"], capsys)
    assert code == 2 and "must not exceed --match-threshold" in err
    assert run(["check", "--match-threshold", "0.95", "--threshold", "0.8", "Acme"], capsys)[0] == 0


def test_only_the_console_script_freezes_the_collector(capsys: pytest.CaptureFixture[str]) -> None:
    """The command freezes the list's objects out of the cyclic collector's walks in its own process (each full
    collection walked a large list's index), never in a host that calls `main` in-process."""
    before = gc.get_freeze_count()
    assert run(["check", "Acme Trading GmbH"], capsys)[0] == 0
    assert gc.get_freeze_count() == before
    probe = ("import gc, sys; from screening.cli import main; code = main(['check', 'Acme'], own_process=True); "
             "sys.stdout.write(str(gc.get_freeze_count() > 0))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.endswith("True")
