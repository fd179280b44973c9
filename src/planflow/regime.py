"""Reporting regimes: when agencies report on a plan, on what span, to whom.

The core holds the values; plugins register cadences (named rules that expand into
periods) and readers of reporting sentences through
:func:`planflow.hookspecs.register_cadences`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import attrs

from ._convert import nfc, one_of, opt_nfc, str_tuple, to_date

__all__ = ["REPORTERS_SCOPES", "Hop", "Obligation", "Regime", "ReportPeriod"]

#: who reports when the plan names nobody (see :class:`Regime`)
REPORTERS_SCOPES = ("active", "all")


@attrs.frozen(slots=True)
class ReportPeriod:
    """One reporting period: its name, the span its figures cover, its due date.

    ``reporters`` are agency ids (empty: every lead agency of a task active in the span);
    ``recipient`` the agency id reports go to (empty: the regime's recipient).
    """

    name: str = attrs.field(converter=nfc)
    covers_start: date = attrs.field(converter=to_date)
    covers_end: date = attrs.field(converter=to_date)
    due: date = attrs.field(converter=to_date)
    reporters: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    recipient: str | None = attrs.field(default=None, converter=opt_nfc)
    #: what the period is, the same in every plan of a cascade (``"2023-Q1"``, ``"2023-H1"``,
    #: ``"2023-M9"``, ``"2023-Y"``, ``"2023-06"``); matches a child plan's period to its
    #: parent's. Empty: the name is the key.
    key: str | None = attrs.field(default=None, converter=opt_nfc)

    @property
    def match_key(self) -> str:
        """The key periods of different plans are matched by."""
        return self.key or self.name

    def __attrs_post_init__(self) -> None:
        if self.covers_start > self.covers_end:
            raise ValueError(f"report period {self.name!r} covers a span that ends before it starts")


def _periods(value: Iterable[ReportPeriod]) -> tuple[ReportPeriod, ...]:
    return tuple(value)


def _str_items(value: Any) -> tuple[str, ...]:
    return tuple(value)


def _hops(value: Any) -> tuple[Hop, ...]:
    return tuple(value)


@attrs.frozen(slots=True)
class Hop:
    """One step up a reporting chain (cascade).

    ``agency`` receives reports, compiles them and reports on to ``to``; it needs
    ``lead_days`` working days between the day its own reports are due and the day it
    must deliver upward.
    """

    agency: str = attrs.field(converter=nfc)
    to: str = attrs.field(converter=nfc)
    lead_days: int = attrs.field(default=0, validator=attrs.validators.ge(0))


@attrs.frozen(slots=True)
class Regime:
    """A reporting regime (chế độ báo cáo).

    ``cadence`` names a rule registered by a plugin (``"explicit"`` means: just the
    listed ``periods``; ``"ad_hoc"``: on request, no schedule); ``params`` are that rule's
    settings; ``text`` keeps the sentence it was read from; ``recipient`` receives the
    reports (``via`` is the agency that compiles them for it); ``reporters`` names who
    reports, every period. Without ``reporters``, ``reporters_scope`` says who does:
    ``"active"`` (the default, when the plan says nothing) the lead agencies of the tasks
    active in each period; ``"all"`` (the plan asks "các cơ quan, đơn vị" to report) every
    agency that leads a task in the plan, every period.
    """

    cadence: str = "explicit"
    text: str = attrs.field(default="", converter=nfc)
    periods: tuple[ReportPeriod, ...] = attrs.field(default=(), converter=_periods)
    params: dict[str, Any] = attrs.field(factory=dict, hash=False)
    recipient: str | None = attrs.field(default=None, converter=opt_nfc)
    via: str | None = attrs.field(default=None, converter=opt_nfc)
    reporters: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_str_items)
    #: the reporting chain above the reporting units, lowest hop first: the compiling
    #: agency, then the plan's issuer, up to the parent plan's issuer (see
    #: :mod:`planflow.cascade`)
    chain: tuple[Hop, ...] = attrs.field(default=(), converter=_hops)
    reporters_scope: str = attrs.field(default="active", validator=one_of(*REPORTERS_SCOPES))


@attrs.frozen(slots=True)
class Obligation:
    """One report one agency owes: for a period, covering a span, due on a day, to someone."""

    agency: str
    period: str
    covers_start: date
    covers_end: date
    due: date
    recipient: str | None = None
    plan: str | None = attrs.field(default=None, converter=opt_nfc)
    #: the period's match key (:attr:`ReportPeriod.match_key`)
    period_key: str | None = None
    #: why the agency reports (what in the plan makes it a reporter), for people to read
    reason: str = ""

    @property
    def key(self) -> str:
        """A stable id for this obligation inside its plan."""
        return f"{self.agency}@{self.period}"


_new_obligation = object.__new__
(_set_agency, _set_period, _set_covers_start, _set_covers_end, _set_due, _set_recipient,
 _set_plan, _set_period_key, _set_reason) = (
    Obligation.__dict__[a.name].__set__ for a in attrs.fields(Obligation))


def _obligation(agency: str, period: str, covers_start: date, covers_end: date, due: date,
                recipient: str | None, plan: str | None, period_key: str | None,
                reason: str) -> Obligation:
    """An :class:`Obligation` of values that already are what its converters give
    (``plan`` normalised by ``opt_nfc``), its slots written directly (private: a cadence
    makes tens of thousands of them on a province's first tick)."""
    o: Obligation = _new_obligation(Obligation)
    _set_agency(o, agency)
    _set_period(o, period)
    _set_covers_start(o, covers_start)
    _set_covers_end(o, covers_end)
    _set_due(o, due)
    _set_recipient(o, recipient)
    _set_plan(o, plan)
    _set_period_key(o, period_key)
    _set_reason(o, reason)
    return o

