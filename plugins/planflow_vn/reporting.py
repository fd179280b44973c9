"""Vietnamese reporting regimes (chế độ báo cáo): cadences and the reader of reporting sentences.

Cadences (registered through ``register_cadences``; ``Regime.cadence`` names them, their
settings are ``Regime.params``):

``"cumulative"``
    Reports at fixed days of each year, each covering the year so far: the Lý Sơn plan's
    "định kỳ 03 tháng (báo cáo trước ngày 10/3); định kỳ 06 tháng (… 10/6); định kỳ 09
    tháng (… 10/9); định kỳ 01 năm (… 10/12)". ``params``: ``reports``, a list of
    ``{months, day}`` (``{months = 6, day = "10/6"}``), and ``before`` (true: the day is
    read as "trước ngày D" under the plan's rule, see :mod:`planflow_vn.rules`; false: D
    is the last day). Each report covers 1 January (or the plan's start) to the day
    before it is due, since such plans set no separate cut-off.
``"nd09"``
    The periods of Nghị định 09/2019/NĐ-CP as provinces apply them: ``monthly`` (the 15th
    of the previous month to the 14th), ``quarterly`` (the 15th of the month before the
    quarter to the 14th of its last month), ``half_year`` (15/12 of the previous year to
    14/6), ``nine_months`` (15/12 to 14/9), ``annual`` (15/12 to 14/12). ``params``:
    ``kinds`` (a list of those names, default ``["annual"]``) and the due date: either
    ``due_working_days`` (N working days after the cut-off, default 5) or ``due_day`` (a
    day of the cut-off's month, rolled forward over days off, BLDS 2015 Điều 148 khoản 5).
``"monthly"``
    "trước ngày 15 hằng tháng": ``params``: ``day`` (15) and ``before`` (true). Each
    report covers the Nghị định 09 month (the 15th of the previous month to the 14th).
``"quarterly"``
    "hằng quý, trước ngày 20 của tháng cuối quý": ``params``: ``day`` and ``month_of_quarter``
    (1-3, default 3), ``before``. Each report covers the quarter so far.
``"fixed_days"``
    "trước ngày 01/6 và 15/11 hằng năm": ``params``: ``days`` (``["01/6", "15/11"]``) and
    ``before``. Each report covers the time since the previous one.
``"once"``
    One-off dates ("báo cáo UBND tỉnh trước ngày 15/12/2026"): ``params``: ``dates``
    (ISO) and ``before``. The report covers the plan's period up to it.
``"daily"``
    "báo cáo hằng ngày": one report each working day, due that day; ``params``:
    ``condition`` (the words that limit it, "trong thời gian lũ lụt") is kept and said.
``"mixed"``
    Several kinds of reports in one sentence ("hằng quý (trước ngày 20 của tháng cuối
    quý), 6 tháng (trước ngày 20/6), năm (trước ngày 20/12)"): ``params``: ``parts``, each
    a mapping with its ``cadence`` (monthly, quarterly, cumulative, fixed_days or once)
    and that cadence's params. The periods are all the parts' periods, a key given twice
    kept once.
``"unresolved"``
    A reporting sentence with no schedule anyone could read ("định kỳ báo cáo theo quy
    định"): no periods, the reason in ``Regime.warnings``.

The core's ``"ad_hoc"`` ("đột xuất khi có yêu cầu", "kịp thời", "theo đề nghị") and
``"explicit"`` cadences complete the set.

:func:`read_regime` reads a reporting sentence into a :class:`planflow.Regime` (planflow_vn
answers the ``read_regime`` hook with it); agency names it finds
(:func:`planflow_vn.recipients.recipient_names`) go to ``params`` (``recipient_name``,
``via_name``, ``upward_name``) for an importer to match against the plan's agencies.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, Protocol, get_args

import attrs

import planflow

from .cumulative import (
    _MONTH,
    _ONE,
    _W,
    CUMULATIVE,
    CumulativeCadence,
    CumulativeParams,
    CumulativeReport,
    _cumulative_name,
    _day_month,
    _day_month_text,
    _due,
    _Names,
    _on,
    _period,
    _years,
)
from .fmt import to_roman
from .patterns import lazy
from .recipients import recipient_names, reporter_names

__all__ = [
    "CADENCES",
    "CUMULATIVE",
    "DAILY",
    "FIXED_DAYS",
    "MIXED",
    "MONTHLY",
    "ND09",
    "ONCE",
    "QUARTERLY",
    "UNRESOLVED",
    "CumulativeCadence",
    "CumulativeParams",
    "CumulativeReport",
    "DailyCadence",
    "DayAfterCutoff",
    "DayOfMonth",
    "DueRule",
    "FixedDaysCadence",
    "MixedCadence",
    "OnceCadence",
    "PeriodTemplate",
    "PeriodicCadence",
    "UnresolvedCadence",
    "WorkingDaysAfter",
    "read_regime",
]


# -- shared helpers (the others, with the params every regime carries, in planflow_vn.cumulative)

#: the kinds of reports as warnings name them, each with its words
_KIND_SAID = {"monthly": _W("monthly", "kind_monthly"), "quarterly": _W("quarterly", "kind_quarterly"),
              "half_year": _W("half_year", "kind_half_year"),
              "nine_months": _W("nine_months", "kind_nine_months"),
              "annual": _W("annual", "kind_annual")}


def _inside(plan: planflow.Plan, covers_end: dt.date) -> bool:
    start, end = _period(plan)
    return start <= covers_end <= end


# -- params: what each cadence reads from Regime.params (validate names a typo) ----------

def _day_of_month(_: Any, attribute: Any, value: int) -> None:
    if not 1 <= value <= 31:
        raise ValueError(f"there is no day {value} in a month", attribute)


@attrs.frozen(kw_only=True)
class MonthlyParams(_Names):
    """``monthly``: the day of each month (``day``, 15) and whether it is "trước ngày" (``before``)."""

    day: int = attrs.field(default=15, validator=_day_of_month)
    before: bool = True
    #: False when the sentence names monthly reports and no day ("báo cáo số liệu định kỳ
    #: hàng tháng theo quy định"): the cadence is known, no period is tracked (its due day
    #: would be made up), said
    day_stated: bool = True

    def due_rule(self) -> DueRule:
        return DayOfMonth(self.day, 0, self.before)


def _month_of_quarter(_: Any, attribute: Any, value: int) -> None:
    if not 1 <= value <= 4:
        raise ValueError(f"{value} is not 1, 2, 3 (a month of the quarter) or 4 (the next "
                         "quarter's first month)", attribute)


@attrs.frozen(kw_only=True)
class QuarterlyParams(_Names):
    """``quarterly``: the ``day`` of the quarter's ``month_of_quarter`` (1-3; 4: the next
    quarter's first month), ``before``."""

    day: int = attrs.field(default=15, validator=_day_of_month)
    month_of_quarter: int = attrs.field(default=3, validator=_month_of_quarter)
    before: bool = True

    def due_rule(self) -> DueRule:
        return DayOfMonth(self.day, self.month_of_quarter - 3, self.before)


def _not_negative(_: Any, attribute: Any, value: int) -> None:
    if value < 0:
        raise ValueError(f"{value} is negative: a number of working days is 0 or more", attribute)


