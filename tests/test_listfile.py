"""Reading, hashing and validating list files (`screening.listfile`) and loading versions (`screening.bundled`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import pathlib
import shutil

import pytest

from screening.bundled import bundled_lists, list_versions, load_list
from screening.exceptions import ListFileError, ListNotFoundError, ListVersionError
from screening.listfile import check_list_file, read_list_file, read_list_info
from screening.models import NameType

DATA = pathlib.Path(__file__).parent / "data" / "lists"
VALID = DATA / "valid.toml"
HISTORY = DATA / "history"

# fixture -> (party, field, words in the message): one broken fixture per validation rule.
BROKEN = {
    "syntax_error": ("person-1", "role", "TOML syntax error"),
    "unknown_key": ("acme", "nots", "unknown key 'nots'"),
    "unknown_key_nested": ("acme", "listings[0].sauce", "unknown key 'sauce'"),
    "unknown_key_action": (None, "actions.entity-list.notes", "unknown key 'notes'"),
    "missing_required": ("acme-sub", "name", "missing required key"),
    "missing_listings": ("acme-sub", "listings", "missing required key"),
    "no_listing": ("acme-sub", "listings", "no listing"),
    "wrong_type": ("acme", "countries", "must be an array"),
    "unknown_kind": ("person-1", "kind", "unknown value 'human'"),
    "unknown_basis": ("acme-sub", "listings[0].basis", "unknown value 'sibling'"),
    "unknown_confidence": ("acme", "brands[0].confidence", "unknown value 'sure'"),
    "duplicate_party": ("acme", "id", "duplicate party id"),
    "duplicate_action": (None, "actions.entity-list", "duplicate action id 'entity-list'"),
    "unknown_action": ("person-1", "listings[0].action", "unknown action 'entity-list-2025'"),
    "unknown_relation": ("acme-sub", "relations[0].party", "unknown party 'acme-parent'"),
    "affiliate_not_covered": ("acme-sub", "listings[0].basis", "does not reach affiliates"),
    "date_as_string": (None, "actions.scope-rule.published", "must be a TOML date"),
    "bad_date": ("person-1", "birth_dates[0]", "must be a TOML date"),
    "newest_after_compiled": (None, "newest_action", "later than compiled"),
    "action_after_newest": (None, "actions.scope-rule.published", "later than newest_action"),
    "schema_version": (None, "schema_version", "unsupported schema_version 2"),
    "empty_name": ("acme", "aliases[0]", "normalises to nothing"),
    "person_field_on_org": ("acme", "birth_dates", "persons only"),
}


# --- validation: one precise error per broken fixture -------------------------------------------------


@pytest.mark.parametrize("fixture", sorted(BROKEN))
def test_broken_fixture_raises_one_precise_error(fixture: str) -> None:
    """Each broken fixture raises a ListFileError naming the file, the party and the field at fault."""
    path = DATA / f"{fixture}.toml"
    party, field, words = BROKEN[fixture]
    with pytest.raises(ListFileError) as caught:
        read_list_file(path)
    error = caught.value
    assert (error.path, error.party, error.field) == (str(path), party, field)
    assert words in error.reason
    assert str(path) in str(error) and field in str(error)


@pytest.mark.parametrize("fixture", sorted(BROKEN))
def test_check_list_file_reports_the_same_problem(fixture: str) -> None:
    """check_list_file reports exactly the one problem each fixture was broken with."""
    path = DATA / f"{fixture}.toml"
    problems = check_list_file(path)
    assert [(p.party, p.field) for p in problems] == [BROKEN[fixture][:2]]


def test_version_must_match_a_dated_file_name() -> None:
    """A file named like a version must carry that version."""
    path = DATA / "version_mismatch" / "2024-06-24.toml"
    with pytest.raises(ListFileError) as caught:
        read_list_file(path)
    assert (caught.value.party, caught.value.field) == (None, "version")
    assert "'2024-06-25'" in caught.value.reason


def test_check_list_file_returns_every_problem(tmp_path: pathlib.Path) -> None:
    """Several problems in one file are all reported, each with its own location."""
    text = VALID.read_text(encoding="utf-8")
    text = text.replace('kind = "person"', 'kind = "human"').replace('countries = ["RU"]', 'countries = "RU"')
    text = text.replace('party = "acme", confidence', 'party = "nobody", confidence')
    path = tmp_path / "many.toml"
    path.write_text(text, encoding="utf-8")
    found = {(p.party, p.field) for p in check_list_file(path)}
    assert found == {("acme", "countries"), ("person-1", "kind"), ("acme-sub", "relations[0].party")}


@pytest.mark.parametrize("cut", ["[actions.", "[[parties]]"])
def test_a_file_missing_its_tables_is_reported_not_raised(tmp_path: pathlib.Path, cut: str) -> None:
    """A file cut before its actions (or its parties) gets `missing required key` for each missing table,
    not a KeyError."""
    text = VALID.read_text(encoding="utf-8")
    path = tmp_path / "cut.toml"
    path.write_text(text[:text.index(cut)], encoding="utf-8")
    missing = {p.field for p in check_list_file(path) if "missing required key" in str(p)}
    assert missing == ({"actions", "parties"} if cut == "[actions." else {"parties"})
    with pytest.raises(ListFileError, match="missing required key"):
        read_list_file(path)


def test_valid_fixture_has_no_problems() -> None:
    """The valid fixture checks clean."""
    assert check_list_file(VALID) == ()


def test_list_file_error_is_a_value_error() -> None:
    """Callers catching ValueError keep working."""
    with pytest.raises(ValueError):
        read_list_file(DATA / "unknown_kind.toml")


def test_not_utf8_is_reported(tmp_path: pathlib.Path) -> None:
    """Bytes that are not UTF-8 give a ListFileError, not a UnicodeDecodeError."""
    path = tmp_path / "latin1.toml"
    path.write_bytes(VALID.read_text(encoding="utf-8").replace("Acme Widgets AO", "Acmé").encode("latin-1", "replace"))
    with pytest.raises(ListFileError, match="not UTF-8"):
        read_list_file(path)


# --- reading: hash, names, listings --------------------------------------------------------------------


def test_sha256_is_over_the_exact_bytes() -> None:
    """ListInfo.sha256 is the sha256 of the file's bytes, and source is the path read."""
    info = read_list_file(VALID).info
    assert info.sha256 == hashlib.sha256(VALID.read_bytes()).hexdigest()
    assert info.source == str(VALID)
    assert (info.id, info.version, info.schema_version) == ("fixture", "v1", 1)
    assert info.newest_action == dt.date(2024, 6, 24)


