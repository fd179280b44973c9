"""A plan's life: the day it starts, and whether it accepts tasks without a date.

Both are read from the plan's ``settings.engine`` table leniently (unreadable settings,
which ``validate`` reports through :mod:`planflow.settings`, are ignored here). Every
command on a plan asks for its start; this module builds no class, so a command that
finds no engine settings in its plan does not build the typed settings'
(:mod:`planflow.settings`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .plan import Plan

__all__ = ["accepts_untracked", "plan_start", "strict_date"]


def strict_date(value: object, _: object) -> date:
    """A date as a plan file gives it: TOML writes dates as dates; JSON and Python dicts
    as ISO text. Raises TypeError for anything else."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise TypeError(f"expected a date (YYYY-MM-DD), got {value!r}")


def plan_start(plan: Plan) -> date:
    """The first day of the plan's life: ``settings.engine.start``, else the issue date
    (``document.date``), else the first day of its period. Nothing is owed before it
    (docs/engine.md). Lenient: unreadable settings (which ``validate`` reports) are
    ignored here."""
    settings = plan.settings if isinstance(plan.settings, Mapping) else {}
    raw = settings.get("engine")
    if isinstance(raw, Mapping) and raw.get("start") is not None:
        try:
            return strict_date(raw["start"], date)
        except TypeError:
            pass
    if plan.document.date is not None:
        return plan.document.date
    assert plan.period is not None
    return plan.period.start


def accepts_untracked(plan: Plan) -> bool:
    """True when the plan says ``settings.engine.untracked = "accept"`` (lenient, like
    :func:`plan_start`)."""
    settings = plan.settings if isinstance(plan.settings, Mapping) else {}
    raw = settings.get("engine")
    return isinstance(raw, Mapping) and raw.get("untracked") == "accept"