Nd09Kind = Literal["monthly", "quarterly", "half_year", "nine_months", "annual"]
_ND09_KINDS: tuple[str, ...] = get_args(Nd09Kind)


@attrs.frozen(kw_only=True)
class Nd09Params(_Names):
    """``nd09``: ``kinds`` of periods; due ``due_working_days`` after the cut-off, or on
    ``due_day`` ("trước ngày" when ``before``)."""

    kinds: list[Nd09Kind] = attrs.Factory(lambda: ["annual"])
    due_day: int | None = attrs.field(default=None, validator=attrs.validators.optional(_day_of_month))
    due_working_days: int = attrs.field(default=5, validator=_not_negative)
    before: bool = False

    def due_rule(self) -> DueRule:
        if self.due_day is not None:
            return DayAfterCutoff(self.due_day, self.before)
        return WorkingDaysAfter(self.due_working_days)


def _day_month_texts(_: Any, attribute: Any, value: list[str]) -> None:
    for text in value:
        _day_month_text(_, attribute, text)


@attrs.frozen(kw_only=True)
class FixedDaysParams(_Names):
    """``fixed_days``: the ``days`` of each year ("01/6"), and ``before``."""

    days: list[str] = attrs.field(factory=list, validator=_day_month_texts)
    before: bool = True


def _iso_dates(_: Any, attribute: Any, value: list[str]) -> None:
    for text in value:
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{text!r} is not a date (YYYY-MM-DD)", attribute) from None


@attrs.frozen(kw_only=True)
class OnceParams(_Names):
    """``once``: the ISO ``dates``, and ``before``."""

    dates: list[str] = attrs.field(factory=list, validator=_iso_dates)
    before: bool = True


@attrs.frozen(kw_only=True)
class DailyParams(_Names):
    """``daily``: the ``condition`` that limits it ("trong thời gian lũ lụt"), kept and said."""

    condition: str | None = None


@attrs.frozen(kw_only=True)
class UnresolvedParams(_Names):
    """``unresolved``: the ``kinds`` of reports the sentence names (a hint)."""

    kinds: list[str] = attrs.Factory(list)
    condition: str | None = None


# -- cadences that are data: a period template and a due rule ------------------------

@attrs.frozen
class PeriodTemplate:
    """Which days each report covers: periods of ``months`` months in each year.

    ``to_date``: one period from the start of the year to the end of its ``months``-th
    month (6 tháng, 9 tháng); otherwise the year's months are tiled (months, quarters).
    ``cutoff``: the day of its last month a period ends on (Nghị định 09: the 14th, the
    period beginning the day after the previous cut-off, 15/12 of the year before for
    the first); None: calendar periods, the 1st to the month's last day.
    """

    months: int
    to_date: bool = False
    cutoff: int | None = None

    def spans(self, year: int) -> list[tuple[int, planflow.Span]]:
        """(the period's last month, its span) for each period of ``year``."""
        ends = [self.months] if self.to_date else range(self.months, 13, self.months)
        out = []
        for last in ends:
            first = 1 if self.to_date else last - self.months + 1
            if self.cutoff is None:
                span = planflow.Span(dt.date(year, first, 1), planflow.month_end(dt.date(year, last, 1)))
            else:
                span = planflow.Span(planflow.add_months(dt.date(year, first, self.cutoff + 1), -1),
                                     dt.date(year, last, self.cutoff))
            out.append((last, span))
        return out

    def name(self, year: int, last: int) -> tuple[str, str]:
        """(name, key) of the period ending in month ``last`` of ``year``."""
        if self.months == 1:
            return f"Báo cáo tháng {last}/{year}", f"{year}-{last:02d}"
        if self.months == 3 and not self.to_date:
            q = last // 3
            return f"Báo cáo quý {to_roman(q)} năm {year}", f"{year}-Q{q}"
        if self.months == 6 and not self.to_date:
            h = last // 6
            return f"Báo cáo 6 tháng {'đầu' if h == 1 else 'cuối'} năm {year}", f"{year}-H{h}"
        return _cumulative_name(last, year)


class DueRule(Protocol):
    """When a period's report is due: from the year and last month of the period, and its span."""

    def due(self, plan: planflow.Plan, year: int, last: int, span: planflow.Span) -> dt.date: ...


@attrs.frozen
class DayOfMonth:
    """Day ``day`` of the month ``after`` months after the period's last month ("trước ngày
    20 của tháng cuối quý": after 0; "của tháng đầu quý sau": after 1), read as "trước
    ngày" under the plan's rule when ``before``, else rolled forward over days off."""

    day: int
    after: int = 0
    before: bool = True

    def due(self, plan: planflow.Plan, year: int, last: int, span: planflow.Span) -> dt.date:
        y, m0 = divmod(year * 12 + last - 1 + self.after, 12)
        return _due(plan, _on(y, self.day, m0 + 1), self.before)


@attrs.frozen
class DayAfterCutoff:
    """Day ``day`` of the cut-off's month, or of the next month when it is not after the
    cut-off (Nghị định 09 "thời hạn gửi báo cáo: trước ngày 18/12")."""

    day: int
    before: bool = False

    def due(self, plan: planflow.Plan, year: int, last: int, span: planflow.Span) -> dt.date:
        b = span.end
        nxt = planflow.add_months(b, 1)
        if self.before:
            target = _on(b.year, self.day, b.month)
            if target <= b:
                target = _on(nxt.year, self.day, nxt.month)
            return _due(plan, target, True)
        cal = planflow.work_calendar(plan)
        due = planflow.roll_forward(cal, _on(b.year, self.day, b.month))
        if due < b:
            due = planflow.roll_forward(cal, _on(nxt.year, self.day, nxt.month))
        return due


@attrs.frozen
class WorkingDaysAfter:
    """``days`` working days after the period's last day (Nghị định 09's default: 5)."""

    days: int = 5

    def due(self, plan: planflow.Plan, year: int, last: int, span: planflow.Span) -> dt.date:
        cal = planflow.work_calendar(plan)
        return planflow.roll_forward(cal, planflow.add_working_days(cal, span.end, self.days))


#: How a period's span meets the plan and its due day:
#: ``"cutoff"``: kept when its last day is in the plan, covers the whole span (nd09);
#: ``"cutoff_to_due"``: the same, covering up to the due day when that comes first, and
#: dropped when due before it begins (monthly);
#: ``"so_far"``: kept when due in the plan (or within 31 days after it) and begun by its
#: end, covering from the plan's start to the day before the due day (quarterly).
Fit = Literal["cutoff", "cutoff_to_due", "so_far"]


