"""Bytes to text for the CSV reader (`screening.csvio`): encoding detection, decoding, physical lines.

Encoding (`detect_encoding`), in this order:

1. a byte-order mark: UTF-8 (`utf-8-sig`), UTF-32 and UTF-16 (the BOM is consumed, never a cell);
2. no BOM but NUL in most odd (or even) bytes of the head: UTF-16-LE (BE) without a BOM;
3. the head decodes as UTF-8, or holds more well-formed UTF-8 sequences of two to four bytes than bad bytes
   (a UTF-8 export with a legacy record pasted in; a legacy text makes such a sequence only now and then,
   `É` before a NBSP): `utf-8`, and the run fails at the first bad byte unless a fallback encoding is given;
4. otherwise a legacy 8-bit export: `cp1252` (Windows-1252; its five unassigned bytes are read as
   Latin-1 so that every byte string decodes).

Only the head is inspected (the caller passes `csvio.SNIFF_BYTES`), so a UTF-8 file with one bad byte deep
inside is detected as UTF-8 and fails at that byte: `decoded_lines` raises the `UnicodeDecodeError` with a
`file_offset` attribute (the byte offset in the file), after yielding every complete line before it. With a
fallback encoding (`cp1252` or any 8-bit codec) such bytes are decoded with the fallback instead, one bad
sequence at a time, and the rest of the file stays UTF-8: the common case of an ERP export with a few
legacy records pasted in.

Lines are cut on `\\r\\n`, `\\n` or `\\r` only (what `open(newline="")` does), never on the other
Unicode line separators, so a U+2028 inside a name stays inside the name; quoted fields with embedded
newlines are reassembled by the `csv` module. Decoding is incremental, block by block: a character, a
CRLF or a line split across blocks is joined before it is yielded.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator

from screening.exceptions import InputFileError

__all__ = ["checked_encoding", "decoded_lines", "detect_encoding"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16-LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_ODD_SEPARATORS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# a well-formed UTF-8 sequence of two to four bytes (shortest forms, no surrogates)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
                            rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
                            rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")


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
        # (UTF-8 when its sequences outnumber the bytes that are none: a legacy text makes one now and then,
        # `É` before a NBSP, among many bad bytes)
        valid = len(_UTF8_SEQUENCE.findall(head))
        return "utf-8" if valid and valid > head.decode("utf-8", errors="replace").count("\ufffd") else "cp1252"
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


def checked_encoding(name: str, path: str) -> str:
    """The codec's canonical name; `InputFileError` naming `path` when Python does not know it, or knows it
    as no text encoding (`rot13`, `zlib`, `base64`: codecs from bytes to bytes or str to str)."""
    try:
        codec = codecs.lookup(name)
    except LookupError:
        raise InputFileError(f"unknown encoding {name!r}", path=path) from None
    if not getattr(codec, "_is_text_encoding", True):
        raise InputFileError(f"{name!r} is no text encoding (a file's bytes cannot be read as text with it)",
                             path=path)
    return codec.name


def decoded_lines(first: bytes, read_block: Callable[[], bytes], encoding: str,
                  fallback_encoding: str | None) -> Iterator[str]:
    """`first`, then each block `read_block` returns until an empty one, decoded and cut into physical lines.

    On a decoding error the lines before the bad byte are yielded first, so that the `csv` reader
    has counted every complete row when the error reaches it and the error names the right row.
    """
    errors = "strict"
    if encoding == "cp1252":
        errors = "screening-latin1"
    elif fallback_encoding is not None:
        errors = _fallback_handler(fallback_encoding)
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    block, base = first, 0
    partial: list[str] = []  # the start of a line that continues in the next block
    while True:
        final = not block
        pending = decoder.getstate()[0]
        try:
            text = decoder.decode(block, final=final)
        except UnicodeDecodeError as exc:
            good = codecs.getincrementaldecoder(encoding)().decode((pending + block)[: exc.start])
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
        block = read_block()


def _split(text: str) -> list[str]:
    """`text` cut after every CR, LF or CRLF, line ends kept."""
    if _ODD_SEPARATORS.search(text) is None:
        return text.splitlines(keepends=True)
    return _LINE.findall(text)
