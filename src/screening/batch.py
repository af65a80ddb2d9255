"""Batch screening: a supplier file (or any iterable of dicts) in, one screened row per input row out.

`screen_csv` streams a CSV through a `Screener` and writes CSV or JSON Lines, atomically, with an
optional audit manifest; `screen_rows` does the same for dicts and yields dicts. Both are thin layers:
reading, sniffing and atomic writing live in `screening.csvio`, the chunked, cached, optionally parallel
engine in `screening._batchwork` (its docstring says how a run works), matching in `screening.screen`.
Nothing here prints or parses arguments.

Output, per input row and in input order: every input cell verbatim, then `OUTPUT_COLUMNS`:
`screening_status` (MATCH, REVIEW, CLEAR or UNSCREENABLE), and for the best hit its score in [0, 1],
party id and name, the listed name it matched, the hit class and the short citations; then the list as
`id@version` and a note (ragged rows, ignored attribute values, notes of the screener). JSON Lines
carries the row number, the input as a header -> cell mapping, and every hit with its full evidence.

CSV output is spreadsheet-safe by default: a cell starting with `= + - @`, tab or carriage return gets
a leading `'` so that no spreadsheet runs it as a formula (`spreadsheet_safe=False` keeps cells
verbatim).
"""

from __future__ import annotations

import collections
import csv
import datetime as dt
import errno
import itertools
import json
import operator
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO

import attrs

from screening._batchwork import ATTRIBUTES, CACHE_ROWS, CHUNK_ROWS, OUTPUT_COLUMNS, Query, chunked, run_chunks
from screening._version import VERSION
from screening.csvio import FORMULA_START, CsvSource, atomic_writer, is_special_path, match_header, neutralise
from screening.exceptions import ScreeningError
from screening.models import ListInfo

if TYPE_CHECKING:
    from screening.screen import Screener

__all__ = ["OUTPUT_COLUMNS", "STATUSES", "BatchSummary", "screen_csv", "screen_rows"]

STATUSES = ("MATCH", "REVIEW", "UNSCREENABLE", "CLEAR")
# A chunk whose joined cells have no formula start after a separator needs no neutralising (the common
# case); a match may be a false alarm (a NUL inside a cell) and only costs the per-cell check.
_FORMULA = re.compile("\x00[" + re.escape("".join(sorted(FORMULA_START))) + "]")
FORMATS = ("csv", "jsonl")


@attrs.frozen
class BatchSummary:
    """What a `screen_csv` run did: counts, timings, and the audit trail (list, config, input hash)."""

    input: str
    input_sha256: str
    output: str | None
    format: str
    encoding: str
    delimiter: str
    columns: dict[str, str]
    rows_in: int
    rows_out: int
    counts: dict[str, int]
    malformed_rows: int
    blank_lines: int
    list_info: ListInfo
    config: dict[str, Any]
    library_version: str
    jobs: int
    started: dt.datetime
    finished: dt.datetime
    elapsed_seconds: float
    stray_quote_rows: int = 0  # rows holding lines that read as rows of their own (`CsvSource.swallowed`)

    @property
    def rows_per_second(self) -> float:
        """Throughput of the run (rows out per second of wall time)."""
        return self.rows_out / self.elapsed_seconds if self.elapsed_seconds > 0 else 0.0

    @property
    def flagged(self) -> int:
        """Rows that need a person: MATCH, REVIEW or UNSCREENABLE."""
        return self.rows_out - self.counts.get("CLEAR", 0)

    def to_manifest(self) -> dict[str, Any]:
        """The audit manifest: plain JSON-ready data."""
        info = self.list_info
        return {
            "input": {"path": self.input, "sha256": self.input_sha256, "encoding": self.encoding,
                      "delimiter": self.delimiter, "columns": self.columns},
            "output": {"path": self.output, "format": self.format},
            "rows_in": self.rows_in,
            "rows_out": self.rows_out,
            "counts": self.counts,
            "malformed_rows": self.malformed_rows,
            "blank_lines": self.blank_lines,
            "stray_quote_rows": self.stray_quote_rows,
            "list": {"id": info.id, "version": info.version, "sha256": info.sha256, "source": info.source},
            "config": self.config,
            "library_version": self.library_version,
            "jobs": self.jobs,
            "started": self.started.isoformat(),
            "finished": self.finished.isoformat(),
            "elapsed_seconds": round(self.elapsed_seconds, 3),
        }