@attrs.frozen
class PeriodicCadence:
    """A cadence that is data: named period templates, params that set the due rule, a fit.

    ``templates`` are the kinds of periods; a params type with a ``kinds`` field chooses
    among them (Nghị định 09), otherwise every template is used. ``params_type`` is the
    attrs class ``Regime.params`` is structured into; its ``due_rule()`` gives the
    :class:`DueRule`. ``fit`` says how a period meets the plan (see :data:`Fit`).
    """

    name: str
    params_type: type[Any]
    templates: Mapping[str, PeriodTemplate]
    fit: Fit = "cutoff"

    def periods(self, regime: planflow.Regime, plan: planflow.Plan) -> list[planflow.ReportPeriod]:
        p = planflow.structure_params(self.params_type, regime.params)
        if getattr(p, "day_stated", True) is False:
            return []  # no due day stated: none is made up
        rule: DueRule = p.due_rule()
        chosen = getattr(p, "kinds", None) or ()
        templates = [t for k, t in self.templates.items() if not chosen or k in chosen]
        start, end = _period(plan)
        out = []
        for year in _years(plan):
            for t in templates:
                for last, span in t.spans(year):
                    a, b = span.start, span.end
                    if self.fit == "so_far":
                        if a > end:
                            continue
                        due = rule.due(plan, year, last, span)
                        if not start <= due <= end + _MONTH:
                            continue
                        a = max(a, start)
                        b = max(span.start, min(b, due - _ONE))
                    else:
                        if not start <= b <= end:
                            continue
                        due = rule.due(plan, year, last, span)
                        if self.fit == "cutoff_to_due":
                            if due < a:
                                continue
                            b = min(b, due)
                    name, key = t.name(year, last)
                    out.append(planflow.ReportPeriod(name, a, b, due, key=key))
        return out


_ND09_MONTH = PeriodTemplate(1, cutoff=14)

MONTHLY = PeriodicCadence("monthly", MonthlyParams, {"monthly": _ND09_MONTH}, "cutoff_to_due")
QUARTERLY = PeriodicCadence("quarterly", QuarterlyParams, {"quarterly": PeriodTemplate(3)}, "so_far")
ND09 = PeriodicCadence("nd09", Nd09Params, {
    "monthly": _ND09_MONTH,
    "quarterly": PeriodTemplate(3, cutoff=14),
    "half_year": PeriodTemplate(6, to_date=True, cutoff=14),
    "nine_months": PeriodTemplate(9, to_date=True, cutoff=14),
    "annual": PeriodTemplate(12, to_date=True, cutoff=14),
})


# -- cadences that are not: their own classes -----------------------------------------

@attrs.frozen
class FixedDaysCadence:
    """"trước ngày 01/6 và 15/11 hằng năm": each report covers the time since the last."""

    name: str = "fixed_days"
    params_type: type[Any] = FixedDaysParams

    def periods(self, regime: planflow.Regime, plan: planflow.Plan) -> list[planflow.ReportPeriod]:
        p = planflow.structure_params(FixedDaysParams, regime.params)
        days = [_day_month(x) for x in p.days]
        start, end = _period(plan)
        dues = sorted({_due(plan, _on(y, d, m), p.before) for y in _years(plan) for d, m in days})
        out = []
        prev = start
        for due in dues:
            if not start <= due <= end:
                continue
            last = max(prev, due - _ONE)
            out.append(planflow.ReportPeriod(f"Báo cáo (hạn {due:%d/%m/%Y})", prev, last, due,
                                             key=due.isoformat()))
            prev = due
        return out


@attrs.frozen
class OnceCadence:
    """One-off report dates: each covers the plan's period up to it."""

    name: str = "once"
    params_type: type[Any] = OnceParams

    def periods(self, regime: planflow.Regime, plan: planflow.Plan) -> list[planflow.ReportPeriod]:
        p = planflow.structure_params(OnceParams, regime.params)
        start, _ = _period(plan)
        out = []
        for text in p.dates:
            try:
                day = dt.date.fromisoformat(str(text))
            except ValueError:
                raise planflow.PlanflowError(f"regime.params.dates: {text!r} is not a date (YYYY-MM-DD)") from None
            due = _due(plan, day, p.before)
            out.append(planflow.ReportPeriod(f"Báo cáo (hạn {due:%d/%m/%Y})", start,
                                             max(start, due - _ONE), due, key=due.isoformat()))
        return out


@attrs.frozen
class DailyCadence:
    """"báo cáo hằng ngày": a report each working day, due that day."""

    name: str = "daily"
    params_type: type[Any] = DailyParams

    def periods(self, regime: planflow.Regime, plan: planflow.Plan) -> list[planflow.ReportPeriod]:
        cal = planflow.work_calendar(plan)
        start, end = _period(plan)
        out = []
        for span in planflow.iter_units(start, end, "day"):
            day = span.start
            if cal.is_working_day(day):
                out.append(planflow.ReportPeriod(f"Báo cáo ngày {day:%d/%m/%Y}", day, day, day,
                                                 key=day.isoformat()))
        return out


@attrs.frozen
class UnresolvedCadence:
    """A reporting sentence nobody could read a schedule from: no periods."""

    name: str = "unresolved"
    params_type: type[Any] = UnresolvedParams

    def periods(self, regime: planflow.Regime, plan: planflow.Plan) -> list[planflow.ReportPeriod]:
        return []


FIXED_DAYS = FixedDaysCadence()
ONCE = OnceCadence()
DAILY = DailyCadence()
UNRESOLVED = UnresolvedCadence()

_MIXABLE: dict[str, Any] = {c.name: c for c in (CUMULATIVE, MONTHLY, QUARTERLY, FIXED_DAYS, ONCE)}


#: a part's own keys, not its cadence's params: who owes its reports (agency ids), to whom
#: (an agency id) and the sentence it was read from
_OWN = ("reporters", "recipient", "text")


def _part(i: int, part: Any) -> tuple[Any, dict[str, Any]]:
    """The cadence and params of ``parts[i]``; PlanflowError naming what is wrong."""
    if not isinstance(part, Mapping):
        raise planflow.PlanflowError(f"regime.params.parts[{i}]: expected a table, got {part!r}")
    cadence = _MIXABLE.get(str(part.get("cadence")))
    if cadence is None:
        raise planflow.PlanflowError(
            f"regime.params.parts[{i}].cadence: {part.get('cadence')!r} is not one "
            f"of {', '.join(_MIXABLE)}")
    return cadence, {k: v for k, v in part.items() if k != "cadence" and k not in _OWN}


def _own_problems(i: int, part: Mapping[str, Any]) -> list[tuple[str, str]]:
    """What is wrong with ``parts[i]``'s own keys (:data:`_OWN`)."""
    out = []
    reporters = part.get("reporters", [])
    if not isinstance(reporters, list) or not all(isinstance(x, str) and x for x in reporters):
        out.append((f"parts[{i}].reporters", f"expected a list of agency ids, got {reporters!r}"))
    for key in ("recipient", "text"):
        if key in part and not isinstance(part[key], str):
            out.append((f"parts[{i}].{key}", f"expected a string, got {part[key]!r}"))
    return out


def _owned(period: planflow.ReportPeriod, reporters: list[str], recipient: str | None,
           names: Mapping[str, str]) -> planflow.ReportPeriod:
    """``period`` as a part with its own reporters and recipient owes it: those set, its
    name saying who reports to whom ("Báo cáo năm 2026 của Sở Xây dựng gửi Bộ Xây dựng") and
    its key apart from the plan's other periods of the same span."""
    who = ", ".join(names.get(a, a) for a in reporters)
    to = names.get(recipient, recipient) if recipient else ""
    words = f"của {who} gửi {to}" if who and to else f"của {who}" if who else f"gửi {to}"
    key = f"{period.match_key}:{'+'.join(reporters)}>{recipient or ''}"
    return attrs.evolve(period, name=f"{period.name} {words}", key=key,
                        reporters=tuple(reporters) or period.reporters,
                        recipient=recipient or period.recipient)


