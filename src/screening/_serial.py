"""Plain-data conversion for the frozen attrs values: `to_dict` and `from_dict` that round-trip through JSON.

Handles attrs classes, tuples (as lists), enums (as their values), `datetime.date` / `datetime` (ISO
strings), `Optional[...]` and primitives. `unstructure` picks a converter by the value's exact type, made
once per type: for an attrs class a function generated from its fields and their type hints, which
converts a field inline when its value has the hinted type and hands anything else back to `unstructure`,
so the output is the same as a field-by-field walk, several times sooner. Type hints are resolved once per
class and cached.

A class marked `shared` (frozen, its fields primitives, enums or dates: `Listing`, `PartyRef`, `ListInfo`,
which many results share) has each instance's plain dict made once and kept while the instance lives;
callers get a copy, which is the whole value since the dict holds only primitives, never the kept dict.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import types
import typing
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

T = TypeVar("T")


_PRIMITIVES = frozenset({str, int, float, bool, type(None)})
_converters: dict[type, Callable[[Any], Any]] = {}  # exact type -> its converter (see `_converter`)
_SHARED: set[type] = set()  # classes marked `shared`
_kept: dict[int, tuple[weakref.ref[Any], dict[str, Any]]] = {}  # id of a shared instance -> (it, its plain dict)


def shared(cls: type[T]) -> type[T]:
    """Mark a frozen attrs class whose fields are all primitives, enums or dates, and whose instances many
    results share: `unstructure` makes each instance's plain dict once (class decorator)."""
    _SHARED.add(cls)
    return cls


def unstructure(value: Any) -> Any:
    """Turn a value made of attrs classes, tuples, enums and dates into JSON-ready data."""
    cls = type(value)
    if cls in _PRIMITIVES:
        return value
    convert = _converters.get(cls)
    if convert is None:
        convert = _converters[cls] = _converter(cls)
    return convert(value)


def _converter(cls: type) -> Callable[[Any], Any]:
    """How to convert a value of exactly this (non-primitive) type."""
    if attrs.has(cls):
        convert = _attrs_converter(cls)
        return _kept_converter(convert) if cls in _SHARED else convert
    if issubclass(cls, enum.Enum):
        return _enum_value
    if issubclass(cls, (_dt.date, _dt.datetime)):
        return _isoformat
    if issubclass(cls, (tuple, list)):
        return _sequence
    if issubclass(cls, dict):
        return _mapping
    return _same


def _enum_value(value: enum.Enum) -> Any:
    return value.value


def _isoformat(value: _dt.date) -> str:
    return value.isoformat()


def _sequence(value: tuple[Any, ...] | list[Any]) -> list[Any]:
    return [unstructure(v) for v in value]


def _mapping(value: dict[Any, Any]) -> dict[str, Any]:
    return {str(k): unstructure(v) for k, v in value.items()}


def _same(value: Any) -> Any:
    return value


def _field_hints(cls: type) -> dict[str, Any]:
    """The type hints of an attrs class, or none when they cannot be resolved (names only imported for
    type checking): every field then goes through `unstructure`."""
    try:
        return _hints(cls)
    except (NameError, TypeError):
        return {}


def _optional(hint: Any) -> Any:
    """`X` for `X | None` (or `Optional[X]`), else the hint itself."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return hint


def _is_primitive(hint: Any) -> bool:
    return isinstance(hint, type) and hint in _PRIMITIVES


def _field_expression(hint: Any, read: str, names: dict[Any, str]) -> str:
    """Python source converting the field read by `read` (bound to `x`) as `unstructure` would, fast when the
    value has the hinted type; `names` collects the types the source refers to (type -> its name there)."""
    hint = _optional(hint)  # None is a primitive: the fallback returns it as it is
    if _is_primitive(hint):
        return f"(x if type(x := {read}) in _P else _u(x))"
    if hint in (_dt.date, _dt.datetime) or (isinstance(hint, type) and issubclass(hint, enum.Enum)):
        key = names.setdefault(hint, f"_T{len(names)}")
        method = "x.isoformat()" if hint in (_dt.date, _dt.datetime) else "x.value"
        return f"({method} if type(x := {read}) is {key} else _u(x))"
    if typing.get_origin(hint) is tuple and typing.get_args(hint)[-1:] == (Ellipsis,):
        each = "i if type(i) in _P else _u(i)" if _is_primitive(_optional(typing.get_args(hint)[0])) else "_u(i)"
        return f"([{each} for i in x] if type(x := {read}) is tuple else _u(x))"
    return f"_u({read})"


def _attrs_converter(cls: type) -> Callable[[Any], dict[str, Any]]:
    """A function from an instance of the attrs class `cls` to its plain dict, generated from its fields."""
    # By alias: a private field read through a public property (`ScreeningResult.normalized`) keeps its
    # public name.
    hints = _field_hints(cls)
    names: dict[Any, str] = {}
    items = [f"{f.alias!r}: {_field_expression(hints.get(f.name, Any), f'value.{f.alias}', names)}"
             for f in attrs.fields(cls)]
    source = f"def convert(value):\n    return {{{', '.join(items)}}}\n"
    namespace = {"_P": _PRIMITIVES, "_u": unstructure, **{name: hint for hint, name in names.items()}}
    exec(compile(source, f"<unstructure {cls.__qualname__}>", "exec"), namespace)  # noqa: S102 -- our own source
    return namespace["convert"]


def _kept_converter(convert: Callable[[Any], dict[str, Any]]) -> Callable[[Any], dict[str, Any]]:
    """`convert`, with each instance's plain dict kept until the instance is gone when it holds only
    primitives (a copy of it is then a full copy); callers get copies."""
    def kept(value: Any) -> dict[str, Any]:
        key = id(value)
        entry = _kept.get(key)
        if entry is None or entry[0]() is not value:
            plain = convert(value)
            if not all(type(item) in _PRIMITIVES for item in plain.values()):
                return plain  # a field off its hint (a list, say): not flat, so not kept
            def forget(_: weakref.ref[Any]) -> None:
                _kept.pop(key, None)
            entry = _kept[key] = (weakref.ref(value, forget), plain)
        return entry[1].copy()
    return kept


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
