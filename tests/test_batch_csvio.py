"""CSV reading and writing for batch screening: encodings, delimiters, headers, atomic output."""

from __future__ import annotations

import codecs
import io
import os
import stat
from pathlib import Path

import pytest

from screening.csvio import CsvSource, atomic_writer, detect_encoding, match_header, neutralise, sniff_delimiter
from screening.exceptions import InputFileError

TABLE = [["Supplier Name", "Country"], ["Zürich Präzision AG", "CH"], ["Société Générale Paris", "FR"]]


def read(data: bytes, **kwargs: object) -> tuple[CsvSource, list[list[str]]]:
    src = CsvSource(io.BytesIO(data), **kwargs)  # type: ignore[arg-type]
    with src:
        rows = [cells for _, cells in src.records()]
    return src, rows


def encode(table: list[list[str]], delimiter: str = ",", encoding: str = "utf-8", newline: str = "\r\n") -> bytes:
    return "".join(delimiter.join(row) + newline for row in table).encode(encoding)


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-32", "utf-32"),
     ("cp1252", "cp1252"), ("latin-1", "cp1252"), ("utf-16-le", "utf-16-le")],
)
def test_encodings_are_detected_and_decoded(encoding: str, detected: str) -> None:
    """UTF-8 with or without BOM, UTF-16/32 with BOM, BOM-less UTF-16 and legacy 8-bit files read the same."""
    src, rows = read(encode(TABLE, encoding=encoding))
    assert src.encoding == detected
    assert [src.header, *rows] == TABLE


def test_utf8_with_a_legacy_record_is_utf8_and_fails_at_the_bad_byte() -> None:
    """One cp1252 byte beside UTF-8 Cyrillic is a UTF-8 export with a record pasted in, not a cp1252 file
    (which would garble every UTF-8 cell silently): the run stops at that byte, or decodes it with a
    fallback; a legacy file with no UTF-8 sequence stays cp1252."""
    mixed = b"Name\r\nM\xfcller\r\n\xd0\x9b\xd0\xb0\xd0\xb1 GmbH\r\n"
    assert detect_encoding(mixed) == "utf-8"
    with pytest.raises(InputFileError, match="not valid utf-8") as info:
        read(mixed)
    assert info.value.row == 1
    assert read(mixed, fallback_encoding="cp1252")[1] == [["Müller"], ["Лаб GmbH"]]
    assert detect_encoding("Name\r\nMüller\r\nSociété Générale\r\n".encode("cp1252")) == "cp1252"
    assert detect_encoding("name\nSOCIÉTÉ\u00a0GÉNÉRALE\n".encode("cp1252")) == "cp1252"  # (`É` NBSP: one pair)


def test_cp1252_specials_decode() -> None:
    """Windows-1252 punctuation (en dash, curly quotes, euro) decodes to the right characters."""
    table = [["name"], ["Müller – “Bau” €"]]
    _, rows = read(encode(table, encoding="cp1252"))
    assert rows == [["Müller – “Bau” €"]]


def test_cp1252_unassigned_bytes_do_not_fail() -> None:
    """The five bytes Windows-1252 leaves unassigned are read as Latin-1, never an error."""
    _, rows = read(b"name\nA\x81B\n")
    assert rows == [["A\x81B"]]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters_are_sniffed(delimiter: str) -> None:
    """Comma, semicolon, tab and pipe are recognised from the header."""
    src, rows = read(encode(TABLE, delimiter=delimiter))
    assert src.delimiter == delimiter
    assert rows == TABLE[1:]


def test_sniffing_ignores_delimiters_inside_quotes() -> None:
    """A quoted header cell full of commas does not make the comma the delimiter."""
    assert sniff_delimiter('"a,b,c,d";x;y\n1;2;3') == ";"
    assert sniff_delimiter("name\nAcme, Inc.") == ","


def test_set_delimiter_wins() -> None:
    """A delimiter given by the caller is used as is."""
    src, rows = read(b"a;b,c\n1;2,3\n", delimiter=";")
    assert rows == [["1", "2,3"]]


def test_quoted_fields_keep_embedded_newlines() -> None:
    """A quoted field with CRLF, LF and CR inside stays one cell; rows are numbered by record."""
    data = b'name,note\r\n"Acme\r\nGmbH","x\ny\rz"\r\nNext,1\r\n'
    src = CsvSource(io.BytesIO(data))
    with src:
        records = list(src.records())
    assert records == [(1, ["Acme\r\nGmbH", "x\ny\rz"]), (2, ["Next", "1"])]


