"""Bytes to text for the CSV reader (`screening.csvio`): encoding detection, decoding, physical lines.

Encoding (`detect_encoding`), in this order:

1. a byte-order mark: UTF-8 (`utf-8-sig`), UTF-32 and UTF-16 (the BOM is consumed, never a cell);
2. no BOM but NUL in most odd (or even) bytes of the head: UTF-16-LE (BE) without a BOM;
3. the head decodes as UTF-8, or holds more well-formed UTF-8 sequences of two to four bytes than bad bytes
   (a UTF-8 export with a legacy record pasted in; a legacy text makes such a sequence only now and then,
   `É` before a NBSP): `utf-8`, and the run fails at the first bad byte unless a fallback encoding is given;
4. otherwise a legacy 8-bit export, and `cp1251` (Windows-1251: Russian, Ukrainian, Belarusian; a 1C
   export) when more than half of the head's high letters stand in words of two or more high letters and no
   ASCII letter. A high letter is a byte 0xC0-0xFF (А-я) or one of `Ўў Ґ Ёё Єє Її Іі ґ` (0xA1 0xA2 0xA5
   0xA8 0xAA 0xAF 0xB2-0xB4 0xB8 0xBA 0xBF); a word is a run of high and ASCII letters. Cyrillic words are whole
   runs of high letters (`Наименование`, `Київ`), and Latin e-mail addresses beside them do not count;
   Western text has its accented letters inside mostly ASCII words (`Société Générale`, `Müller`, `Łódź` in
   cp1250), and its words of one (`à`, `é`) do not count either;
5. otherwise `cp1252` (Windows-1252).

Both code pages read every byte: the five bytes cp1252 leaves unassigned, and 0x98 in cp1251, are read as
Latin-1. Greek, Hebrew and Arabic code pages and KOI8-R also write words of high bytes only: they are read as
cp1251, as wrongly as cp1252 would read them; such a file needs its encoding named.

Only the head is inspected (the caller passes `csvio.SNIFF_BYTES`), so a UTF-8 file with one bad byte deep
inside is detected as UTF-8 and fails at that byte: `decoded_lines` raises the `UnicodeDecodeError` with a
`file_offset` attribute (the byte offset in the file, counting a BOM), after yielding every complete line
before it. With a fallback encoding (`cp1252` or any 8-bit codec) such bytes are decoded with the fallback
instead, one bad sequence at a time, and the rest of the file stays UTF-8: the common case of an ERP export
with a few legacy records pasted in. A codec error that names no byte (`utf-16` or `utf-32` given for a file
without a BOM: `UnicodeError`) is raised as a `UnicodeDecodeError` at the first byte not decoded.

A code page detected from the head (`decoded_lines(..., detected=True)`) is not trusted for the rest of the
file: a legacy record at the top of a UTF-8 export makes the head cp1252, and every later UTF-8 cell would
come out garbled (`MÃ¼ller`), silently. So each `_WINDOW` bytes of each block (as many as the head) is held to
a surer rule 3 before it is decoded: a window with three UTF-8 sequences or more and no bad byte is a
`MixedEncodingsError` (a `UnicodeDecodeError` whose reason says what to do) at its first UTF-8 sequence. A
true cp1252 file writes such a pair only now and then (`É` NBSP, `ß“`): three in one window and no other
letter beyond ASCII would be a false alarm, which the message answers (set the encoding); a UTF-8 part of
fewer than three letters beyond ASCII goes unnoticed. An encoding the caller gives is used as given.

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

__all__ = ["MixedEncodingsError", "checked_encoding", "decoded_lines", "detect_encoding"]

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
# cp1251's letters beyond ASCII (rule 4), as the body of a regex character class: А-я at 0xC0-0xFF, and the
# Ўў Ґ Ёё Єє Її Іі ґ of Belarusian, Russian and Ukrainian
_HIGH = rb"\xa1\xa2\xa5\xa8\xaa\xaf\xb2-\xb4\xb8\xba\xbf\xc0-\xff"
_HIGH_LETTERS = bytes(byte for byte in range(256) if re.fullmatch(rb"[%s]" % _HIGH, bytes([byte])))
# a word of two or more such letters, with no ASCII letter in it or next to it
_HIGH_WORD = re.compile(rb"(?<![A-Za-z%s])[%s]{2,}(?![A-Za-z%s])" % (_HIGH, _HIGH, _HIGH))
_NON_ASCII = bytes(range(0x80, 0x100))
# The code pages of rules 4 and 5: every byte decodes (`screening-latin1`); detected, they are watched for UTF-8.
_CODE_PAGES = ("cp1251", "cp1252")
# A detected code page is judged for UTF-8 further on this many bytes at a time: as many as the head detection
# reads (`csvio.SNIFF_BYTES`), so that a later part needs the evidence the head would, and the head itself is
# not weighed against a UTF-8 part in the same block (a 1 MiB block holds sixteen windows).
_WINDOW = 1 << 16
# A later window is UTF-8 when it holds this many UTF-8 sequences and no byte that is none: surer than the
# head's rule 3, as the head has already said otherwise (a cp1252 file writes `É` before a NBSP now and then)
_SURE_SEQUENCES = 3


class MixedEncodingsError(UnicodeDecodeError):
    """A file detected as a legacy code page that turns to UTF-8 further on; its `reason` says what to do."""


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
        if _mostly_utf8(head):
            return "utf-8"
        high = len(head) - len(head.translate(None, _HIGH_LETTERS))
        return "cp1251" if 2 * sum(map(len, _HIGH_WORD.findall(head))) > high else "cp1252"
    return "utf-8"


def _mostly_utf8(data: bytes) -> bool:
    """Whether `data` holds more well-formed UTF-8 sequences of two to four bytes than bad bytes (rule 3)."""
    valid, bad = _utf8_counts(data)
    return valid > 0 and valid > bad


def _utf8_counts(data: bytes) -> tuple[int, int]:
    """The well-formed UTF-8 sequences of two to four bytes in `data`, and its bad bytes.

    Counted from one decoding (four times faster than finding `_UTF8_SEQUENCE`, the same count): every
    character beyond ASCII is a sequence or a U+FFFD for a bad one (or for a U+FFFD in the file, a sequence).
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    return len(text) - len(data.translate(None, _NON_ASCII)) - bad, bad


