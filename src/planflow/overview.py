"""Every plan a store runs, evaluated on one day: the office's summary and a unit's view.

``planflow status --all`` prints it; district tools that import planflow call
:func:`evaluate_store`. Each plan the store runs (:meth:`planflow.Store.plans`, at its
current revision) is loaded and evaluated on the day; the answer holds, per plan, the
counts by status and, item by item, what each agency owes: in which plan, due when, how
late.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

import attrs

from .errors import PlanflowError
from .evaluation import evaluate
from .loader import load
from .status import Status
from .wording import wording_for

if TYPE_CHECKING:
    from .registry import Registry
    from .store import Store

__all__ = ["OwedItem", "PlanSummary", "StoreOverview", "evaluate_store"]


@attrs.frozen
class OwedItem:
    """One task or report of one plan, for the agency that owes it.

    ``kind`` is ``"task"`` or ``"report"``; ``id`` the task's id or the report period's
    key, ``title`` the task's title or the period's name; ``agency`` the owing agency's id
    (a task's lead: a task with two leads gives two items); ``days_late`` the calendar
    days between its deadline and the day (while owed) or the day it was done (when done
    late), else None.
    """

    plan: str
    symbol: str
    kind: str
    id: str
    title: str
    agency: str
    agency_name: str
    due: date | None
    status: Status
    done_on: date | None
    days_late: int | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields (dates as ISO text, the status as its code)."""
        d = attrs.asdict(self, recurse=False)
        d["status"] = self.status.value
        for k in ("due", "done_on"):
            d[k] = d[k].isoformat() if d[k] is not None else None
        return d


@attrs.frozen
class PlanSummary:
    """One plan of the store on the day: its key, revision, number and title, the
    language of its wording, and how many of its items (an agency's only, when the
    portfolio was asked for one) are in each status."""

    key: str
    revision: int
    symbol: str
    title: str
    language: str
    counts: Mapping[Status, int]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields (counts by status code)."""
        return {"key": self.key, "revision": self.revision, "symbol": self.symbol,
                "title": self.title, "language": self.language,
                "counts": {s.value: n for s, n in self.counts.items()}}


@attrs.frozen
class StoreOverview:
    """The store's plans on ``at``: a summary per plan, the items (of ``agency`` when
    given, due from ``start`` to ``end`` when given), and one line per plan that could not
    be read or evaluated (the others are still there); ``agencies``: the ids of every
    agency the plans name."""

    at: date
    agency: str | None
    start: date | None
    end: date | None
    plans: tuple[PlanSummary, ...]
    items: tuple[OwedItem, ...]
    problems: tuple[str, ...] = ()
    agencies: frozenset[str] = frozenset()

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``planflow status --all --json`` (see docs/cli.md)."""
        return {"at": self.at.isoformat(), "agency": self.agency,
                "from": self.start.isoformat() if self.start else None,
                "to": self.end.isoformat() if self.end else None,
                "plans": [p.to_dict() for p in self.plans],
                "items": [x.to_dict() for x in self.items],
                "problems": list(self.problems)}


def _late(due: date | None, status: Status, done_on: date | None, at: date) -> int | None:
    if due is None:
        return None
    if status is Status.OVERDUE:
        return (at - due).days
    if status is Status.DONE_LATE and done_on is not None:
        return (done_on - due).days
    return None


def _in_window(x: OwedItem, start: date | None, end: date | None) -> bool:
    """Due in the window, or due before it and still overdue (still owed)."""
    if start is None and end is None:
        return True
    if x.due is None:
        return False
    if end is not None and x.due > end:
        return False
    return start is None or x.due >= start or x.status is Status.OVERDUE


def evaluate_store(store: Store, at: date, *, agency: str | None = None,
                   start: date | None = None, end: date | None = None,
                   registry: Registry | None = None) -> StoreOverview:
    """Every plan ``store`` runs, evaluated on ``at`` (see :class:`StoreOverview`).

    ``agency`` keeps the items one agency owes (tasks it leads, reports it sends) and
    counts only those; ``start``/``end`` keep the items due in that window, and those
    due before it that are still overdue. Items come most overdue first, then by
    deadline. A plan that cannot be loaded or evaluated gives a line in ``problems``.
    """
    summaries: list[PlanSummary] = []
    items: list[OwedItem] = []
    problems: list[str] = []
    known: set[str] = set()
    revs = store.plans()
    snapshots = store.snapshots(r.key for r in revs)  # two queries, not two per plan
    for rev in revs:
        try:
            plan = load(rev, registry)
            ev = evaluate(plan, snapshots[rev.key], at)
            language = wording_for(plan).language
        except PlanflowError as e:
            problems.extend(f"{rev.key}: {line}" for line in e.lines())
            continue
        names = {a.id: a.label for a in plan.agencies}
        known.update(names)
        symbol = plan.document.symbol or ""
        mine: list[OwedItem] = []
        for t in ev.tasks:
            for lead in t.lead or ("",):
                mine.append(OwedItem(rev.key, symbol, "task", t.id, t.title, lead,
                                     names.get(lead, lead), t.due, t.status, t.done_on,
                                     _late(t.due, t.status, t.done_on, at)))
        for o in ev.obligations:
            mine.append(OwedItem(rev.key, symbol, "report", o.key, o.period, o.agency,
                                 names.get(o.agency, o.agency), o.due, o.status,
                                 o.submitted_on, _late(o.due, o.status, o.submitted_on, at)))
        if agency is not None:
            mine = [x for x in mine if x.agency == agency]
            counted = mine
        else:
            counted = [x for x in mine if x.kind == "report"]  # a task once, not per lead
        counts = {s: 0 for s in Status}
        if agency is None:
            for t in ev.tasks:
                counts[t.status] += 1
        for x in counted:
            counts[x.status] += 1
        summaries.append(PlanSummary(rev.key, rev.revision, symbol, plan.document.title,
                                     language, counts))
        items.extend(x for x in mine if _in_window(x, start, end))
    items.sort(key=lambda x: (-(x.days_late or 0) if x.status is Status.OVERDUE else 1,
                              x.due or date.max, x.plan, x.kind, x.id, x.agency))
    return StoreOverview(at, agency, start, end, tuple(summaries), tuple(items), tuple(problems),
                     frozenset(known))
