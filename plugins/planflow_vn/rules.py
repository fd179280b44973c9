"""Deadline rules: how "trước ngày D" meets days off.

"Trước ngày D" ("before day D") is read literally: the last day to deliver is the day
before D. Days off complicate it, and offices read it two ways, so the reading is a
named, configurable rule:

``"literal"`` (the default)
    The last working day strictly before D: the day before D, moved back over days off.
    A report is delivered to an office, which is closed on its days off, and the words
    set D as a boundary not to be reached; Điều 148 khoản 5 of the Civil Code (which
    extends a period ending on a day off) is not applied, because extending would cross
    D. Seed 2023: "trước ngày 10/3, 10/6, 10/9, 10/12" give Thursday 09/3, Friday 09/6,
    Friday 08/9 and Friday 08/12/2023.
``"calendar"``
    The day before D as a calendar day, whether worked or not (09/3, 09/6, 09/9, 09/12).
``"civil_code"``
    The day before D, and when that is a day off the period ends on the next working
    day (Bộ luật Dân sự 2015 Điều 148 khoản 5): 09/3, 09/6, 11/9, 11/12/2023.
``"inclusive"``
    D itself is the last day ("trước ngày D" as "by D", as many offices read it), moved
    to the next working day when D is a day off (Điều 148 khoản 5): 10/3, 12/6, 11/9,
    11/12/2023.

Choosing the rule. A parser call gets no plan settings (``TimeframeContext`` has none), so
the rule in force is, in order: the context's ``settings["vn"]["before_rule"]`` if a
future core passes settings; else the rule set with :func:`set_before_rule` or the
:func:`before_rule` context manager; else the environment variable
``PLANFLOW_VN_BEFORE_RULE``; else ``"literal"``. A plan that records its rule in
``Plan.settings["vn"]["before_rule"]`` is re-read under it by
:func:`planflow_vn.apply_settings`, and ``validate_plan`` warns when a plan's deadlines were
read under another rule.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import os
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

import planflow

from .calendar import default_calendar

__all__ = [
    "BEFORE_RULES",
    "apply_settings",
    "DEFAULT_BEFORE_RULE",
    "before_deadline",
    "before_rule",
    "check_before_rule",
    "get_before_rule",
    "rule_from_settings",
    "set_before_rule",
]

#: the rules and what each means, in one line
BEFORE_RULES: dict[str, str] = {
    "literal": "the last working day before D",
    "calendar": "the day before D, worked or not",
    "civil_code": "the day before D, or the next working day when it is a day off (BLDS 2015 Điều 148.5)",
    "inclusive": "D itself, or the next working day when D is a day off (BLDS 2015 Điều 148.5)",
}

DEFAULT_BEFORE_RULE = "literal"

_ONE = dt.timedelta(days=1)


def check_before_rule(rule: str) -> str:
    """``rule`` when it names a rule; else :class:`planflow.PlanflowError` listing the rules."""
    if rule not in BEFORE_RULES:
        raise planflow.PlanflowError(
            f"unknown 'trước ngày' rule {rule!r} (choose one of: {', '.join(BEFORE_RULES)})"
        )
    return rule


def _env_rule() -> str:
    return check_before_rule(os.environ.get("PLANFLOW_VN_BEFORE_RULE") or DEFAULT_BEFORE_RULE)


#: set by set_before_rule (process-wide)
_global_rule: str | None = None
#: set by the before_rule context manager (this thread or task only)
_local_rule: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "planflow_vn_before_rule", default=None
)


def get_before_rule() -> str:
    """The rule in force (see the module docstring for the order)."""
    return _local_rule.get() or _global_rule or _env_rule()


def set_before_rule(rule: str | None) -> str | None:
    """Set the rule for the whole process (None: back to the environment or the default).

    Returns the rule set before.
    """
    global _global_rule
    old = _global_rule
    _global_rule = None if rule is None else check_before_rule(rule)
    return old


@contextlib.contextmanager
def before_rule(rule: str) -> Iterator[str]:
    """Read "trước ngày D" under ``rule`` inside the ``with`` block (plans built there use it)."""
    token = _local_rule.set(check_before_rule(rule))
    try:
        yield rule
    finally:
        _local_rule.reset(token)


def rule_from_settings(settings: Mapping[str, Any] | None) -> str | None:
    """The rule a settings mapping names (``{"vn": {"before_rule": ...}}``), or None."""
    if not settings:
        return None
    vn = settings.get("vn")
    if not isinstance(vn, Mapping):
        return None
    rule = vn.get("before_rule")
    return None if rule is None else check_before_rule(str(rule))


def before_deadline(
    day: dt.date, calendar: planflow.WorkCalendar | None = None, rule: str | None = None
) -> dt.date:
    """The last day to deliver something due "trước ngày ``day``" under ``rule``.

    ``calendar`` defaults to the "vn" calendar, ``rule`` to the rule in force.
    """
    cal = calendar if calendar is not None else default_calendar()
    r = check_before_rule(rule) if rule is not None else get_before_rule()
    if r == "inclusive":
        return planflow.roll_forward(cal, day)
    prev = day - _ONE
    if r == "calendar":
        return prev
    if r == "civil_code":
        return planflow.roll_forward(cal, prev)
    while not cal.is_working_day(prev):
        prev -= _ONE
    return prev


def apply_settings(plan: planflow.Plan) -> planflow.Plan:
    """``plan`` with its "trước" deadlines read again under ``settings["vn"]["before_rule"]``.

    The core resolves timeframe words without the plan's settings; call this after
    building or loading a plan that names its rule. A plan without the setting comes
    back unchanged.
    """
    rule = rule_from_settings(plan.settings)
    if rule is None:
        return plan
    tasks = [
        attrs.evolve(t, timeframe=planflow.Timeframe.pending(t.timeframe.text))
        if "trư" in t.timeframe.text.lower()
        and t.timeframe.kind in (planflow.Kind.DEADLINE, planflow.Kind.RECURRING)
        else t
        for t in plan.tasks
    ]
    with before_rule(rule):
        return attrs.evolve(plan, tasks=tasks)