def _latin1_for_unassigned(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a byte the code page leaves unassigned (five in cp1252, 0x98 in cp1251) is read
    as Latin-1, so that every byte string decodes."""
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


def decoded_lines(first: bytes, read_block: Callable[[], bytes], encoding: str, fallback_encoding: str | None,
                  *, detected: bool = False) -> Iterator[str]:
    """`first`, then each block `read_block` returns until an empty one, decoded and cut into physical lines.

    On a decoding error the lines before the bad byte are yielded first, so that the `csv` reader
    has counted every complete row when the error reaches it and the error names the right row.
    `detected`: the encoding was detected, not given; a detected code page that turns to UTF-8 further on
    is a `MixedEncodingsError` (see the module docstring).
    """
    errors = "strict"
    if encoding in _CODE_PAGES:
        errors = "screening-latin1"
    elif fallback_encoding is not None:
        errors = _fallback_handler(fallback_encoding)
    watched = detected and encoding in _CODE_PAGES
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    block, base = first, 0
    partial: list[str] = []  # the start of a line that continues in the next block
    while True:
        final = not block
        state = decoder.getstate()
        try:
            if watched:
                _check_no_utf8(block, base, encoding)
            text = decoder.decode(block, final=final)
        except UnicodeError as exc:
            error, offset = _located(exc, encoding, block, base, state[0])
            before = codecs.getincrementaldecoder(encoding)(errors)
            before.setstate(state)  # (what the decoder held from the block before: a BOM read, a byte order)
            good = before.decode(block[: max(offset - base, 0)])
            yield from (line for line in _split("".join(partial) + good) if line.endswith(("\n", "\r")))
            raise error from None
        base += len(block)
        lines = _split(text)
        if partial:
            if not text:
                pass  # (a block too short to decode a character, half a UTF-16 unit: the CR waits on)
            elif partial[-1].endswith("\r") and not text.startswith("\n"):
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


def _check_no_utf8(block: bytes, base: int, encoding: str) -> None:
    """Raise `MixedEncodingsError` if a `_WINDOW` of `block` (at `base` in the file) is UTF-8 by rule 3, in a
    file whose head was detected as the code page `encoding`: at the window's first UTF-8 sequence."""
    for start in range(0, len(block), _WINDOW):
        window = block[start : start + _WINDOW]
        if window.isascii():
            continue
        valid, bad = _utf8_counts(window)
        if valid < _SURE_SEQUENCES or bad:  # (a code page writes a pair now and then: `É` NBSP)
            continue
        found = _UTF8_SEQUENCE.search(window)
        assert found is not None
        reason = (f"the file mixes encodings: {encoding} from its start (as detected from its first bytes), "
                  f"UTF-8 further on, from this byte; read it with --encoding {encoding} if it is {encoding} "
                  f"throughout, else with --encoding utf-8 --fallback-encoding {encoding} (UTF-8, its legacy "
                  f"bytes as {encoding})")
        error = MixedEncodingsError(encoding, block, start + found.start(), start + found.end(), reason)
        error.file_offset = base + start + found.start()  # type: ignore[attr-defined]
        raise error


def _located(exc: UnicodeError, encoding: str, block: bytes, base: int,
             pending: bytes) -> tuple[UnicodeDecodeError, int]:
    """The decoding error `exc` of `block` (at `base` in the file, after the undecoded `pending` bytes of
    the block before) as a `UnicodeDecodeError` with its `file_offset` set, and that offset."""
    if isinstance(exc, MixedEncodingsError):
        return exc, exc.file_offset  # type: ignore[attr-defined]
    if isinstance(exc, UnicodeDecodeError):
        # A decoder decodes to the end of the block, but may have cut a BOM off the front (`utf-8-sig`: its
        # positions start after it), so the position counts back from the end of the block.
        offset = base + len(block) - len(exc.object) + exc.start
    else:  # an error naming no byte (`UTF-16 stream does not start with BOM`): at the first undecoded byte
        data = pending + block
        unit = 4 if codecs.lookup(encoding).name.startswith("utf-32") else 2
        exc = UnicodeDecodeError(encoding, data, 0, min(unit, len(data)), str(exc))
        offset = base - len(pending)
    exc.file_offset = offset  # type: ignore[attr-defined]
    return exc, offset


def _split(text: str) -> list[str]:
    """`text` cut after every CR, LF or CRLF, line ends kept."""
    if _ODD_SEPARATORS.search(text) is None:
        return text.splitlines(keepends=True)
    return _LINE.findall(text)
