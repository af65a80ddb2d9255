"""Plain-data conversion for the frozen attrs values: `to_dict` and `from_dict` that round-trip through JSON.

Handles attrs classes, tuples (as lists), enums (as their values), `datetime.date` / `datetime` (ISO
strings), `Optional[...]` and primitives. Type hints are resolved once per class and cached.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import types
import typing
from typing import Any, TypeVar

import attrs

T = TypeVar("T")


_PRIMITIVES = frozenset({str, int, float, bool, type(None)})


@functools.cache
def _aliases(cls: type) -> tuple[str, ...] | None:
    """The public names of an attrs class's fields (None for any other class), looked up once per class."""
    # By alias: a private field read through a public property (`ScreeningResult.normalized`) keeps its
    # public name.
    return tuple(f.alias for f in attrs.fields(cls)) if attrs.has(cls) else None


def unstructure(value: Any) -> Any:
    """Turn a value made of attrs classes, tuples, enums and dates into JSON-ready data."""
    cls = type(value)
    if cls in _PRIMITIVES:
        return value
    aliases = _aliases(cls)
    if aliases is not None:
        return {name: unstructure(getattr(value, name)) for name in aliases}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [unstructure(v) for v in value]
    if isinstance(value, dict):
        return {str(k): unstructure(v) for k, v in value.items()}
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def structure(data: Any, hint: Any) -> Any:
    """Rebuild a value of type `hint` from the output of `unstructure`."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        if data is None and type(None) in args:
            return None
        for arg in args:
            if arg is type(None):
                continue
            try:
                return structure(data, arg)
            except (TypeError, ValueError, KeyError):
                continue
        raise ValueError(f"cannot structure {data!r} as {hint}")
    if origin is tuple:
        args = typing.get_args(hint)
        item = args[0] if args else Any
        return tuple(structure(v, item) for v in data)
    if origin is dict:
        key_t, val_t = typing.get_args(hint)
        return {structure(k, key_t): structure(v, val_t) for k, v in data.items()}
    if origin is typing.Literal:
        return data
    if hint is Any:
        return data
    if isinstance(hint, type):
        if attrs.has(hint):
            if not isinstance(data, dict):
                raise TypeError(f"expected a mapping for {hint.__name__}, got {type(data).__name__}")
            hints = _hints(hint)
            kwargs = {f.alias: structure(data[f.alias], hints[f.name])
                      for f in attrs.fields(hint) if f.init and f.alias in data}
            return hint(**kwargs)
        if issubclass(hint, enum.Enum):
            return hint(data)
        if hint is _dt.datetime:
            return _dt.datetime.fromisoformat(data)
        if hint is _dt.date:
            return _dt.date.fromisoformat(data)
        if hint is float and isinstance(data, int):
            return float(data)
        if not isinstance(data, hint):
            raise TypeError(f"expected {hint.__name__}, got {type(data).__name__}")
    return data
