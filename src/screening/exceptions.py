"""Exceptions raised by `screening`.

One root, `ScreeningError`; every subclass also inherits the builtin it resembles so that callers who
catch `ValueError` or `FileNotFoundError` keep working. Each carries structured location fields (path,
party, field, row) and a message that says what went wrong and where.

"No hit" and "unscreenable input" are result statuses, never exceptions.
"""

from __future__ import annotations

__all__ = [
    "InputFileError",
    "ListFileError",
    "ListNotFoundError",
    "ListVersionError",
    "ScreeningError",
]


class ScreeningError(Exception):
    """Root of every error this package raises on purpose."""


def _where(**parts: object) -> str:
    """Render the non-empty location parts as `key=value` pairs for a message."""
    shown = [f"{key} {value!r}" if key != "row" else f"row {value}" for key, value in parts.items() if value is not None]
    return ", ".join(shown)


class ListFileError(ScreeningError, ValueError):
    """A list file is malformed: names the file, the party and the field at fault."""

    def __init__(self, message: str, *, path: str | None = None, party: str | None = None,
                 field: str | None = None) -> None:
        self.path = path
        self.party = party
        self.field = field
        self.reason = message
        where = _where(party=party, field=field)
        prefix = f"{path}: " if path else ""
        super().__init__(f"{prefix}{where + ': ' if where else ''}{message}")


class ListNotFoundError(ScreeningError, FileNotFoundError):
    """A list file or a bundled list id does not exist."""


class ListVersionError(ScreeningError, LookupError):
    """No version of a list matches the requested version or date."""


class InputFileError(ScreeningError, ValueError):
    """An input file (CSV) cannot be read: names the file, row, field and byte offset when known."""

    def __init__(self, message: str, *, path: str | None = None, row: int | None = None,
                 field: str | None = None, offset: int | None = None) -> None:
        self.path = path
        self.row = row
        self.field = field
        self.offset = offset
        self.reason = message
        where = _where(row=row, field=field, offset=offset).replace("offset ", "byte offset ")
        prefix = f"{path}: " if path else ""
        super().__init__(f"{prefix}{where + ': ' if where else ''}{message}")
