"""Document formats: renderers that write plans, reports and letters; importers that read plans."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["Importer", "Renderer"]


@attrs.frozen
class Renderer:
    """Writes something as a document.

    ``render(subject, **options) -> bytes`` receives the plan (``renders`` says which
    subjects it knows: ``"plan"``, ``"report"``, ``"reminder"``) and returns the file's
    bytes, so a caller can write it all at once (nothing half-written).
    """

    name: str
    extension: str
    render: Callable[..., bytes]
    renders: tuple[str, ...] = attrs.field(default=("plan",), converter=tuple)
    description: str = ""


@attrs.frozen
class Importer:
    """Reads a plan document: ``read(path) -> (plan, warnings)``."""

    name: str
    suffixes: tuple[str, ...] = attrs.field(converter=tuple)
    read: Callable[..., Any]
    description: str = ""
