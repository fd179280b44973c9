"""Cadences: the rules that turn a reporting regime into report periods and obligations.

The core knows two cadences: ``"explicit"`` (the periods the regime lists) and
``"ad_hoc"`` (reports on request: no schedule). Plugins register the others through
:func:`planflow.hookspecs.register_cadences`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import attrs

from .regime import Obligation, Regime, ReportPeriod
from .registry import registry_of

if TYPE_CHECKING:
    from .plan import Plan
    from .registry import Registry

__all__ = ["AdHocCadence", "Cadence", "ExplicitCadence", "obligations", "report_periods"]


@runtime_checkable
class Cadence(Protocol):
    """A named rule: the report periods of a regime over a plan's period."""

    name: str

    def periods(self, regime: Regime, plan: Plan) -> list[ReportPeriod]:
        """The periods, in due order."""
        ...


@attrs.frozen
class ExplicitCadence:
    """Just the periods listed in the regime."""

    name: str = "explicit"

    def periods(self, regime: Regime, plan: Plan) -> list[ReportPeriod]:
        return sorted(regime.periods, key=lambda p: (p.due, p.name))


@attrs.frozen
class AdHocCadence:
    """Reports on request (đột xuất): an explicit kind with no schedule."""

    name: str = "ad_hoc"

    def periods(self, regime: Regime, plan: Plan) -> list[ReportPeriod]:
        return []


def report_periods(plan: Plan, registry: Registry | None = None) -> list[ReportPeriod]:
    """The report periods of the plan's regime over its period, in due order.

    The cadence is looked up in ``registry``, else the plan's own, else the default one.
    """
    if plan.regime is None:
        return []
    cadence = registry_of(plan, registry).cadence(plan.regime.cadence)
    periods = cadence.periods(plan.regime, plan)
    return sorted(periods, key=lambda p: (p.due, p.name))


def obligations(plan: Plan) -> list[Obligation]:
    """Every report the plan's regime asks for: one per reporting agency and period, in due order.

    Who reports: the period's ``reporters``, else the regime's, else every lead agency of
    a task whose timeframe overlaps the span the period covers (tasks with no dates count
    as active all period). Reports go to the period's recipient, else the regime's
    ``via`` (the compiling agency), else its ``recipient``; the compiling agency's own
    reports go to the recipient.
    """
    regime = plan.regime
    if regime is None:
        return []
    out: list[Obligation] = []
    spans: list[tuple[date, date, tuple[str, ...]]] | None = None
    for p in report_periods(plan):
        reporters = p.reporters or regime.reporters
        if not reporters:
            if spans is None:
                spans = _task_spans(plan)
            reporters = _active_leads(spans, p)
        final = p.recipient or regime.recipient
        for a in reporters:
            # units report to the compiling agency (via); it reports on its own tasks to
            # the recipient; nobody reports to itself
            recipient = p.recipient or (regime.via if a != regime.via else None) or regime.recipient
            if a == recipient or (a == final and recipient is None):
                continue
            out.append(Obligation(a, p.name, p.covers_start, p.covers_end, p.due, recipient,
                                  plan.document.symbol, p.match_key))
    out.sort(key=lambda o: (o.due, o.period, o.agency))
    return out


def _task_spans(plan: Plan) -> list[tuple[date, date, tuple[str, ...]]]:
    """(first day, last day, lead agencies) of each task; tasks with no dates span the period."""
    assert plan.period is not None
    p0, p1 = plan.period.start, plan.period.end
    out = []
    for t in plan.tasks:
        tf = t.timeframe
        out.append((tf.start or p0, tf.end or tf.due or p1, t.lead))
    return out


def _active_leads(spans: list[tuple[date, date, tuple[str, ...]]],
                  period: ReportPeriod) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    a, b = period.covers_start, period.covers_end
    for start, end, leads in spans:
        if start <= b and end >= a:
            for agency in leads:
                seen.setdefault(agency, None)
    return tuple(seen)
