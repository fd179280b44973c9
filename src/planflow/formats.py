"""Document formats: renderers that write plans, reports and letters; importers that read plans.

Plugins register both through :func:`planflow.hookspecs.register_formats`. A renderer
returns the whole file as bytes and the caller writes it at once (nothing
half-written); an importer returns a plan and the warnings of what it could not read.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from .text import Worded

if TYPE_CHECKING:
    from .evaluation import Evaluation
    from .plan import Plan

__all__ = ["ImportResult", "Importer", "RenderContext", "Renderer", "Worded", "write_atomically"]


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen
class RenderContext:
    """What a renderer is asked to write.

    ``what`` is ``"plan"``, ``"report"`` (a periodic progress report) or ``"reminder"``
    (a reminder letter); ``at`` the day the document speaks of (reports and letters);
    ``period`` the name of a report period; ``state`` the tracking engine's evaluation
    of the plan on ``at`` (for reports and letters; None for the plan itself);
    ``options`` free settings for the renderer (a template path, a letterhead...);
    ``rollup`` the status of the plans implementing this one (a
    :class:`~planflow.PlanStatus` each, from :meth:`Portfolio.rollup
    <planflow.Portfolio.rollup>`), for a parent's progress report to show its children's
    (``planflow render --what report --rollup``); empty otherwise.
    """

    what: str = "plan"
    at: date | None = None
    period: str | None = None
    state: Evaluation | None = None
    options: dict[str, Any] = attrs.field(factory=dict, hash=False)
    rollup: tuple[Any, ...] = attrs.field(default=(), converter=tuple, hash=False)


@attrs.frozen
class Renderer:
    """Writes a plan, a report or a letter as a document.

    ``render(plan, context) -> bytes`` gets the plan and a :class:`RenderContext`;
    ``renders`` lists the ``context.what`` values it knows; ``extension`` the file suffix
    (``".docx"``).
    """

    name: str
    extension: str
    render: Callable[[Plan, RenderContext], bytes]
    renders: tuple[str, ...] = attrs.field(default=("plan",), converter=_strs)
    description: str = ""


@attrs.frozen
class ImportResult:
    """What an importer read: the plan, and one warning per part it could not read."""

    plan: Plan
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strs)


@attrs.frozen
class Importer:
    """Reads a plan document: ``read(path) -> ImportResult``.

    ``suffixes`` are the file suffixes it reads (``(".txt", ".md")``). It raises
    :class:`~planflow.PlanFileError` for a file that is not a plan it can read.
    ``language`` is the language of the documents it reads (a registered wording's
    ``language``, e.g. ``"vi"``): a file it cannot read is said in that language when the
    command names none.
    """

    name: str
    suffixes: tuple[str, ...] = attrs.field(converter=_strs)
    read: Callable[[Path], ImportResult]
    description: str = ""
    language: str | None = None


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one.

    The bytes go to a temporary file in the same folder, are flushed to disk, and the
    file is renamed over ``path``. The file gets the mode a plain ``open`` would give
    it: the user's umask for a new file, the old file's mode when it replaces one.
    """
    p = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent or ".")
    try:
        try:
            mode = p.stat().st_mode & 0o7777
        except OSError:
            mask = os.umask(0)
            os.umask(mask)
            mode = 0o666 & ~mask
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