def screen_csv(input: str | Path | BinaryIO, output: str | Path | None, *, column: str,
               kind_column: str | None = None, country_column: str | None = None,
               birth_date_column: str | None = None, id_column: str | None = None,
               screener: Screener | None = None, format: str = "csv", encoding: str | None = None,
               fallback_encoding: str | None = None, delimiter: str | None = None,
               spreadsheet_safe: bool = True, jobs: int = 1, manifest: str | Path | None = None,
               progress: Callable[[int, int], None] | None = None,
               cache_rows: int = CACHE_ROWS) -> BatchSummary:
    """Screen every row of a CSV and write one result row per input row; return the run's summary.

    `input` is a path, `"-"` (stdin) or a binary file; `output` a path, `"-"` (stdout) or None (count
    only). `column` names the name column; the other `*_column`s are optional. `encoding` and
    `delimiter` are detected unless given; `fallback_encoding` decodes bytes invalid in the encoding
    instead of failing. `progress(rows_done, bytes_read)` is called after every chunk. The output and
    the manifest are written atomically. Raises `InputFileError` for an unreadable input or a missing
    column, `ScreeningError` if rows in and rows out differ.
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {format!r}")
    for role, named in (("name", column), ("kind", kind_column), ("country", country_column),
                        ("birth date", birth_date_column), ("id", id_column)):
        if named is not None and not named.strip():
            raise ValueError(f"the {role} column's name is empty: name a column of the file")
    _check_targets(input, output, manifest)
    if screener is None:
        from screening.screen import Screener

        screener = Screener()
    started, clock = dt.datetime.now(dt.UTC), time.perf_counter()
    with CsvSource(input, encoding=encoding, fallback_encoding=fallback_encoding, delimiter=delimiter) as src:
        wanted = {"name": column, "kind": kind_column, "country": country_column,
                  "birth_date": birth_date_column, "id": id_column}
        found = {role: match_header(src.header, col, path=src.name) for role, col in wanted.items() if col}
        run = _Run(src, found, spreadsheet_safe)
        run.read_layout()
        fields = run_chunks(run.chunks(), screener, jobs=jobs, evidence=format == "jsonl",
                            cache_rows=cache_rows, attributes=run.attributes)
        try:
            if output is None:
                run.drain(fields, None, format, progress)
                run.check()
            else:
                with atomic_writer(output) as out:
                    run.drain(fields, out, format, progress)
                    run.check()  # before the rename: a short file never replaces the target
        finally:
            fields.close()  # ends the worker pool now, also on an error
    summary = BatchSummary(
        input=src.name, input_sha256=src.sha256, output=None if output is None else str(output),
        format=format, encoding=src.encoding or "", delimiter=src.delimiter or "",
        columns={role: src.header[i] for role, i in found.items()}, rows_in=run.rows_in,
        rows_out=run.rows_out, counts={s: run.counts[s] for s in STATUSES}, malformed_rows=run.malformed,
        blank_lines=run.blank, list_info=screener.watchlist.info, config=screener.config.to_dict(),
        library_version=VERSION, jobs=jobs, started=started,
        finished=dt.datetime.now(dt.UTC), elapsed_seconds=time.perf_counter() - clock, stray_quote_rows=run.stray,
    )
    if manifest is not None:
        with atomic_writer(manifest) as out:
            json.dump(summary.to_manifest(), out, indent=2, ensure_ascii=False)
            out.write("\n")
    return summary


class _Run:
    """The parent's side of one CSV run: chunks of queries out of the reader, result rows into the writer.

    Rows wait in `window` (one list of cells and one list of row numbers per chunk in flight) until
    their results come back; the result columns are appended to the cells in place.
    """

    def __init__(self, src: CsvSource, found: dict[str, int], spreadsheet_safe: bool) -> None:
        self.src, self.found, self.safe = src, found, spreadsheet_safe
        self.width = len(src.header)
        self.attributes = tuple(a for a in ATTRIBUTES if a in found)  # the run's query layout
        self.window: collections.deque[tuple[list[list[str]], list[int]]] = collections.deque()
        self.rows_in = self.rows_out = self.malformed = self.blank = self.stray = 0
        self.trailing = 0  # empty cells every row ends with beyond the header (`_trailing_cells`)
        self._records: Iterator[tuple[int, list[str]]] | None = None  # the source's records (`read_layout`)
        self._head: list[tuple[int, list[str], tuple[int, int, int]]] = []
        self._blank_from = self._blanks = 0  # a one-column file's blank lines waiting for a row (`_rows`)
        columns = self._columns = [found["name"], *(found[a] for a in self.attributes)]  # a query's cells
        self._query_of: Callable[[list[str]], Query] = (
            operator.itemgetter(*columns) if len(columns) > 1 else lambda cells: (cells[columns[0]],))
        self.counts: collections.Counter[str] = collections.Counter()

    def chunks(self) -> Iterator[list[Query]]:
        """Chunks of `CHUNK_ROWS` queries, one per data row; keeps the rows for the writer."""
        queries: list[Query] = []
        cells_list: list[list[str]] = []
        rows: list[int] = []
        for row, cells, query in self._queries():
            queries.append(query)
            cells_list.append(cells)
            rows.append(row)
            if len(queries) >= CHUNK_ROWS:
                yield self._sealed(queries, cells_list, rows)
                queries, cells_list, rows = [], [], []
        if queries:
            yield self._sealed(queries, cells_list, rows)

    def _sealed(self, queries: list[Query], cells_list: list[list[str]], rows: list[int]) -> list[Query]:
        """A full chunk, its rows kept for the writer."""
        self.rows_in += len(queries)
        self.window.append((cells_list, rows))
        return queries

    def read_layout(self) -> None:
        """Read the first `LAYOUT_ROWS` records, and from them whether every row ends with empty cells
        (`trailing`): before the output's header is written, which names those cells."""
        self._records = self.src.records()
        self._head = [self._annotated(row, cells) for row, cells in itertools.islice(self._records, LAYOUT_ROWS)]
        self.trailing = _trailing_cells([cells for _, cells, _ in self._head], self.width)

    def _queries(self) -> Iterator[tuple[int, list[str], Query]]:
        """(row, cells, query) of every data row, in order (`_rows`; a row of one line as wide as the header,
        most rows, here)."""
        if self._records is None:
            self.read_layout()
        for row, cells, swallowed in self._head:
            yield from self._rows(row, cells, swallowed)
        src, width, query_of = self.src, self.width, self._query_of
        for row, cells in self._records:  # type: ignore[union-attr]
            if len(cells) == width and not self._blanks and src.lines[0] == src.lines[1]:
                yield row, cells, query_of(cells)
            else:
                yield from self._rows(*self._annotated(row, cells))
        self.blank += self._blanks

    def _rows(self, row: int, cells: list[str], swallowed: tuple[int, int, int]
              ) -> Iterator[tuple[int, list[str], Query]]:
        """The rows one record gives. A blank line is no row, but in a file of one column it is how an empty name
        is written: a row there, unless only blank lines follow it (they wait, counted, until a row comes)."""
        if not cells:
            if self.width == 1:
                self._blank_from, self._blanks = self._blank_from or row, self._blanks + 1
            else:
                self.blank += 1
            return
        if self._blanks:
            first, count = self._blank_from, self._blanks
            self._blank_from = self._blanks = 0
            for blank in range(first, first + count):
                yield blank, [""], ("",)
        yield row, cells, self._query(row, cells, swallowed)

    def _annotated(self, row: int, cells: list[str]) -> tuple[int, list[str], tuple[int, int, int]]:
        """A record just read, with the lines a quote opened by mistake swallowed into it (`CsvSource.swallowed`)
        and its first and last physical line."""
        first, last = self.src.lines
        return row, cells, (self.src.swallowed(cells), first, last) if last > first else _ONE_LINE

    def _query(self, row: int, cells: list[str], swallowed: tuple[int, int, int]) -> Query:
        """The query of one row; a ragged row's, or one with rows swallowed, carries its note as its last item."""
        n, width = len(cells), self.width
        fitting = n == width or n == width + self.trailing and not any(cells[width:])
        if fitting and not swallowed[0]:
            return self._query_of(cells)
        notes = []
        if not fitting:
            self.malformed += 1
            notes.append(f"{n} fields, the header has {width}")
        if swallowed[0]:
            self.stray += 1
            notes.append(_STRAY.format(rows=swallowed[0], first=swallowed[1], last=swallowed[2]))
        return (*(cells[i] if i < n else "" for i in self._columns), f"row {row}: {'; '.join(notes)}")

    def drain(self, fields: Iterable[list[tuple[str, ...]]], out: IO[str] | None, format: str,
              progress: Callable[[int, int], None] | None) -> None:
        """Write the result of every row, in order, as the chunks come back."""
        write = self._csv_writer(out) if format == "csv" and out else self._jsonl_writer(out) if out else None
        for chunk in fields:
            cells_list, rows = self.window.popleft()
            if len(chunk) != len(cells_list):
                break  # check() reports it
            self.counts.update(f[0] for f in chunk)
            if write is not None:
                write(rows, cells_list, chunk)
            self.rows_out += len(chunk)
            if progress is not None:
                progress(self.rows_out, self.src.bytes_read)

    def check(self) -> None:
        """Fail loudly unless every row read was written."""
        if self.rows_in != self.rows_out or self.window:
            raise ScreeningError(
                f"{self.src.name}: read {self.rows_in} rows but wrote {self.rows_out}; output discarded")

    def _csv_writer(self, out: IO[str]) -> Callable[[list[int], list[list[str]], list[tuple[str, ...]]], None]:
        writer = csv.writer(out, lineterminator="\r\n")
        header = [*self.src.header, *OUTPUT_COLUMNS, *[""] * self.trailing]  # (rows stay as wide as the header)
        writer.writerow([neutralise(c) for c in header] if self.safe else header)
        width, safe = self.width, self.safe

        def write(rows: list[int], cells_list: list[list[str]], chunk: list[tuple[str, ...]]) -> None:
            for cells, f in zip(cells_list, chunk):
                n = len(cells)
                if n == width:
                    cells += f
                elif n < width:
                    cells += [""] * (width - n)
                    cells += f
                else:  # extra cells go after the result columns, which stay aligned
                    cells[width:width] = f
            if safe and _FORMULA.search("\x00" + "\x00".join(itertools.chain.from_iterable(cells_list))):
                cells_list = [[neutralise(c) for c in cells] for cells in cells_list]
            writer.writerows(cells_list)

        return write

    def _jsonl_writer(self, out: IO[str]) -> Callable[[list[int], list[list[str]], list[tuple[str, ...]]], None]:
        keys = _unique(self.src.header)
        id_i = self.found.get("id")

        def write(rows: list[int], cells_list: list[list[str]], chunk: list[tuple[str, ...]]) -> None:
            for row, cells, f in zip(rows, cells_list, chunk):
                record: dict[str, Any] = {
                    "row": row,
                    "id": cells[id_i] if id_i is not None and id_i < len(cells) else None,
                    "input": dict(zip(keys, cells)),
                    "extra_cells": cells[len(keys):],
                    **{k.removeprefix("screening_"): v for k, v in zip(OUTPUT_COLUMNS, f)},
                }
                record["score"] = float(f[1]) if f[1] else None
                text = json.dumps(record, ensure_ascii=False)
                out.write(f'{text[:-1]}, "result": {f[9]}}}\n')

        return write