@attrs.frozen
class MixedCadence:
    """Several kinds of reports in one sentence: "hằng quý (…), 6 tháng (…), năm (…)".

    ``params.parts`` lists the kinds, each a mapping with its ``cadence`` (one of
    cumulative, monthly, quarterly, fixed_days, once) and that cadence's params. The
    periods are all the parts' periods, by due day; a period whose key another part gave
    already (a cumulative "03 tháng" report and the quarterly Q1 report) is kept once.

    A part may also name who owes its reports and to whom: ``reporters`` (agency ids),
    ``recipient`` (an agency id) and ``text`` (the sentence, for people). A plan that asks
    for several reports (the units to the Sở before 15/11, the Sở to the Bộ before 30/11)
    is one regime of such parts: the owned periods carry their reporters and recipient
    (:class:`planflow.ReportPeriod`), a name that says who reports to whom and a key of
    their own, so each obligation is tracked, reminded and reported on by itself.
    """

    name: str = "mixed"

    def check_params(self, params: Mapping[str, Any]) -> list[tuple[str, str]]:
        """Each part checked against its own cadence (``parts[1].dya: unknown parameter``)."""
        out = planflow.params_problems(_Names, {k: v for k, v in params.items() if k != "parts"})
        parts = params.get("parts")
        if not isinstance(parts, list):
            return [*out, ("parts", f"expected a list of tables, got {parts!r}")]
        for i, part in enumerate(parts):
            try:
                cadence, sub = _part(i, part)
            except planflow.PlanflowError as e:
                where, _, what = str(e).partition(": ")
                out.append((where.removeprefix("regime.params."), what))
                continue
            out.extend(_own_problems(i, part))
            out.extend((f"parts[{i}].{p}" if p else f"parts[{i}]", m)
                       for p, m in planflow.check_cadence_params(cadence, sub))
        return out

    def periods(self, regime: planflow.Regime, plan: planflow.Plan) -> list[planflow.ReportPeriod]:
        out: list[planflow.ReportPeriod] = []
        seen: set[str] = set()
        names: dict[str, str] | None = None
        for i, part in enumerate(dict(regime.params).get("parts") or ()):
            cadence, sub_params = _part(i, part)
            sub = attrs.evolve(regime, cadence=cadence.name, params=sub_params)
            reporters, recipient = list(part.get("reporters") or ()), part.get("recipient")
            for period in cadence.periods(sub, plan):
                if reporters or recipient:
                    if names is None:
                        names = {a.id: a.short_name or a.name for a in plan.agencies}
                    period = _owned(period, reporters, recipient, names)
                key = period.key or f"{period.name}@{period.due}"
                if key not in seen:
                    seen.add(key)
                    out.append(period)
        return sorted(out, key=lambda x: (x.due, x.covers_end, x.key or ""))


MIXED = MixedCadence()

#: every cadence planflow_vn registers, in that order (planflow_vn.hooks names each by
#: where it is: tests/test_vn_cadences.py checks both say the same)
CADENCES = (CUMULATIVE, ND09, MONTHLY, QUARTERLY, FIXED_DAYS, ONCE, DAILY, MIXED, UNRESOLVED)


# -- reading reporting sentences ----------------------------------------------------

_HANG = r"(?:hằng|hàng)"
_DM = r"(\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(\d{1,2})(?:\s*(?:/|-|\.|\s+năm\s+)\s*(\d{4}))?"
_BEFORE = (r"(trước|chậm nhất|không muộn hơn|hạn chót|đến|vào"
           r"|(?<=hạn )(?:gửi|nộp)(?: báo cáo)?\s*:?)\s*(?:ngày\s*)?")

# "06 tháng (trước ngày 15/6)", "01 năm (…)", and a bare "năm" after "báo cáo", "và", a
# comma or "định kỳ" ("… và năm (trước ngày 15/12)"; never "hằng năm", a yearly rule)
_RE_CUMUL = lazy(
    r"(?:định kỳ\s*)?(?:(?P<n>0?\d{1,2}|một|01)\s*(?P<unit>tháng|năm)"
    r"|(?:(?<=báo cáo )|(?<=và )|(?<=, )|(?<=định kỳ ))(?P<bare>năm))"
    r"\s*\(?\s*(?:báo cáo\s*)?(?:(?:gửi|nộp)(?:\s+về[^,;.()]{0,40}?)?\s+)?" + _BEFORE + _DM)
# ("định kỳ hằng tháng báo cáo tình hình, tiến độ triển khai từng nhiệm vụ, gửi Bộ Tài chính
# trước ngày 25": what is reported and to whom between the turn and the day)
_RE_MONTHLY = lazy(_BEFORE + r"(\d{1,2})\s*" + _HANG + r"\s*tháng|" + _HANG
                         + r"\s*tháng[^;.]{0,60}?" + _BEFORE + r"(\d{1,2})(?!\d)(?!\s*[/-])|" + _HANG
                         + r"\s*tháng[^;.]{61,120}?" + _BEFORE + r"(\d{1,2})(?!\d)(?!\s*(?:[/-]|tháng))")
_RE_MONTHLY_ON = lazy(r"\bngày\s*(\d{1,2})(?!\d)\s*(?:của\s+)?" + _HANG + r"\s*tháng")
_RE_QUARTERLY = lazy(r"(?:" + _HANG + r"\s*quý|báo cáo quý)[^;.]{0,60}?" + _BEFORE
                           + r"(\d{1,2})(?!\d)\s*(?:của\s*)?(tháng cuối (?:của\s*)?(?:quý|kỳ(?: báo cáo)?)"
                           r"|tháng đầu (?:của\s*)?quý (?:sau|tiếp theo))?(?!\s*[/-]\s*\d)")
# "trước ngày 15 của tháng cuối quý, các Sở báo cáo …": the quarter's day names the turn
# (no "hằng quý" needed); the same groups as _RE_QUARTERLY
_RE_QUARTER_DAY = lazy(_BEFORE + r"(\d{1,2})(?!\d)\s*(?:của\s*)?(tháng cuối (?:của\s*)?(?:mỗi\s*)?quý"
                       r"|tháng đầu (?:của\s*)?quý (?:sau|tiếp theo))")
