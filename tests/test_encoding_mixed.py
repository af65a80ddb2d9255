"""Decoding the CSV input (`screening._encoding`): a detected code page that turns to UTF-8, Windows-1251
detection, byte offsets under a BOM, and codec errors that name no byte."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screening._encoding import MixedEncodingsError, decoded_lines, detect_encoding
from screening.cli import main
from screening.csvio import SNIFF_BYTES, CsvSource
from screening.exceptions import InputFileError


def decode(data: bytes, encoding: str, *, block: int = 1 << 20, fallback_encoding: str | None = None,
           detected: bool = False) -> tuple[list[str], UnicodeDecodeError | None]:
    """The lines `decoded_lines` yields for `data` read in blocks of `block` bytes, and the error it ends with."""
    blocks: Iterator[bytes] = (data[i : i + block] for i in range(block, len(data) + block, block))
    lines: list[str] = []
    try:
        for line in decoded_lines(data[:block], lambda: next(blocks, b""), encoding, fallback_encoding,
                                  detected=detected):
            lines.append(line)
    except UnicodeDecodeError as exc:
        return lines, exc
    return lines, None


def read_file(path: Path, **kwargs: object) -> tuple[CsvSource, list[tuple[int, list[str]]]]:
    """The `CsvSource` of `path` and its records."""
    src = CsvSource(path, **kwargs)  # type: ignore[arg-type]
    with src:
        return src, list(src.records())


def filler(first: int, last: int) -> bytes:
    """ASCII rows `first` to `last` (22 bytes or so each), to push what follows past the head."""
    return "".join(f"V{i},Supplier {i} Ltd,US\n" for i in range(first, last + 1)).encode()


# A cp1252 record at the top of a UTF-8 export: the head (first 64 KiB) is cp1252, the rest UTF-8.
MIXED_HEAD = b"Id,Name,Country\n" + "V0,Café Noir SARL,FR\n".encode("cp1252") + filler(1, 4000)
MIXED = MIXED_HEAD + "V9001,Müller GmbH,DE\nV9002,Лаборатория Касперского,RU\nV9003,Acme,US\n".encode()
MIXED_OFFSET = len(MIXED_HEAD) + len(b"V9001,M")  # the first UTF-8 sequence: the `ü` of Müller
MIXED_ROW = 4002  # V0 is row 1, the filler rows 2 to 4001


# --- a detected code page that turns to UTF-8 -------------------------------------------------------


def test_a_detected_cp1252_head_then_utf8_is_an_error_at_the_first_utf8_sequence() -> None:
    """A cp1252 byte in the head and UTF-8 further on stops at the `ü`, every line before it yielded, with
    a reason that says what to do; silently, every later UTF-8 cell would be mojibake (`MÃ¼ller`)."""
    assert len(MIXED_HEAD) > SNIFF_BYTES and detect_encoding(MIXED[:SNIFF_BYTES]) == "cp1252"
    lines, error = decode(MIXED, "cp1252", detected=True)
    assert isinstance(error, MixedEncodingsError) and isinstance(error, UnicodeDecodeError)
    assert error.file_offset == MIXED_OFFSET  # type: ignore[attr-defined]
    assert error.object[error.start : error.end] == "ü".encode()
    assert "".join(lines).encode("cp1252") == MIXED_HEAD and len(lines) == 1 + MIXED_ROW - 1
    assert "mixes encodings" in error.reason and "cp1252 from its start" in error.reason
    assert "--encoding utf-8 --fallback-encoding cp1252" in error.reason


def test_three_utf8_letters_after_the_head_are_enough() -> None:
    """The head is judged on its own, not with the rest of its block: `Müller Jürgen Böhm` after a head with one
    `é` (the whole file one block) is the UTF-8 part."""
    data = MIXED_HEAD + "V9001,Müller Jürgen Böhm GmbH,DE\n".encode()
    _, error = decode(data, "cp1252", detected=True)
    assert isinstance(error, MixedEncodingsError)
    assert error.file_offset == MIXED_OFFSET  # type: ignore[attr-defined]


def test_one_pair_that_reads_as_utf8_in_a_cp1252_file_is_no_utf8_part() -> None:
    """A true cp1252 file writes `É` before a NBSP now and then (`JOSÉ\xa0MARTINEZ SL`): alone in a later window
    it made the run stop, telling the user the file was UTF-8 further on."""
    head = "".join(f"V{i};Société Générale {i};Besançon\r\n" for i in range(3000)).encode("cp1252")
    rest = "".join(f"V{i};Supplier {i};Paris\r\n" for i in range(6000)).encode()
    data = head + rest + "V9;JOSÉ\xa0MARTINEZ SL;Madrid\r\n".encode("cp1252") + rest
    lines, error = decode(data, "cp1252", detected=True)
    assert error is None and any("JOSÉ\xa0MARTINEZ" in line for line in lines)


@pytest.mark.parametrize("block", [4096, 65536, 100_000])
def test_the_utf8_part_is_found_in_a_later_block(block: int) -> None:
    """Blocks of any size: the offset counts every block before."""
    _, error = decode(MIXED, "cp1252", block=block, detected=True)
    assert isinstance(error, MixedEncodingsError)
    assert error.file_offset == MIXED_OFFSET  # type: ignore[attr-defined]


def test_a_given_code_page_is_used_as_given() -> None:
    """An encoding the caller gives (`detected=False`, the default) is never second-guessed."""
    lines, error = decode(MIXED, "cp1252")
    assert error is None and lines[-3] == "V9001,MÃ¼ller GmbH,DE\n"
    assert decode(MIXED, "utf-8", fallback_encoding="cp1252")[0][1] == "V0,Café Noir SARL,FR\n"  # (the advice)


def test_a_cp1252_file_with_a_utf8_looking_pair_stays_cp1252() -> None:
    """`É` before a NBSP and `ß` before a closing quote are well-formed UTF-8 pairs; among the other accented
    letters of a true cp1252 file they are outnumbered, in every window, and the file reads as cp1252."""
    rows = ["Name;Ort", "SOCIÉTÉ\u00a0GÉNÉRALE;Paris", "Bäckerei „Groß“;Köln", "Müller Präzision;Zürich"]
    rows += [f"Supplier {i} Ltd;Düsseldorf" for i in range(8000)]
    rows += ["CAFÉ\u00a0DES ARTS;Nîmes", "Straße „Fuß“;Würzburg"]
    text = "\n".join(rows) + "\n"
    data = text.encode("cp1252")
    assert len(data) > 3 * SNIFF_BYTES and detect_encoding(data[:SNIFF_BYTES]) == "cp1252"
    for block in (1 << 20, 4096):
        lines, error = decode(data, "cp1252", block=block, detected=True)
        assert error is None and "".join(lines) == text


def test_a_detected_cp1251_head_then_utf8_is_an_error() -> None:
    """The same for a Windows-1251 head: UTF-8 Cyrillic further on would come out as `Р›Р°Р±`."""
    head = "Код;Наименование\r\n1;ООО Ромашка\r\n".encode("cp1251") + b"2;Acme\r\n" * 9000
    data = head + "3;Лаборатория Касперского\r\n".encode()
    assert detect_encoding(data[:SNIFF_BYTES]) == "cp1251"
    lines, error = decode(data, "cp1251", detected=True)
    assert isinstance(error, MixedEncodingsError) and "--fallback-encoding cp1251" in error.reason
    assert error.file_offset == len(head) + 2 and len(lines) == 9002  # type: ignore[attr-defined]


def test_csvsource_passes_detected(tmp_path: Path) -> None:
    """`CsvSource` tells `decoded_lines` that it detected the encoding, so a mixed file stops at its UTF-8 part,
    and the error says so (the bytes are valid cp1252: no "not valid cp1252")."""
    path = tmp_path / "mixed.csv"
    path.write_bytes(MIXED)
    with pytest.raises(InputFileError) as info:
        read_file(path)
    assert (info.value.path, info.value.row, info.value.offset) == (str(path), MIXED_ROW, MIXED_OFFSET)
    assert f"row {MIXED_ROW}, byte offset {MIXED_OFFSET}" in str(info.value)
    assert "the file mixes encodings" in str(info.value) and "not valid" not in str(info.value)
    path.write_bytes(MIXED)
    with CsvSource(str(path), encoding="utf-8", fallback_encoding="cp1252") as src:  # (what the error advises)
        assert all(cells for _, cells in src.records())


# --- Windows-1251 -------------------------------------------------------------------------------------


RUSSIAN = ("Код;Наименование;ИНН;Email;Город\r\n"
           "001;ООО «Ромашка»;7701234567;info@romashka-trade.ru;Москва\r\n"
           "002;АО Лаборатория Касперского;7713140469;sales@kaspersky.com;Москва\r\n"
           "003;ИП Сёмин Пётр Ильич;;;Тула\r\n")


@pytest.mark.parametrize("text", [
    RUSSIAN,
    "НАИМЕНОВАНИЕ;ГОРОД\r\nООО РОМАШКА;МОСКВА\r\nЗАО ЁЛКИ-ПАЛКИ;ТУЛА\r\n",  # capitals only
    "Наименование,Country\nMicrosoft Corporation,US\nApple Inc,US\nGoogle LLC,US\nООО Ромашка,RU\n",  # more Latin
    "Назва;Місто\r\nТОВ «Запоріжжя-Євроторг»;Київ\r\nПП Їжак;Рівне\r\nФОП Ґудзь Ірина;Вінниця\r\n",  # Ukrainian
    "Назва;Горад\r\nТАА Ўзлёт;Мінск\r\n",  # Belarusian
], ids=["russian", "capitals", "latin-heavy", "ukrainian", "belarusian"])
def test_cyrillic_in_windows_1251_is_detected(text: str) -> None:
    """Words made only of high letters, most of the high letters: Windows-1251."""
    assert detect_encoding(text.encode("cp1251")) == "cp1251"


@pytest.mark.parametrize(("text", "encoding"), [
    ("Nom;Ville\r\nSociété Générale;Paris\r\nCrédit Agricole à Lyon;Lyon\r\nÉlectricité de France;Paris\r\n",
     "cp1252"),
    ("Name;Ort\r\nMüller Präzision GmbH;Düsseldorf\r\nBäckerei Groß „Fuß“;Köln\r\nÖlmühle Ärger;Würzburg\r\n",
     "cp1252"),
    ("Nombre;Ciudad\r\nTelefónica S.A.;Madrid\r\nCompañía Española de Petróleos;A Coruña\r\n¿Qué? ¡Sí!;León\r\n",
     "cp1252"),
    ("Nome;Cidade\r\nJoão é à Conceição;São Paulo\r\nAçúcar Guarani às Ações;Brasília\r\n", "cp1252"),
    ("Nazwa;Miasto\r\nZakłady Mięsne Łódź spółka z o.o.;Łódź\r\nŻabka że się;Wrocław\r\n", "cp1250"),
    ("Název;Město\r\nŠkoda Auto a.s.;Mladá Boleslav\r\nŽďár nad Sázavou;Žďár\r\n", "cp1250"),
    ("Namn;Ort\r\nÅhléns AB;Göteborg\r\nÖ Å Ä;Malmö\r\n", "cp1252"),
    ("Zürich Präzision AG,CH\r\nSociété Générale Paris,FR\r\n", "latin-1"),
], ids=["french", "german", "spanish", "portuguese", "polish", "czech", "swedish", "latin-1"])
def test_western_text_stays_cp1252(text: str, encoding: str) -> None:
    """Accented letters inside mostly ASCII words, and words of one (`à`, `é`, `Ö`): not Windows-1251."""
    assert detect_encoding(text.encode(encoding)) == "cp1252"


def test_cp1251_reads_every_byte() -> None:
    """0x98, the one byte Windows-1251 leaves unassigned, is read as Latin-1, detected or given."""
    data = "Наименование\nООО Ромашка".encode("cp1251") + b"\x98\n"
    assert detect_encoding(data) == "cp1251"
    for detected in (True, False):
        assert decode(data, "cp1251", detected=detected) == (["Наименование\n", "ООО Ромашка\x98\n"], None)


def test_a_windows_1251_export_reads_as_cyrillic(tmp_path: Path) -> None:
    """End to end: a 1C export in Windows-1251 has its Cyrillic header and cells, not `Íàèìåíîâàíèå`."""
    path = tmp_path / "ru.csv"
    path.write_bytes(RUSSIAN.encode("cp1251") + b"004;\xce\xce\xce \x98;;;\r\n")
    src, rows = read_file(path)
    assert src.encoding == "cp1251" and src.header == ["Код", "Наименование", "ИНН", "Email", "Город"]
    assert rows[1] == (2, ["002", "АО Лаборатория Касперского", "7713140469", "sales@kaspersky.com", "Москва"])
    assert rows[3] == (4, ["004", "ООО \x98", "", "", ""])


# --- byte offsets under a BOM --------------------------------------------------------------------------


@pytest.mark.parametrize("block", [1, 2, 3, 4, 5, 7, 1000])
def test_offset_and_lines_after_a_utf8_bom(block: int) -> None:
    """`utf-8-sig` reports positions after the BOM it consumed: the offset counts the BOM, and the line just
    before the bad byte is yielded (it was cut three bytes short, losing a line that ended there)."""
    data = codecs.BOM_UTF8 + b"name\nab\nc\xff\n"
    lines, error = decode(data, "utf-8-sig", block=block)
    assert lines == ["name\n", "ab\n"]
    assert error is not None and error.file_offset == data.index(b"\xff")  # type: ignore[attr-defined]


@pytest.mark.parametrize(("encoding", "bad"), [
    ("utf-8", b"\xff"), ("utf-8-sig", b"\xff"), ("utf-16", "\udc00".encode("utf-16-le", "surrogatepass")),
    ("utf-32", b"\x00\x00\x11\x00"), ("shift_jis", b"\x81\x20"),
])
@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=40), block=st.integers(1, 9))
def test_offset_is_the_bad_bytes_offset_in_the_file(encoding: str, bad: bytes, text: str, block: int) -> None:
    """Whatever the text before it and the block size, the offset is where the bad bytes start in the file (BOM
    included) and every complete line before them is yielded."""
    try:
        good = text.encode(encoding)
    except UnicodeEncodeError:
        return
    lines, error = decode(good + bad + b"\n\n\n\n", encoding, block=block)
    assert error is not None and error.file_offset == len(good)  # type: ignore[attr-defined]
    assert lines == re.findall(r"[^\r\n]*(?:\r\n|\r|\n)", codecs.decode(good, encoding))


def test_a_crlf_split_across_blocks_that_decode_to_nothing_stays_one_line_end() -> None:
    """A block of one byte decodes half a UTF-16 unit to nothing: the CR before it waits for the next
    character, which is the LF of its CRLF (it was yielded as a line of its own; hypothesis found it)."""
    lines, error = decode("\r\n".encode("utf-16") + "\udc00".encode("utf-16-le", "surrogatepass") + b"\n\n",
                          "utf-16", block=1)
    assert lines == ["\r\n"] and error is not None


def test_a_bad_utf16_unit_in_a_later_block_is_a_decoding_error() -> None:
    """A lone surrogate inside a later block is a `UnicodeDecodeError` with its offset (the lines before it were
    decoded with a fresh `utf-16` decoder, which wants a BOM, and failed with a bare `UnicodeError`)."""
    data = "name\nab\n".encode("utf-16") + "\ud800".encode("utf-16-le", "surrogatepass") + "x\n".encode("utf-16-le")
    for block in (5, 8, 12, 16):
        lines, error = decode(data, "utf-16", block=block)
        assert lines == ["name\n", "ab\n"] and error is not None
        assert error.file_offset == 18  # type: ignore[attr-defined]


def test_csvsource_names_the_offset_of_a_bad_byte_after_a_bom(tmp_path: Path) -> None:
    """End to end: `Caf\\xe9` in a UTF-8 file with a BOM is at byte 28, not 25 (the review's `bom_small.csv`)."""
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + "Id,Name\nV1,Müller\n".encode() + b"V2,Caf\xe9\n")
    with pytest.raises(InputFileError) as info:
        read_file(path)
    assert (info.value.row, info.value.offset) == (2, 28) and "row 2, byte offset 28" in str(info.value)