_STRAY = ("a quote opened by mistake? The row runs over lines {first}-{last}, and a later quote closes it where no "
          "cell ends: the {rows} lines after its first are not screened one by one, check the file there")
# The rows that decide whether every row of the file ends with empty cells (`_trailing_cells`)
LAYOUT_ROWS = 20
_ONE_LINE = (0, 0, 0)  # a row of one physical line: no quote opened by mistake swallowed others into it


def _trailing_cells(head: list[list[str]], width: int) -> int:
    """How many empty cells every row of a file ends with beyond its header's `width`, from its first rows
    (`head`): SAP writes a delimiter at the end of each row, not of the header. Only when two rows or more,
    and four in five of them, end alike; else 0 (a name with a delimiter in it is one such row: ragged)."""
    rows = [cells for cells in head if cells]
    found = collections.Counter(len(cells) - width for cells in rows if len(cells) > width and not any(cells[width:]))
    if not found:
        return 0
    extra, count = found.most_common(1)[0]
    return extra if count >= 2 and count * 5 >= len(rows) * 4 else 0


def _check_targets(input: str | Path | BinaryIO, output: str | Path | None, manifest: str | Path | None) -> None:
    """Refuse, before any row is screened, what would fail or destroy data only after the results were
    written: an output or manifest that is a directory, or the input file itself (the export would be
    replaced), or in a directory that cannot be made or written; a manifest that is the output file, or
    standard output when the results go there too."""
    stdout = ("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")
    if manifest in stdout and output in stdout:
        raise ValueError("the manifest and the output are both standard output: the JSON would follow the rows "
                         "(write one of them to a file)")
    source = None
    if isinstance(input, str | os.PathLike) and input != "-" and os.path.isfile(input):
        source = os.path.realpath(input)
    real: dict[str, str] = {}
    for role, target in (("output", output), ("manifest", manifest)):
        if target is None or target == "-":
            continue
        if os.path.isdir(target):
            raise IsADirectoryError(errno.EISDIR, f"the {role} is a directory, not a file to write", os.fspath(target))
        if is_special_path(target) or (os.path.exists(target) and not os.path.isfile(target)):
            folder = os.path.dirname(os.path.abspath(target))
            if not os.path.isdir(folder):  # (written in place: no directory is made)
                raise FileNotFoundError(errno.ENOENT, f"the {role}'s directory does not exist", folder)
            continue  # (a device or pipe may take both: `/dev/null`)
        real[role] = os.path.realpath(target)
        if real[role] == source:
            raise ValueError(f"the {role} is the input file, which writing it would replace: {os.fspath(target)!r}")
        _check_directory(role, real[role])
    if len(real) == 2 and real["output"] == real["manifest"]:
        raise ValueError(f"the manifest and the output are the same file: {real['manifest']!r}")


