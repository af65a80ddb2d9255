"""The stored parse of a list version (`screening._listjson`): exact for every bundled version, used only for
the very bytes it was made from."""

from __future__ import annotations

import hashlib
import json
import pathlib
import shutil
import tomllib

import pytest

from screening import _listjson, _listjsongen
from screening._listcheck import Checker
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


@pytest.fixture
def bundled(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    """A copy of the valid list as a version file of a bundled list (stored parses are read only there)."""
    import screening.bundled

    path = tmp_path / "lists" / "test" / "valid.toml"
    path.parent.mkdir(parents=True)
    shutil.copy(VALID, path)
    monkeypatch.setattr(screening.bundled, "_lists_root", lambda: tmp_path / "lists")
    return path


def _no_toml_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    def parse(self, data):  # noqa: ANN001, ANN202
        raise AssertionError("the TOML was parsed")

    monkeypatch.setattr(Checker, "parse", parse)


def test_a_bundled_list_reads_its_stored_parse_as_the_toml(bundled: pathlib.Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundled version file is read through its stored parse (no TOML parse) and reads as its TOML."""
    plain = read_list_file(VALID)
    _listjsongen.write(bundled.parent)
    _no_toml_parse(monkeypatch)
    stored = read_list_file(bundled)
    assert stored.parties == plain.parties
    assert (stored.info.sha256, stored.info.version) == (plain.info.sha256, plain.info.version)
    assert read_list_info(bundled).sha256 == plain.info.sha256


def _forged(path: pathlib.Path, old: str, new: str) -> None:
    """Edit the stored parse of `path` and write the digest that fits the edit."""
    stored = _listjson.path(path)
    first, body = stored.read_bytes().split(b"\n", 1)
    assert old.encode() in body
    body = body.replace(old.encode(), new.encode())
    head = json.loads(first)
    head["digest"] = _listjson.digest(body)
    stored.write_bytes(json.dumps(head).encode() + b"\n" + body)


def test_a_stored_parse_beside_any_other_list_file_is_never_read(tmp_path: pathlib.Path) -> None:
    """A forged `.json` (digest recomputed) beside a user's list file cannot stand in for its TOML."""
    path = tmp_path / "valid.toml"
    shutil.copy(VALID, path)
    _listjsongen.write(tmp_path)
    _forged(path, '"name":"Acme Widgets AO"', '"name":"Other Widgets AO"')
    assert _listjson.document(path, hashlib.sha256(path.read_bytes()).hexdigest()) is not None
    assert read_list_file(path).parties == read_list_file(VALID).parties


@pytest.mark.parametrize("content", ["", "not json\n{}", '{"sha256": "0"}\n{"id": "other"}\n', '{"sha256"',
                                     "[" * 100_000])
def test_a_stale_or_broken_stored_parse_is_ignored(bundled: pathlib.Path, content: str) -> None:
    """A stored parse of other bytes (an edited file), or a broken one, costs only the TOML parse again."""
    _listjson.path(bundled).write_text(content, encoding="utf-8")
    assert read_list_file(bundled).parties == read_list_file(VALID).parties
    assert read_list_info(bundled).version == read_list_info(VALID).version
    assert check_list_file(bundled) == ()


def test_an_edited_file_is_checked_from_its_bytes(bundled: pathlib.Path) -> None:
    """Editing a version file after storing its parse: the problems of the new bytes are reported."""
    _listjsongen.write(bundled.parent)
    bundled.write_text(VALID.read_text(encoding="utf-8").replace('kind = "organization"', 'kind = "company"', 1),
                       encoding="utf-8")
    assert any("kind" in str(problem) for problem in check_list_file(bundled))


@pytest.mark.parametrize("old, new", [
    ('"name":"Acme Widgets AO"', '"name":"Other Widgets AO"'),  # a party renamed
    ('"version":"', '"version":"9'),  # the header
])
def test_a_damaged_stored_parse_is_not_used(bundled: pathlib.Path, old: str, new: str) -> None:
    """A stored parse changed after it was written is ignored (its digest no longer fits): the list is read
    from the TOML, whose sha256 the results report."""
    _listjsongen.write(bundled.parent)
    stored = _listjson.path(bundled)
    text = stored.read_text(encoding="utf-8")
    assert old in text
    stored.write_text(text.replace(old, new), encoding="utf-8")
    sha = hashlib.sha256(bundled.read_bytes()).hexdigest()
    assert _listjson.document(bundled, sha) is None and _listjson.header(bundled, sha) is None
    assert read_list_file(bundled).parties == read_list_file(VALID).parties
    assert read_list_info(bundled).version == read_list_info(VALID).version


@pytest.mark.parametrize("body", [b"[1, 2]\n[3]\n", b'"header"\n{"parties": \n', b"{}\n{}\n", b"\n\n",
                                  b'{"id": {"$date": 5}}\n{"id": {"$date": "not a date"}}\n',
                                  b"[" * 100_000 + b"\n" + b"[" * 100_000 + b"\n"])
def test_an_intact_stored_parse_of_another_layout_is_not_used(bundled: pathlib.Path, body: bytes) -> None:
    """Lines that fit their digest but hold no valid header or document (not JSON objects, cut short, bad
    dates, nested too deep, failing the list checks): the TOML is parsed and checked instead."""
    sha = hashlib.sha256(bundled.read_bytes()).hexdigest()
    first = f'{{"sha256":"{sha}","digest":"{_listjson.digest(body)}"}}\n'.encode()
    _listjson.path(bundled).write_bytes(first + body)
    assert read_list_file(bundled).parties == read_list_file(VALID).parties
    assert read_list_info(bundled).version == read_list_info(VALID).version
    assert check_list_file(bundled) == ()


def test_a_link_to_a_bundled_file_reads_the_bundled_parse_only(bundled: pathlib.Path, tmp_path: pathlib.Path) -> None:
    """A forged `.json` beside a symlink to a bundled version file is not read (nor cached for later loads):
    the stored parse read is the one beside the real file."""
    _listjsongen.write(bundled.parent)
    link = tmp_path / "mine.toml"
    link.symlink_to(bundled)
    shutil.copy(_listjson.path(bundled), _listjson.path(link))
    _forged(link, '"name":"Acme Widgets AO"', '"name":"Other Widgets AO"')
    assert read_list_file(link).parties == read_list_file(VALID).parties
    assert read_list_info(link).version == read_list_info(VALID).version
