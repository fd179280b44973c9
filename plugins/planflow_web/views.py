"""What the pages show: the store's plans evaluated on a day, as plain rows for templates.

No HTTP here: :class:`Office` reads the store (every plan registered with
``planflow plans add``), evaluates each plan on a day and gives the board, a plan and a
unit as lists of :class:`Item`; the writes go through :meth:`planflow.Store.record` and
:meth:`planflow.Store.submit`, the same calls (and so the same checks) as ``planflow
record`` and ``planflow submit``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import attrs

import planflow

__all__ = ["Item", "Office", "PlanView", "parse_day", "vi_date", "vi_error"]

#: the order the pages list open items in, the most urgent first
OPEN_ORDER = (planflow.Status.OVERDUE, planflow.Status.DUE_SOON, planflow.Status.IN_PROGRESS,
              planflow.Status.NOT_YET_DUE)


def vi_date(day: date | None) -> str:
    """``dd/mm/yyyy`` (empty for None)."""
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


_DAY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


def parse_day(text: str) -> date:
    """A day written dd/mm/yyyy (or ISO yyyy-mm-dd); :class:`ValueError` with the
    Vietnamese message the page shows otherwise."""
    t = planflow.nfc(text or "").strip()
    m = _DAY.match(t)
    try:
        if m:
            return date(int(m[3]), int(m[2]), int(m[1]))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
            return date.fromisoformat(t)
    except ValueError:
        raise ValueError(f"Ngày «{t}» không có thật (nhập theo dạng dd/mm/yyyy)") from None
    raise ValueError(f"«{t}» không phải là ngày (nhập theo dạng dd/mm/yyyy, ví dụ 05/06/2023)")


# The store's refusals of a record or a submission carry their words as a phrase key
# and fields (planflow.StoreError.key, .fields: the keys of planflow.PHRASES' "store.*");
# the page says them as a sentence of its own.
_ERRORS: dict[str, str] = {
    "no_task": "Kế hoạch không có nhiệm vụ «{task}».",
    "no_agency": "Kế hoạch không có đơn vị «{agency}».",
    "progress_note": "Ghi nhận tiến độ cần có nội dung.",
    "record_kind": "Loại ghi nhận không hợp lệ.",
    "no_period": "Kế hoạch không có kỳ báo cáo «{period}».",
    "owes_no_report": "Đơn vị «{agency}» không phải báo cáo kỳ «{period}».",
    "already_submitted": "Báo cáo kỳ «{period}» của đơn vị «{agency}» đã được ghi nhận trước "
                         "đó (ngày nhận {received}).",
}


def vi_error(error: planflow.PlanflowError) -> str:
    """The store's refusal ``error`` in Vietnamese (any other error kept, after a prefix)."""
    text = _ERRORS.get(getattr(error, "key", ""))
    if text is not None:
        fields = {k: vi_date(v) if isinstance(v, date) else v
                  for k, v in getattr(error, "fields", ())}
        try:
            return text.format(**fields)
        except (KeyError, IndexError):
            pass
    return f"Không ghi được: {error}"


@attrs.frozen
class Item:
    """One task or report obligation as the pages show it."""

    plan: str
    plan_symbol: str
    kind: str  # "task" | "report"
    id: str  # the task id, or the report period's name
    title: str
    units: tuple[str, ...]
    unit_names: str
    due: date | None
    status: planflow.Status
    label: str
    closed_on: date | None = None  # done on, or the report received on
    note: str | None = None  # the last progress note, or the report's số/ký hiệu
    days_late: int = 0
    period_key: str | None = None

    @property
    def open(self) -> bool:
        return self.status.open

    @property
    def css(self) -> str:
        return self.status.value.replace("_", "-")


@attrs.frozen
class PlanView:
    """A plan of the store with its evaluation on the day."""

    key: str
    revision: int
    plan: planflow.Plan
    evaluation: planflow.Evaluation
    items: tuple[Item, ...]

    @property
    def symbol(self) -> str:
        return self.plan.document.symbol or self.key

    @property
    def title(self) -> str:
        return self.plan.document.title or ""

    def counts(self) -> list[tuple[planflow.Status, str, int]]:
        """(status, its words, how many items) for each status some item has."""
        w = planflow.wording_for(self.plan)
        out: list[tuple[planflow.Status, str, int]] = []
        for st in planflow.Status:
            n = sum(1 for x in self.items if x.status is st)
            if n and st is not planflow.Status.NOT_APPLICABLE:
                out.append((st, w.status_label(st), n))
        return out

    def overdue(self) -> int:
        return sum(1 for x in self.items if x.status is planflow.Status.OVERDUE)


