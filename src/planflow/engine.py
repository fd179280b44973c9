"""The tracking engine: where a plan stands on a day, who must be told what, and the tick.

:meth:`Engine.evaluate` is pure: given a plan, a store :class:`~planflow.Snapshot` and a
day, it gives an :class:`Evaluation` (the status of every task and report obligation,
and the events that fire that day). Nothing here reads the clock; the day is a parameter.

:meth:`Engine.tick` is the outbox protocol (docs/engine.md): one transaction reads the
snapshot, decides the events and writes one outbox row per notification under a unique
idempotency key; then each pending row is claimed (its own transaction), handed to its
channel, and marked delivered (another transaction), or given its error and a later
attempt time.
"""

from __future__ import annotations

import enum
import functools
import json
import traceback
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np
import sqlalchemy as sa

from .cadence import obligations
from .calendar import add_working_days, next_working_day
from .errors import PlanflowError
from .graph import compile_plan
from .notification import Notification
from .registry import bind, registry_of, work_calendar
from .status import STATUSES, Status
from .store import (
    OutboxRow,
    Snapshot,
    Store,
    claimant_alive,
    claimant_token,
    outbox,
    plan_key,
    ticks,
)
from .timeframe import Kind

if TYPE_CHECKING:
    from .plan import Plan

__all__ = [
    "Engine",
    "EngineConfig",
    "Escalation",
    "Evaluation",
    "Event",
    "EventKind",
    "ObligationState",
    "Policy",
    "SettingsError",
    "TaskState",
    "TickResult",
    "evaluate",
]

#: "no deadline" as an ordinal: later than any real day
_NEVER = 1 << 40

_CODE = {s: i for i, s in enumerate(STATUSES)}
_NYD, _IP, _SOON, _OVER, _ONTIME, _LATE, _CANCEL = (
    _CODE[Status.NOT_YET_DUE], _CODE[Status.IN_PROGRESS], _CODE[Status.DUE_SOON],
    _CODE[Status.OVERDUE], _CODE[Status.DONE_ON_TIME], _CODE[Status.DONE_LATE],
    _CODE[Status.CANCELLED])


class SettingsError(PlanflowError):
    """Engine settings of a plan (``settings.engine``) that cannot be read."""


class EventKind(str, enum.Enum):
    """What an event tells an agency."""

    #: a deadline is ``tier`` working days away
    REMINDER = "reminder"
    #: the deadline is today
    DUE_TODAY = "due_today"
    #: the deadline has passed (sent on the first working day after it)
    OVERDUE = "overdue"
    #: still overdue ``Escalation.after`` working days on: a letter up the chain (tier = step)
    ESCALATION = "escalation"


# -- configuration ----------------------------------------------------------------

def _ints(value: object) -> tuple[int, ...]:
    if not isinstance(value, (list, tuple)) or not all(
            isinstance(x, int) and not isinstance(x, bool) and x > 0 for x in value):
        raise SettingsError(f"settings.engine.reminders: a list of positive whole numbers of "
                            f"working days, not {value!r}")
    return tuple(sorted(set(value), reverse=True))


@attrs.frozen
class Escalation:
    """One escalation step: ``after`` working days overdue, a letter goes ``to``
    ``"lead"`` (the responsible agency itself), ``"issuer"`` (the plan's issuing body)
    or an agency id."""

    after: int
    to: str = "lead"


@attrs.frozen
class Policy:
    """When and how an agency is told: reminder lead times (working days before a
    deadline), escalation steps, and the channels used when its contacts name none."""

    reminders: tuple[int, ...] = (5, 1)
    escalation: tuple[Escalation, ...] = (Escalation(3, "lead"), Escalation(10, "issuer"))
    channels: tuple[str, ...] = ("outbox",)

    def merged(self, raw: Mapping[str, Any], where: str) -> Policy:
        """This policy with the keys of ``raw`` (a settings table) replacing its own."""
        p = self
        if "reminders" in raw:
            p = attrs.evolve(p, reminders=_ints(raw["reminders"]))
        if "escalation" in raw:
            steps = raw["escalation"]
            out = []
            if not isinstance(steps, (list, tuple)):
                raise SettingsError(f"{where}.escalation: a list of {{after, to}} tables")
            for i, s in enumerate(steps):
                if (not isinstance(s, Mapping) or not isinstance(s.get("after"), int)
                        or isinstance(s.get("after"), bool) or s["after"] < 1
                        or not isinstance(s.get("to", "lead"), str)):
                    raise SettingsError(f"{where}.escalation[{i}]: expected {{after = N "
                                        f"working days (N >= 1), to = \"lead\" | \"issuer\" | "
                                        f"agency id}}, got {s!r}")
                out.append(Escalation(s["after"], s.get("to", "lead")))
            p = attrs.evolve(p, escalation=tuple(sorted(out, key=lambda e: e.after)))
        if "channels" in raw:
            ch = raw["channels"]
            if not isinstance(ch, (list, tuple)) or not all(isinstance(c, str) for c in ch) or not ch:
                raise SettingsError(f"{where}.channels: a non-empty list of channel names")
            p = attrs.evolve(p, channels=tuple(ch))
        return p


