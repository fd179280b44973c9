"""Plain values into attrs classes without cattrs, for the usual shapes (private).

Plan files and cadence parameters are structured by cattrs converters, whose detailed
messages name the path of each problem. Importing cattrs and building a converter is about
a tenth of a small command's time (``planflow validate``, ``schedule --json``), and a file
of the usual shape needs none of it: its tables hold the keys their classes declare, and
its leaves are values the converter's own hooks take. A :class:`Structurer` makes such a
value exactly as the converter would (the same hooks, the same class called with the same
keys) and raises :class:`Slow` at the first doubt (an unknown or missing key, a value a
hook or the class refuses, a type it does not know); the caller then asks the converter,
which makes the value or says what is wrong with it, with its path.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, Union, get_args, get_origin

import attrs

__all__ = ["Slow", "Structurer"]

Hook = Callable[[Any, Any], Any]

_UNIONS = (Union, types.UnionType)


class Slow(Exception):
    """The value is left to the converter (for its result or its message)."""


class Structurer:
    """Structures values with ``hooks`` (a hook by exact type, as the converter has them
    registered), ``literals`` (a hook for ``Literal[...]`` types, or None to leave them to
    the converter), attrs classes from tables (``dict``), ``list[X]`` and ``tuple[X, ...]``
    from lists, ``dict[K, V]`` from tables, optional types and ``Any``."""

    def __init__(self, hooks: Mapping[Any, Hook], literals: Hook | None = None) -> None:
        self._hooks = hooks
        self._literals = literals
        self._specs: dict[type, tuple[dict[str, Callable[[Any], Any]], frozenset[str]]] = {}
        self._made: dict[Any, Callable[[Any], Any]] = {}

    def structure(self, value: Any, typ: Any) -> Any:
        """``value`` as ``typ``, as the converter makes it; :class:`Slow` if unsure.

        A hook's own error (a ``ValueError`` for text that is not a date…) propagates as
        it would from the converter, which calls that hook directly for ``typ``.
        """
        hook = self._hooks.get(typ)
        if hook is not None:
            return hook(value, typ)
        make = self._made.get(typ)
        if make is None:
            make = self._made[typ] = self._field(typ)
        try:
            return make(value)
        except Slow:
            raise
        except Exception:  # noqa: BLE001 - an item's error: the converter gives its path
            raise Slow from None

    def _field(self, typ: Any) -> Callable[[Any], Any]:
        """A one-argument function making a value of ``typ`` (raising :class:`Slow` when
        unsure), for a class's field."""
        hook = self._hooks.get(typ)
        if hook is not None:
            return lambda v: hook(v, typ)
        if typ is Any:
            return lambda v: v
        if isinstance(typ, type) and attrs.has(typ):
            return lambda v: self._attrs(v, typ)
        origin, args = get_origin(typ), get_args(typ)
        if origin is Literal and self._literals is not None:
            lit = self._literals
            return lambda v: lit(v, typ)
        if origin in _UNIONS and len(args) == 2 and type(None) in args:
            inner = self._field(args[0] if args[1] is type(None) else args[1])
            return lambda v: None if v is None else inner(v)  # cattrs's optional
        if origin is list and len(args) == 1:
            item = self._field(args[0])
            return lambda v: [item(x) for x in _listed(v)]
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            item = self._field(args[0])
            return lambda v: tuple(item(x) for x in _listed(v))
        if origin is dict and len(args) == 2:
            key, val = self._field(args[0]), self._field(args[1])
            return lambda v: {key(k): val(x) for k, x in _tabled(v).items()}
        return _slow

    def _attrs(self, value: Any, cls: type) -> Any:
        if type(value) is not dict:
            raise Slow
        spec = self._specs.get(cls)
        if spec is None:
            spec = self._specs[cls] = self._spec(cls)
        fields, required = spec
        if not (value.keys() <= fields.keys() and required <= value.keys()):
            raise Slow
        try:
            return cls(**{k: fields[k](v) for k, v in value.items()})
        except Exception:  # noqa: BLE001 - the converter says what is wrong, with its path
            raise Slow from None

    def _spec(self, cls: type) -> tuple[dict[str, Callable[[Any], Any]], frozenset[str]]:
        attrs.resolve_types(cls)
        fields: dict[str, Callable[[Any], Any]] = {}
        required: set[str] = set()
        for a in attrs.fields(cls):
            if not a.init:
                continue
            if a.alias != a.name:  # cattrs keys such a field by name, not alias: its call
                return {}, frozenset({a.name})
            fields[a.alias] = self._field(a.type)
            if a.default is attrs.NOTHING:
                required.add(a.alias)
        return fields, frozenset(required)


def _slow(_: Any) -> Any:
    raise Slow


def _listed(value: Any) -> Sequence[Any]:
    if type(value) is not list:
        raise Slow  # cattrs takes any iterable (text too, letter by letter): its call
    return value


def _tabled(value: Any) -> Mapping[Any, Any]:
    if type(value) is not dict:
        raise Slow
    return value