# "trước ngày 18 của tháng cuối kỳ báo cáo": one day for each kind the sentence lists
_RE_PERIOD_END_DAY = lazy(_BEFORE + r"(\d{1,2})\s*(?:của\s*)?tháng cuối (?:của\s*)?kỳ")
_KIND_WORDS = {
    "monthly": lazy(_HANG + r"\s*tháng|báo cáo tháng"),
    "quarterly": lazy(_HANG + r"\s*quý|báo cáo quý|(?<![\d/])0?3\s*tháng|\bba\s+tháng\s*(?:một|0?1|/)"
                            r"|(?:, |và )quý\b(?! (?:[ivx]+|\d))"),
    "half_year": lazy(r"(?<![\d/])0?6\s*tháng|\bsáu\s+tháng\s*(?:một|0?1|/)"),
    "nine_months": lazy(r"(?<![\d/])0?9\s*tháng"),
    "annual": lazy(_HANG + r"\s*năm|báo cáo năm|tổng kết năm|(?<![\d/])0?1\s*năm|cả năm"
                         r"|(?:, |và )năm\b(?! (?:trước|học))"),
}
_KIND_MONTHS = {"half_year": 6, "nine_months": 9, "annual": 12}
_RE_IN_MONTH = lazy(r"(?:vào|trong)\s*(?:tháng\s*)(\d{1,2})\s*(?:/|năm)\s*(\d{4})")
# a review's year: "sơ kết … vào cuối năm 2027 và tổng kết vào cuối năm 2030", "sơ kết vào
# năm 2028" (only beside "sơ kết" / "tổng kết": a review, due by the year's end)
_RE_IN_YEAR = lazy(r"(?:vào|trong)\s+(?:dịp\s+)?(?:cuối\s+)?năm\s*(\d{4})(?![\d/-])")
_RE_WEEKLY = lazy(_HANG + r"\s*tuần|báo cáo tuần")
_RE_QUICK = lazy(r"báo cáo nhanh")
_RE_AFTER_EVENT = lazy(r"sau (?:mỗi|từng) (?:đợt|cuộc|hoạt động|sự kiện|buổi|lần)"
                      r"(?:\s+(?!và\b|báo\b|gửi\b|trước\b)[^\s,;.]+){0,4}")
_RE_DATE = lazy(_BEFORE + _DM)
# "… trước ngày 30 tháng 01 của năm tiếp theo", "… 15/01 năm sau": a day of the next year
_RE_NEXT_YEAR = lazy(r"\s*(?:của\s+)?năm\s+(?:tiếp\s+theo|sau|kế\s+tiếp)\b")
_RE_DAY_LIST = lazy(r"(?<![\d/])" + _DM)
_RE_DAILY = lazy(_HANG + r"\s*ngày|mỗi\s+ngày|(?<!\w)\d{1,2}\s*lần\s*/\s*ngày")
# "trước 19h00’", "trước 15 giờ", "(trước 9h00’ và 16h00’)": hours of the day a daily report
# is due by
_RE_HOUR = lazy(r"(?<![\w/])(\d{1,2})\s*(?:h|giờ)\s*(\d{2})?(?:\s*phút)?(?!\w)")
_RE_TIMES_A_DAY = lazy(r"(?<!\w)(\d{1,2})\s*lần\s*/\s*ngày|\bsáng\s+và\s+chiều\b")
# "3 tháng một lần", "hai tháng một lần", "06 tháng/lần": a report's turn, every N months
_RE_EVERY_N = lazy(r"(?<![\d/])(?:0?[1-9]|1[0-2]|một|hai|ba|sáu|mười hai)\s*tháng\s*"
                   r"(?:/\s*(?:0?1\s*)?lần|(?:một|0?1)\s+lần)")
