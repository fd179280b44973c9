"""The plainest commands, run without building the command line (private).

``planflow schedule PLAN --json`` and ``planflow validate PLAN`` are what scripts and
schedulers run most, on the largest plans, and what a clerk runs first. Building the
click command line (click itself, the command table, the plugins' commands read from
their entry points) is a fifth to a quarter of such a command's time. When the arguments
are exactly a plan (a ``.toml`` or ``.json`` plan file, or a Python plan:
``script.py[:attribute]``) and those commands' plain flags, the command's *success* is
written here, through the same functions and the same words as
the click command (:mod:`planflow.cli`): the same bytes, the same exit status.

``planflow --help`` is written here too when it is the text kept in
:mod:`planflow._help` (the English help at click's usual width, the built-in plugins).

Everything else goes to :func:`planflow.cli.main` unchanged: another option, a command's
``--help``, a store key, a plan that cannot be read, breaks the shared limits or has any
problem to print. The full command then does the whole work again: a plan with a problem
is the slow path by design, and its messages are written in one place only. A Python
plan's code runs once all the same: what loading it gave is handed to the full command's
load (:data:`_handed_over`). tests/test_quick.py runs both ways on the same plans and
compares their output byte for byte.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .errors import PlanflowError
    from .plan import Plan
    from .problem import Problem

#: the plan files read here (a Python plan too: see :data:`_handed_over`)
SUFFIXES = (".toml", ".json")


def run(argv: list[str]) -> bool:
    """Do the command ``argv`` (the arguments after ``planflow``) when it is one of the
    plainest; False, having written nothing, when the full command line must do it."""
    if len(argv) == 3 and argv[0] == "schedule" and "--json" in argv[1:]:
        spec = argv[2] if argv[1] == "--json" else argv[1]
        return _plain(spec) and _schedule_json(spec)
    if len(argv) == 2 and argv[0] == "validate":
        return _plain(argv[1]) and _validate(argv[1])
    if argv in (["--help"], ["-h"]):
        return _help()
    return False


def _plain(spec: str) -> bool:
    """Whether ``spec`` names a plan this module loads: a plan file, or a Python plan
    (``script.py``, ``script.py:attribute``), not an option or a store key."""
    if spec.startswith("-") or not spec.isprintable():
        return False
    script = _script_path(spec)
    if script is not None:
        return os.path.isfile(script)
    return spec.endswith(SUFFIXES) and os.path.isfile(spec)


def _script_path(spec: str) -> str | None:
    """The script of a Python plan ``spec`` (as :func:`planflow.load` reads it), else None."""
    path, sep, attr = spec.rpartition(":")
    if sep and path.endswith(".py") and attr.isidentifier():
        return path
    return spec if spec.endswith(".py") else None


#: a Python plan this module loaded and then left to the full command (a problem to
#: print): its spec and what loading it gave. Its code ran once; the full command's load
#: of the same spec, the next one in this process, takes it instead of running it again.
_handed_over: tuple[str, tuple[Plan, list[Problem]] | PlanflowError] | None = None


def load_for_command(spec: str) -> tuple[Plan, list[Problem]]:
    """The plan ``spec`` names, built as a command keeps it, and its errors against the
    limits every command shares (no tasks, dates out of range). The plan lives as long
    as the command: the cyclic collector stays off while it is built (its first
    collection would walk every new object once more), and its objects are then frozen
    out of the collector's way for the command's work. Raises PlanflowError when the plan
    cannot be read (:func:`planflow.cli._load` words it; here the full command does).

    A Python plan the quick path loaded first is taken as it left it (its code runs once
    in a command)."""
    global _handed_over
    if _handed_over is not None and _handed_over[0] == spec:
        kept, _handed_over = _handed_over[1], None
        if isinstance(kept, BaseException):
            raise kept
        return kept
    from .loader import load
    from .problem import Severity
    from .validation import limits_problems

    enabled = gc.isenabled()
    gc.disable()
    try:
        plan = load(spec)
        errors = [x for x in limits_problems(plan) if x.severity is Severity.ERROR]
        if not errors:
            gc.freeze()
        return plan, errors
    finally:
        if enabled:
            gc.enable()


def _load(spec: str) -> Plan | None:
    """The plan ``spec`` names for a quick command, or None when it cannot be read or
    breaks the shared limits (the full command then says why). A Python plan's is kept
    for the full command (:data:`_handed_over`), which may be next."""
    from .errors import PlanflowError

    global _handed_over
    try:
        plan, errors = loaded = load_for_command(spec)
    except PlanflowError as e:
        if _script_path(spec) is not None:
            _handed_over = (spec, e)
        return None
    if _script_path(spec) is not None:
        _handed_over = (spec, loaded)
    return None if errors else plan


def _schedule_json(path: str) -> bool:
    from .errors import PlanflowError
    from .schedule import compute_schedule

    plan = _load(path)
    if plan is None:
        return False
    try:
        s = compute_schedule(plan)
    except PlanflowError:
        return False
    out = getattr(sys.stdout, "buffer", None)
    if out is None:
        return False
    try:
        s.write_json(out)  # piece by piece, as the full command does
        out.write(b"\n")
        out.flush()
    except BrokenPipeError:
        sys.exit(1)
    _done()
    return True


def _validate(path: str) -> bool:
    from .errors import PlanflowError
    from .validation import validate
    from .wording import phrase, wording_for

    plan = _load(path)
    if plan is None:
        return False
    if validate(plan):  # a problem to print: the full command prints it
        return False
    try:
        w = wording_for(plan)
    except PlanflowError:
        return False
    n = len(plan._task_columns())
    a = len(plan.agencies)
    line = phrase(w, "validate.ok", plan=path, tasks=n, tasks_s="s" * (n != 1),
                  agencies=a, agencies_y="y" if a == 1 else "ies")
    try:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        sys.exit(1)
    _done()
    return True


def _help() -> bool:
    """``planflow --help``: the top-level help when it is the text kept in
    :mod:`planflow._help` (English, 78 columns, the built-in plugins)."""
    from ._help import top_level_help

    text = top_level_help()
    if text is None:
        return False
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        sys.exit(1)
    _done()
    return True


def _done() -> None:
    """The output is written: in the ``planflow`` script's process, end it here, while
    the plan and its schedule are still held (:func:`planflow._script.end`), as the full
    command does. Returning first freed them one by one for nothing: ~170,000 objects at
    10,000 tasks, a few milliseconds of ``schedule --json``."""
    script = sys.modules.get("planflow._script")
    if script is not None:
        script.end()
