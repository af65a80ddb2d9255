"""screening: restricted-party screening against a versioned, cited Kaspersky list.

    >>> import screening
    >>> result = screening.Screener().screen("Kaspresky Labs Ltd")
    >>> result.status.value, result.best.party.id
    ('MATCH', 'kaspersky-labs-ltd')

Everything public is importable from here; the submodules are private.
"""

from typing import TYPE_CHECKING

from screening._version import VERSION as __version__
from screening.compare import compare
from screening.config import DEFAULT as DEFAULT_CONFIG
from screening.config import ScreeningConfig
from screening.exceptions import (
    InputFileError,
    ListFileError,
    ListNotFoundError,
    ListVersionError,
    ScreeningError,
)
from screening.listfile import bundled_lists, check_list_file, list_versions, load_list, read_list_file
from screening.models import (
    Address,
    Comparison,
    Evidence,
    Hit,
    HitClass,
    Identifier,
    ListInfo,
    Listing,
    NameParts,
    NameType,
    NearMiss,
    Party,
    PartyName,
    PartyRef,
    Relation,
    ScreeningResult,
    Status,
)
from screening.normalize import normalize_name
from screening.screen import Screener
from screening.watchlist import Watchlist

if TYPE_CHECKING:  # (what `__getattr__` serves, typed for type checkers)
    from screening.batch import OUTPUT_COLUMNS, BatchSummary, screen_csv, screen_rows
    from screening.listdiff import ListDiff, diff_lists

# Name -> the module that defines it, imported on first use: screening does not need them.
_LAZY = {"OUTPUT_COLUMNS": "batch", "BatchSummary": "batch", "screen_csv": "batch", "screen_rows": "batch",
         "ListDiff": "listdiff", "diff_lists": "listdiff"}


def __getattr__(name: str) -> object:
    """The batch layer (CSV, processes) and list diffs load on first use, so `import screening` stays quick."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"screening.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'screening' has no attribute {name!r}")


def __dir__() -> list[str]:
    """Every public name, the lazily imported ones too."""
    return sorted({*globals(), *_LAZY})


__all__ = [
    "DEFAULT_CONFIG",
    "OUTPUT_COLUMNS",
    "Address",
    "BatchSummary",
    "Comparison",
    "Evidence",
    "Hit",
    "HitClass",
    "Identifier",
    "InputFileError",
    "ListFileError",
    "ListInfo",
    "ListNotFoundError",
    "ListDiff",
    "ListVersionError",
    "Listing",
    "NameParts",
    "NameType",
    "NearMiss",
    "Party",
    "PartyName",
    "PartyRef",
    "Relation",
    "ScreeningConfig",
    "ScreeningError",
    "ScreeningResult",
    "Screener",
    "Status",
    "Watchlist",
    "__version__",
    "bundled_lists",
    "check_list_file",
    "compare",
    "diff_lists",
    "list_versions",
    "load_list",
    "normalize_name",
    "read_list_file",
    "screen_csv",
    "screen_rows",
]