@attrs.frozen
class EngineConfig:
    """A plan's engine settings (``settings.engine`` of the plan file), see docs/engine.md."""

    policy: Policy = Policy()
    agencies: dict[str, Policy] = attrs.field(factory=dict, hash=False)
    issuer: str | None = None
    outbox: str | None = None
    catch_up_days: int = 14

    @classmethod
    def from_plan(cls, plan: Plan) -> EngineConfig:
        """Read ``plan.settings["engine"]``; raises :class:`SettingsError`."""
        raw = plan.settings.get("engine", {}) if isinstance(plan.settings, dict) else {}
        if not isinstance(raw, Mapping):
            raise SettingsError("settings.engine: expected a table")
        known = {"reminders", "escalation", "channels", "agencies", "issuer", "outbox",
                 "catch_up_days", "language", "key"}
        extra = sorted(set(raw) - known)
        if extra:
            raise SettingsError(f"settings.engine: unknown key(s) {', '.join(extra)} "
                                f"(known: {', '.join(sorted(known))})")
        policy = Policy().merged(raw, "settings.engine")
        per: dict[str, Policy] = {}
        for aid, sub in (raw.get("agencies") or {}).items():
            if aid not in plan.agency_by_id:
                raise SettingsError(f"settings.engine.agencies: no agency {aid!r} in the plan")
            if not isinstance(sub, Mapping):
                raise SettingsError(f"settings.engine.agencies.{aid}: expected a table")
            per[aid] = policy.merged(sub, f"settings.engine.agencies.{aid}")
        issuer = raw.get("issuer")
        if issuer is not None and issuer not in plan.agency_by_id:
            raise SettingsError(f"settings.engine.issuer: no agency {issuer!r} in the plan")
        if issuer is None:
            name = plan.document.issuer
            issuer = next((a.id for a in plan.agencies if name and a.name == name), None)
            if issuer is None and plan.regime is not None:
                issuer = plan.regime.recipient
        catch = raw.get("catch_up_days", 14)
        if not isinstance(catch, int) or isinstance(catch, bool) or catch < 0:
            raise SettingsError("settings.engine.catch_up_days: a whole number >= 0")
        out = raw.get("outbox")
        return cls(policy, per, issuer, str(out) if out else None, catch)

    def policy_for(self, agency: str | None) -> Policy:
        """The policy of ``agency`` (its own settings, else the plan's)."""
        return self.agencies.get(agency or "", self.policy)


# -- the evaluation ----------------------------------------------------------------

@attrs.frozen
class TaskState:
    """A task on the evaluated day: its status, deadline, and what was last recorded.

    For a recurring task, ``start``, ``due``, ``status`` and ``done_on`` are those of the
    occurrence it speaks of (the current one, else the most recent past one, else the
    first): ``occurrence`` is that occurrence's index in the task's
    ``timeframe.occurrences``, ``occurrence_start``/``occurrence_end`` its window. They are
    None for any other task.
    """

    id: str
    title: str
    lead: tuple[str, ...]
    start: date | None
    due: date | None
    status: Status
    done_on: date | None = None
    note: str | None = None
    note_on: date | None = None
    by: str | None = None
    occurrence: int | None = None
    occurrence_start: date | None = None
    occurrence_end: date | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields (dates as ISO text, the status as its code)."""
        return _jsonable(attrs.asdict(self, recurse=False))


@attrs.frozen
class ObligationState:
    """A report obligation on the evaluated day: who owes it, when, and whether it came."""

    agency: str
    period: str
    key: str
    covers_start: date
    covers_end: date
    due: date
    recipient: str | None
    status: Status
    submitted_on: date | None = None
    reference: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields (dates as ISO text, the status as its code)."""
        return _jsonable(attrs.asdict(self, recurse=False))


@attrs.frozen
class Event:
    """Something agencies must be told on day ``on``.

    ``subject_type`` is ``"task"`` or ``"report"``; ``subject`` the task id or the
    obligation key; ``title`` the task title or the period name; ``tier`` the reminder's
    lead time in working days, the escalation step (1, 2...), else 0; ``recipients`` the
    agency ids to tell; ``status`` the subject's status that day (a recurring task's:
    the occurrence's). An event about one occurrence of a recurring task names it:
    ``occurrence`` is its index in the task's ``timeframe.occurrences``,
    ``occurrence_start``/``occurrence_end`` its window (None for other subjects).
    """

    kind: EventKind
    subject_type: str
    subject: str
    title: str
    due: date | None
    tier: int
    on: date
    status: Status
    recipients: tuple[str, ...]
    occurrence: int | None = None
    occurrence_start: date | None = None
    occurrence_end: date | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return _jsonable(attrs.asdict(self, recurse=False))