def test_read_list_info_matches_the_full_read() -> None:
    """The header-only read gives the same ListInfo as the full read."""
    assert read_list_info(VALID) == read_list_file(VALID).info


def test_a_bracket_that_starts_a_line_inside_a_header_string_is_no_table(tmp_path: pathlib.Path) -> None:
    """The header-only read stops at the first table; a `[` opening a line of a multi-line string is none,
    so a file the full read and the check accept is listed and loaded too."""
    text = VALID.read_text(encoding="utf-8").replace(
        'title = "Fixture list"', 'title = "Fixture list"\ndescription = """Sources:\n[1] the Federal Register\n"""')
    path = tmp_path / "v1.toml"
    path.write_text(text, encoding="utf-8")
    assert check_list_file(path) == ()
    assert read_list_info(path) == read_list_file(path).info


def test_a_list_written_with_inline_tables_is_listed_and_loaded(tmp_path: pathlib.Path) -> None:
    """`actions = {...}` and `parties = [...]` are TOML's inline forms of the tables: they sit before any
    `[` line, and the header-only read ignores them as it ignores the tables (the check accepted such a file,
    and loading it failed with "unknown key 'actions'")."""
    action = ('dpl = { authority = "ACME", list = "DPL", short_name = "ACME DPL", restricts = "none", '
              'confidence = "official" }')
    party = ('{ id = "globex", kind = "organization", name = "Globex Trading", confidence = "official", '
             'listings = [{ action = "dpl" }] }')
    path = tmp_path / "1.toml"
    path.write_text("\n".join([
        'schema_version = 1', 'id = "inline"', 'title = "Inline list"', 'version = "1"', 'newest_action = 2025-01-05',
        'compiled = 2025-01-10', f'actions = {{ {action} }}', f'parties = [\n  {party},\n]', '']), encoding="utf-8")
    assert check_list_file(path) == ()
    assert read_list_info(path) == read_list_file(path).info
    assert load_list(path).party("globex").name == "Globex Trading"


def test_names_keep_schema_order_and_types() -> None:
    """Names are the primary name, then aliases, former, native, transliterations, weak and brands."""
    party = read_list_file(VALID).party("acme")
    assert [(n.text, n.type) for n in party.names] == [
        ("Acme Widgets AO", NameType.PRIMARY),
        ("Acme Widgets", NameType.ALIAS),
        ("Acme Vidzhets", NameType.ALIAS),
        ("Acme Widgets ZAO", NameType.FORMER),
        ("АО «Акме Виджетс»", NameType.NATIVE),
        ("Acme", NameType.WEAK),
        ("Acme Shield", NameType.BRAND),
    ]