# --- codec errors that name no byte ------------------------------------------------------------------


@pytest.mark.parametrize(("encoding", "data"), [
    ("utf-16", b"Id,Name\r\nAcme,1\r\n"),
    ("utf-32", "Id,Name\r\n".encode("utf-32-le")),
])
@pytest.mark.parametrize("block", [1, 3, 1000])
@pytest.mark.parametrize("fallback_encoding", [None, "cp1252"])
def test_utf16_or_utf32_without_a_bom_is_a_decoding_error(encoding: str, data: bytes, block: int,
                                                          fallback_encoding: str | None) -> None:
    """`UTF-16 stream does not start with BOM` is a `UnicodeError` naming no byte: it becomes a
    `UnicodeDecodeError` at offset 0, like any other bad byte."""
    lines, error = decode(data, encoding, block=block, fallback_encoding=fallback_encoding)
    assert lines == [] and error is not None and error.file_offset == 0  # type: ignore[attr-defined]
    assert "does not start with BOM" in error.reason and error.object[error.start : error.end] == data[:error.end]


def test_utf16_given_for_a_utf8_file_names_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """End to end: `--encoding utf-16` on a UTF-8 file is an input error naming the file and the offset
    (it was `screening: error: UTF-16 stream does not start with BOM`, no file named)."""
    path = tmp_path / "in.csv"
    path.write_bytes("Id,Name\nV1,Müller GmbH\n".encode())
    with pytest.raises(InputFileError) as info:
        read_file(path, encoding="utf-16")
    assert (info.value.path, info.value.offset) == (str(path), 0)
    code = main(["batch", str(path), "--column", "Name", "--encoding", "utf-16", "-q", "-o",
                 str(tmp_path / "out.csv")])
    err = capsys.readouterr().err
    assert code == 2 and str(path) in err and "byte offset 0" in err and "needs a byte-order mark" in err