def _jsonable(d: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in d.items():
        if isinstance(v, enum.Enum):
            v = v.value
        elif isinstance(v, date):
            v = v.isoformat()
        elif isinstance(v, tuple):
            v = list(v)
        out[k] = v
    return out


#: recurrences whose occurrences are not tracked as deadlines: too frequent for
#: reminders and escalation letters (they are followed like continuous tasks)
UNTRACKED_RECURRENCES = frozenset({"daily", "weekly"})


class _Tracked:
    """A plan compiled for daily evaluation: one row per subject.

    Rows ``0 .. n_tasks - 1`` are the tasks (in plan order), then one row per report
    obligation, then (from ``occ0``) one row per occurrence of each tracked recurring
    task. A recurring task's own row has no deadline; its status on a day is copied from
    the row of its current occurrence.
    """

    __slots__ = ("plan", "key", "config", "n_tasks", "n_subjects", "ids", "titles", "owners",
                 "start", "due", "soon", "obligations", "agenda", "index", "occ0", "occ_task",
                 "occ_no", "rec_tasks", "rec_off", "occ_of", "occ_at")

    def __init__(self, plan: Plan, engine: Engine):
        self.plan = plan
        self.key = plan_key(plan)
        self.config = cfg = EngineConfig.from_plan(plan)
        cal = work_calendar(plan)
        tasks = plan.tasks
        obs = obligations(plan)
        self.obligations = obs
        nt = len(tasks)
        self.n_tasks = nt
        self.n_subjects = nt + len(obs)
        self.ids = [t.id for t in tasks] + [o.key for o in obs]
        self.titles = [t.title for t in tasks] + [o.period for o in obs]
        self.owners: list[tuple[str, ...]] = [t.lead for t in tasks] + [(o.agency,) for o in obs]
        self.index = {("task", tid): i for i, tid in enumerate(self.ids[:nt])}
        for j, o in enumerate(obs):
            self.index[("report", o.key)] = nt + j
        assert plan.period is not None
        recurring = [k for k, t in enumerate(tasks) if t.timeframe.kind is Kind.RECURRING]
        if nt:
            comp = compile_plan(plan)
            start_t = comp.start.astype(np.int64)
            due_excl = comp.due_excl.astype(np.int64)
            due_t = np.where(due_excl < (1 << 50), due_excl - 1, _NEVER)
            if recurring:
                due_t[recurring] = _NEVER  # deadlines are per occurrence, below
        else:
            start_t = due_t = np.zeros(0, dtype=np.int64)
        start_o = np.fromiter((o.covers_start.toordinal() for o in obs), dtype=np.int64, count=len(obs))
        due_o = np.fromiter((o.due.toordinal() for o in obs), dtype=np.int64, count=len(obs))
        # occurrence rows of the tracked recurring tasks, each task's in start order
        self.occ0 = nt + len(obs)
        occ_start: list[int] = []
        occ_end: list[int] = []
        occ_task: list[int] = []
        occ_no: list[int] = []
        rec_tasks: list[int] = []
        rec_off: list[int] = []
        self.occ_of: dict[int, tuple[int, int]] = {}
        self.occ_at: dict[tuple[int, int], int] = {}
        for k in recurring:
            tf = tasks[k].timeframe
            if not tf.occurrences or tf.recurrence in UNTRACKED_RECURRENCES:
                continue
            first = self.occ0 + len(occ_start)
            rec_tasks.append(k)
            rec_off.append(len(occ_start))
            self.occ_of[k] = (first, len(tf.occurrences))
            spans = sorted(enumerate(tf.occurrences), key=lambda x: (x[1][0], x[1][1]))
            for n, (a, b) in spans:
                self.occ_at[(k, a.toordinal())] = self.occ0 + len(occ_start)
                occ_start.append(a.toordinal())
                occ_end.append(b.toordinal())
                occ_task.append(k)
                occ_no.append(n)
            task = tasks[k]
            self.ids.extend([task.id] * len(spans))
            self.titles.extend([task.title] * len(spans))
            self.owners.extend([task.lead] * len(spans))
        self.occ_task = np.array(occ_task, dtype=np.int64)
        self.occ_no = occ_no
        self.rec_tasks = np.array(rec_tasks, dtype=np.int64)
        self.rec_off = np.array(rec_off, dtype=np.int64)
        if len(obs) or occ_start:
            self.start = np.concatenate([start_t, start_o, np.array(occ_start, dtype=np.int64)])
            self.due = np.concatenate([due_t, due_o, np.array(occ_end, dtype=np.int64)])
        else:
            self.start, self.due = start_t, due_t
        n = len(self.ids)
        self.soon = np.full(n, _NEVER, dtype=np.int64)
        # agenda: day ordinal -> [(subject indices, kind, tier)]
        self.agenda: dict[int, list[tuple[np.ndarray, EventKind, int]]] = {}
        groups: dict[Policy, list[int]] | None = None
        if cfg.agencies:
            groups = {}
            for i, own in enumerate(self.owners):
                groups.setdefault(cfg.policy_for(own[0] if own else None), []).append(i)
            parts = [(p, np.array(ix, dtype=np.int64)) for p, ix in groups.items()]
        else:
            parts = [(cfg.policy, np.arange(n, dtype=np.int64))]
        for policy, idx in parts:
            self._plan_events(policy, idx, cal, engine)

    def current(self, a: int) -> np.ndarray:
        """Per tracked recurring task (``rec_tasks`` order), the row of its occurrence on
        day ordinal ``a``: the last one started by then, else the first."""
        started = (self.start[self.occ0:] <= a).astype(np.int64)
        count = np.add.reduceat(started, self.rec_off)
        return self.occ0 + self.rec_off + np.maximum(count - 1, 0)

    def occurrence(self, i: int) -> tuple[int, date, date] | None:
        """(index in the task's occurrences, start, end) of row ``i``; None if not an occurrence."""
        if i < self.occ0:
            return None
        return (self.occ_no[i - self.occ0], date.fromordinal(int(self.start[i])),
                date.fromordinal(int(self.due[i])))

    def _plan_events(self, policy: Policy, idx: np.ndarray, cal: Any, engine: Engine) -> None:
        dues = self.due[idx]
        has = dues < _NEVER
        idx = idx[has]
        dues = dues[has]
        if not len(idx):
            return
        uniq, inv = np.unique(dues, return_inverse=True)
        order = np.argsort(inv, kind="stable")
        bounds = np.cumsum(np.bincount(inv, minlength=len(uniq)))[:-1]
        members = np.split(idx[order], bounds)
        wd = engine._working_day
        agenda = self.agenda
        far = max(policy.reminders, default=0)
        for u, g in zip(uniq.tolist(), members, strict=True):
            d = date.fromordinal(u)
            for lead in policy.reminders:
                agenda.setdefault(wd(cal, d, -lead), []).append((g, EventKind.REMINDER, lead))
            agenda.setdefault(u, []).append((g, EventKind.DUE_TODAY, 0))
            agenda.setdefault(engine._next_wd(cal, d), []).append((g, EventKind.OVERDUE, 0))
            for step, esc in enumerate(policy.escalation, 1):
                agenda.setdefault(wd(cal, d, esc.after), []).append((g, EventKind.ESCALATION, step))
            self.soon[g] = wd(cal, d, -far) if far else u


class Evaluation:
    """Where a plan stands on day :attr:`at`: statuses of every task and obligation, and
    the events that fire that day.

    The shape renderers and tools rely on:

    * :attr:`plan_key`, :attr:`at`;
    * :attr:`tasks`: a :class:`TaskState` per task, in plan order (status, due date,
      done date, latest progress note, by whom);
    * :attr:`obligations`: an :class:`ObligationState` per report obligation, in due
      order (agency, period, due date, submitted date, reference, status);
    * :attr:`events`: the :class:`Event` values firing on :attr:`at`;
    * :meth:`counts`, :meth:`by_status`, :meth:`task`, :meth:`obligation`, :meth:`to_dict`.

    Task and obligation states are built on first access (the daily pass itself works on
    arrays).
    """

    def __init__(self, tracked: _Tracked, at: date, codes: np.ndarray,
                 overrides: dict[int, tuple[date | None, str | None, date | None, str | None]],
                 firing: list[tuple[np.ndarray, EventKind, int]],
                 current: np.ndarray | None = None):
        self._t = tracked
        self.plan = tracked.plan
        self.plan_key = tracked.key
        self.at = at
        self._codes = codes
        self._over = overrides
        self._firing = firing
        self._current = current

    @functools.cached_property
    def events(self) -> tuple[Event, ...]:
        """The events firing on :attr:`at`: tasks first, then reports; by kind, tier, subject."""
        return _materialise(self._t, self.at, self._codes, self._firing)

    def event_count(self) -> int:
        """How many events fire on :attr:`at` (without building them)."""
        return sum(len(idx) for idx, _, _ in self._firing)

    def status_codes(self) -> np.ndarray:
        """One small int per subject (tasks, then obligations): the index in ``tuple(Status)``.

        A recurring task's code is its current occurrence's."""
        return self._codes[:self._t.n_subjects]

    def _status(self, i: int) -> Status:
        return STATUSES[int(self._codes[i])]

    @functools.cached_property
    def tasks(self) -> tuple[TaskState, ...]:
        """Every task's state, in plan order."""
        t = self._t
        out = []
        due, start = t.due, t.start
        rows = self._rows()
        for i, task in enumerate(t.plan.tasks):
            done_on, note, note_on, by = self._over.get(i, (None, None, None, None))
            r = rows.get(i)
            if r is not None:
                out.append(self._occurrence_state(task, r, note, note_on, by))
                continue
            d = int(due[i])
            out.append(TaskState(task.id, task.title, task.lead,
                                 task.timeframe.start or (date.fromordinal(int(start[i]))
                                                          if d < _NEVER else None),
                                 date.fromordinal(d) if d < _NEVER else None,
                                 self._status(i), done_on, note, note_on, by))
        return tuple(out)

    def _rows(self) -> dict[int, int]:
        """Task index -> the row of its current occurrence (tracked recurring tasks)."""
        if self._current is None:
            return {}
        return dict(zip(self._t.rec_tasks.tolist(), self._current.tolist(), strict=True))

    def _occurrence_state(self, task: Any, r: int, note: str | None, note_on: date | None,
                          by: str | None) -> TaskState:
        occ = self._t.occurrence(r)
        assert occ is not None
        n, a, b = occ
        done_on = self._over.get(r, (None,))[0]
        return TaskState(task.id, task.title, task.lead, a, b, self._status(r), done_on,
                         note, note_on, by, n, a, b)

    def occurrences(self, task_id: str) -> tuple[TaskState, ...]:
        """The state of each occurrence of a recurring task (in start order) on :attr:`at`;
        for any other task, its one state. KeyError when the plan has no such task."""
        t = self._t
        k = t.index[("task", task_id)]
        span = t.occ_of.get(k)
        if span is None:
            return (self.tasks[k],)
        task = t.plan.tasks[k]
        _, note, note_on, by = self._over.get(k, (None, None, None, None))
        first, count = span
        return tuple(self._occurrence_state(task, r, note, note_on, by)
                     for r in range(first, first + count))

    @functools.cached_property
    def obligations(self) -> tuple[ObligationState, ...]:
        """Every report obligation's state, in due order."""
        t = self._t
        out = []
        for j, o in enumerate(t.obligations):
            i = t.n_tasks + j
            sub_on, ref, _, _ = self._over.get(i, (None, None, None, None))
            out.append(ObligationState(o.agency, o.period, o.key, o.covers_start, o.covers_end,
                                       o.due, o.recipient, self._status(i), sub_on, ref))
        return tuple(out)

    def task(self, task_id: str) -> TaskState:
        """The state of one task (KeyError when the plan has no such task)."""
        return self.tasks[self._t.index[("task", task_id)]]

    def obligation(self, agency: str, period: str) -> ObligationState:
        """The state of the report ``agency`` owes for ``period`` (KeyError if none)."""
        for o in self.obligations:
            if o.agency == agency and period in (o.period, getattr(o, "key", None)):
                return o
        raise KeyError((agency, period))

    def counts(self, subject_type: str | None = None) -> dict[Status, int]:
        """How many subjects (``"task"``, ``"report"`` or both) are in each status."""
        nt, ns = self._t.n_tasks, self._t.n_subjects
        codes = (self._codes[:nt] if subject_type == "task"
                 else self._codes[nt:ns] if subject_type == "report" else self._codes[:ns])
        c = np.bincount(codes, minlength=len(STATUSES))
        return {s: int(c[i]) for i, s in enumerate(STATUSES)}

    def by_status(self) -> dict[Status, list[TaskState | ObligationState]]:
        """Tasks and obligations grouped by status, in category order."""
        out: dict[Status, list[TaskState | ObligationState]] = {s: [] for s in STATUSES}
        items: list[TaskState | ObligationState] = [*self.tasks, *self.obligations]
        for x in items:
            out[x.status].append(x)
        return out

    def to_dict(self, label: Callable[[Status], str] | None = None) -> dict[str, Any]:
        """The JSON shape of ``planflow status --json`` (see docs/cli.md)."""
        def row(x: TaskState | ObligationState) -> dict[str, Any]:
            d = x.to_dict()
            if label is not None:
                d["label"] = label(x.status)
            return d
        return {
            "plan": self.plan_key,
            "at": self.at.isoformat(),
            "tasks": [row(x) for x in self.tasks],
            "obligations": [row(x) for x in self.obligations],
            "events": [e.to_dict() for e in self.events],
        }


@attrs.frozen
class TickResult:
    """What one tick did: the evaluation, the keys written to the outbox, delivered,
    failed (with the error), withdrawn, and deferred (their channel failed earlier in
    this tick, or their retry time has not come)."""

    evaluation: Evaluation
    enqueued: tuple[str, ...] = ()
    delivered: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()
    withdrawn: tuple[str, ...] = ()
    notifications: tuple[Notification, ...] = ()


# -- the engine ---------------------------------------------------------------------

#: first retry after 5 minutes, doubling, at most every 12 hours
BACKOFF_FIRST = timedelta(minutes=5)
BACKOFF_MAX = timedelta(hours=12)


def backoff(attempts: int) -> timedelta:
    """How long to wait before attempt ``attempts + 1`` after ``attempts`` failures."""
    return min(BACKOFF_FIRST * (2 ** max(0, attempts - 1)), BACKOFF_MAX)


class Engine:
    """Evaluates plans and ticks them. Keeps each plan's compiled form and working-day
    arithmetic between calls, so evaluating day after day is cheap."""

    def __init__(self) -> None:
        self._tracked: dict[int, _Tracked] = {}
        self._wd: dict[tuple[str, int, int], int] = {}

    # -- cached arithmetic ---------------------------------------------------
    def _working_day(self, cal: Any, day: date, n: int) -> int:
        k = (cal.name, day.toordinal(), n)
        v = self._wd.get(k)
        if v is None:
            v = self._wd[k] = add_working_days(cal, day, n).toordinal()
        return v

    def _next_wd(self, cal: Any, day: date) -> int:
        k = (cal.name, day.toordinal(), 0)
        v = self._wd.get(k)
        if v is None:
            v = self._wd[k] = next_working_day(cal, day).toordinal()
        return v

    def tracked(self, plan: Plan) -> _Tracked:
        """The plan compiled for evaluation (cached while the plan object lives)."""
        plan = bind(plan)
        t = self._tracked.get(id(plan))
        if t is None or t.plan is not plan:
            if len(self._tracked) > 4096:
                self._tracked.clear()
            t = self._tracked[id(plan)] = _Tracked(plan, self)
        return t

    # -- evaluation ------------------------------------------------------------
    def evaluate(self, plan: Plan, snapshot: Snapshot, at: date) -> Evaluation:
        """Statuses of ``plan``'s tasks and obligations on ``at``, and the events firing that day.

        Records and submissions dated after ``at`` are ignored, so evaluating a past day
        gives what was known then. Pure: the same arguments give the same answer.
        """
        t = self.tracked(plan)
        a = at.toordinal()
        codes = np.full(len(t.ids), _IP, dtype=np.int8)
        codes[a < t.start] = _NYD
        codes[a >= t.soon] = _SOON
        codes[a > t.due] = _OVER
        states = _closures(t, snapshot, at)
        over: dict[int, tuple[date | None, str | None, date | None, str | None]] = {}
        for i, (done_on, cancelled, note, note_on, by) in states.items():
            if cancelled:
                codes[i] = _CANCEL
            elif done_on is not None:
                codes[i] = _ONTIME if done_on.toordinal() <= t.due[i] else _LATE
            over[i] = (done_on, note, note_on, by)
        current = None
        if len(t.rec_tasks):
            # a recurring task stands where its current occurrence stands
            current = t.current(a)
            codes[t.rec_tasks] = codes[current]
        firing = []
        for idx, kind, tier in t.agenda.get(a, ()):
            live = idx[codes[idx] < _ONTIME]  # done or cancelled subjects fire nothing
            if len(live):
                firing.append((live, kind, tier))
        return Evaluation(t, at, codes, over, firing, current)

    def events_between(self, plan: Plan, snapshot: Snapshot, first: date, last: date) -> list[Event]:
        """Every event firing on the days ``first``..``last`` (each judged on its own day)."""
        out: list[Event] = []
        day = first
        while day <= last:
            out.extend(self.evaluate(plan, snapshot, day).events)
            day += timedelta(days=1)
        return out

    # -- notifications ---------------------------------------------------------
    def notifications(self, plan: Plan, evaluation: Evaluation, events: Iterable[Event],
                      channel_names: Iterable[str], wording: Any = None) -> list[Notification]:
        """One notification per event, recipient agency and channel.

        An agency's channels are the registered ones its ``contacts`` name; when it names
        none, its policy's (the plan's default, ``["outbox"]`` unless set).
        """
        from .wording import wording_for

        t = self.tracked(plan)
        cfg = t.config
        names = set(channel_names)
        w = wording if wording is not None else wording_for(plan)
        out: list[Notification] = []
        for e in events:
            subject_line, body = w.compose(plan, e, evaluation)
            subject_line = " ".join(subject_line.split())  # one line, whatever the titles hold
            for r in e.recipients:
                agency = plan.agency_by_id.get(r)
                contacts = agency.contacts if agency is not None else {}
                chosen = [c for c in contacts if c in names] or list(cfg.policy_for(r).channels)
                for ch in chosen:
                    address = contacts.get(ch, "")
                    if ch == "outbox" and not address:
                        address = cfg.outbox or ""
                    occ = (f"|occ:{e.occurrence_start.isoformat()}"
                           if e.occurrence_start is not None else "")
                    key = (f"{t.key}|{e.subject_type}:{e.subject}|{e.kind.value}:{e.tier}"
                           f"|due:{e.due.isoformat() if e.due else '-'}{occ}|to:{r}|{ch}")
                    name = agency.name if agency is not None else r
                    payload = {
                        "key": key,
                        "plan": {"key": t.key, "symbol": plan.document.symbol,
                                 "title": plan.document.title},
                        "event": e.kind.value, "tier": e.tier, "on": e.on.isoformat(),
                        "subject": {"type": e.subject_type, "id": e.subject, "title": e.title},
                        "due": e.due.isoformat() if e.due else None,
                        "status": e.status.value,
                        "recipient": {"id": r, "name": name},
                        "subject_line": subject_line, "body": body,
                    }
                    if e.occurrence_start is not None and e.occurrence_end is not None:
                        payload["occurrence"] = {"index": e.occurrence,
                                                 "start": e.occurrence_start.isoformat(),
                                                 "end": e.occurrence_end.isoformat()}
                    out.append(Notification(key, t.key, e.subject_type, e.subject, e.kind.value,
                                            e.tier, r, name, ch, address, subject_line, body,
                                            payload))
        return out

    # -- the tick ---------------------------------------------------------------
    def tick(self, plan: Plan, store: Store, now: datetime | date,
             channels: Mapping[str, Any] | None = None, *, dry_run: bool = False,
             on_step: Callable[[str, str | None], None] | None = None,
             is_alive: Callable[[str], bool] = claimant_alive) -> TickResult:
        """Decide the events due by ``now`` and deliver what the outbox holds for ``plan``.

        ``now`` is the plan's local time (a date means its first minute); events are
        decided for the days since the last tick (at most ``catch_up_days``) up to
        ``now``'s day. ``channels`` maps names to channels (default: the registered
        ones). ``dry_run`` decides without writing or sending. ``on_step(step, key)`` is
        called at each step of the protocol (``"decided"``, ``"claimed"``, ``"sent"``,
        ``"committed"``, ``"failed"``): for progress output, tracing, and crash tests.
        """
        plan = bind(plan)
        if not isinstance(now, datetime):
            now = datetime.combine(now, time.min)
        at = now.date()
        chans = dict(registry_of(plan).channels() if channels is None else channels)
        t = self.tracked(plan)
        step = on_step or (lambda s, k: None)
        enqueued, withdrawn, notes, ev = self._decide(plan, t, store, at, chans, dry_run)
        step("decided", None)
        if dry_run:
            return TickResult(ev, tuple(enqueued), notifications=tuple(notes))
        delivered, failed = self._deliver(t.key, store, now, chans, step, is_alive)
        return TickResult(ev, tuple(enqueued), tuple(delivered), tuple(failed), tuple(withdrawn),
                          tuple(notes))

    def _decide(self, plan: Plan, t: _Tracked, store: Store, at: date, chans: Mapping[str, Any],
                dry_run: bool) -> tuple[list[str], list[str], list[Notification], Evaluation]:
        for attempt in range(5):
            try:
                with store.transaction() as conn:
                    snap = store.snapshot(t.key, conn)
                    last = conn.execute(sa.select(ticks.c.last_day)
                                        .where(ticks.c.plan == t.key)).scalar()
                    first = at
                    if last is not None and last < at:
                        first = max(last + timedelta(days=1),
                                    at - timedelta(days=t.config.catch_up_days))
                    ev = self.evaluate(plan, snap, at)
                    events = (self.events_between(plan, snap, first, at - timedelta(days=1))
                              if first < at else [])
                    events.extend(ev.events)
                    notes = self.notifications(plan, ev, events, chans)
                    existing = _existing_keys(conn, [n.key for n in notes])
                    fresh = [n for n in notes if n.key not in existing]
                    seen: set[str] = set()
                    fresh = [n for n in fresh if not (n.key in seen or seen.add(n.key))]  # type: ignore[func-returns-value]
                    if dry_run:
                        conn.rollback()
                        return [n.key for n in fresh], [], fresh, ev
                    if fresh:
                        conn.execute(outbox.insert(), [_outbox_values(n, at) for n in fresh])
                    withdrawn = _withdraw(conn, t, ev)
                    if last is None:
                        conn.execute(ticks.insert().values(plan=t.key, last_day=at))
                    elif last < at:
                        conn.execute(ticks.update().where(ticks.c.plan == t.key)
                                     .values(last_day=at))
                return [n.key for n in fresh], withdrawn, fresh, ev
            except sa.exc.IntegrityError:
                # a concurrent tick (PostgreSQL, no write lock at BEGIN) wrote the same keys
                if attempt == 4:
                    raise
        raise AssertionError("unreachable")

    def _deliver(self, key: str, store: Store, now: datetime, chans: Mapping[str, Any],
                 step: Callable[[str, str | None], None],
                 is_alive: Callable[[str], bool]) -> tuple[list[str], list[tuple[str, str]]]:
        me = claimant_token()
        with store.engine.connect() as conn:
            rows = conn.execute(
                sa.select(outbox).where(outbox.c.plan == key,
                                        outbox.c.state.in_(("pending", "sending")))
                .order_by(outbox.c.id)).all()
            conn.rollback()
        delivered: list[str] = []
        failed: list[tuple[str, str]] = []
        down: dict[tuple[str, str], str] = {}
        channel_failures: dict[str, int] = {}
        for r in rows:
            if r.state == "pending" and r.next_attempt is not None and r.next_attempt > now:
                continue
            if r.state == "sending" and (r.claimed_by == me or is_alive(r.claimed_by or "")):
                continue  # another live process is delivering it
            if (r.channel, r.address) in down or channel_failures.get(r.channel, 0) >= 3:
                continue
            with store.transaction() as conn:
                won = conn.execute(
                    outbox.update()
                    .where(outbox.c.id == r.id, outbox.c.state == r.state,
                           outbox.c.attempts == r.attempts)
                    .values(state="sending", claimed_by=me, attempts=r.attempts + 1)).rowcount
            if won != 1:
                continue
            step("claimed", r.key)
            note = _notification(r)
            try:
                ch = chans.get(r.channel)
                if ch is None:
                    raise PlanflowError(f"no channel named {r.channel!r} is registered "
                                        f"(registered: {', '.join(sorted(chans)) or 'none'})")
                ch.deliver(note)
            except Exception as e:  # a channel's failure is data: recorded, retried later
                err = "".join(traceback.format_exception_only(type(e), e)).strip()
                with store.transaction() as conn:
                    conn.execute(outbox.update().where(outbox.c.id == r.id,
                                                       outbox.c.claimed_by == me)
                                 .values(state="pending", claimed_by=None, last_error=err[:2000],
                                         next_attempt=now + backoff(r.attempts + 1)))
                down[(r.channel, r.address)] = err
                channel_failures[r.channel] = channel_failures.get(r.channel, 0) + 1
                failed.append((r.key, err))
                step("failed", r.key)
                continue
            step("sent", r.key)
            with store.transaction() as conn:
                conn.execute(outbox.update().where(outbox.c.id == r.id, outbox.c.claimed_by == me)
                             .values(state="delivered", delivered_at=now, last_error=None,
                                     next_attempt=None))
            delivered.append(r.key)
            step("committed", r.key)
        return delivered, failed


def _materialise(t: _Tracked, at: date, codes: np.ndarray,
                 firing: list[tuple[np.ndarray, EventKind, int]]) -> tuple[Event, ...]:
    out: list[Event] = []
    cfg = t.config
    day = at
    nt = t.n_tasks
    ns = t.n_subjects
    for idx, kind, tier in firing:
        for i in idx.tolist():
            owners = t.owners[i]
            code = int(codes[i])
            if kind is EventKind.ESCALATION:
                esc = cfg.policy_for(owners[0] if owners else None).escalation[tier - 1]
                if esc.to == "lead":
                    recipients = owners
                elif esc.to == "issuer":
                    recipients = (cfg.issuer,) if cfg.issuer else ()
                else:
                    recipients = (esc.to,)
            else:
                recipients = owners
            d = int(t.due[i])
            if i < ns:
                out.append(Event(kind, "task" if i < nt else "report", t.ids[i], t.titles[i],
                                 date.fromordinal(d), tier, day, STATUSES[code],
                                 tuple(recipients)))
            else:
                occ = t.occurrence(i)
                assert occ is not None
                out.append(Event(kind, "task", t.ids[i], t.titles[i], date.fromordinal(d), tier,
                                 day, STATUSES[code], tuple(recipients), *occ))
    order = {EventKind.REMINDER: 0, EventKind.DUE_TODAY: 1, EventKind.OVERDUE: 2,
             EventKind.ESCALATION: 3}
    out.sort(key=lambda e: (e.subject_type != "task", order[e.kind], e.tier, e.subject,
                            e.due or date.min))
    return tuple(out)


def _existing_keys(conn: Any, keys: list[str]) -> set[str]:
    out: set[str] = set()
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        out.update(conn.execute(sa.select(outbox.c.key).where(outbox.c.key.in_(chunk))).scalars())
    return out


def _outbox_values(n: Notification, at: date) -> dict[str, Any]:
    return {"key": n.key, "plan": n.plan, "subject_type": n.subject_type, "subject": n.subject,
            "event": n.event, "tier": n.tier, "recipient": n.recipient, "channel": n.channel,
            "address": n.address, "payload": json.dumps(n.payload, ensure_ascii=False),
            "created_on": at, "state": "pending", "attempts": 0}


def _withdraw(conn: Any, t: _Tracked, ev: Evaluation) -> list[str]:
    """Pending rows whose subject is closed (done, cancelled) on the tick's day."""
    cols = [outbox.c.id, outbox.c.key, outbox.c.subject_type, outbox.c.subject]
    if t.occ_at:
        cols.append(outbox.c.payload)
    rows = conn.execute(sa.select(*cols)
                        .where(outbox.c.plan == t.key, outbox.c.state == "pending")).all()
    codes = ev._codes
    gone = []
    for r in rows:
        i = t.index.get((r.subject_type, r.subject))
        if i is not None and r.subject_type == "task" and i in t.occ_of:
            # a recurring task's notification is about one occurrence: that one's status
            occ = json.loads(r.payload).get("occurrence") or {}
            start = occ.get("start")
            i = t.occ_at.get((i, date.fromisoformat(start).toordinal())) if start else None
        if i is not None and int(codes[i]) >= _ONTIME:
            gone.append(r)
    if gone:
        conn.execute(outbox.update().where(outbox.c.id.in_([r.id for r in gone]))
                     .values(state="withdrawn"))
    return [r.key for r in gone]


def _notification(r: Any) -> Notification:
    p = json.loads(r.payload)
    return Notification(r.key, r.plan, r.subject_type, r.subject, r.event, r.tier, r.recipient,
                        p.get("recipient", {}).get("name", r.recipient), r.channel, r.address,
                        p.get("subject_line", ""), p.get("body", ""), p)


def _closures(t: _Tracked, snapshot: Snapshot, at: date) -> dict[int, tuple[Any, ...]]:
    """Per subject with records: (done/submitted on, cancelled, note, note day, by) as of ``at``."""
    out: dict[int, tuple[Any, ...]] = {}
    if snapshot.records:
        per: dict[int, list[Any]] = {}
        for r in snapshot.records:
            if r.on <= at:
                i = t.index.get(("task", r.task))
                if i is not None:
                    per.setdefault(i, []).append(r)
        for i, recs in per.items():
            recs.sort(key=lambda r: (r.on, r.seq))
            if i in t.occ_of:
                _occurrence_closures(t, i, recs, out)
                continue
            done_on = None
            cancelled = False
            note = note_on = by = None
            for r in recs:
                if r.kind == "done":
                    done_on, cancelled = r.on, False
                elif r.kind == "cancelled":
                    cancelled = True
                elif r.kind == "reopened":
                    done_on, cancelled = None, False
                if r.note:
                    note, note_on, by = r.note, r.on, r.by
            out[i] = (done_on, cancelled, note, note_on, by)
    if snapshot.submissions:
        by_key: dict[tuple[str, str], int] = {}
        for j, o in enumerate(t.obligations):
            by_key[(o.agency, o.period)] = t.n_tasks + j
        for s in snapshot.submissions:
            if s.received_on <= at:
                i2 = by_key.get((s.agency, s.period))
                if i2 is not None:
                    out[i2] = (s.received_on, False, s.reference, s.received_on, s.agency)
    return out


def _occurrence_closures(t: _Tracked, k: int, recs: list[Any],
                         out: dict[int, tuple[Any, ...]]) -> None:
    """The records of recurring task ``k``, in order, applied to its occurrences.

    A ``done`` record closes the earliest open occurrence that has started by its day
    (on time inside the window, late after it); one dated before any open occurrence
    started closes nothing. ``cancelled`` cancels every occurrence not done;
    ``reopened`` lifts a cancellation, else reopens the occurrence closed last. The
    task's own row gets the latest note.
    """
    first, count = t.occ_of[k]
    starts = t.start[first:first + count].tolist()
    done: list[date | None] = [None] * count
    closed: list[int] = []
    cancelled = False
    note = note_on = by = None
    for r in recs:
        if r.kind == "done":
            cancelled = False
            d = r.on.toordinal()
            for j in range(count):
                if starts[j] > d:
                    break
                if done[j] is None:
                    done[j] = r.on
                    closed.append(j)
                    break
        elif r.kind == "cancelled":
            cancelled = True
        elif r.kind == "reopened":
            if cancelled:
                cancelled = False
            elif closed:
                done[closed.pop()] = None
        if r.note:
            note, note_on, by = r.note, r.on, r.by
    out[k] = (None, False, note, note_on, by)
    for j in range(count):
        if done[j] is not None or cancelled or note is not None:
            out[first + j] = (done[j], cancelled and done[j] is None, note, note_on, by)


_DEFAULT = Engine()


def evaluate(plan: Plan, snapshot: Snapshot | None, at: date) -> Evaluation:
    """:meth:`Engine.evaluate` on a shared engine (``snapshot`` None: nothing recorded)."""
    return _DEFAULT.evaluate(plan, snapshot or Snapshot.empty(), at)


def row_notification(row: OutboxRow) -> Notification:
    """The notification an outbox row holds."""
    p = row.payload
    return Notification(row.key, row.plan, row.subject_type, row.subject, row.event, row.tier,
                        row.recipient, p.get("recipient", {}).get("name", row.recipient),
                        row.channel, row.address, p.get("subject_line", ""), p.get("body", ""), p)