def _check_directory(role: str, target: str) -> None:
    """Refuse a target (an absolute path) whose directory cannot be made or written (`atomic_writer` makes the
    missing ones), by a scratch file in the nearest directory that exists: found after the run, the results
    would be lost. Nothing is made here: a run that stops before its first row leaves no directory behind."""
    folder = os.path.dirname(target)
    while not os.path.lexists(folder):
        folder = os.path.dirname(folder)
    if not os.path.isdir(folder):
        raise NotADirectoryError(errno.ENOTDIR, f"the {role}'s directory cannot be made: a file is in the way",
                                 folder)
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise type(exc)(exc.errno, f"the {role}'s directory cannot be written: {exc.strerror or exc}",
                        folder) from None


def _unique(header: list[str]) -> list[str]:
    """Header names made unique for JSON keys: a repeated name gets ` (2)`, ` (3)`..., the first number that
    no column of the header is named already (`Note, Note, Note (2)`: `Note (3)` for the second `Note`)."""
    taken = set(header)
    seen: collections.Counter[str] = collections.Counter()
    keys = []
    for name in header:
        seen[name] += 1
        key = name
        if seen[name] > 1:
            while (key := f"{name} ({seen[name]})") in taken:
                seen[name] += 1
            taken.add(key)
        keys.append(key)
    return keys


