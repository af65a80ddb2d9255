"""The stored parse of a list version (`screening._listjson`): exact for every bundled version, used only for
the very bytes it was made from."""

from __future__ import annotations

import hashlib
import pathlib
import shutil
import tomllib

import pytest

from screening import _listjson, _listjsongen
from screening.listfile import _header, check_list_file, read_list_file, read_list_info

REPO = pathlib.Path(__file__).resolve().parents[1]
VERSION_FILES = sorted((REPO / "lists").glob("*/*.toml"))
VALID = pathlib.Path(__file__).parent / "data" / "lists" / "valid.toml"


@pytest.mark.parametrize("path", VERSION_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_bundled_version_has_its_exact_parse(path: pathlib.Path) -> None:
    """Stored and present: the same values, types and key order as `tomllib` gives (run
    `python -m screening._listjsongen lists/<list>` after adding a version)."""
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    assert repr(_listjson.document(path, sha)) == repr(tomllib.loads(data.decode("utf-8-sig")))
    assert repr(_listjson.header(path, sha)) == repr(tomllib.loads(_header(data).decode("utf-8-sig")))
    assert _listjson.path(path).read_text(encoding="utf-8") == _listjsongen.render(path)


def test_a_stored_parse_reads_as_the_toml(tmp_path: pathlib.Path) -> None:
    """A list read through its stored parse is the list read from TOML."""
    plain = tmp_path / "plain" / "valid.toml"
    stored = tmp_path / "stored" / "valid.toml"
    for path in (plain, stored):
        path.parent.mkdir()
        shutil.copy(VALID, path)
    _listjsongen.write(stored.parent)
    assert _listjson.document(stored, hashlib.sha256(stored.read_bytes()).hexdigest()) is not None
    a, b = read_list_file(plain), read_list_file(stored)
    assert a.parties == b.parties
    assert (a.info.sha256, a.info.version) == (b.info.sha256, b.info.version)
    assert read_list_info(stored).sha256 == a.info.sha256


@pytest.mark.parametrize("content", ["", "not json\n{}", '{"sha256": "0"}\n{"id": "other"}\n', '{"sha256"'])
def test_a_stale_or_broken_stored_parse_is_ignored(tmp_path: pathlib.Path, content: str) -> None:
    """A stored parse of other bytes (an edited file), or a broken one, costs only the TOML parse again."""
    path = tmp_path / "valid.toml"
    shutil.copy(VALID, path)
    _listjson.path(path).write_text(content, encoding="utf-8")
    assert read_list_file(path).parties == read_list_file(VALID).parties
    assert read_list_info(path).version == read_list_info(VALID).version
    assert check_list_file(path) == ()


def test_an_edited_file_is_checked_from_its_bytes(tmp_path: pathlib.Path) -> None:
    """Editing a version file after storing its parse: the problems of the new bytes are reported."""
    path = tmp_path / "valid.toml"
    shutil.copy(VALID, path)
    _listjsongen.write(tmp_path)
    path.write_text(VALID.read_text(encoding="utf-8").replace('kind = "organization"', 'kind = "company"', 1),
                    encoding="utf-8")
    assert any("kind" in str(problem) for problem in check_list_file(path))


def _edited(path: pathlib.Path, old: str, new: str) -> None:
    """Edit the stored parse of `path` in place, leaving its first line (sha256 and digest) as it was."""
    stored = _listjson.path(path)
    text = stored.read_text(encoding="utf-8")
    assert old in text
    stored.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize("old, new", [
    ('"name":"Acme Widgets AO"', '"name":"Other Widgets AO"'),  # a party renamed
    ('"version":"', '"version":"9'),  # the header
])
def test_an_edited_stored_parse_is_not_used(tmp_path: pathlib.Path, old: str, new: str) -> None:
    """A stored parse edited after it was written is ignored (its digest no longer fits): the list is read
    from the TOML, whose sha256 the results report."""
    path = tmp_path / "valid.toml"
    shutil.copy(VALID, path)
    _listjsongen.write(tmp_path)
    _edited(path, old, new)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    assert _listjson.document(path, sha) is None and _listjson.header(path, sha) is None
    assert read_list_file(path).parties == read_list_file(VALID).parties
    assert read_list_info(path).version == read_list_info(VALID).version


@pytest.mark.parametrize("body", [b"[1, 2]\n[3]\n", b'"header"\n{"parties": \n', b"{}\n{}\n", b"\n\n"])
def test_an_intact_stored_parse_of_another_layout_is_not_used(tmp_path: pathlib.Path, body: bytes) -> None:
    """Lines that fit their digest but hold no valid header or document (not JSON objects, cut short, or
    failing the list checks): the TOML is parsed and checked instead."""
    path = tmp_path / "valid.toml"
    shutil.copy(VALID, path)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    first = f'{{"sha256":"{sha}","digest":"{_listjson.digest(body)}"}}\n'.encode()
    _listjson.path(path).write_bytes(first + body)
    assert read_list_file(path).parties == read_list_file(VALID).parties
    assert read_list_info(path).version == read_list_info(VALID).version
    assert check_list_file(path) == ()
