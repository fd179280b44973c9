"""The ``cumulative`` reporting cadence, and what every Vietnamese cadence shares.

``"cumulative"`` (the Lý Sơn plan's regime: reports at fixed days of each year, each
covering the year so far) is the cadence plans name most; :mod:`planflow_vn.reporting`
holds the others and the reader of reporting sentences. They are apart so that a command
on such a plan loads this module only: planflow_vn registers each cadence as a
:class:`planflow.Deferred` (see :func:`planflow_vn.hooks.register_cadences`), imported
when a plan names it. The shared helpers here (the plan's years, a report day read from
"10/6", its due day under the plan's "trước ngày" rule) and the params every regime
carries (``_Names``) are the other cadences' too.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

import planflow

from .rules import before_deadline, get_before_rule

__all__ = ["CUMULATIVE", "CumulativeCadence", "CumulativeParams", "CumulativeReport"]

_ONE = dt.timedelta(days=1)

_MONTH = 31 * _ONE


#: a warning with the words to say it in another language (planflow.note_message)
_W = planflow.Worded.of


# -- shared helpers -------------------------------------------------------------------

def _period(plan: planflow.Plan) -> tuple[dt.date, dt.date]:
    assert plan.period is not None
    return plan.period.start, plan.period.end


def _years(plan: planflow.Plan) -> range:
    start, end = _period(plan)
    return range(start.year, end.year + 1)


def _day_month(text: str) -> tuple[int, int]:
    """(day, month) from "10/6", "10-6" or "10.6"; ValueError naming the text otherwise."""
    m = re.fullmatch(r"\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*", str(text))
    if not m:
        raise planflow.PlanflowError(_W('report day {text!r} is not DAY/MONTH (e.g. "10/6")',
                                        "rg_day_form", text=text))
    d, mo = int(m.group(1)), int(m.group(2))
    if not 1 <= mo <= 12:
        raise planflow.PlanflowError(_W("report day {text!r}: there is no month {mo}",
                                        "rg_day_month", text=text, mo=mo))
    try:
        dt.date(2024, mo, d)  # a leap year accepts 29/2
    except ValueError:
        raise planflow.PlanflowError(_W("report day {text!r}: month {mo} has no day {d}",
                                        "rg_day_day", text=text, mo=mo, d=d)) from None
    return d, mo


def _on(year: int, day: int, month: int) -> dt.date:
    """Day ``day`` of the month, or the month's last day when it is shorter (29/2 → 28/2)."""
    return planflow.on_day(year, month, day)


def _due(plan: planflow.Plan, day: dt.date, before: bool) -> dt.date:
    """The last day to deliver for a report set on ``day`` (trước ngày D, or D itself)."""
    cal = planflow.work_calendar(plan)
    if before:
        rule = get_before_rule(plan.settings)
        return before_deadline(day, cal, rule)
    return planflow.roll_forward(cal, day)


# -- params ---------------------------------------------------------------------------

@attrs.frozen(kw_only=True)
class _Names:
    """What :func:`planflow_vn.reporting.read_regime` adds to every regime's params, for an importer to match."""

    recipient_name: str | None = None
    via_name: str | None = None
    upward_name: str | None = None
    also_on_request: bool = False
    #: "all" when the sentence asks every unit ("các cơ quan, đơn vị") to report
    units: str | None = None
    #: the units the sentence names as reporting, as written
    reporter_names: str | None = None


def _day_month_text(_: Any, attribute: Any, value: str) -> None:
    try:
        _day_month(value)
    except planflow.PlanflowError as e:
        raise ValueError(str(e), attribute) from None


def _months_of_year(_: Any, attribute: Any, value: int) -> None:
    if not 1 <= value <= 12:
        raise ValueError(f"a year has 12 months, not {value}", attribute)


@attrs.frozen
class CumulativeReport:
    """One report of a ``cumulative`` regime: ``months`` of the year, due on ``day`` ("10/6")."""

    months: int = attrs.field(validator=_months_of_year)
    day: str = attrs.field(validator=_day_month_text)


@attrs.frozen(kw_only=True)
class CumulativeParams(_Names):
    """``cumulative``: the ``reports``, and ``before``."""

    reports: list[CumulativeReport] = attrs.Factory(list)
    before: bool = True


# -- the cadence ------------------------------------------------------------------------

@attrs.frozen
class CumulativeCadence:
    """Fixed days each year, each report covering the year so far (the seed's regime)."""

    name: str = "cumulative"
    params_type: type[Any] = CumulativeParams

    def periods(self, regime: planflow.Regime, plan: planflow.Plan) -> list[planflow.ReportPeriod]:
        p = planflow.structure_params(CumulativeParams, regime.params)
        out = []
        start, end = _period(plan)
        for year in _years(plan):
            for item in p.reports:
                d, mo = _day_month(item.day)
                due = _due(plan, _on(year, d, mo), p.before)
                first = max(start, dt.date(year, 1, 1))
                last = min(end, due - _ONE) if due > first else first
                if not start <= due <= end + _MONTH:
                    continue
                name, key = _cumulative_name(item.months, year)
                out.append(planflow.ReportPeriod(name, first, max(first, last), due, key=key))
        return out


def _cumulative_name(months: int, year: int) -> tuple[str, str]:
    if months == 12:
        return f"Báo cáo năm {year}", f"{year}-Y"
    key = {3: f"{year}-Q1", 6: f"{year}-H1", 9: f"{year}-M9"}.get(months, f"{year}-M{months}")
    return f"Báo cáo {months} tháng năm {year}", key


#: the ``cumulative`` cadence planflow_vn registers
CUMULATIVE = CumulativeCadence()