def screen_rows(rows: Iterable[Mapping[str, Any]], *, column: str, screener: Screener | None = None,
                kind_column: str | None = None, country_column: str | None = None,
                birth_date_column: str | None = None, jobs: int = 1) -> Iterator[dict[str, Any]]:
    """Screen an iterable of dicts lazily: yields each row as a new dict plus the `screening_*` keys.

    `column` names the key holding the name; the optional columns feed the secondary attributes. A row
    without the name key, or with an empty or non-text name, is UNSCREENABLE. Order and count are kept.
    """
    if screener is None:
        from screening.screen import Screener

        screener = Screener()
    window: collections.deque = collections.deque()
    attribute_columns = (kind_column, country_column, birth_date_column)

    def queries() -> Iterator[list[Query]]:
        done = 0
        for chunk in chunked(rows):
            window.append(chunk)
            yield [_dict_query(n, row, column, attribute_columns) for n, row in enumerate(chunk, start=done + 1)]
            done += len(chunk)

    for fields_chunk in run_chunks(queries(), screener, jobs=jobs, evidence=False):
        for row, fields in zip(window.popleft(), fields_chunk, strict=True):
            out = dict(row)
            out.update(zip(OUTPUT_COLUMNS, fields))
            yield out


def _dict_query(n: int, row: Mapping[str, Any], column: str, attribute_columns: tuple[str | None, ...]) -> Query:
    name = row.get(column)
    attributes = tuple(_text(row.get(c)) if c else None for c in attribute_columns)
    if column not in row:
        return ("", *attributes, f"row {n}: no {column!r} key")
    if name is not None and not isinstance(name, str):
        return ("", *attributes, f"row {n}: {column!r} is a {type(name).__name__}, not text")
    return (name or "", *attributes)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None if value is None else str(value)