class Office:
    """The store's plans, evaluated on a day; the writes of the page."""

    def __init__(self, store: planflow.Store, registry: planflow.Registry | None = None):
        self.store = store
        self.registry = registry
        self._plans: dict[str, tuple[str, planflow.Plan]] = {}

    # -- reading ----------------------------------------------------------------
    def _load(self, rev: planflow.PlanRevision) -> planflow.Plan:
        cached = self._plans.get(rev.key)
        if cached is not None and cached[0] == rev.hash:
            return cached[1]
        plan = planflow.load(rev, self.registry)
        self._plans[rev.key] = (rev.hash, plan)
        return plan

    def plans(self, day: date) -> list[PlanView]:
        """Every plan the store runs, evaluated on ``day``, in key order."""
        out = []
        for rev in self.store.plans():
            try:
                plan = self._load(rev)
            except planflow.PlanflowError:
                continue  # a plan that no longer loads (a plugin gone) is left off the page
            out.append(self._view(rev.key, rev.revision, plan, day))
        return out

    def plan(self, key: str, day: date) -> PlanView | None:
        """The plan ``key`` evaluated on ``day``; None when the store does not run it."""
        for rev in self.store.plans():
            if rev.key == key:
                return self._view(rev.key, rev.revision, self._load(rev), day)
        return None

    def _view(self, key: str, revision: int, plan: planflow.Plan, day: date) -> PlanView:
        ev = planflow.evaluate(plan, self.store.snapshot(plan), day)
        return PlanView(key, revision, plan, ev, tuple(items_of(key, plan, ev, day)))

    # -- writing ------------------------------------------------------------------
    def record(self, plan: planflow.Plan, task: str, kind: str, on: date, note: str | None,
               by: str | None) -> planflow.ProgressRecord:
        """:meth:`planflow.Store.record`: what ``planflow record`` calls."""
        return self.store.record(plan, task, kind, on, note, by)

    def submit(self, plan: planflow.Plan, agency: str, period: str, on: date,
               reference: str | None) -> planflow.Submission:
        """:meth:`planflow.Store.submit`: what ``planflow submit`` calls."""
        return self.store.submit(plan, agency, period, on, reference)


def items_of(key: str, plan: planflow.Plan, ev: planflow.Evaluation, day: date) -> Iterable[Item]:
    """The plan's tasks and report obligations as :class:`Item` rows."""
    w = planflow.wording_for(plan)
    names = {a.id: a.label for a in plan.agencies}
    symbol = plan.document.symbol or key

    def late(due: date | None, status: planflow.Status) -> int:
        return (day - due).days if due is not None and status is planflow.Status.OVERDUE else 0

    for t in ev.tasks:
        yield Item(key, symbol, "task", t.id, t.title, tuple(t.lead),
                   ", ".join(names.get(a, a) for a in t.lead), t.due, t.status,
                   w.status_label(t.status), t.done_on, t.note, late(t.due, t.status))
    for o in ev.obligations:
        yield Item(key, symbol, "report", o.period, o.period, (o.agency,),
                   names.get(o.agency, o.agency), o.due, o.status, w.status_label(o.status),
                   o.submitted_on, o.reference, late(o.due, o.status),
                   str(o.key).rpartition("@")[2] if o.key else None)


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday of ``day``'s week."""
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


def month_of(day: date) -> tuple[date, date]:
    """The first and last day of ``day``'s month."""
    first = day.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    return first, nxt - timedelta(days=1)


def open_between(items: Iterable[Item], start: date, end: date) -> list[Item]:
    """Open items due from ``start`` to ``end``, by due day."""
    return sorted((x for x in items if x.open and x.due is not None and start <= x.due <= end),
                  key=lambda x: (x.due or start, x.plan, x.id))


def most_overdue(items: Iterable[Item]) -> list[Item]:
    """Overdue items, the longest late first."""
    return sorted((x for x in items if x.status is planflow.Status.OVERDUE),
                  key=lambda x: (-x.days_late, x.plan, x.id))


def by_urgency(items: Iterable[Item]) -> list[Item]:
    """Items in the order a unit acts on them: overdue (longest late first), due soon,
    in progress, not yet due, then the closed ones."""
    def rank(x: Item) -> tuple[Any, ...]:
        r = OPEN_ORDER.index(x.status) if x.status in OPEN_ORDER else len(OPEN_ORDER)
        return (r, -x.days_late, x.due or date.max, x.plan, x.id)

    return sorted(items, key=rank)


def units_of(views: Iterable[PlanView]) -> dict[str, str]:
    """Every unit that owes something in any plan: agency id -> its name (first seen)."""
    out: dict[str, str] = {}
    for v in views:
        names = {a.id: a.name for a in v.plan.agencies}
        for x in v.items:
            for u in x.units:
                out.setdefault(u, names.get(u, u))
    return out