def test_plain_string_name_takes_the_party_confidence() -> None:
    """A name given as a plain string inherits the party's confidence; a table keeps its own and its note."""
    names = {n.text: n for n in read_list_file(VALID).party("acme").names}
    assert names["Acme Widgets"].confidence == "official"
    assert (names["Acme Vidzhets"].confidence, names["Acme Vidzhets"].note) == ("derived", "romanised")


def test_listing_merges_action_and_party_entry() -> None:
    """A Listing carries the action's facts, the entry's basis, the entry's confidence and both notes."""
    named, affiliate = read_list_file(VALID).party("acme").listings
    assert named.short == "BIS Entity List, 89 FR 52362 (2024-06-24)"
    assert (named.basis, named.confidence, named.covers_affiliates) == ("named", "official", False)
    assert named.note == "Action note. | Party note."
    assert (affiliate.basis, affiliate.confidence, affiliate.covers_affiliates) == ("affiliate", "inferred", True)
    assert affiliate.note is None


def test_listing_basis_defaults_to_named() -> None:
    """A listing entry without basis is a named listing with the action's confidence."""
    (listing,) = read_list_file(VALID).party("person-1").listings
    assert (listing.basis, listing.confidence) == ("named", "official")


def test_person_fields_are_read() -> None:
    """Birth data, name parts, role and relations become model values."""
    person = read_list_file(VALID).party("person-1")
    assert person.birth_dates == (dt.date(1970, 1, 1),)
    assert person.birth_places == ("Moscow, Russia",)
    assert (person.name_parts.given, person.name_parts.patronymic, person.name_parts.family) == (
        "Ivan", "Ivanovich", "Ivanov")
    assert person.relations[0].party == "acme" and person.relations[0].confidence == "list_data"


def test_missing_file_is_list_not_found() -> None:
    """A path that does not exist raises ListNotFoundError (a FileNotFoundError)."""
    with pytest.raises(ListNotFoundError):
        read_list_file(DATA / "no-such-file.toml")
    with pytest.raises(FileNotFoundError):
        load_list(DATA / "no-such-dir")


def test_a_directory_is_not_a_list_file() -> None:
    """read_list_file refuses a directory with ListNotFoundError."""
    with pytest.raises(ListNotFoundError):
        read_list_file(HISTORY)


# --- load_list: selecting versions ---------------------------------------------------------------------


def test_load_list_picks_the_newest_version() -> None:
    """Without version or as_of, the version with the newest action is loaded."""
    assert load_list(HISTORY).info.version == "2022-03-01"


def test_load_list_by_version_and_unknown_version() -> None:
    """A named version loads; an unknown one raises ListVersionError naming the versions that exist."""
    assert load_list(HISTORY, version="2021-06-01").info.version == "2021-06-01"
    with pytest.raises(ListVersionError, match="2020-01-01, 2021-06-01, 2022-03-01"):
        load_list(HISTORY, version="2019-01-01")


@pytest.mark.parametrize(("as_of", "version"), [
    ("2020-01-01", "2020-01-01"),
    (dt.date(2021, 5, 31), "2020-01-01"),
    ("2021-06-01", "2021-06-01"),
    (dt.datetime(2030, 1, 1, 12, 0), "2022-03-01"),
])
def test_load_list_as_of_picks_the_version_in_force(as_of: dt.date | str, version: str) -> None:
    """as_of selects the newest version whose newest action is on or before that date."""
    assert load_list(HISTORY, as_of=as_of).info.version == version


def test_as_of_before_every_version_is_an_error() -> None:
    """A date before the oldest version raises ListVersionError."""
    with pytest.raises(ListVersionError, match="2019-12-31"):
        load_list(HISTORY, as_of="2019-12-31")


def test_version_and_as_of_together_is_a_value_error() -> None:
    """Asking for a version and a date at once is a ValueError."""
    with pytest.raises(ValueError, match="either"):
        load_list(HISTORY, version="2021-06-01", as_of="2021-06-01")


def test_bad_as_of_string_is_a_value_error() -> None:
    """An as_of that is not an ISO date is a ValueError."""
    with pytest.raises(ValueError, match="as_of"):
        load_list(HISTORY, as_of="June 2021")


def test_load_list_of_a_single_file() -> None:
    """A file path loads that one version; a different version or an earlier as_of is refused."""
    path = HISTORY / "2021-06-01.toml"
    assert load_list(path).info.version == "2021-06-01"
    with pytest.raises(ListVersionError):
        load_list(path, version="2022-03-01")
    with pytest.raises(ListVersionError):
        load_list(path, as_of="2021-01-01")


