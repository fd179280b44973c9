"""Lazy attributes: a package's names loaded from its submodules on first use (PEP 562)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_attributes"]


def lazy_attributes(package: str, table: Mapping[str, tuple[str, str]]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: name -> (submodule, attribute) in ``table``.

    The first access imports the submodule and keeps the value in the package, so later
    accesses cost nothing. Use it where importing everything up front would make every
    command pay for modules it never touches::

        __getattr__ = planflow.lazy_attributes(__name__, {"parse": ("timeframes", "parse")})
    """

    def __getattr__(name: str) -> Any:
        where = table.get(name)
        if where is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{where[0]}", package), where[1])
        sys.modules[package].__dict__[name] = value
        return value

    return __getattr__
