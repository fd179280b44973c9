"""The hook implementations planflow calls (re-exported by the package)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import planflow

# Each hook imports its module on first call: registering the plugin (every command does)
# costs next to nothing; the regular expressions and holiday tables load when used.

__all__ = [
    "read_reporting_sentence",
    "register_cadences",
    "register_calendars",
    "register_timeframe_parsers",
    "validate_plan",
]


@planflow.hookimpl
def register_timeframe_parsers(register: Callable[..., None]) -> None:
    """The Vietnamese timeframe reader (:func:`planflow_vn.timeframes.parse`)."""
    from .timeframes import parse

    register(parse)


@planflow.hookimpl
def register_calendars(register: Callable[..., None]) -> None:
    """The "vn" work calendar (public holidays from the ``holidays`` package)."""
    from .calendar import default_calendar

    register(default_calendar())


@planflow.hookimpl
def validate_plan(plan: Any) -> list[planflow.Problem]:
    """Signature authority forms (Nghị định 30/2020) and the "trước ngày" rule setting."""
    from .validation import problems

    return problems(plan)


@planflow.hookimpl
def register_cadences(register: Callable[..., None]) -> None:
    """The Vietnamese reporting cadences (:mod:`planflow_vn.reporting`)."""
    from .reporting import CADENCES

    for cadence in CADENCES:
        register(cadence)


@planflow.hookimpl(specname="read_regime")
def read_reporting_sentence(text: str, context: planflow.TimeframeContext | None) -> planflow.Regime | None:
    """The regime a Vietnamese reporting sentence sets (:func:`planflow_vn.reporting.read_regime`),
    agency names in ``params``; None when the sentence is not about reports."""
    from .reporting import read_regime

    return read_regime(text, context)
