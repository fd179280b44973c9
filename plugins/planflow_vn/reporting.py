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
from collections.abc import Callable, Iterable
from typing import Any

import attrs

import planflow

from .fmt import to_roman
from .recipients import recipient_names
from .rules import before_deadline, get_before_rule, rule_from_settings

__all__ = [
    "CADENCES",
    "CumulativeCadence",
    "DailyCadence",
    "FixedDaysCadence",
    "MixedCadence",
    "MonthlyCadence",
    "Nd09Cadence",
    "OnceCadence",
    "QuarterlyCadence",
    "UnresolvedCadence",
    "read_regime",
]

_ONE = dt.timedelta(days=1)


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
        raise planflow.PlanflowError(f"report day {text!r} is not DAY/MONTH (e.g. \"10/6\")")
    d, mo = int(m.group(1)), int(m.group(2))
    if not 1 <= mo <= 12:
        raise planflow.PlanflowError(f"report day {text!r}: there is no month {mo}")
    try:
        dt.date(2024, mo, d)  # a leap year accepts 29/2
    except ValueError:
        raise planflow.PlanflowError(f"report day {text!r}: month {mo} has no day {d}") from None
    return d, mo


def _on(year: int, day: int, month: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:  # 29/2 in a common year: the last day of February
        return dt.date(year, month, 28)


def _due(plan: planflow.Plan, day: dt.date, before: bool) -> dt.date:
    """The last day to deliver for a report set on ``day`` (trước ngày D, or D itself)."""
    cal = plan.work_calendar()
    if before:
        rule = rule_from_settings(plan.settings) or get_before_rule()
        return before_deadline(day, cal, rule)
    return planflow.roll_forward(cal, day)


def _add_months(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    return _on(day.year + y, day.day, m + 1)


def _inside(plan: planflow.Plan, covers_end: dt.date) -> bool:
    start, end = _period(plan)
    return start <= covers_end <= end


def _params(regime: planflow.Regime) -> dict[str, Any]:
    return dict(regime.params)


# -- cadences -------------------------------------------------------------------------

@attrs.frozen
class CumulativeCadence:
    """Fixed days each year, each report covering the year so far (the seed's regime)."""

    name: str = "cumulative"

    def periods(self, regime: planflow.Regime, plan: planflow.Plan) -> list[planflow.ReportPeriod]:
        p = _params(regime)
        before = bool(p.get("before", True))
        out = []
        start, end = _period(plan)
        for year in _years(plan):
            for item in p.get("reports", ()):
                months = int(item["months"])
                d, mo = _day_month(item["day"])
                due = _due(plan, _on(year, d, mo), before)
                first = max(start, dt.date(year, 1, 1))
                last = min(end, due - _ONE) if due > first else first
                if not start <= due <= end + dt.timedelta(days=31):
                    continue
                name, key = _cumulative_name(months, year)
                out.append(planflow.ReportPeriod(name, first, max(first, last), due, key=key))
        return out


def _cumulative_name(months: int, year: int) -> tuple[str, str]:
    if months == 12:
        return f"Báo cáo năm {year}", f"{year}-Y"
    key = {3: f"{year}-Q1", 6: f"{year}-H1", 9: f"{year}-M9"}.get(months, f"{year}-M{months}")
    return f"Báo cáo {months} tháng năm {year}", key


_ND09_KINDS = ("monthly", "quarterly", "half_year", "nine_months", "annual")


@attrs.frozen
class Nd09Cadence:
    """The report periods of Nghị định 09/2019/NĐ-CP (cut-off on the 14th)."""

    name: str = "nd09"

    def periods(self, regime: planflow.Regime, plan: planflow.Plan) -> list[planflow.ReportPeriod]:
        p = _params(regime)
        kinds = p.get("kinds") or ["annual"]
        for k in kinds:
            if k not in _ND09_KINDS:
                raise planflow.PlanflowError(
                    f"regime.params.kinds: {k!r} is not one of {', '.join(_ND09_KINDS)}")
        cal = plan.work_calendar()
        out = []
        for year in _years(plan):
            spans: list[tuple[str, str, dt.date, dt.date]] = []
            if "monthly" in kinds:
                for m in range(1, 13):
                    a = _add_months(dt.date(year, m, 15), -1)
                    spans.append((f"Báo cáo tháng {m}/{year}", f"{year}-{m:02d}", a,
                                  dt.date(year, m, 14)))
            if "quarterly" in kinds:
                for q in range(1, 5):
                    last_month = 3 * q
                    a = _add_months(dt.date(year, last_month - 2, 15), -1)
                    spans.append((f"Báo cáo quý {to_roman(q)} năm {year}", f"{year}-Q{q}", a,
                                  dt.date(year, last_month, 14)))
            prev = dt.date(year - 1, 12, 15)
            if "half_year" in kinds:
                spans.append((f"Báo cáo 6 tháng năm {year}", f"{year}-H1", prev, dt.date(year, 6, 14)))
            if "nine_months" in kinds:
                spans.append((f"Báo cáo 9 tháng năm {year}", f"{year}-M9", prev, dt.date(year, 9, 14)))
            if "annual" in kinds:
                spans.append((f"Báo cáo năm {year}", f"{year}-Y", prev, dt.date(year, 12, 14)))
            for name, key, a, b in spans:
                if not _inside(plan, b):
                    continue
                if "due_day" in p and p.get("before"):
                    # "trước ngày 18/12": before the day of the cut-off's month (the next
                    # month's when it is not after the cut-off), under the plan's rule
                    day = int(p["due_day"])
                    target = _on(b.year, day, b.month)
                    if target <= b:
                        nxt = _add_months(b, 1)
                        target = _on(nxt.year, day, nxt.month)
                    due = _due(plan, target, True)
                elif "due_day" in p:
                    # the due day of the cut-off's month, or of the next month when it has passed
                    day = int(p["due_day"])
                    due = planflow.roll_forward(cal, _on(b.year, day, b.month))
                    if due < b:
                        nxt = _add_months(b, 1)
                        due = planflow.roll_forward(cal, _on(nxt.year, day, nxt.month))
                else:
                    due = planflow.roll_forward(
                        cal, planflow.add_working_days(cal, b, int(p.get("due_working_days", 5))))
                out.append(planflow.ReportPeriod(name, a, b, due, key=key))
        return out


@attrs.frozen
class MonthlyCadence:
    """"trước ngày N hằng tháng": each month, covering the Nghị định 09 month."""

    name: str = "monthly"

    def periods(self, regime: planflow.Regime, plan: planflow.Plan) -> list[planflow.ReportPeriod]:
        p = _params(regime)
        day = int(p.get("day", 15))
        before = bool(p.get("before", True))
        out = []
        for year in _years(plan):
            for m in range(1, 13):
                b = dt.date(year, m, 14)
                if not _inside(plan, b):
                    continue
                a = _add_months(dt.date(year, m, 15), -1)
                due = _due(plan, _on(year, day, m), before)
                if due < a:
                    continue
                out.append(planflow.ReportPeriod(f"Báo cáo tháng {m}/{year}", a, min(b, due), due,
                                                 key=f"{year}-{m:02d}"))
        return out


@attrs.frozen
class QuarterlyCadence:
    """"hằng quý, trước ngày N của tháng cuối quý": each quarter, covering it so far."""

    name: str = "quarterly"

    def periods(self, regime: planflow.Regime, plan: planflow.Plan) -> list[planflow.ReportPeriod]:
        p = _params(regime)
        day = int(p.get("day", 15))
        which = int(p.get("month_of_quarter", 3))
        before = bool(p.get("before", True))
        out = []
        start, end = _period(plan)
        for year in _years(plan):
            for q in range(1, 5):
                first = dt.date(year, 3 * q - 2, 1)
                month = 3 * q - 3 + which
                y2, m2 = (year + 1, month - 12) if month > 12 else (year, month)
                due = _due(plan, _on(y2, day, m2), before)
                if not start <= due <= end + dt.timedelta(days=31) or first > end:
                    continue
                last = min(due - _ONE, _add_months(first, 3) - _ONE)
                out.append(planflow.ReportPeriod(f"Báo cáo quý {to_roman(q)} năm {year}",
                                                 max(first, start), max(first, last), due,
                                                 key=f"{year}-Q{q}"))
        return out


@attrs.frozen
class FixedDaysCadence:
    """"trước ngày 01/6 và 15/11 hằng năm": each report covers the time since the last."""

    name: str = "fixed_days"

    def periods(self, regime: planflow.Regime, plan: planflow.Plan) -> list[planflow.ReportPeriod]:
        p = _params(regime)
        before = bool(p.get("before", True))
        days = [_day_month(x) for x in p.get("days", ())]
        start, end = _period(plan)
        dues = sorted({_due(plan, _on(y, d, m), before) for y in _years(plan) for d, m in days})
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

    def periods(self, regime: planflow.Regime, plan: planflow.Plan) -> list[planflow.ReportPeriod]:
        p = _params(regime)
        before = bool(p.get("before", True))
        start, _ = _period(plan)
        out = []
        for text in p.get("dates", ()):
            try:
                day = dt.date.fromisoformat(str(text))
            except ValueError:
                raise planflow.PlanflowError(f"regime.params.dates: {text!r} is not a date (YYYY-MM-DD)") from None
            due = _due(plan, day, before)
            out.append(planflow.ReportPeriod(f"Báo cáo (hạn {due:%d/%m/%Y})", start,
                                             max(start, due - _ONE), due, key=due.isoformat()))
        return out


@attrs.frozen
class DailyCadence:
    """"báo cáo hằng ngày": a report each working day, due that day."""

    name: str = "daily"

    def periods(self, regime: planflow.Regime, plan: planflow.Plan) -> list[planflow.ReportPeriod]:
        cal = plan.work_calendar()
        start, end = _period(plan)
        out = []
        day = start
        while day <= end:
            if cal.is_working_day(day):
                out.append(planflow.ReportPeriod(f"Báo cáo ngày {day:%d/%m/%Y}", day, day, day,
                                                 key=day.isoformat()))
            day += _ONE
        return out


@attrs.frozen
class UnresolvedCadence:
    """A reporting sentence nobody could read a schedule from: no periods."""

    name: str = "unresolved"

    def periods(self, regime: planflow.Regime, plan: planflow.Plan) -> list[planflow.ReportPeriod]:
        return []


_MIXABLE: dict[str, Any] = {c.name: c for c in (
    CumulativeCadence(), MonthlyCadence(), QuarterlyCadence(), FixedDaysCadence(), OnceCadence())}


@attrs.frozen
class MixedCadence:
    """Several kinds of reports in one sentence: "hằng quý (…), 6 tháng (…), năm (…)".

    ``params.parts`` lists the kinds, each a mapping with its ``cadence`` (one of
    cumulative, monthly, quarterly, fixed_days, once) and that cadence's params. The
    periods are all the parts' periods, by due day; a period whose key another part gave
    already (a cumulative "03 tháng" report and the quarterly Q1 report) is kept once.
    """

    name: str = "mixed"

    def periods(self, regime: planflow.Regime, plan: planflow.Plan) -> list[planflow.ReportPeriod]:
        out: list[planflow.ReportPeriod] = []
        seen: set[str] = set()
        for i, part in enumerate(_params(regime).get("parts") or ()):
            cadence = _MIXABLE.get(str(dict(part).get("cadence")))
            if cadence is None:
                raise planflow.PlanflowError(
                    f"regime.params.parts[{i}].cadence: {dict(part).get('cadence')!r} is not one "
                    f"of {', '.join(_MIXABLE)}")
            sub = attrs.evolve(regime, cadence=cadence.name,
                               params={k: v for k, v in dict(part).items() if k != "cadence"})
            for period in cadence.periods(sub, plan):
                key = period.key or f"{period.name}@{period.due}"
                if key not in seen:
                    seen.add(key)
                    out.append(period)
        return sorted(out, key=lambda x: (x.due, x.covers_end, x.key or ""))


CADENCES = (CumulativeCadence(), Nd09Cadence(), MonthlyCadence(), QuarterlyCadence(),
            FixedDaysCadence(), OnceCadence(), DailyCadence(), MixedCadence(), UnresolvedCadence())


# -- reading reporting sentences ----------------------------------------------------

_HANG = r"(?:hằng|hàng)"
_DM = r"(\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(\d{1,2})(?:\s*(?:/|-|\.|\s+năm\s+)\s*(\d{4}))?"
_BEFORE = r"(trước|chậm nhất|không muộn hơn|hạn chót|đến)\s*(?:ngày\s*)?"

# "06 tháng (trước ngày 15/6)", "01 năm (…)", and a bare "năm" after "báo cáo", "và", a
# comma or "định kỳ" ("… và năm (trước ngày 15/12)"; never "hằng năm", a yearly rule)
_RE_CUMUL = re.compile(
    r"(?:định kỳ\s*)?(?:(?P<n>0?\d{1,2}|một|01)\s*(?P<unit>tháng|năm)"
    r"|(?:(?<=báo cáo )|(?<=và )|(?<=, )|(?<=định kỳ ))(?P<bare>năm))"
    r"\s*\(?\s*(?:báo cáo\s*)?" + _BEFORE + _DM)
_RE_MONTHLY = re.compile(_BEFORE + r"(\d{1,2})\s*" + _HANG + r"\s*tháng|" + _HANG
                         + r"\s*tháng[^;.]{0,60}?" + _BEFORE + r"(\d{1,2})(?!\s*[/-])")
_RE_QUARTERLY = re.compile(r"(?:" + _HANG + r"\s*quý|báo cáo quý)[^;.]{0,60}?" + _BEFORE
                           + r"(\d{1,2})\s*(?:của\s*)?(tháng cuối (?:của\s*)?(?:quý|kỳ(?: báo cáo)?)"
                           r"|tháng đầu (?:của\s*)?quý (?:sau|tiếp theo))?(?!\s*[/-]\s*\d)")
# "trước ngày 18 của tháng cuối kỳ báo cáo": one day for each kind the sentence lists
_RE_PERIOD_END_DAY = re.compile(_BEFORE + r"(\d{1,2})\s*(?:của\s*)?tháng cuối (?:của\s*)?kỳ")
_KIND_WORDS = {
    "monthly": re.compile(_HANG + r"\s*tháng|báo cáo tháng"),
    "quarterly": re.compile(_HANG + r"\s*quý|báo cáo quý|(?<![\d/])0?3\s*tháng"),
    "half_year": re.compile(r"(?<![\d/])0?6\s*tháng"),
    "nine_months": re.compile(r"(?<![\d/])0?9\s*tháng"),
    "annual": re.compile(_HANG + r"\s*năm|báo cáo năm|tổng kết năm|(?<![\d/])0?1\s*năm|cả năm"
                         r"|(?:, |và )năm\b(?! (?:trước|học))"),
}
_KIND_MONTHS = {"half_year": 6, "nine_months": 9, "annual": 12}
_RE_IN_MONTH = re.compile(r"(?:vào|trong)\s*(?:tháng\s*)(\d{1,2})\s*(?:/|năm)\s*(\d{4})")
_RE_WEEKLY = re.compile(_HANG + r"\s*tuần|báo cáo tuần")
_RE_QUICK = re.compile(r"báo cáo nhanh")
_RE_DATE = re.compile(_BEFORE + _DM)
_RE_DAY_LIST = re.compile(r"(?<![\d/])" + _DM)
_RE_DAILY = re.compile(_HANG + r"\s*ngày")
_RE_YEARLY = re.compile(_HANG + r"\s*năm|định kỳ\s*01\s*năm|định kỳ\s*năm")
_RE_ND09 = re.compile(r"09/2019/nđ-cp|tính từ ngày 15 tháng 12 năm trước|15/12 năm trước")
_RE_ADHOC = re.compile(r"đột xuất|khi có yêu cầu|theo yêu cầu|theo đề nghị|kịp thời|báo cáo ngay|"
                       r"khi (?:xuất hiện|có phát sinh|phát sinh|xảy ra)|"
                       r"khi có [^,;.]{1,40}?(?:phát sinh|xảy ra)")
_RE_CONDITION = re.compile(r"(trong thời gian [^,;.]+|khi [^,;.]+)")
_RE_ND09_KIND = {
    "monthly": re.compile(_HANG + r"\s*tháng|báo cáo tháng"),
    "quarterly": re.compile(_HANG + r"\s*quý|báo cáo quý"),
    "half_year": re.compile(r"0?6\s*tháng"),
    "nine_months": re.compile(r"0?9\s*tháng"),
    "annual": re.compile(_HANG + r"\s*năm|báo cáo năm|01 năm|cả năm"),
}
_RE_REPORT = re.compile(r"báo cáo")


_BEFORE_GROUP = _RE_CUMUL.groupindex["bare"] + 1  # the keyword group after the named ones
_RE_DUE_DAY = re.compile(r"(trước|chậm nhất|không muộn hơn|hạn chót)\s*(?:ngày\s*)?(\d{1,2})(?!\d)")
_RE_REVIEW = re.compile(r"sơ kết|tổng kết")


def _last_day(year: int, month: int) -> int:
    return (dt.date(year + month // 12, month % 12 + 1, 1) - _ONE).day


def _mixed_parts(low: str, reports: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """The parts of a sentence naming several kinds of reports, or None when it names one kind.

    Two ways: one day for every kind listed ("hằng quý, 6 tháng, năm (trước ngày 18 của
    tháng cuối kỳ báo cáo)"), or each kind with its own day (monthly, quarterly and the
    cumulative "6 tháng (trước ngày 20/6)" reports together).
    """
    if (m := _RE_PERIOD_END_DAY.search(low)) is not None:
        day, before = int(m.group(2)), m.group(1) == "trước"
        if not 1 <= day <= 31:
            raise planflow.PlanflowError(f"there is no day {day} in a month")
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
        day = int(mm.group(2) or mm.group(4))
        if not 1 <= day <= 31:
            raise planflow.PlanflowError(f"there is no day {day} in a month")
        parts.append({"cadence": "monthly", "day": day, "before": (mm.group(1) or mm.group(3)) == "trước"})
    mq = _RE_QUARTERLY.search(low)
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
    s = _clean(text)
    low = s.lower()
    if not _RE_REPORT.search(low):
        return None
    names = recipient_names(s)
    warnings: list[str] = []
    condition = _RE_CONDITION.search(low)

    def regime(cadence: str, **params: Any) -> planflow.Regime:
        extra = {k: v for k, v in names.items()}
        extra.update(params)
        if _RE_ADHOC.search(low) and cadence not in ("ad_hoc", "unresolved"):
            extra["also_on_request"] = True
            warnings.append("also reports on request (đột xuất / theo đề nghị)")
        return planflow.Regime(cadence=cadence, text=s, params=extra, warnings=tuple(warnings))

    try:
        # the seed's "định kỳ 03 tháng (báo cáo trước ngày 10/3); ... định kỳ 01 năm (... 10/12)"
        reports = []
        for m in _RE_CUMUL.finditer(low):
            n, unit = m["n"], m["unit"] or m["bare"]
            kw, d, mo = m.group(_BEFORE_GROUP), m.group(_BEFORE_GROUP + 1), m.group(_BEFORE_GROUP + 2)
            if m["bare"]:
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
                warnings.append("the due days differ by kind: due 5 working days after each cut-off")
            return regime("nd09", kinds=kinds)

        if _RE_DAILY.search(low):
            params: dict[str, Any] = {}
            if condition and condition.group(1).startswith("trong thời gian"):
                params["condition"] = condition.group(1)
                warnings.append(f"only {condition.group(1)}")
            return regime("daily", **params)

        m = _RE_QUARTERLY.search(low)
        if m:
            which = 3 if m.group(3) is None or "cuối" in m.group(3) else 4
            return regime("quarterly", day=int(m.group(2)), month_of_quarter=which,
                          before=m.group(1) == "trước")

        m = _RE_MONTHLY.search(low)
        if m:
            kw = m.group(1) or m.group(3)
            day = int(m.group(2) or m.group(4))
            if not 1 <= day <= 31:
                raise planflow.PlanflowError(f"there is no day {day} in a month")
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
                        raise planflow.PlanflowError(
                            f"{d.group(2)}/{d.group(3)}/{d.group(4)} is not a date") from None
                return regime("once", dates=iso, before=kw == "trước")
            if _RE_YEARLY.search(low) or "định kỳ" in low:
                # "trước ngày 01/6 và 15/11": the days listed after the first "trước ngày"
                days = [_dm(d.group(1), d.group(2))
                        for d in _RE_DAY_LIST.finditer(low, dates[0].start(2))]
                for x in days:
                    _day_month(x)
                return regime("fixed_days", days=days, before=kw == "trước")
            return planflow.Regime(cadence="unresolved", text=s, params=dict(names), warnings=(
                "a day and month without a year or 'hằng năm': which year is meant is not said",))

        months = [(int(mo), int(y)) for mo, y in _RE_IN_MONTH.findall(low)]
        if months:
            # "báo cáo sơ kết vào tháng 6/2026 và tổng kết vào tháng 12/2026": by each month's end
            iso = []
            for mo, y in months:
                if not 1 <= mo <= 12:
                    raise planflow.PlanflowError(f"there is no month {mo}")
                iso.append(dt.date(y, mo, _last_day(y, mo)).isoformat())
            warnings.append("'vào tháng M/YYYY': due by the end of the month")
            return regime("once", dates=iso, before=False)

        if _RE_ADHOC.search(low) or (_RE_QUICK.search(low) and not _RE_WEEKLY.search(low)):
            params = dict(names)
            if condition and condition.group(1).startswith("khi"):
                params["condition"] = condition.group(1)
            return planflow.Regime(cadence="ad_hoc", text=s, params=params)
        kinds = [k for k, rx in _KIND_WORDS.items() if rx.search(low)]
        hint = {"kinds": kinds} if kinds else {}
        if _RE_WEEKLY.search(low):
            return planflow.Regime(cadence="unresolved", text=s, params=dict(names), warnings=(
                "weekly reports: planflow_vn has no weekly cadence; list the periods (explicit)",))
        if kinds and (_RE_REVIEW.search(low) or "định kỳ" in low or "chế độ" in low
                      or _RE_YEARLY.search(low)):
            return planflow.Regime(cadence="unresolved", text=s, params={**names, **hint}, warnings=(
                f"reports named ({', '.join(kinds)}), but no due day is stated",))
        if _RE_YEARLY.search(low):
            return planflow.Regime(cadence="unresolved", text=s, params=dict(names), warnings=(
                "yearly reports, but no due day is stated",))
        if "định kỳ" in low or "chế độ" in low:
            return planflow.Regime(cadence="unresolved", text=s, params=dict(names), warnings=(
                "periodic reports, but no period or due day is stated (e.g. 'theo quy định')",))
    except planflow.PlanflowError as e:
        return planflow.Regime(cadence="unresolved", text=s, params=dict(names), warnings=(str(e),))
    return None


def register(register_cadence: Callable[[Any], None], cadences: Iterable[Any] = CADENCES) -> None:
    """Register every Vietnamese cadence through ``register_cadence``."""
    for c in cadences:
        register_cadence(c)
