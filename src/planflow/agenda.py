"""The agenda: every task deadline and report obligation of a plan, in date order.

``planflow calendar`` prints it; :func:`to_ics` writes it as an RFC 5545 calendar
(through the ``icalendar`` package) that calendar programs import: one all-day event per
deadline, with a stable UID so a re-import updates rather than duplicates.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import attrs

from .cadence import obligations
from .lifespan import plan_start
from .timeframe import Kind

if TYPE_CHECKING:
    from .plan import Plan

__all__ = ["AgendaEntry", "agenda", "to_ics"]


@attrs.frozen
class AgendaEntry:
    """One deadline: a task due, or a report one agency owes.

    ``kind`` is ``"task"`` or ``"report"``; ``subject`` the task id or the report
    period's name; ``title`` what a person reads; ``agency`` the lead agency (tasks) or
    the reporting agency; ``recipient`` where a report goes; ``applicable`` False for a
    report due before the plan's life started (:func:`planflow.plan_start`): listed, never
    owed, left out of calendars written for programs (:func:`to_ics`); ``reason`` why the
    agency reports (reports only: :attr:`planflow.Obligation.reason`).
    """

    date: date
    kind: str
    subject: str
    title: str
    agency: str | None = None
    recipient: str | None = None
    applicable: bool = True
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """``calendar --json``: {date, kind, task or period, title, agency, recipient,
        applicable}, and a report's ``reason``."""
        d: dict[str, Any] = {"date": self.date.isoformat(), "kind": self.kind}
        d["task" if self.kind == "task" else "period"] = self.subject
        d.update(title=self.title, agency=self.agency, recipient=self.recipient,
                 applicable=self.applicable)
        if self.kind == "report":
            d["reason"] = self.reason
        return d


def _task_entries(plan: Plan) -> Iterable[AgendaEntry]:
    for t in plan.tasks:
        tf = t.timeframe
        leads = t.lead or (None,)
        if tf.kind is Kind.RECURRING and tf.occurrences:
            days = [end for _, end in tf.occurrences]
        elif tf.due is not None and tf.kind in (Kind.WINDOW, Kind.DEADLINE):
            days = [tf.due]
        else:
            continue  # continuous, event, unresolved: no date to put in a calendar
        for day in days:
            for a in leads:
                yield AgendaEntry(day, "task", t.id, t.title, a)


def agenda(plan: Plan, *, agency: str | None = None, start: date | None = None,
           end: date | None = None) -> list[AgendaEntry]:
    """Every deadline of ``plan`` in date order, optionally for one agency and a date range.

    An agency's agenda holds the tasks it leads and the reports it owes, and the
    reports it receives.
    """
    entries = list(_task_entries(plan))
    first = plan_start(plan)
    for o in obligations(plan):
        entries.append(AgendaEntry(o.due, "report", o.period, o.period, o.agency, o.recipient,
                                   o.due >= first, o.reason))
    if agency is not None:
        entries = [e for e in entries if agency in (e.agency, e.recipient)]
    if start is not None:
        entries = [e for e in entries if e.date >= start]
    if end is not None:
        entries = [e for e in entries if e.date <= end]
    entries.sort(key=lambda e: (e.date, e.kind != "report", e.subject, e.agency or ""))
    return entries


def _uid(plan: Plan, e: AgendaEntry) -> str:
    raw = "\x1f".join([plan.document.symbol or plan.document.title, e.kind, e.subject,
                       e.agency or "", e.date.isoformat()])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32] + "@planflow"


def _text(value: str, keep_newlines: bool = False) -> str:
    """``value`` without the control characters RFC 5545 forbids in TEXT (all but HTAB;
    line breaks become spaces, or are kept for the escaper in a description)."""
    out = []
    for c in value:
        if c == "\n" and keep_newlines:
            out.append(c)
        elif c in "\r\n":
            out.append(" ")
        elif c == "\t" or not (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0):
            out.append(c)
    return "".join(out)


def to_ics(plan: Plan, entries: Iterable[AgendaEntry]) -> bytes:
    """The entries as an iCalendar file: one all-day VEVENT each, stable UIDs."""
    import icalendar

    names = {a.id: a.name for a in plan.agencies}
    cal = icalendar.Calendar()
    cal.add("prodid", "-//planflow//planflow agenda//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    label = " ".join(x for x in (plan.document.symbol, plan.document.title) if x)
    cal.add("x-wr-calname", _text(label) or "planflow")
    # DTSTAMP is required; the issue date keeps the file reproducible (no clock is read)
    stamp_day = plan.document.date or (plan.period.start if plan.period else date(1970, 1, 1))
    stamp = datetime(stamp_day.year, stamp_day.month, stamp_day.day, tzinfo=UTC)
    for e in entries:
        if not e.applicable:
            continue  # never owed: a calendar program would show it as a deadline
        ev = icalendar.Event()
        ev.add("uid", _uid(plan, e))
        ev.add("dtstamp", stamp)
        ev.add("dtstart", e.date)
        ev.add("dtend", date.fromordinal(e.date.toordinal() + 1))
        who = names.get(e.agency or "", e.agency or "")
        if e.kind == "task":
            ev.add("summary", _text(f"{e.title} ({who})" if who else e.title))
            ev.add("categories", ["task"])
        else:
            to = names.get(e.recipient or "", e.recipient or "")
            ev.add("summary", _text(f"{e.title}: {who}" + (f" → {to}" if to else "")))
            ev.add("categories", ["report"])
        desc = [label] if label else []
        desc.append(f"{e.kind}: {e.subject}")
        ev.add("description", _text("\n".join(desc), keep_newlines=True))
        ev.add("transp", "TRANSPARENT")
        cal.add_component(ev)
    return bytes(cal.to_ical())