def test_a_quote_never_closed_is_an_error_naming_its_row() -> None:
    """`1,"Acme` opens a quote the file never closes: the csv module reads every later line into that cell,
    so a run would report one row screened where forty were written; the error names the row instead."""
    data = b'id,name\r\n1,"Acme Trading\r\n' + b"".join(b"%d,Supplier %d\r\n" % (i, i) for i in range(2, 40))
    data += b"40,Kaspersky Lab\r\n"
    src = CsvSource(io.BytesIO(data))
    with src, pytest.raises(InputFileError, match="never closed") as info:
        list(src.records())
    assert info.value.row == 1 and "40 lines" in str(info.value)


def test_a_quote_never_closed_after_a_stray_quote_in_the_header_is_still_an_error() -> None:
    with pytest.raises(InputFileError, match="never closed"):
        read(b'id,size 5"\n1,"Acme\n2,Kaspersky Lab\n')


@pytest.mark.parametrize("data", [
    b'name,note\nAcme,x\nPipe 5" Ltd,"l1\nl2"\n',  # a stray quote and a closed multi-line cell in one row
    b'id,name\r\n1,Ac"me\r\n2,"Kaspersky\r\nLab"\r\n',  # a stray quote in one row, a closed one in the last
    b'id,name\r\n1,"Acme\r\nTrading"\r\n2,Kas"persky\r\n',  # ... or the other way round
    b'id,name\r\n1,Acme\r\n2,"Kaspersky Lab',  # a last line whose quote is not closed loses no line
])
def test_quotes_closed_or_stray_are_no_error(data: bytes) -> None:
    assert len(read(data)[1]) == 2


def test_unicode_line_separators_stay_in_cells() -> None:
    """U+2028, form feed and friends are not line ends."""
    _, rows = read("name,x\nA\u2028B\x0cC\x85,1\n".encode())
    assert rows == [["A\u2028B\x0cC\x85", "1"]]


def test_old_mac_line_ends() -> None:
    """A file with bare CR line ends reads row by row."""
    _, rows = read(b"name,x\rA,1\rB,2\r")
    assert rows == [["A", "1"], ["B", "2"]]


def test_crlf_split_across_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A CRLF cut by the block boundary is still one line end."""
    monkeypatch.setattr("screening.csvio.BLOCK_BYTES", 8)
    _, rows = read(b"name,xx\r\nAcme,11\r\nBeta,22\r\n")
    assert rows == [["Acme", "11"], ["Beta", "22"]]


def test_multibyte_character_split_across_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A UTF-8 or UTF-16 character cut by the block boundary decodes whole."""
    monkeypatch.setattr("screening.csvio.BLOCK_BYTES", 5)
    for encoding in ("utf-8", "utf-16"):
        _, rows = read(encode([["name"], ["Ärger €𝄞"]], encoding=encoding))
        assert rows == [["Ärger €𝄞"]]


def test_empty_file_is_an_error() -> None:
    """A file without a header row fails with a clear message."""
    with pytest.raises(InputFileError, match="empty"):
        read(b"")


def test_blank_lines_before_the_header_are_read_past() -> None:
    """An export that starts with a blank line still has its header (and its delimiter) read."""
    src, rows = read(b"\r\n  \nName;Country\r\nKaspersky;RU\r\n")
    assert (src.header, src.delimiter, rows) == (["Name", "Country"], ";", [["Kaspersky", "RU"]])


def test_header_only_file_has_no_rows() -> None:
    """A header alone is a valid file with zero rows."""
    src, rows = read(b"name,country\r\n")
    assert src.header == ["name", "country"] and rows == []


def test_nul_bytes_are_kept() -> None:
    """NUL bytes inside a cell neither fail nor vanish."""
    _, rows = read(b"name,x\nAc\x00me,1\n")
    assert rows == [["Ac\x00me", "1"]]


def test_bad_byte_names_offset_and_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """A UTF-8 file with one bad byte deep inside fails naming the byte offset and the row."""
    monkeypatch.setattr("screening.csvio.BLOCK_BYTES", 1000)
    head = "name,x\n" + "Zürich AG,1\n" * 10_000
    data = head.encode() + b"Bad \xff Byte,2\n" + b"After,3\n"
    with pytest.raises(InputFileError) as info:
        read(data)
    err = info.value
    assert err.row == 10_001
    assert err.offset == len(head.encode()) + 4
    assert "byte offset" in str(err) and "row 10001" in str(err)


