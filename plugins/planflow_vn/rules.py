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

Choosing the rule. The rule is the plan's choice, never the process's: a parser reads it
from the plan's settings the core hands it (``TimeframeContext.settings["vn"]["before_rule"]``,
``[settings.vn] before_rule = "..."`` in a plan file); a plan that says nothing is read under
the environment variable ``PLANFLOW_VN_BEFORE_RULE`` (an office-wide default, read when the
words are read), else ``"literal"``. So the same plan file means the same deadlines in every
process that sets nothing, and two plans in one process can use different rules.
``validate_plan`` warns when a plan's deadlines were read under another rule than its
settings name (its settings changed after its words were read).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from typing import Any

import planflow

from .calendar import default_calendar

__all__ = [
    "BEFORE_RULES",
    "DEFAULT_BEFORE_RULE",
    "before_deadline",
    "check_before_rule",
    "get_before_rule",
    "rule_from_settings",
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


def get_before_rule(settings: Mapping[str, Any] | None = None) -> str:
    """The rule in force for a plan with ``settings`` (see the module docstring for the order).

    An unknown rule in the settings raises :class:`planflow.PlanflowError`.
    """
    return rule_from_settings(settings) or _env_rule()


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

    ``calendar`` defaults to the "vn" calendar, ``rule`` to the office default
    (``PLANFLOW_VN_BEFORE_RULE``, else ``"literal"``).
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