def test_two_files_with_one_version_are_refused(tmp_path: pathlib.Path) -> None:
    """A list directory where two files claim the same version is a ListFileError naming the version field."""
    shutil.copy(VALID, tmp_path / "a.toml")
    shutil.copy(VALID, tmp_path / "b.toml")
    with pytest.raises(ListFileError) as caught:
        load_list(tmp_path)
    assert (caught.value.field, caught.value.path) == ("version", str(tmp_path / "b.toml"))


def test_a_directory_of_two_lists_is_refused(tmp_path: pathlib.Path) -> None:
    """Versions of two lists in one directory served one list or the other by date (`--as-of`); now the file
    of the second list is named, with its id field."""
    shutil.copy(VALID, tmp_path / "a.toml")
    other = VALID.read_text(encoding="utf-8").replace('id = "', 'id = "other-', 1)
    (tmp_path / "b.toml").write_text(other.replace('version = "', 'version = "9', 1), encoding="utf-8")
    for call in (load_list, list_versions):
        with pytest.raises(ListFileError, match="a directory holds the versions of one list") as caught:
            call(tmp_path)
        assert (caught.value.field, caught.value.path) == ("id", str(tmp_path / "b.toml"))


def test_list_versions_oldest_first() -> None:
    """list_versions gives every version's ListInfo, oldest first."""
    assert [info.version for info in list_versions(HISTORY)] == ["2020-01-01", "2021-06-01", "2022-03-01"]


def test_loaded_versions_are_cached() -> None:
    """Loading the same version twice returns the same Watchlist object."""
    assert load_list(HISTORY, version="2021-06-01") is load_list(HISTORY, version="2021-06-01")


def test_cache_sees_a_changed_file(tmp_path: pathlib.Path) -> None:
    """A file rewritten with different content is read again, not served from the cache."""
    path = tmp_path / "2021-06-01.toml"
    shutil.copy(HISTORY / "2021-06-01.toml", path)
    first = load_list(path)
    path.write_text(path.read_text(encoding="utf-8").replace("Fixture list", "Fixture list, renamed"),
                    encoding="utf-8")
    second = load_list(path)
    assert second.info.title == "Fixture list, renamed" and second.info.sha256 != first.info.sha256


def test_bundled_list_is_found_by_id() -> None:
    """bundled_lists maps 'kaspersky' to a directory, and the id works as a path for load_list."""
    lists = bundled_lists()
    assert lists["kaspersky"].is_dir()
    assert load_list("kaspersky") is load_list()


def test_unknown_bundled_id_is_list_not_found() -> None:
    """A name that is neither a path nor a bundled list raises ListNotFoundError listing the bundled ids."""
    with pytest.raises(ListNotFoundError, match="kaspersky"):
        load_list("no-such-list")


def test_a_path_through_a_file_is_reported_not_raised(tmp_path: pathlib.Path) -> None:
    """`list.toml/x` (a path through a file) is a ListNotFoundError naming the path, not a NotADirectoryError."""
    path = tmp_path / "list.toml"
    shutil.copy(VALID, path)
    with pytest.raises(ListNotFoundError, match="list.toml/x: cannot be read"):
        read_list_file(path / "x")


@pytest.mark.parametrize(("written", "field"), [('countries = ["RUS"]', "countries[0]"),
                                                ('countries = ["ru"]', "countries[0]"),
                                                ('countries = ["RU", "Russia"]', "countries[1]")])
def test_a_country_is_an_iso_code(tmp_path: pathlib.Path, written: str, field: str) -> None:
    """`RUS`, `ru` or `Russia` loaded and matched no `country` given (a conflict): each is reported where it is."""
    path = tmp_path / "country.toml"
    path.write_text(VALID.read_text(encoding="utf-8").replace('countries = ["RU"]', written, 1), encoding="utf-8")
    found = [(p.party, p.field) for p in check_list_file(path)]
    assert found == [("acme", field)]


def test_load_list_reads_a_file_again_when_it_changes_and_keeps_only_its_newest_state(tmp_path: pathlib.Path) -> None:
    """A file rewritten with its size and mtime kept (`cp -p`, `rsync -t`) was served from the cache as it was
    before; and every state read was kept (a service reloading its list grew by each version)."""
    import os

    from screening import bundled

    path = tmp_path / "2021-06-01.toml"
    text = (HISTORY / "2021-06-01.toml").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    first = load_list(path)
    stat = path.stat()
    changed = text.replace("Acme Widgets AO", "Acme Widgets AB", 1)
    assert changed != text and len(changed) == len(text)
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    second = load_list(path)
    assert second is not first and second.info.sha256 != first.info.sha256
    assert [key for key in bundled._lists if key[0] == str(path.resolve())] == [bundled._key(path)]