def test_bad_byte_in_the_header_names_the_file_and_offset() -> None:
    with pytest.raises(InputFileError, match="not valid utf-8") as info:
        read(b"N\xe4me;Land\r\nAcme;DE\r\n", encoding="utf-8")
    assert info.value.offset == 1 and info.value.path == "<stream>"


def test_bad_byte_with_fallback_decodes() -> None:
    """With a fallback encoding the bad bytes are decoded with it and the rest stays UTF-8."""
    data = "name\nZürich\n".encode() + b"M\xfcller \x80\n"
    src, rows = read(data, encoding="utf-8", fallback_encoding="cp1252")
    assert src.encoding == "utf-8"
    assert rows == [["Zürich"], ["Müller €"]]


def test_set_encoding_is_used() -> None:
    """An encoding given by the caller overrides detection; a BOM under it is not a header character."""
    src, rows = read(encode(TABLE, encoding="utf-8-sig"), encoding="utf-8")
    assert src.header == TABLE[0]
    src, rows = read("name\nÄ\n".encode("latin-1"), encoding="latin-1")
    assert rows == [["Ä"]]


def test_unknown_encoding_is_an_error() -> None:
    """An encoding name Python does not know is reported, not a LookupError."""
    with pytest.raises(InputFileError, match="unknown encoding"):
        read(b"name\n", encoding="klingon")


@pytest.mark.parametrize("codec", ["rot13", "zlib", "hex", "base64"])
def test_a_codec_that_is_no_text_encoding_is_an_error(codec: str) -> None:
    with pytest.raises(InputFileError, match="no text encoding"):
        read(b"name\r\nAcme\r\n", encoding=codec)


def test_missing_file_is_an_input_error(tmp_path: object) -> None:
    """A path that does not exist fails naming the path."""
    with pytest.raises(InputFileError, match="nope.csv"):
        CsvSource(os.path.join(str(tmp_path), "nope.csv")).open()


def test_large_single_field() -> None:
    """A single 20 MB field reads (the csv module's 128 KiB field limit is lifted)."""
    big = "x" * 20_000_000
    _, rows = read(b"name,x\n" + big.encode() + b",1\n")
    assert rows[0][0] == big


def test_sha256_covers_all_bytes() -> None:
    """The input hash is the sha256 of every byte read."""
    import hashlib

    data = encode(TABLE)
    src, _ = read(data)
    assert src.sha256 == hashlib.sha256(data).hexdigest() and src.bytes_read == len(data)


@pytest.mark.parametrize("wanted", ["Supplier Name", "supplier name", "SUPPLIERNAME", " supplier_name "])
def test_header_match_is_case_and_space_insensitive(wanted: str) -> None:
    """Column names match regardless of case, spaces, underscores and hyphens."""
    assert match_header(["Id", " Supplier  Name ", "Country"], wanted) == 1


def test_missing_column_lists_the_columns() -> None:
    """A missing column is an error that lists the columns that exist."""
    with pytest.raises(InputFileError) as info:
        match_header(["Vendor", "Land"], "name", path="in.csv")
    assert "'Vendor', 'Land'" in str(info.value) and "in.csv" in str(info.value)


def test_ambiguous_column_is_an_error() -> None:
    """Two columns that both match are reported, not guessed."""
    with pytest.raises(InputFileError, match="ambiguous"):
        match_header(["Name", "NAME "], "name ")


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_neutralised(cell: str) -> None:
    """Cells a spreadsheet would run as formulas get a leading quote."""
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["", "Acme", "'=x", " =x", "1-2"])
def test_plain_cells_are_left_alone(cell: str) -> None:
    """Everything else is unchanged."""
    assert neutralise(cell) == cell


def test_atomic_writer_commits_on_success(tmp_path: os.PathLike[str]) -> None:
    """The file appears, complete and with normal permissions, when the block ends."""
    target = os.path.join(tmp_path, "out.csv")
    with atomic_writer(target) as out:
        out.write("a\r\n")
        assert not os.path.exists(target)
    assert open(target, newline="").read() == "a\r\n"
    assert os.stat(target).st_mode & 0o644 == 0o644
    assert os.listdir(tmp_path) == ["out.csv"]


def test_atomic_writer_leaves_nothing_when_interrupted(tmp_path: os.PathLike[str]) -> None:
    """A KeyboardInterrupt mid-write leaves neither the target nor a temporary file."""
    target = os.path.join(tmp_path, "out.csv")
    with pytest.raises(KeyboardInterrupt), atomic_writer(target) as out:
        out.write("half")
        raise KeyboardInterrupt
    assert os.listdir(tmp_path) == []


