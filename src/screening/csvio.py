"""Reading and writing the CSV files of batch screening: sniffing, headers, streaming records, atomic output.

Reading is a stream: bytes are read in blocks of `BLOCK_BYTES`, hashed (sha256, for the audit manifest),
decoded with an incremental decoder and cut into physical lines for the `csv` module. Nothing holds more
than one block plus the current record, so memory stays flat whatever the file size.

Encoding: unless one is given, `detect_encoding` (re-exported from `screening._encoding`, whose docstring
has the rules: BOM, BOM-less UTF-16, UTF-8, else cp1251 or cp1252) decides from the first `SNIFF_BYTES`. A
UTF-8 file with a bad byte deep inside fails at that byte with an `InputFileError` naming the byte offset
and the row; with `fallback_encoding="cp1252"` (or any 8-bit codec) such bytes are decoded with the fallback
instead, one bad sequence at a time. A detected code page that turns to UTF-8 further on fails there too
(`_encoding.MixedEncodingsError`), with what to do. Decoding and line cutting (`\\r\\n`, `\\n` or `\\r` only, never
U+2028 and the other Unicode separators) are `screening._encoding.decoded_lines`.

Delimiter (`sniff_delimiter`): the candidate among `, ; TAB |` that occurs most often outside quotes in
the header record; ties go to the earlier candidate; none at all means a one-column file (`,`). The
header alone decides because it is the one record every export has and the one least likely to contain
the delimiter as data. `csv.Sniffer` is not used: it is slow and guesses letters as delimiters.

Output files are written atomically (`atomic_writer`): a temporary file in the target directory, fsync,
then `os.replace`. An interrupted run leaves the previous file (or none), never a half-written one.
"""

from __future__ import annotations

import collections
import contextlib
import csv
import errno
import hashlib
import io
import itertools
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO

from screening._encoding import MixedEncodingsError, checked_encoding, decoded_lines, detect_encoding
from screening.exceptions import InputFileError

__all__ = [
    "CsvSource",
    "atomic_writer",
    "detect_encoding",
    "is_special_path",
    "match_header",
    "neutralise",
    "sniff_delimiter",
]

# 1 MiB blocks: large enough that the per-block Python work is negligible next to the csv module's,
# small enough to be irrelevant to memory.
BLOCK_BYTES = 1 << 20
# How much of the head decides the encoding: 64 KiB is hundreds of rows of a typical supplier file.
SNIFF_BYTES = 1 << 16
DELIMITERS = (",", ";", "\t", "|")
# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets (OWASP "CSV
# injection"); tab and carriage return are on OWASP's list because some importers strip them first.
FORMULA_START = frozenset("=+-@\t\r")
# The last lines kept, to read a last row of several lines again strictly (`CsvSource.records`).
_RECENT_LINES = 1024
# Field size cap for the csv module (its default, 128 KiB, rejects real exports with long notes; a record read
# wrong may hold a 100 MB field, which is screened cut short and written back whole).
FIELD_LIMIT = 1 << 30
# The most characters a header is read to: no header is that long (a quote never closed in it would be the file).
HEADER_LIMIT = 1 << 20


