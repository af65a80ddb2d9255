"""Locate the bundled lists, list their versions and load the version in force: `load_list`.

A list is a directory of version files `<YYYY-MM-DD>.toml` (one complete file per date on which an official
action changed the list; see `lists/README.md`). The bundled lists ship inside the wheel as the package
`screening.lists` and are found in that package's directory; in a source checkout that was not installed the
repository's `lists/` directory next to `src/` is used instead.

Selection: the newest version (by `newest_action`), a named `version`, or the version in force on a date
(`as_of`: the newest version whose `newest_action` is on or before it). Loaded versions are cached per process
by (resolved path, mtime, size), so the bundled list is read and validated once; a changed file is re-read.
Nothing is read at import time.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import pathlib
import threading
from collections.abc import Callable
from typing import TypeVar

from screening.exceptions import ListFileError, ListNotFoundError, ListVersionError
from screening.models import ListInfo
from screening.watchlist import Watchlist

__all__ = ["DEFAULT_LIST", "bundled_lists", "is_bundled", "list_versions", "load_list"]

DEFAULT_LIST = "kaspersky"

_T = TypeVar("_T")

_lock = threading.Lock()
_lists: dict[tuple[str, int, int, int], Watchlist] = {}
_infos: dict[tuple[str, int, int, int], ListInfo] = {}


def _lists_root() -> pathlib.Path:
    """The directory holding the bundled lists: package data first, then the source checkout.

    The package directory is read off its `__file__`, as `importlib.resources.files` would give it for a package
    on disk (a zipped or namespace package falls through to the checkout, as there), without importing
    `importlib.resources` (~7 ms of a cold start)."""
    try:
        package = importlib.import_module("screening.lists")
    except ModuleNotFoundError:  # pragma: no cover - a source tree without the package mapping
        package = None
    origin = getattr(package, "__file__", None)
    if origin is not None and (root := pathlib.Path(origin).parent).is_dir():
        return root
    return pathlib.Path(__file__).resolve().parents[2] / "lists"


def is_bundled(path: str | os.PathLike[str]) -> bool:
    """True for a version file of a bundled list (shipped in the package, as trusted as its code)."""
    return pathlib.Path(path).resolve().parent.parent == _lists_root().resolve()


def bundled_lists() -> dict[str, pathlib.Path]:
    """Bundled list id -> its directory of version files."""
    root = _lists_root()
    if not root.is_dir():
        return {}
    return {child.name: child for child in sorted(root.iterdir())
            if child.is_dir() and any(child.glob("*.toml"))}


def _resolve(path: str | os.PathLike[str] | None) -> pathlib.Path:
    """A list path: None is the default bundled list; a bare id names a bundled list."""
    bundled = bundled_lists()
    if path is None:
        if DEFAULT_LIST not in bundled:
            raise ListNotFoundError(f"the bundled list {DEFAULT_LIST!r} is missing (looked in {_lists_root()})")
        return bundled[DEFAULT_LIST]
    candidate = pathlib.Path(path)
    if candidate.exists():
        return candidate
    if isinstance(path, str) and path in bundled:
        return bundled[path]
    known = ", ".join(sorted(bundled)) or "none"
    raise ListNotFoundError(f"{os.fspath(path)}: no such list file or directory (bundled lists: {known})")


def _key(path: pathlib.Path) -> tuple[str, int, int, int]:
    """What says a file changed: its resolved path, mtime, size and ctime (which no copy that keeps the mtime,
    `cp -p` or `rsync -t`, can set back)."""
    stat = path.stat()
    return (str(path.resolve()), stat.st_mtime_ns, stat.st_size, stat.st_ctime_ns)


def _cached(cache: dict[tuple[str, int, int, int], _T], path: pathlib.Path, read: Callable[[pathlib.Path], _T]) -> _T:
    """`read(path)`, once per state of the file (`_key`), the newest state of each file only (a service that
    reloads its list as it changes keeps no old version); the lock makes concurrent first loads read once."""
    key = _key(path)
    with _lock:
        if key not in cache:
            for old in [k for k in cache if k[0] == key[0]]:
                del cache[old]
            cache[key] = read(path)
        return cache[key]


def _cached_info(path: pathlib.Path) -> ListInfo:
    from screening.listfile import read_list_info  # here: listfile re-exports this module's functions

    return _cached(_infos, path, read_list_info)


def _cached_list(path: pathlib.Path) -> Watchlist:
    from screening.listfile import read_list_file

    return _cached(_lists, path, read_list_file)


def _version_files(directory: pathlib.Path) -> dict[str, tuple[ListInfo, pathlib.Path]]:
    """Version -> (header, file) for every `*.toml` in a list directory."""
    files = sorted(directory.glob("*.toml"))
    if not files:
        raise ListNotFoundError(f"{directory}: no list version files (*.toml)")
    versions: dict[str, tuple[ListInfo, pathlib.Path]] = {}
    for file in files:
        info = _cached_info(file)
        first = next(iter(versions.values()), None)
        if first is not None and info.id != first[0].id:  # (which list served a date would depend on the date)
            raise ListFileError(f"list {info.id!r}, but {first[1].name} in the same directory is list {first[0].id!r}: "
                                "a directory holds the versions of one list", path=str(file), field="id")
        if info.version in versions:
            raise ListFileError(f"version {info.version!r} is also in {versions[info.version][1].name}",
                                path=str(file), field="version")
        versions[info.version] = (info, file)
    return versions


def list_versions(path: str | os.PathLike[str] | None = None) -> tuple[ListInfo, ...]:
    """The versions of a list (directory, file, bundled id or None for the default), oldest first."""
    where = _resolve(path)
    if where.is_file():
        return (_cached_info(where),)
    infos = [info for info, _ in _version_files(where).values()]
    return tuple(sorted(infos, key=lambda info: (info.newest_action, info.version)))


def _as_date(as_of: dt.date | str) -> dt.date:
    if isinstance(as_of, dt.datetime):
        return as_of.date()
    if isinstance(as_of, dt.date):
        return as_of
    try:
        return dt.date.fromisoformat(as_of)
    except (TypeError, ValueError):
        raise ValueError(f"as_of must be a date or an ISO date string (YYYY-MM-DD), got {as_of!r}") from None


def load_list(path: str | os.PathLike[str] | None = None, *, version: str | None = None,
              as_of: dt.date | str | None = None) -> Watchlist:
    """Load one list version: the newest, the named `version`, or the one in force on `as_of`."""
    if version is not None and as_of is not None:
        raise ValueError("give either version or as_of, not both")
    where = _resolve(path)
    if where.is_file():
        chosen = where
        info = _cached_info(where)
        if version is not None and info.version != version:
            raise ListVersionError(f"{where}: holds version {info.version!r}, not {version!r}")
    else:
        versions = _version_files(where)
        if version is not None:
            if version not in versions:
                raise ListVersionError(f"{where}: no version {version!r}; versions: {', '.join(sorted(versions))}")
            info, chosen = versions[version]
        else:
            info, chosen = max(versions.values(), key=lambda pair: (pair[0].newest_action, pair[0].version))
    if as_of is not None:
        info, chosen = _in_force(where, _as_date(as_of), info, chosen)
    return _cached_list(chosen)


def _in_force(where: pathlib.Path, day: dt.date, info: ListInfo,
              chosen: pathlib.Path) -> tuple[ListInfo, pathlib.Path]:
    """The newest version whose newest action is on or before `day`."""
    candidates = [(info, chosen)] if where.is_file() else list(_version_files(where).values())
    in_force = [pair for pair in candidates if pair[0].newest_action <= day]
    if not in_force:
        oldest = min(pair[0].newest_action for pair in candidates)
        raise ListVersionError(f"{where}: no version in force on {day.isoformat()}; "
                               f"the oldest version starts {oldest.isoformat()}")
    return max(in_force, key=lambda pair: (pair[0].newest_action, pair[0].version))