def test_atomic_writer_keeps_previous_file_when_interrupted(tmp_path: os.PathLike[str]) -> None:
    """An interrupted run leaves an existing output untouched."""
    target = os.path.join(tmp_path, "out.csv")
    with open(target, "w") as fh:
        fh.write("old")
    with pytest.raises(RuntimeError), atomic_writer(target) as out:
        out.write("new")
        raise RuntimeError
    assert open(target).read() == "old"


def test_detect_encoding_on_short_heads() -> None:
    """Detection copes with tiny heads and a UTF-8 sequence cut at the end of the head."""
    assert detect_encoding(b"") == "utf-8"
    assert detect_encoding("é".encode()[:1]) == "utf-8"
    assert detect_encoding(codecs.BOM_UTF16_LE) == "utf-16"


@pytest.mark.parametrize("block", [1, 2, 3, 7])
def test_any_block_size_reads_the_same(monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    """Line ends of every kind survive any cut between blocks."""
    data = b'name,x\r\nA,1\rB,2\nC,"3\r\n4"\r\r\nD,5'
    expected = [["A", "1"], ["B", "2"], ["C", "3\r\n4"], ["D", "5"]]
    monkeypatch.setattr("screening.csvio.BLOCK_BYTES", block)
    _, rows = read(data)
    assert [r for r in rows if r] == expected


def test_atomic_writer_keeps_a_link_its_target_permissions_and_writes_a_device(tmp_path: Path) -> None:
    """A symbolic link stays a link to the rewritten file, which keeps its permissions; a device is written
    to, never replaced by a file; a directory is refused before anything is written."""
    real = tmp_path / "real.csv"
    real.write_text("old")
    os.chmod(real, 0o600)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    with atomic_writer(link) as out:
        out.write("new")
    assert link.is_symlink() and real.read_text() == "new" and stat.S_IMODE(real.stat().st_mode) == 0o600
    with atomic_writer(os.devnull) as out:
        out.write("gone")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    read_end, write_end = os.pipe()  # a file reached through /proc or /dev/fd is written in place
    with atomic_writer(f"/dev/fd/{write_end}") as out:
        out.write("piped")
    os.close(write_end)
    assert os.read(read_end, 100) == b"piped"
    os.close(read_end)
    with pytest.raises(IsADirectoryError, match="is a directory"), atomic_writer(tmp_path) as out:
        out.write("never")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "real.csv"]


def test_a_quote_never_closed_in_the_header_stops_at_a_megabyte() -> None:
    """A header whose quote is never closed held the whole file (870 MB for 44 MB); it stops at `HEADER_LIMIT`,
    and the csv module's field limit, which is the process's, is never lowered."""
    from screening.csvio import HEADER_LIMIT

    body = "".join(f"V{i},Supplier {i} Trading GmbH,DE\n" for i in range(HEADER_LIMIT // 25))
    with pytest.raises(InputFileError, match="the header runs over 1 MiB: most likely a quote opened"):
        read(('id,"name,country\n' + body).encode())
    import csv

    assert csv.field_size_limit() >= 1 << 30


def test_the_columns_a_missing_column_lists_are_cut_short() -> None:
    """A header read wrong may hold thousands of names or one huge one: the error lists 50, each cut at 60."""
    header = ["x" * 500, *(f"c{i}" for i in range(99))]
    with pytest.raises(InputFileError) as caught:
        match_header(header, "Name")
    assert len(str(caught.value)) < 1000 and str(caught.value).endswith("and 50 more")


def test_excels_sep_line_sets_the_delimiter_and_is_no_header() -> None:
    """`sep=;` as the first line is how Excel is told the delimiter: it was read as the header (columns `sep=`
    and ``); the physical lines a row spans still count it."""
    src, rows = read(b'sep=;\r\nId;Name;Address (Street, No, City)\r\nV1;Kaspersky Lab;"Moscow,\r\nRU"\r\n')
    assert src.delimiter == ";" and src.header == ["Id", "Name", "Address (Street, No, City)"]
    assert rows == [["V1", "Kaspersky Lab", "Moscow,\r\nRU"]] and src.lines == (3, 4)
    src, rows = read(b"sep=;\r\nId,Name\r\n1,Acme\r\n", delimiter=",")  # (a delimiter given wins)
    assert src.header == ["Id", "Name"] and rows == [["1", "Acme"]]
