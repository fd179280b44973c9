"""Cascades: a plan that carries out a parent plan reports up a chain of agencies.

Reporting units report to a compiling agency, which reports to the plan's issuer, which
reports to the parent plan's issuer (for example commune -> province, or district ->
province). Each step is a :class:`~planflow.Hop` in
``Regime.chain`` with the working days its agency needs. Periods of the two plans are
matched by :attr:`ReportPeriod.match_key`; the top of the chain (the last hop's
``agency``) is the reporter the parent plan expects, by agency id.

:func:`derive_deadlines` works down from the parent's deadlines to the day each hop must
receive reports; :func:`check_cascade` reports every hop that cannot keep its lead time,
naming both plans and both dates.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import attrs

from .cadence import obligations, report_periods
from .calendar import add_working_days, working_days_between
from .problem import FieldValue, Problem, Severity
from .registry import work_calendar

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from .plan import Plan
    from .regime import ReportPeriod

__all__ = ["HopDeadline", "check_cascade", "derive_deadlines", "lead_time_problems",
           "parent_deadlines"]


@attrs.frozen
class HopDeadline:
    """The day ``agency`` must have the reports of period ``period`` in hand.

    ``deliver_by`` is the day it must deliver them on to ``to``: the parent plan's
    deadline for the top hop, and for each hop below, the day the hop above needs them.
    """

    period: str
    agency: str
    to: str
    receive_by: date
    deliver_by: date
    lead_days: int


def _plan_name(plan: Plan) -> str:
    return plan.document.symbol or plan.document.title or "the plan"


def parent_deadlines(child: Plan, parent: Plan) -> dict[str, date]:
    """The parent's due date for the child's issuer, by period match key.

    The child's issuer is the top hop's ``agency`` (or, with no chain, the regime's
    recipient); its obligations in the parent plan give the dates.
    """
    regime = child.regime
    if regime is None:
        return {}
    top = regime.chain[-1].agency if regime.chain else regime.recipient
    out: dict[str, date] = {}
    for o in obligations(parent):
        if o.agency == top and o.period_key is not None:
            out.setdefault(o.period_key, o.due)
    return out


def derive_deadlines(child: Plan, parent_due: dict[str, date]) -> list[HopDeadline]:
    """Work down the chain from the parent's deadlines, period by period.

    Each hop's agency must receive reports ``lead_days`` working days (on the child's
    calendar) before it delivers; the lowest hop's ``receive_by`` is the latest day the
    reporting units' reports can be due.
    """
    regime = child.regime
    if regime is None or not regime.chain:
        return []
    cal = work_calendar(child)
    out: list[HopDeadline] = []
    for key, due in sorted(parent_due.items(), key=lambda kv: kv[1]):
        deliver = due
        for hop in reversed(regime.chain):
            receive = add_working_days(cal, deliver, -hop.lead_days)
            out.append(HopDeadline(key, hop.agency, hop.to, receive, deliver, hop.lead_days))
            deliver = receive
    return out


def check_cascade(child: Plan, parent: Plan) -> list[Problem]:
    """Every hop of ``child``'s chain that cannot keep its lead time before ``parent``'s deadline.

    For each report period of the child: its reports are due on ``p.due``; each hop then
    needs its lead time in working days; the last hop must deliver by the parent's
    deadline for the same period. A period the parent does not ask for is a warning.
    """
    regime = child.regime
    if regime is None:
        return []
    problems: list[Problem] = []
    due_up = parent_deadlines(child, parent)
    c_name, p_name = _plan_name(child), _plan_name(parent)
    for period in report_periods(child):
        key = period.match_key
        if key not in due_up:
            problems.append(Problem.worded(
                "cascade-unmatched", "cascade_unmatched",
                {"plan": c_name, "period": period.name, "key": key, "parent": p_name},
                "regime.periods", Severity.WARNING, (key,)))
            continue
        parent_due = due_up[key]
        problems += lead_time_problems(
            child, period, parent_due, keys=("cascade_late", "cascade_hop", "cascade_hop_none"),
            fields={"plan": c_name, "parent": p_name})
    return problems


def lead_time_problems(child: Plan, period: ReportPeriod, parent_due: date, *,
                       keys: tuple[str, str, str], fields: Mapping[str, FieldValue],
                       label: Callable[[str], str] = str) -> list[Problem]:
    """The first hop of ``child``'s chain that cannot keep its lead time when ``period``'s
    reports must reach the parent by ``parent_due`` (none: an empty list).

    The wording is the caller's: ``keys`` name the problem phrases (reports due after the
    parent's deadline when the chain has no hops; a hop short of days; a hop with none
    left), ``fields`` what they name besides the period (``period``), the days (``due``,
    ``parent_due``, ``deliver_by``) and the hop (``agency``, ``to``, ``days``, ``have``);
    ``label`` shows an agency id. Shared by :func:`check_cascade` (agencies matched by id)
    and the cross-plan checks of :mod:`planflow.portfolio` (matched by name).
    """
    key = period.match_key
    received = period.due
    hops = derive_deadlines(child, {key: parent_due})[::-1]  # lowest hop first
    if not hops:
        if received > parent_due:
            return [Problem.worded("cascade-lead-time", keys[0],
                                   {**fields, "period": period.name, "due": received,
                                    "parent_due": parent_due}, "regime", Severity.ERROR, (key,))]
        return []
    cal = work_calendar(child)
    for i, h in enumerate(hops):
        if received > h.receive_by:
            have = working_days_between(cal, received, h.deliver_by)
            said: dict[str, FieldValue] = {
                **fields, "period": period.name, "due": received, "agency": label(h.agency),
                "days": h.lead_days, "s": "s" * (h.lead_days != 1), "to": label(h.to),
                "deliver_by": h.deliver_by, "parent_due": parent_due}
            if have >= 0:
                said["have"] = have
            return [Problem.worded("cascade-lead-time", keys[1] if have >= 0 else keys[2], said,
                                   f"regime.chain[{i}]", Severity.ERROR, (key, h.agency))]
        received = add_working_days(cal, received, h.lead_days)
    return []