# "báo cáo kết quả thực hiện hằng tháng, quý, 6 tháng, năm": a turn said with "hằng"
# the stages a sentence lists as ranges of years ("theo giai đoạn (từ năm 2025 - 2026; 2027 -
# 2028; 2029 - 2030)") and a day "của từng giai đoạn" after them
_RE_STAGE_YEARS = lazy(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")
_RE_EACH_STAGE = lazy(r"\s*,?\s*(?:của|trong)\s+(?:từng|mỗi)\s+giai\s+đoạn\b")
_RE_EACH = lazy(_HANG + r"\s*(?:tháng|quý|năm)\b")
_RE_YEARLY = lazy(_HANG + r"\s*năm|định kỳ\s*01\s*năm|định kỳ\s*năm")
_RE_ND09 = lazy(r"09/2019/nđ-cp|tính từ ngày 15 tháng 12 năm trước|15/12 năm trước")
_RE_ADHOC = lazy(r"đột xuất|khi có yêu cầu|theo yêu cầu|theo đề nghị|kịp thời|báo cáo ngay|"
                       r"khi (?:xuất hiện|có phát sinh|phát sinh|xảy ra)|"
                       # "trường hợp có khó khăn, vướng mắc …, … báo cáo gửi Sở X" (round 15)
                       r"(?:trường hợp|nếu) (?:có |phát sinh )?(?:khó khăn|vướng mắc)|"
                       r"khi có [^,;.]{1,40}?(?:phát sinh|xảy ra)")
_RE_CONDITION = lazy(r"(trong thời gian [^,;.]+|(?:sau )?khi [^,;.]+)")
# a report due at an event of the plan's own: "… báo cáo … khi tổng kết Đợt thi đua", "sau
# khi kết thúc chiến dịch": no calendar day, the event is its condition
_RE_AT_EVENT = lazy(r"(?<!\w)(?:sau )?khi (?:tổng kết|sơ kết|kết thúc|hoàn thành)\b")
# the same event opening the sentence with no "khi": "Kết thúc cuộc bầu cử, Ban Thường
# trực … tổng hợp báo cáo …", "Sau khi kết thúc đợt kiểm tra, …"
_RE_OPENING_EVENT = lazy(r"^(?:sau\s+)?(?:khi\s+)?(?:kết\s+thúc|tổng\s+kết|sơ\s+kết)\s+[^,;.]{3,80},")
_RE_ND09_KIND = {
    "monthly": lazy(_HANG + r"\s*tháng|báo cáo tháng"),
    "quarterly": lazy(_HANG + r"\s*quý|báo cáo quý"),
    "half_year": lazy(r"0?6\s*tháng"),
    "nine_months": lazy(r"0?9\s*tháng"),
    "annual": lazy(_HANG + r"\s*năm|báo cáo năm|01 năm|cả năm"),
}
_RE_REPORT = lazy(r"báo cáo")
_RE_COMPILE_SUBMIT = lazy(r"tổng\s+hợp\s*,?\s*(?:và\s+)?(?P<verb>trình)\s+\S", re.IGNORECASE)
_RE_DAY_THEN_KIND = lazy(
    r"(?P<when>(?:trước|chậm nhất|vào)\s+ngày\s+\d{1,2}(?:\s*/\s*\d{1,2})?"
    r"(?:\s+(?:của\s+)?tháng\s+cuối\s+(?:của\s+)?quý)?)\s*\(\s*(?:đối\s+với\s+)?báo\s+cáo\s+"
    r"(?P<kind>quý|tháng|năm|0?6\s+tháng|sáu\s+tháng|0?9\s+tháng)\s*\)")
# results sent up a chain with no schedule: "…; gửi Bộ Nội vụ để tổng hợp báo cáo Chính phủ"
# the results reported to the head, closing the sentence
_RE_RESULTS = lazy(r"\bbáo\s+cáo\s+(?:[^.;]{2,60}?\s+)?(?:về\s+)?(?:tình\s+hình(?:\s*,|\s+và)?\s+)?"
                   r"kết\s+quả\s+(?:triển\s+khai\s+|tổ\s+chức\s+)?thực\s+hiện"
                   r"(?:\s+(?:các\s+nhiệm\s+vụ\s+(?:được\s+giao\s+)?(?:tại|theo)\s+)?"
                   r"(?:kế\s+hoạch|chương\s+trình|chỉ\s+thị|công\s+văn)(?:\s+này)?)?"
                   # its recipient after it: "… về ủy ban nhân dân thành phố (thông qua sở nội vụ …)"
                   r"(?:\s+(?:về|gửi(?:\s+về)?)\s+[^.;()]{2,60}?)?(?:\s*\((?:thông\s+)?qua\s+[^()]{2,80}\))?"
                   r"(?:\s*,?\s+để\s+(?:tổng\s+hợp|theo\s+dõi)[^.;()]{0,60})?"
                   # "… kết quả thực hiện theo quy định." (round 15): still no period or day
                   r"(?:\s+theo\s+quy\s+định)?"
                   r"\s*[.;]?\s*$")
_RE_SENT_UP = lazy(r"\bgửi\s+(?:về\s+)?[^.;:]{3,60}?\s+(?:để\s+)?tổng\s+hợp\s*,?\s*(?:và\s+)?báo\s+cáo\b")


_BEFORE_GROUP = _RE_CUMUL.groupindex["bare"] + 1  # the keyword group after the named ones
_RE_DUE_DAY = lazy(r"(trước|chậm nhất|không muộn hơn|hạn chót)\s*(?:ngày\s*)?(\d{1,2})(?!\d)")
_RE_REVIEW = lazy(r"sơ kết|tổng kết")


def _mixed_parts(low: str, reports: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """The parts of a sentence naming several kinds of reports, or None when it names one kind.

    Two ways: one day for every kind listed ("hằng quý, 6 tháng, năm (trước ngày 18 của
    tháng cuối kỳ báo cáo)"), or each kind with its own day (monthly, quarterly and the
    cumulative "6 tháng (trước ngày 20/6)" reports together).
    """
    if (m := _RE_PERIOD_END_DAY.search(low)) is not None:
        day, before = int(m.group(2)), m.group(1) == "trước"
        if not 1 <= day <= 31:
            raise planflow.PlanflowError(_W("there is no day {d} in a month", "rg_no_day", d=day))
        kinds = [k for k, rx in _KIND_WORDS.items() if rx.search(low)]
        out: list[dict[str, Any]] = []
        if "monthly" in kinds:
            out.append({"cadence": "monthly", "day": day, "before": before})
        if "quarterly" in kinds:
            out.append({"cadence": "quarterly", "day": day, "month_of_quarter": 3, "before": before})
        cumul = [{"months": _KIND_MONTHS[k], "day": f"{min(day, 30 if k != 'annual' else 31)}/"
                  f"{_KIND_MONTHS[k]}"} for k in ("half_year", "nine_months", "annual") if k in kinds]
        if cumul:
            out.append({"cadence": "cumulative", "reports": cumul, "before": before})
        return out or None
    parts: list[dict[str, Any]] = []
    mm = _RE_MONTHLY.search(low)
    if mm:
        day = int(mm.group(2) or mm.group(4) or mm.group(6))
        if not 1 <= day <= 31:
            raise planflow.PlanflowError(_W("there is no day {d} in a month", "rg_no_day", d=day))
        parts.append({"cadence": "monthly", "day": day,
                      "before": (mm.group(1) or mm.group(3) or mm.group(5)) == "trước"})
    mq = _RE_QUARTERLY.search(low) or _RE_QUARTER_DAY.search(low)
    if mq:
        which = 3 if mq.group(3) is None or "cuối" in mq.group(3) else 4
        parts.append({"cadence": "quarterly", "day": int(mq.group(2)), "month_of_quarter": which,
                      "before": mq.group(1) == "trước"})
    if parts and reports:
        parts.append({"cadence": "cumulative", "reports": [{k: v for k, v in r.items() if k != "before"}
                                                          for r in reports],
                      "before": all(r["before"] for r in reports)})
    return parts if len(parts) >= 2 else None


def _clean(text: str) -> str:
    s = planflow.nfc(text).replace("*", " ")
    return " ".join(s.split())


def _dm(day: str, month: str) -> str:
    d, m = int(day), int(month)
    return f"{d}/{m}"


def read_regime(text: str, context: planflow.TimeframeContext | None = None) -> planflow.Regime | None:
    """The regime a Vietnamese reporting sentence sets; None when it is not about reports.

    A sentence about reports with no schedule comes back with cadence ``"unresolved"``
    and the reason in ``warnings``; one that asks for reports on request or "kịp thời"
    with cadence ``"ad_hoc"``. Never raises for words (a bad date in them is a warning).
    """
    s = as_written = _clean(text)
    low = s.lower()
    if not _RE_REPORT.search(low):
        # "Sở Tài chính tổng hợp, trình UBND tỉnh trước ngày 15/12/2026": what a body
        # compiles and submits is its report, read as "… tổng hợp, báo cáo UBND tỉnh …"
        if (sub := _RE_COMPILE_SUBMIT.search(s)) is None:
            return None
        s = s[: sub.start("verb")] + "báo cáo" + s[sub.end("verb"):]
        low = s.lower()
    # "trước ngày 15/6 (báo cáo 6 tháng)": the day, then the report it is for; read as "báo
    # cáo 6 tháng (trước ngày 15/6)", the order the readers below know
    low = _RE_DAY_THEN_KIND.sub(lambda m: f"báo cáo {m['kind']} ({m['when']})", low)
    names = {**recipient_names(s), **reporter_names(s)}
    warnings: list[str] = []
    condition = _RE_CONDITION.search(low)

    def regime(cadence: str, **params: Any) -> planflow.Regime:
        extra: dict[str, Any] = {k: v for k, v in names.items()}
        extra.update(params)
        if _RE_ADHOC.search(low) and cadence not in ("ad_hoc", "unresolved"):
            extra["also_on_request"] = True
            warnings.append(_W("also reports on request (đột xuất / theo đề nghị)",
                              "rg_on_request"))
        if cadence in ("once", "fixed_days"):
            # "Báo cáo quý gửi Sở Tài chính, riêng báo cáo 6 tháng gửi trước ngày 15/6/2026":
            # the turns named with no day of their own are not tracked; said
            turns = [k for k in ("monthly", "quarterly") if _KIND_WORDS[k].search(low)]
            if turns:
                warnings.append(_W("also names {kinds} reports with no due day of their own: not "
                                   "tracked", "rg_turns_untracked", kinds=planflow.Worded.joined(
                                       ", ", [_KIND_SAID.get(k, k) for k in turns])))
        after = _RE_AFTER_EVENT.search(low) or _RE_QUICK.search(low)
        if after and cadence not in ("ad_hoc", "unresolved"):
            # "báo cáo nhanh sau mỗi đợt kiểm tra": a report each event asks for, which no
            # calendar can track: said, never dropped silently
            warnings.append(_W('also reports after events ("{what}"): not tracked',
                               "rg_after_events", what=s[after.start():after.end()]))
        return planflow.Regime(cadence=cadence, text=as_written, params=extra, warnings=tuple(warnings))

    try:
        # the seed's "định kỳ 03 tháng (báo cáo trước ngày 10/3); ... định kỳ 01 năm (... 10/12)"
        reports = []
        for cm in _RE_CUMUL.finditer(low):
            n, unit = cm["n"], cm["unit"] or cm["bare"]
            kw, d, mo = cm.group(_BEFORE_GROUP), cm.group(_BEFORE_GROUP + 1), cm.group(_BEFORE_GROUP + 2)
            if cm["bare"]:
                months = 12
            else:
                months = 12 * (1 if n in ("một", "01", "1") else int(n)) if unit == "năm" else int(n)
            _day_month(_dm(d, mo))
            reports.append({"months": months, "day": _dm(d, mo), "before": kw == "trước"})

        # several kinds of reports, each with its day: "hằng quý (trước ngày 20 của tháng
        # cuối quý), 6 tháng (trước ngày 20/6), năm (trước ngày 20/12)"
        parts = _mixed_parts(low, reports)
        if parts is not None:
            if len(parts) == 1:
                only = dict(parts[0])
                return regime(only.pop("cadence"), **only)
            return regime("mixed", parts=parts)

        if len(reports) >= 2 or (reports and "định kỳ" in low and not _RE_YEARLY.search(low)):
            before = all(r.pop("before") for r in reports)
            return regime("cumulative", reports=reports, before=before)

        if _RE_ND09.search(low):
            kinds = [k for k, rx in _RE_ND09_KIND.items() if rx.search(low)] or ["annual"]
            # "thời hạn gửi báo cáo: trước ngày 18/12": the due day (the cut-off's "đến ngày
            # 14/12" is not one)
            days = {(int(x.group(2)), x.group(1)) for x in _RE_DUE_DAY.finditer(low)}
            if len(days) == 1:
                (day, kw), = days
                return regime("nd09", kinds=kinds, due_day=day, before=kw == "trước")
            if len(days) > 1:
                warnings.append(_W("the due days differ by kind: due 5 working days after each "
                                  "cut-off", "rg_nd09_days"))
            return regime("nd09", kinds=kinds)

        if _RE_DAILY.search(low):
            params: dict[str, Any] = {}
            hours = [f"{int(h)}h{mm or '00'}" for h, mm in _RE_HOUR.findall(low) if int(h) <= 24
                     and int(mm or 0) < 60]
            several = _RE_TIMES_A_DAY.search(low)
            if several or len(hours) > 1:
                # "02 lần/ngày (trước 9h00’ và 16h00’)", "sáng và chiều hằng ngày": several
                # reports a day; the cadence counts days, the hours are said
                warnings.append(_W("several reports a day ({said}): read as daily, due each day; "
                                   "the hours are a note", "rg_times_a_day",
                                   said=", ".join([*([several.group(0)] if several else []),
                                                   *hours])))
            elif hours:
                warnings.append(_W("due by {hour} each day: read as daily; the hour is a note",
                                   "rg_hour", hour=hours[0]))
            if condition and condition.group(1).startswith("trong thời gian"):
                params["condition"] = condition.group(1)
                warnings.append(_W("only {condition}", "rg_only", condition=condition.group(1)))
            return regime("daily", **params)

        m = _RE_QUARTERLY.search(low) or _RE_QUARTER_DAY.search(low)
        if m:
            which = 3 if m.group(3) is None or "cuối" in m.group(3) else 4
            return regime("quarterly", day=int(m.group(2)), month_of_quarter=which,
                          before=m.group(1) == "trước")

        m = _RE_MONTHLY.search(low)
        if m is None and (on := _RE_MONTHLY_ON.search(low)) is not None:
            # "định kỳ ngày 15 hằng tháng": on that day of each month
            if not 1 <= int(on.group(1)) <= 31:
                raise planflow.PlanflowError(_W("there is no day {d} in a month", "rg_no_day",
                                                d=int(on.group(1))))
            return regime("monthly", day=int(on.group(1)), before=False)
        if m:
            kw = m.group(1) or m.group(3) or m.group(5)
            day = int(m.group(2) or m.group(4) or m.group(6))
            if not 1 <= day <= 31:
                raise planflow.PlanflowError(_W("there is no day {d} in a month", "rg_no_day",
                                                d=day))
            named = [f.group(0).strip(" ,") for k in ("quarterly", "half_year", "nine_months", "annual")
                     if (f := _KIND_WORDS[k].search(low[m.end():])) is not None]
            if named:
                # "hằng tháng (trước ngày 25), hằng quý, 6 tháng, năm": the longer reports
                # name no day of their own; the monthly one of their last month stands for them
                warnings.append(_W('the reports "{kinds}" name no day of their own: read as the '
                                   "monthly report of their last month", "rg_kinds_monthly",
                                   kinds='", "'.join(named)))
            return regime("monthly", day=day, before=kw == "trước")

        dates = list(_RE_DATE.finditer(low))
        if dates:
            kw = dates[0].group(1)
            if any(d.group(4) for d in dates):  # full dates: one-off reports
                iso = []
                for d in dates:
                    if not d.group(4):
                        continue
                    try:
                        iso.append(dt.date(int(d.group(4)), int(d.group(3)), int(d.group(2))).isoformat())
                    except ValueError:
                        raise planflow.PlanflowError(_W(
                            "{day} is not a date", "rg_not_a_date",
                            day=f"{d.group(2)}/{d.group(3)}/{d.group(4)}")) from None
                return regime("once", dates=iso, before=kw == "trước")
            if _RE_YEARLY.search(low) or "định kỳ" in low:
                # "trước ngày 01/6 và 15/11": the days listed after the first "trước ngày"
                # (a later day with its year is a document's cited in the sentence, "theo Văn
                # bản số 43-CV/TU ngày 12/11/2025": no yearly day)
                listed = [_dm(d.group(1), d.group(2))
                          for k, d in enumerate(_RE_DAY_LIST.finditer(low, dates[0].start(2)))
                          if k == 0 or not d.group(3)]
                for x in listed:
                    _day_month(x)
                return regime("fixed_days", days=listed, before=kw == "trước")
            listed = [_dm(d.group(2), d.group(3)) for d in dates]
            for x in listed:
                _day_month(x)
            if _RE_NEXT_YEAR.match(low, dates[-1].end()):
                # "báo cáo … trước ngày 30 tháng 01 của năm tiếp theo": the report on a year
                # is due early in the next one; in a plan of one year, that year's report
                if context is not None and context.period_start.year == context.period_end.year:
                    y = context.period_start.year + 1
                    iso = [dt.date(y, int(x.split("/")[1]), int(x.split("/")[0])).isoformat()
                           for x in listed]
                    warnings.append(_W("the days ({days}) of the next year: read in {y}, the year "
                                       "after the plan's", "rg_next_year_once",
                                       days=", ".join(listed), y=y))
                    return regime("once", dates=iso, before=kw == "trước")
                warnings.append(_W("the days ({days}) of the next year: each year's report, due "
                                   "early in the year after it, read as every year of the period",
                                   "rg_next_year", days=", ".join(listed)))
                return regime("fixed_days", days=listed, before=kw == "trước")
            stages = [int(b) for a, b in _RE_STAGE_YEARS.findall(low)]
            if len(stages) >= 2 and _RE_EACH_STAGE.match(low, dates[-1].end()) \
                    and all(int(a) <= int(b) for a, b in _RE_STAGE_YEARS.findall(low)):
                # "theo giai đoạn (từ năm 2025 - 2026; 2027 - 2028; 2029 - 2030), … trước ngày
                # 10/12 của từng giai đoạn": the day in each stage's last year, once each
                iso = list(dict.fromkeys(dt.date(y, int(x.split("/")[1]), int(x.split("/")[0])).isoformat()
                                         for y in stages for x in listed))
                warnings.append(_W("the days ({days}) of each stage ({stages}): read in each stage's "
                                   "last year", "rg_each_stage", days=", ".join(listed),
                                   stages="; ".join(f"{a}-{b}" for a, b in _RE_STAGE_YEARS.findall(low))))
                return regime("once", dates=iso, before=kw == "trước")
            if context is not None and context.period_start.year == context.period_end.year:
                # a plan of one year: its year is the one meant
                y = context.period_start.year
                iso = [dt.date(y, int(x.split("/")[1]), int(x.split("/")[0])).isoformat()
                       for x in listed]
                warnings.append(_W("the days ({days}) name no year: read in the plan's year "
                                   "{y}", "rg_days_year", days=", ".join(listed), y=y))
                return regime("once", dates=iso, before=kw == "trước")
            if any(rx.search(low) for rx in _KIND_WORDS.values()):
                # "6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)" in a plan of several
                # years: each year's reports
                warnings.append(_W("the days ({days}) name no year, in a plan of several "
                                   "years: read as every year of the period", "rg_days_every",
                                   days=", ".join(listed)))
                return regime("fixed_days", days=listed, before=kw == "trước")
            return planflow.Regime(cadence="unresolved", text=as_written, params=dict(names), warnings=(
                _W("a day and month without a year or 'hằng năm': which year is meant is not "
                   "said", "rg_which_year"),))

        in_months = [(int(mo), int(y)) for mo, y in _RE_IN_MONTH.findall(low)]
        if in_months:
            # "báo cáo sơ kết vào tháng 6/2026 và tổng kết vào tháng 12/2026": by each month's end
            iso = []
            for month, y in in_months:
                if not 1 <= month <= 12:
                    raise planflow.PlanflowError(_W("there is no month {month}", "rg_no_month",
                                                    month=month))
                iso.append(planflow.month_span(y, month).end.isoformat())
            warnings.append(_W("'vào tháng M/YYYY': due by the end of the month", "rg_in_month"))
            return regime("once", dates=iso, before=False)

        in_years = [int(y) for y in _RE_IN_YEAR.findall(low)] if _RE_REVIEW.search(low) else []
        if in_years and not _RE_YEARLY.search(low) and "định kỳ" not in low \
                and _RE_EVERY_N.search(low) is None:
            # "sơ kết … vào cuối năm 2027 và tổng kết vào cuối năm 2030": by each year's end
            iso = [dt.date(y, 12, 31).isoformat() for y in in_years]
            warnings.append(_W("'vào (cuối) năm YYYY' for a review: due by the end of the year",
                               "rg_in_year"))
            return regime("once", dates=iso, before=False)

        every_n = _RE_EVERY_N.search(low)
        periodic = bool(_RE_YEARLY.search(low)) or "định kỳ" in low or every_n is not None
        opening = _RE_OPENING_EVENT.match(low)
        if ((_RE_ADHOC.search(low) or _RE_AT_EVENT.search(low) or opening) and not periodic) or (
                _RE_QUICK.search(low) and not _RE_WEEKLY.search(low) and not periodic):
            params = dict(names)
            if condition and condition.group(1).startswith(("khi", "sau khi")):
                params["condition"] = condition.group(1)
            elif opening is not None:
                params["condition"] = low[: opening.end()].rstrip(" ,")
            return planflow.Regime(cadence="ad_hoc", text=as_written, params=params)
        kinds = [k for k, rx in _KIND_WORDS.items() if rx.search(low)]
        hint = {"kinds": kinds} if kinds else {}
        on_request = (_W("also reports on request (đột xuất / theo yêu cầu)", "rg_on_demand"),) \
            if _RE_ADHOC.search(low) else ()
        if _RE_WEEKLY.search(low):
            return planflow.Regime(cadence="unresolved", text=as_written, params=dict(names), warnings=(
                _W("weekly reports: planflow_vn has no weekly cadence; list the periods "
                   "(explicit)", "rg_weekly"),))
        if kinds == ["monthly"] and ("định kỳ" in low or "chế độ" in low):
            # "báo cáo số liệu định kỳ hàng tháng theo quy định": a periodic monthly report,
            # its day not stated; no day is made up (no period tracked), said ("… báo cáo Thủ
            # tướng hằng tháng" in a duty's words, no periodic regime named, stays unresolved)
            return planflow.Regime(cadence="monthly", text=as_written, params={**names, "day_stated": False},
                                   warnings=(_W("monthly reports, but no due day is stated: no period "
                                                "is tracked", "rg_monthly_no_day"), *on_request))
        if kinds and (_RE_REVIEW.search(low) or "định kỳ" in low or "chế độ" in low
                      or _RE_YEARLY.search(low) or every_n is not None or _RE_EACH.search(low)):
            return planflow.Regime(cadence="unresolved", text=as_written, params={**names, **hint}, warnings=(
                _W("reports named ({kinds}), but no due day is stated", "rg_named",
                   kinds=planflow.Worded.joined(", ", [_KIND_SAID.get(k, k) for k in kinds])),
                *on_request))
        if _RE_YEARLY.search(low):
            # "định kỳ hằng năm hoặc đột xuất theo yêu cầu": yearly (the rest a note)
            return planflow.Regime(cadence="unresolved", text=as_written, params=dict(names), warnings=(
                _W("yearly reports, but no due day is stated", "rg_yearly"), *on_request))
        if every_n is not None:
            # "hai tháng một lần": a turn no report kind names, and no due day
            return planflow.Regime(cadence="unresolved", text=as_written, params=dict(names), warnings=(
                _W("reports '{every}', but no due day is stated", "rg_every_n",
                   every=every_n.group(0)), *on_request))
        if "định kỳ" in low or "chế độ" in low:
            return planflow.Regime(cadence="unresolved", text=as_written, params=dict(names), warnings=(
                _W("periodic reports, but no period or due day is stated (e.g. 'theo quy "
                   "định')", "rg_periodic"),
                *on_request))
        if _RE_RESULTS.search(low):
            # "… tổng hợp, báo cáo Bộ trưởng về kết quả triển khai thực hiện.": the results
            # reported, no period or day
            return planflow.Regime(cadence="unresolved", text=as_written, params=dict(names), warnings=(
                _W("the results are reported, but no period or due day is stated",
                   "rg_results"), *on_request))
        if _RE_SENT_UP.search(low):
            return planflow.Regime(cadence="unresolved", text=as_written, params=dict(names), warnings=(
                _W("results sent to be compiled and reported on, but no period or due day is "
                   "stated", "rg_sent_up"), *on_request))
    except planflow.PlanflowError as e:
        said = e.args[0] if e.args and isinstance(e.args[0], str) else str(e)
        return planflow.Regime(cadence="unresolved", text=as_written, params=dict(names), warnings=(said,))
    return None


def register(register_cadence: Callable[[Any], None], cadences: Iterable[Any] = CADENCES) -> None:
    """Register every Vietnamese cadence through ``register_cadence``."""
    for c in cadences:
        register_cadence(c)