def sniff_delimiter(head: str) -> str:
    """The delimiter of a CSV whose first record starts `head` (see the module docstring)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in head:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            if ch in "\r\n":
                break
            if ch in counts:
                counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: (counts[d], -DELIMITERS.index(d)))
    return best if counts[best] else ","


def header_key(name: str) -> str:
    """The comparable form of a column name: case-folded, without spaces, `_`, `-` or a BOM."""
    return re.sub(r"[\s_\-\ufeff]+", "", name).casefold()


def match_header(header: list[str], wanted: str, *, path: str | None = None) -> int:
    """The index of column `wanted` in `header`, compared case- and space-insensitively.

    Raises `InputFileError` listing the columns that exist when it is missing or ambiguous.
    """
    if not wanted.strip():
        raise InputFileError("no column named: the column name is empty", path=path)
    if wanted in header and header.count(wanted) == 1:
        return header.index(wanted)
    key = header_key(wanted)
    found = [i for i, name in enumerate(header) if header_key(name) == key]
    if len(found) == 1:
        return found[0]
    # (each name, and the list, cut short: a header read wrong may hold a whole file)
    shown = ", ".join(repr(h if len(h) <= 60 else h[:57] + "...") for h in header[:50]) or "(none)"
    if len(header) > 50:
        shown += f" and {len(header) - 50:,} more"
    problem = "is ambiguous" if found else "not found"
    raise InputFileError(f"column {wanted!r} {problem}; the columns are: {shown}", path=path, field=wanted)


def neutralise(cell: str) -> str:
    """A cell made safe for spreadsheets: a leading formula character gets a `'` in front."""
    return "'" + cell if cell[:1] in FORMULA_START else cell


class CsvSource:
    """One CSV input, read as a stream of records.

    `source` is a path, `"-"` for standard input, or a binary file object. After `open()` the
    `header`, `encoding` and `delimiter` are known; `records()` yields `(row_number, cells)` for every
    data row (row 1 is the first row after the header). `sha256` and `bytes_read` grow as it reads.
    """

    def __init__(self, source: str | os.PathLike[str] | BinaryIO, *, encoding: str | None = None,
                 fallback_encoding: str | None = None, delimiter: str | None = None) -> None:
        self.source = source
        self.name = _display_name(source)
        self.encoding = encoding
        self.fallback_encoding = fallback_encoding
        self.delimiter = delimiter
        self.header: list[str] = []
        self.bytes_read = 0
        self._hash = hashlib.sha256()
        self._stream: BinaryIO | None = None
        self._owned = False
        self._row = 0
        self._reader: Any = None  # a `csv.reader` (its `line_num` counts the physical lines read)
        self._recent: collections.deque[str] = collections.deque(maxlen=_RECENT_LINES)  # (`_kept`)
        self.lines = (0, 0)  # the first and last physical line of the row `records` yielded last
        self._detected = False  # the encoding was detected, not given (`open`)
        self._header_chars = -1  # characters read while the header is (`_kept`); -1 after
        self._skipped = 0  # physical lines before the header the csv reader never sees (Excel's `sep=` line)

    @property
    def sha256(self) -> str:
        """The sha256 of the bytes read so far (of the whole input once `records()` is exhausted)."""
        return self._hash.hexdigest()

    def __enter__(self) -> CsvSource:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> None:
        """Open the input, decide encoding and delimiter, and read the header."""
        if self.source == "-":
            self._stream = sys.stdin.buffer
        elif hasattr(self.source, "read"):
            self._stream = self.source  # type: ignore[assignment]
        else:
            try:
                self._stream = open(self.source, "rb")  # type: ignore[arg-type]  # noqa: SIM115
            except OSError as exc:
                raise InputFileError(f"cannot open: {exc.strerror or exc}", path=self.name) from exc
            self._owned = True
        first = self._read_block()
        self._detected = self.encoding is None  # (a detected code page is checked for UTF-8 further on)
        if self.encoding is None:
            self.encoding = detect_encoding(first[:SNIFF_BYTES])
        else:
            self.encoding = checked_encoding(self.encoding, self.name)
        if self.fallback_encoding is not None:
            checked_encoding(self.fallback_encoding, self.name)
        lines = self._lines(first)
        head_lines = self._head_lines(lines)
        declared = _EXCEL_SEPARATOR.fullmatch("".join(head_lines).strip())
        if declared is not None:  # (Excel's `sep=;` line: the delimiter, then the header)
            self._skipped = len(head_lines)
            self.delimiter = self.delimiter or declared.group(1)
            head_lines = self._head_lines(lines)
        if self.delimiter is None:
            start = next((i for i, line in enumerate(head_lines) if line.strip()), 0)  # (past blank lines)
            self.delimiter = sniff_delimiter("".join(head_lines[start:]))
        csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))  # (raised once, never lowered)
        self._header_chars = sum(map(len, head_lines))  # (`_kept` counts on while the header is read)
        self._reader = csv.reader(itertools.chain(head_lines, lines), delimiter=self.delimiter, strict=False)
        header = self._next()
        while header is not None and not "".join(header).strip():  # a blank line before the header
            header = self._next()
        self._header_chars = -1
        if header is None:
            raise InputFileError("the file is empty: no header row", path=self.name)
        if header and header[0].startswith("\ufeff"):  # a second BOM, or one under a set encoding
            header[0] = header[0][1:]
        self.header = header

    def _head_lines(self, lines: Iterator[str]) -> list[str]:
        """The lines of the next record, quoted newlines and all (or the first `SNIFF_BYTES`), blank lines
        before it too."""
        head_lines: list[str] = []
        quotes = size = 0
        try:
            for line in lines:
                head_lines.append(line)
                quotes, size = quotes + line.count('"'), size + len(line)
                if quotes % 2 == 0 and line.strip() or size >= SNIFF_BYTES:
                    break  # (blank lines before the header are read past)
        except UnicodeDecodeError as exc:  # a bad byte in the header, named as one in a row is
            raise self._error(exc) from None
        return head_lines

    def close(self) -> None:
        """Close the input if this object opened it."""
        if self._owned and self._stream is not None:
            self._stream.close()
        self._stream = None

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """Every data row as `(row_number, cells)`, in file order.

        A quote the file opens and never closes makes the last row hold every line after it as one cell
        (the `csv` module reads it so, lenient as exports need): that row is yielded, then an
        `InputFileError` names it, so no run reports the rows it swallowed as screened. A last row of
        several lines is read again strictly to tell; one of more than `_RECENT_LINES` is refused too."""
        reader = self._reader
        assert reader is not None
        row = self._row
        start = end = reader.line_num  # the physical lines read before and after the row just read
        try:
            for row, cells in enumerate(reader, row + 1):  # noqa: B007 -- `row` names the failing row
                start, end = end, reader.line_num
                self.lines = (start + 1 + self._skipped, end + self._skipped)
                yield row, cells
        except (UnicodeDecodeError, csv.Error) as exc:
            self._row = row
            raise self._error(exc) from None
        self._row = row
        if end - start > 1 and self._unclosed(end - start):
            raise InputFileError(f"a quote opened in this row is never closed: the {end - start} lines from it to "
                                 f"the end of the file were read as one row (close the quote, or remove it)",
                                 path=self.name, row=row if self.header else None)

    def swallowed(self, cells: list[str]) -> int:
        """How many lines of the row just read (`records`) lie inside a quote opened by mistake, 0 for none.

        A quote opened by mistake (`1,Acme,"US`) runs on to the next quote in the file, and the rows between
        become text in one cell; the quote that closes it is another cell's opening one, so text follows it
        where CSV wants a delimiter (`3,"Foo Inc"`): the row's lines, read again strictly, fail. A cell of
        several lines that CSV quotes as it should (an address) reads strictly."""
        first, last = self.lines
        if last <= first or not any("\n" in cell or "\r" in cell for cell in cells):
            return 0
        lines = last - first + 1
        return 0 if self._strictly(lines) is None else lines - 1

    def _unclosed(self, lines: int) -> bool:
        """Whether the last `lines` lines read (the last row) end inside a quoted cell."""
        error = self._strictly(lines)
        return error is not None and (not error or "unexpected end of data" in error)

    def _strictly(self, lines: int) -> str | None:
        """What the csv module, strict, says of the last `lines` lines read: None when they read as CSV, its
        error, or "" for more lines than are kept (a cell of over a thousand lines is none an export writes)."""
        if lines > len(self._recent):
            return ""
        try:
            list(csv.reader(list(self._recent)[-lines:], delimiter=self.delimiter or ",", strict=True))
        except csv.Error as exc:
            return str(exc)
        return None

    def _next(self) -> list[str] | None:
        """The next record (the header), or None at the end."""
        assert self._reader is not None
        try:
            return next(self._reader)
        except StopIteration:
            return None
        except (UnicodeDecodeError, csv.Error) as exc:
            raise self._error(exc) from None
        except _RunawayHeader:
            raise InputFileError(f"the header runs over {HEADER_LIMIT >> 20} MiB: most likely a quote opened in it is "
                                 f"never closed (close the quote, or remove it)", path=self.name) from None

    def _error(self, exc: Exception) -> InputFileError:
        """An `InputFileError` for a failure while reading the record after row `self._row`."""
        row = self._row + 1 if self.header else None
        if isinstance(exc, UnicodeDecodeError):
            offset = getattr(exc, "file_offset", None)
            if isinstance(exc, MixedEncodingsError):
                return InputFileError(exc.reason, path=self.name, row=row, offset=offset)
            if "BOM" in exc.reason:  # (`utf-16` given for a file without one)
                return InputFileError(f"{self.encoding} needs a byte-order mark, which the file does not start with: "
                                      f"give the byte order ({self.encoding}-le or {self.encoding}-be)",
                                      path=self.name, row=row, offset=offset)
            return InputFileError(
                f"not valid {self.encoding}: byte {exc.object[exc.start:exc.end]!r} "
                f"(set the encoding, or allow a fallback encoding)", path=self.name, row=row, offset=offset)
        return InputFileError(f"unreadable CSV: {exc}", path=self.name, row=row)

    def _read_block(self) -> bytes:
        assert self._stream is not None
        try:
            block = self._stream.read(BLOCK_BYTES)
        except OSError as exc:
            raise InputFileError(f"cannot read: {exc.strerror or exc}", path=self.name, offset=self.bytes_read) from exc
        self._hash.update(block)
        self.bytes_read += len(block)
        return block

    def _lines(self, first: bytes) -> Iterator[str]:
        """Decoded physical lines, `first` and then every further block (see `screening._encoding`)."""
        assert self.encoding is not None
        return self._kept(decoded_lines(first, self._read_block, self.encoding, self.fallback_encoding,
                                        detected=self._detected))

    def _kept(self, lines: Iterator[str]) -> Iterator[str]:
        """`lines`, the last `_RECENT_LINES` of them kept (`records`: a quote never closed); while the header is
        read, one past `HEADER_LIMIT` characters stops it (`_RunawayHeader`: a quote opened in it and never
        closed would hold the whole file)."""
        keep = self._recent.append
        for line in lines:
            keep(line)
            if self._header_chars >= 0:
                self._header_chars += len(line)
                if self._header_chars > HEADER_LIMIT:
                    raise _RunawayHeader
            yield line


# The first line Excel reads as the file's delimiter, not as its header (`sep=;`)
_EXCEL_SEPARATOR = re.compile(r"\ufeff?sep=([,;\t|])", re.IGNORECASE)


class _RunawayHeader(Exception):
    """The header ran over `HEADER_LIMIT` characters (`CsvSource._kept`)."""


def _display_name(source: object) -> str:
    if isinstance(source, str | os.PathLike):
        return "<stdin>" if source == "-" else os.fspath(source)
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else "<stream>"


_STDOUT_PATHS = frozenset({"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"})  # standard output, as `-` is


def is_special_path(target: str | os.PathLike[str]) -> bool:
    """Whether `target` is reached through /dev or /proc (a device, a process's open file or pipe), where a file
    is written in place, never replaced (`atomic_writer`)."""
    return any(os.fspath(path).startswith(("/dev/", "/proc/")) for path in (target, os.path.abspath(target)))


@contextlib.contextmanager
def atomic_writer(target: str | os.PathLike[str], *, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """A text file that appears at `target` only if the block completes; `"-"` writes to stdout.

    The data goes to a temporary file beside the target (the directory is created if missing), is flushed
    and fsynced, then renamed over the target, which keeps its permissions. On any exception
    (KeyboardInterrupt included) the temporary file is removed. A symbolic link stays a link (the file it
    points to is replaced); a device or a named pipe (`/dev/null`) is written to, never replaced; a directory
    is an `IsADirectoryError` naming `target`, before anything is written.
    """
    if target == "-" or os.fspath(target) in _STDOUT_PATHS:
        out = io.TextIOWrapper(sys.stdout.buffer, encoding=encoding, newline="", write_through=False)
        try:
            yield out
            out.flush()
        finally:
            out.detach()
        return
    try:
        found = os.stat(target)  # (through links)
    except FileNotFoundError:
        found = None
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a directory, not a file to write", os.fspath(target))
    if found is not None and (not stat.S_ISREG(found.st_mode) or is_special_path(target)):
        # a device or a pipe, or a file reached through /dev or /proc (`>(gzip)`, `/dev/fd/3`): written to
        with open(target, "w", encoding=encoding, newline="") as out:
            yield out
        return
    path = Path(os.path.realpath(target))  # (a symbolic link is kept: the file it points to is written)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or ".")
    try:
        with open(fd, "w", encoding=encoding, newline="") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        if found is not None:  # the file it replaces keeps its permissions
            mode = stat.S_IMODE(found.st_mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
