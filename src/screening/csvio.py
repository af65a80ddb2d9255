"""Reading and writing the CSV files of batch screening: decoding, sniffing, headers, atomic output.

Reading is a stream: bytes are read in blocks of `BLOCK_BYTES`, hashed (sha256, for the audit manifest),
decoded with an incremental decoder and cut into physical lines for the `csv` module. Nothing holds more
than one block plus the current record, so memory stays flat whatever the file size.

Encoding (`detect_encoding`), in this order:

1. a byte-order mark: UTF-8 (`utf-8-sig`), UTF-32 and UTF-16 (the BOM is consumed, never a cell);
2. no BOM but NUL in most odd (or even) bytes of the head: UTF-16-LE (BE) without a BOM;
3. the head decodes as UTF-8: `utf-8`;
4. otherwise a legacy 8-bit export: `cp1252` (Windows-1252; its five unassigned bytes are read as
   Latin-1 so that every byte string decodes).

Only the head (`SNIFF_BYTES`) is inspected, so a UTF-8 file with one bad byte deep inside is detected as
UTF-8 and fails at that byte with an `InputFileError` naming the byte offset and the row. With
`fallback_encoding="cp1252"` (or any 8-bit codec) such bytes are decoded with the fallback instead, one
bad sequence at a time, and the rest of the file stays UTF-8: the common case of an ERP export with a few
legacy records pasted in.

Delimiter (`sniff_delimiter`): the candidate among `, ; TAB |` that occurs most often outside quotes in
the header record; ties go to the earlier candidate; none at all means a one-column file (`,`). The
header alone decides because it is the one record every export has and the one least likely to contain
the delimiter as data. `csv.Sniffer` is not used: it is slow and guesses letters as delimiters.

Lines are cut on `\\r\\n`, `\\n` or `\\r` only (what `open(newline="")` does), never on the other
Unicode line separators, so a U+2028 inside a name stays inside the name; quoted fields with embedded
newlines are reassembled by the `csv` module.

Output files are written atomically (`atomic_writer`): a temporary file in the target directory, fsync,
then `os.replace`. An interrupted run leaves the previous file (or none), never a half-written one.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import hashlib
import io
import itertools
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, BinaryIO

from screening.exceptions import InputFileError

__all__ = [
    "CsvSource",
    "atomic_writer",
    "detect_encoding",
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
# Field size cap for the csv module (its default, 128 KiB, rejects real exports with long notes).
FIELD_LIMIT = 1 << 30

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16-LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_ODD_SEPARATORS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def detect_encoding(head: bytes) -> str:
    """The encoding of a file from its first bytes (see the module docstring for the rules)."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if len(head) >= 4:
        odd, even = head[1::2].count(0), head[0::2].count(0)
        half = len(head) // 2
        if odd > 0.4 * half and even < 0.05 * half:
            return "utf-16-le"
        if even > 0.4 * half and odd < 0.05 * half:
            return "utf-16-be"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _latin1_for_unassigned(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a byte Windows-1252 leaves unassigned is read as Latin-1."""
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("screening-latin1", _latin1_for_unassigned)


def _fallback_handler(encoding: str) -> str:
    """Register (once) and name a codec error handler decoding bad bytes with `encoding`."""
    name = f"screening-fallback-{codecs.lookup(encoding).name}"
    try:
        codecs.lookup_error(name)
    except LookupError:

        def handler(exc: UnicodeError) -> tuple[str, int]:
            assert isinstance(exc, UnicodeDecodeError)
            return exc.object[exc.start : exc.end].decode(encoding, "screening-latin1"), exc.end

        codecs.register_error(name, handler)
    return name


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
    if wanted in header and header.count(wanted) == 1:
        return header.index(wanted)
    key = header_key(wanted)
    found = [i for i, name in enumerate(header) if header_key(name) == key]
    if len(found) == 1:
        return found[0]
    shown = ", ".join(repr(h) for h in header) or "(none)"
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
        self._reader: Iterator[list[str]] | None = None

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
        if self.encoding is None:
            self.encoding = detect_encoding(first[:SNIFF_BYTES])
        else:
            self.encoding = _checked_encoding(self.encoding, self.name)
        if self.fallback_encoding is not None:
            _checked_encoding(self.fallback_encoding, self.name)
        lines = self._lines(first)
        head_lines: list[str] = []
        quotes = size = 0
        for line in lines:  # the header record, quoted newlines and all (or the first SNIFF_BYTES)
            head_lines.append(line)
            quotes, size = quotes + line.count('"'), size + len(line)
            if quotes % 2 == 0 or size >= SNIFF_BYTES:
                break
        if self.delimiter is None:
            self.delimiter = sniff_delimiter("".join(head_lines))
        csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
        self._reader = csv.reader(itertools.chain(head_lines, lines), delimiter=self.delimiter, strict=False)
        header = self._next()
        if header is None:
            raise InputFileError("the file is empty: no header row", path=self.name)
        if header and header[0].startswith("\ufeff"):  # a second BOM, or one under a set encoding
            header[0] = header[0][1:]
        self.header = header

    def close(self) -> None:
        """Close the input if this object opened it."""
        if self._owned and self._stream is not None:
            self._stream.close()
        self._stream = None

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """Every data row as `(row_number, cells)`, in file order."""
        assert self._reader is not None
        row = self._row
        try:
            for row, cells in enumerate(self._reader, row + 1):  # noqa: B007 -- `row` names the failing row
                yield row, cells
        except (UnicodeDecodeError, csv.Error) as exc:
            self._row = row
            raise self._error(exc) from None
        self._row = row

    def _next(self) -> list[str] | None:
        """The next record (the header), or None at the end."""
        assert self._reader is not None
        try:
            return next(self._reader)
        except StopIteration:
            return None
        except (UnicodeDecodeError, csv.Error) as exc:
            raise self._error(exc) from None

    def _error(self, exc: Exception) -> InputFileError:
        """An `InputFileError` for a failure while reading the record after row `self._row`."""
        row = self._row + 1 if self.header else None
        if isinstance(exc, UnicodeDecodeError):
            return InputFileError(
                f"not valid {self.encoding}: byte {exc.object[exc.start:exc.end]!r} "
                f"(set the encoding, or allow a fallback encoding)",
                path=self.name, row=row, offset=getattr(exc, "file_offset", None))
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
        """Decode blocks and cut them into physical lines (see the module docstring).

        On a decoding error the lines before the bad byte are yielded first, so that the `csv` reader
        has counted every complete row when the error reaches it and the error names the right row.
        """
        assert self.encoding is not None
        errors = "strict"
        if self.encoding == "cp1252":
            errors = "screening-latin1"
        elif self.fallback_encoding is not None:
            errors = _fallback_handler(self.fallback_encoding)
        decoder = codecs.getincrementaldecoder(self.encoding)(errors)
        block, base = first, 0
        partial: list[str] = []  # the start of a line that continues in the next block
        while True:
            final = not block
            pending = decoder.getstate()[0]
            try:
                text = decoder.decode(block, final=final)
            except UnicodeDecodeError as exc:
                good = codecs.getincrementaldecoder(self.encoding)().decode((pending + block)[: exc.start])
                lines = _split("".join(partial) + good)
                yield from (line for line in lines if line.endswith(("\n", "\r")))
                exc.file_offset = base - len(pending) + exc.start  # type: ignore[attr-defined]
                raise
            base += len(block)
            lines = _split(text)
            if partial:
                if partial[-1].endswith("\r") and not text.startswith("\n"):
                    yield "".join(partial)  # that CR was a whole line end
                    partial = []
                elif lines and (final or len(lines) > 1 or lines[0].endswith(("\n", "\r"))):
                    partial.append(lines[0])
                    lines[0] = "".join(partial)
                    partial = []
                elif lines:  # still inside a long line: collect, join once at its end
                    partial.append(lines.pop())
            if final and partial:
                lines.append("".join(partial))
            # The last piece continues in the next block unless it ends a line; a final CR might be
            # the first half of a CRLF, so it waits too.
            if not final and lines and not lines[-1].endswith("\n"):
                partial.append(lines.pop())
            yield from lines
            if final:
                return
            block = self._read_block()


def _split(text: str) -> list[str]:
    """`text` cut after every CR, LF or CRLF, line ends kept."""
    if _ODD_SEPARATORS.search(text) is None:
        return text.splitlines(keepends=True)
    return _LINE.findall(text)


def _display_name(source: object) -> str:
    if isinstance(source, str | os.PathLike):
        return "<stdin>" if source == "-" else os.fspath(source)
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else "<stream>"


def _checked_encoding(name: str, path: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise InputFileError(f"unknown encoding {name!r}", path=path) from None


@contextlib.contextmanager
def atomic_writer(target: str | os.PathLike[str], *, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """A text file that appears at `target` only if the block completes; `"-"` writes to stdout.

    The data goes to a temporary file beside the target (the directory is created if missing), is flushed
    and fsynced, then renamed over the target. On any exception (KeyboardInterrupt included) the temporary
    file is removed.
    """
    if target == "-":
        out = io.TextIOWrapper(sys.stdout.buffer, encoding=encoding, newline="", write_through=False)
        try:
            yield out
            out.flush()
        finally:
            out.detach()
        return
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or ".")
    try:
        with open(fd, "w", encoding=encoding, newline="") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
