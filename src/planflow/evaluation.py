"""The evaluation: where a plan stands on a day and which events fire that day.

Pure: given a plan, a :class:`~planflow.Snapshot` of what was recorded and a day,
:func:`evaluate` (or :meth:`Evaluator.evaluate`, which keeps each plan's compiled form
between calls) gives an :class:`Evaluation`: the status of every task and report
obligation, and the :class:`Event` values firing that day. Nothing here reads the clock
or a database. A small plan's day is worked out in plain Python over its row lists
(numpy is not even imported), a larger plan's with numpy over compact arrays (see
docs/engine.md).
"""

from __future__ import annotations

import enum
import functools
import threading
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from itertools import accumulate, repeat
from typing import TYPE_CHECKING, Any

import attrs

from .cadence import obligation_rows, obligations
from .calendar import add_working_days, next_working_day, roll_forward
from .graph import NO_DEADLINE as _NO_DEADLINE
from .graph import _timeframe_bounds
from .lifespan import plan_start
from .records import ProgressRecord, Snapshot, plan_key
from .registry import bind, work_calendar
from .settings import EngineConfig, Policy
from .status import STATUSES, Status
from .timeframe import UNTRACKED_RECURRENCES, Kind, untracked_reason

if TYPE_CHECKING:
    import numpy as np

    from .calendar import WorkCalendar
    from .plan import Plan
    from .regime import Obligation

__all__ = [
    "UNTRACKED_RECURRENCES",
    "Evaluation",
    "Evaluator",
    "Event",
    "EventKind",
    "ObligationState",
    "TaskState",
    "evaluate",
]

#: "no deadline" as an ordinal: later than any real day
_NEVER = 1 << 40

_CODE = {s: i for i, s in enumerate(STATUSES)}
_NYD, _IP, _SOON, _OVER, _ONTIME, _LATE, _CANCEL, _NA, _UNTRACKED, _ENDED = (
    _CODE[Status.NOT_YET_DUE], _CODE[Status.IN_PROGRESS], _CODE[Status.DUE_SOON],
    _CODE[Status.OVERDUE], _CODE[Status.DONE_ON_TIME], _CODE[Status.DONE_LATE],
    _CODE[Status.CANCELLED], _CODE[Status.NOT_APPLICABLE], _CODE[Status.UNTRACKED],
    _CODE[Status.ENDED])


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
    #: still overdue: chased again every ``Policy.repeat`` working days after the first
    #: escalation step, until closed (tier = the chase's number: 2, 3...)
    CHASE = "chase"
    #: a duty window (``Timeframe.duty``) opens: the first working day of the window
    WINDOW_OPENS = "window_opens"
    #: a duty window ends: its last working day, the results are asked for
    WINDOW_ENDS = "window_ends"



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
    #: why the agency reports (:attr:`planflow.Obligation.reason`)
    reason: str = ""

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




def _rows(rows: list[int]) -> np.ndarray:
    # numpy is imported here, on first use: a small plan is evaluated without it
    import numpy as np

    return np.array(rows, dtype=np.int64)


def _first_chase(policy: Policy) -> int:
    """Working days after a deadline of the first escalation to the lead (0: none)."""
    return next((e.after for e in policy.escalation if e.to == "lead"), 0)


class _DueEvents:
    """The event days of deadlines under one policy on one work calendar, shared by every
    plan an :class:`Evaluator` compiles (plans share their deadlines: quarter ends, the
    year's end), so each deadline's working-day arithmetic is done once.

    ``soon``: deadline day -> the first day it is "due soon" (its earliest reminder);
    :meth:`on`: the (deadline day, order, kind, tier) firing on a day, in the order a
    plan's agenda lists them (by deadline, then reminders, due today, overdue,
    escalation steps).
    """

    __slots__ = ("policy", "soon", "_by_day", "_unsorted", "_chased", "_lock")

    def __init__(self, policy: Policy):
        self.policy = policy
        self.soon: dict[int, int] = {}
        self._by_day: dict[int, list[tuple[int, int, EventKind, int]]] = {}
        self._unsorted: set[int] = set()
        self._chased: dict[int, tuple[int, dict[int, int]]] = {}
        # writers take the lock; readers iterate lists that are never changed in place
        # (an Evaluator may serve several threads: planflow serve)
        self._lock = threading.Lock()

    def add(self, u: int, cal: WorkCalendar, engine: Evaluator) -> int:
        """Take in deadline day ordinal ``u``; gives its ``soon`` day."""
        policy = self.policy
        wd = engine._working_day
        d = date.fromordinal(u)
        fired = [(wd(cal, d, -lead), EventKind.REMINDER, lead) for lead in policy.reminders]
        fired.append((u, EventKind.DUE_TODAY, 0))
        fired.append((engine._next_wd(cal, d), EventKind.OVERDUE, 0))
        fired.extend((wd(cal, d, esc.after), EventKind.ESCALATION, step)
                     for step, esc in enumerate(policy.escalation, 1))
        far = max(policy.reminders, default=0)
        s = wd(cal, d, -far) if far else u
        by_day = self._by_day
        with self._lock:
            if u in self.soon:
                return self.soon[u]  # another thread took it in meanwhile
            for order, (day, kind, tier) in enumerate(fired):
                got = by_day.get(day)
                if got is None:
                    by_day[day] = [(u, order, kind, tier)]
                else:
                    by_day[day] = [*got, (u, order, kind, tier)]
                    self._unsorted.add(day)
            self.soon[u] = s
        return s

    def on(self, a: int) -> Sequence[tuple[int, int, EventKind, int]]:
        """What fires on day ordinal ``a``: (deadline day, order, kind, tier), sorted."""
        got = self._by_day.get(a)
        if got is None:
            return ()
        if a in self._unsorted:
            with self._lock:
                got = self._by_day[a]
                if a in self._unsorted:
                    got = self._by_day[a] = sorted(got, key=_by_due_and_order)
                    self._unsorted.discard(a)
        return got


    def chased(self, a: int, cal: WorkCalendar, engine: Evaluator) -> dict[int, int]:
        """Deadline day -> the chase's number (2, 3...) of the deadlines whose overdue
        subjects are chased on day ordinal ``a``: ``first + k * repeat`` working days
        after the deadline (k >= 1), ``first`` being the first escalation to the lead."""
        got = self._chased.get(a)
        if got is not None and got[0] == len(self.soon):
            return got[1]
        out: dict[int, int] = {}
        every = self.policy.repeat
        with self._lock:
            known = len(self.soon)
            dues = [u for u in self.soon if u < a] if every > 0 else []
        if dues:
            lo0, is_wd, cum = engine._wd_index(cal, min(dues), a)
            if is_wd[a - lo0]:
                first = _first_chase(self.policy)
                now = cum[a - lo0]
                for u in dues:
                    extra = now - cum[u - lo0] - first
                    if extra > 0 and extra % every == 0:
                        out[u] = extra // every + 1
        self._chased[a] = (known, out)
        return out


def _by_due_and_order(x: tuple[int, int, EventKind, int]) -> tuple[int, int]:
    return x[0], x[1]


#: plans of at most this many rows (tasks, obligations, occurrences) are evaluated in
#: plain Python over lists; larger ones with numpy over arrays
_SMALL = 512

#: the subjects an event is about (rows), its kind and tier, per event group of a day
_Firing = list[tuple["list[int] | np.ndarray", EventKind, int]]


class _Part:
    """The rows of a plan under one policy: its deadlines' shared event days (``events``),
    per deadline the rows due then (found on the first day it fires: a list for a small
    plan, an array for a larger one) and each slot's deadline (``dues``; -1: sets nothing
    off: n/a, a duty window, another policy's)."""

    __slots__ = ("events", "by_due", "dues", "_array")

    def __init__(self, events: _DueEvents, by_due: dict[int, list[int] | np.ndarray | None],
                 dues: list[int]):
        self.events = events
        self.by_due = by_due
        self.dues = dues
        self._array: np.ndarray | None = None

    def array(self, row_slot: np.ndarray) -> np.ndarray:
        """Each row's deadline (its slot's) as an array (made on first use)."""
        if self._array is None:
            self._array = _rows(self.dues)[row_slot]
        return self._array


class _Tracked:
    """A plan compiled for daily evaluation: one row per subject.

    Rows ``0 .. n_tasks - 1`` are the tasks (in plan order), then one row per report
    obligation, then (from ``occ0``) one row per occurrence of each tracked recurring
    task. A recurring task's own row has no deadline; its status on a day is copied from
    the row of its current occurrence.
    """

    __slots__ = ("plan", "key", "config", "n_tasks", "n_subjects", "n", "_cols", "_obs",
                 "_names", "_occ_tasks", "_ids", "_titles", "_owners", "slot_start", "slot_due",
                 "slot_soon", "row_slot", "_lists", "na_rows", "duty_rows", "untracked_rows", "rec_list",
                 "rec_off_list", "_arrays", "_obligations", "agenda", "parts", "_index", "occ0",
                 "occ_no", "occ_of", "occ_at", "plan_start", "any_na", "any_duty", "cal",
                 "engine")

    def __init__(self, plan: Plan, engine: Evaluator):
        # Plans are small and many (a province: 2,000 plans of about 50 tasks), so this
        # one-off compilation works in plain Python over the plan's task columns (no Task
        # objects, no per-task numpy calls) and turns the result into arrays at the end;
        # the event days of each deadline are shared by every plan (_DueEvents).
        self.plan = plan
        self.key = plan_key(plan)
        self.config = cfg = EngineConfig.from_plan(plan)
        self.cal = cal = work_calendar(plan)
        self.plan_start = plan_start(plan)
        ps = self.plan_start.toordinal()
        self.engine = engine
        cols = plan._task_columns()
        # the obligations as columns: their values (and reasons) are made on demand
        obs = obligation_rows(plan)
        self._obligations: list[Obligation] | None = None
        nt = cols.n
        no = len(obs.agency)
        self.n_tasks = nt
        self.n_subjects = nt + no
        # each subject's id, title and owners are read from the columns when an event
        # names it (ids, titles, owners: the lists, made on first use)
        self._cols = cols
        self._obs = obs
        self._names = [p.name for p in obs.periods]
        self._occ_tasks: list[int] = []
        self._ids: list[str] | None = None
        self._titles: list[str] | None = None
        self._owners: list[Sequence[str]] | None = None
        self._index: dict[tuple[str, str], int] | None = None
        assert plan.period is not None
        # each distinct timeframe once (the loader shares them between tasks): the first
        # day a task may start and its deadline, as the schedule's compile_plan has them
        # (a window opening before the plan's life starts is taken from that start);
        # no deadline for a recurring task (its occurrences have them)
        p0 = plan.period.start.toordinal()
        tfs = cols.timeframes
        # rows sharing their first day and deadline share a slot (the tasks of one
        # timeframe, the obligations of one period; each occurrence has its own): a day's
        # statuses are worked out per slot
        slot_start: list[int] = []
        slot_due: list[int] = []
        slot_of: dict[int, int] = {}
        special: dict[int, tuple[bool, bool, bool]] = {}
        duty_slots: set[int] = set()
        for k, tf in cols.distinct_timeframes().items():
            slot_of[k] = len(slot_due)
            kind = tf.kind
            last = tf.due
            if last is not None and (kind is Kind.DEADLINE
                                     or (kind is Kind.WINDOW and not tf.duty)):
                # most timeframes: a deadline, or a window with dates (what the general
                # case below gives them, without its calls)
                d = last.toordinal()
                first_day = tf.start
                slot_start.append(max(first_day.toordinal() if first_day is not None else p0,
                                      min(ps, d)))
                slot_due.append(d)
                continue
            s, d, _ = _timeframe_bounds(tf, p0)
            recurring = kind is Kind.RECURRING
            slot_start.append(max(s, min(ps, d - 1)))
            slot_due.append(_NEVER if recurring or d >= _NO_DEADLINE else d - 1)
            untracked = untracked_reason(tf) is not None
            duty_window = tf.duty and kind is Kind.WINDOW
            if duty_window:
                duty_slots.add(slot_of[k])
            if recurring or untracked or duty_window:
                special[k] = (recurring, untracked, duty_window)
        n_tf = len(slot_due)
        row_slot = list(map(slot_of.__getitem__, map(id, tfs)))
        recurring_rows: list[int] = []
        untracked_rows: list[int] = []
        duty_rows: list[int] = []
        if special:
            for k, tf in enumerate(tfs):
                flags = special.get(id(tf))
                if flags is not None:
                    if flags[0]:
                        recurring_rows.append(k)
                    if flags[1]:
                        untracked_rows.append(k)
                    if flags[2]:
                        duty_rows.append(k)
        if no:
            slot_start.extend([p.covers_start.toordinal() for p in obs.periods])
            slot_due.extend([p.due.toordinal() for p in obs.periods])
            row_slot.extend(map(n_tf.__add__, obs.period))
        # occurrence rows of the tracked recurring tasks, each task's in start order
        self.occ0 = nt + no
        occ_task: list[int] = []
        occ_no: list[int] = []
        rec_tasks: list[int] = []
        rec_off: list[int] = []
        self.occ_of: dict[int, tuple[int, int]] = {}
        self.occ_at: dict[tuple[int, int], int] = {}
        for k in recurring_rows:
            tf = tfs[k]
            if not tf.occurrences or tf.recurrence in UNTRACKED_RECURRENCES:
                continue
            first = len(row_slot)
            count = len(tf.occurrences)
            if tf.duty:
                duty_rows.extend(range(first, first + count))
                duty_slots.update(range(len(slot_due), len(slot_due) + count))
            rec_tasks.append(k)
            rec_off.append(first - self.occ0)
            self.occ_of[k] = (first, count)
            spans = sorted(enumerate(tf.occurrences), key=lambda x: (x[1][0], x[1][1]))
            for n, (a, b) in spans:
                self.occ_at[(k, a.toordinal())] = len(row_slot)
                row_slot.append(len(slot_due))
                slot_start.append(a.toordinal())
                slot_due.append(b.toordinal())
                occ_task.append(k)
                occ_no.append(n)
        self._occ_tasks = occ_task
        self.occ_no = occ_no
        self.rec_list = rec_tasks
        self.rec_off_list = rec_off
        self.n = n = len(row_slot)
        if cfg.day_off_deadline != "keep":
            slot_due = _moved_off_days_off(slot_due, cal, cfg.day_off_deadline)
        # nothing is owed before the plan's life starts: a report period (or an occurrence
        # of a recurring task) due before it is not applicable, and fires nothing (a
        # one-off task due before the plan is a validation warning instead)
        na_slots = {j for j in range(n_tf, len(slot_due)) if slot_due[j] < ps}
        self.na_rows = na_rows = ([i for i in range(nt, n) if row_slot[i] in na_slots]
                                  if na_slots else [])
        self.any_na = bool(na_rows)
        # duty windows: tracked as windows (a notice when one opens, the results asked for
        # at its end), never overdue nor chased
        self.duty_rows = duty_rows
        self.any_duty = bool(duty_rows)
        # tasks whose time no reader understood (accepted by settings.engine.untracked):
        # listed on their own, never notified
        self.untracked_rows = untracked_rows
        parts: list[tuple[Policy, set[int] | None]]
        if cfg.agencies:
            # agencies with their own policies: a row's reminders are its agency's, so
            # each row is a slot of its own
            slot_start = list(map(slot_start.__getitem__, row_slot))
            slot_due = list(map(slot_due.__getitem__, row_slot))
            na_slots = set(na_rows)
            duty_slots = set(duty_rows)
            row_slot = list(range(n))
            groups: dict[Policy, set[int]] = {}
            for i, own in enumerate(self.owners):
                groups.setdefault(cfg.policy_for(own[0] if own else None), set()).add(i)
            parts = list(groups.items())
        else:
            parts = [(cfg.policy, None)]
        self.slot_start = slot_start
        self.slot_due = slot_due
        self.row_slot = row_slot
        # the arrays (start, due, soon, na, duty, rec_tasks...) and per-row lists a larger
        # plan's numpy pass and the states read, made on first use
        self._arrays: dict[str, np.ndarray] = {}
        self._lists: dict[str, list[int]] = {}
        # the event days of each deadline, under the policy of the subject's agency: the
        # days are the Evaluator's (_DueEvents, shared by every plan); a plan keeps, per
        # policy, its deadlines (the rows of one, found on the first day it fires) and
        # each slot's deadline (-1: sets nothing off: n/a, a duty window, another policy's)
        quiet = na_slots | duty_slots
        self.parts: list[_Part] = []
        soon_l: list[int] | None = None
        m = len(slot_due)
        for policy, ours in parts:
            events = engine._due_events(cal, policy)
            if ours is None and not quiet:
                part_list = slot_due
            else:
                part_list = [d if (ours is None or j in ours) and j not in quiet else -1
                             for j, d in enumerate(slot_due)]
            dues = set(part_list)
            dues.discard(-1)
            dues.discard(_NEVER)
            known = events.soon
            firsts = {d: known[d] if d in known else events.add(d, cal, engine) for d in dues}
            soon = list(map(firsts.get, part_list, repeat(_NEVER, m)))
            soon_l = soon if soon_l is None else list(map(min, soon_l, soon))
            self.parts.append(_Part(events, dict.fromkeys(sorted(dues)), part_list))
        self.slot_soon = soon_l if soon_l is not None else [_NEVER] * m
        # agenda of the duty windows: day ordinal -> [(subject indices, kind, tier)]
        self.agenda: dict[int, list[tuple[list[int], EventKind, int]]] = {}
        if duty_rows:
            na_set = set(na_rows)
            self._window_events([i for i in duty_rows if i not in na_set], cal)

    def _per_row(self, name: str, slots: list[int]) -> list[int]:
        got = self._lists.get(name)
        if got is None:
            got = self._lists[name] = list(map(slots.__getitem__, self.row_slot))
        return got

    @property
    def start_list(self) -> list[int]:
        """Per row, the first day (ordinal) it may start."""
        return self._per_row("start", self.slot_start)

    @property
    def due_list(self) -> list[int]:
        """Per row, its deadline (ordinal; 1 << 40: none)."""
        return self._per_row("due", self.slot_due)

    @property
    def soon_list(self) -> list[int]:
        """Per row, the first day (ordinal) it is due soon (its earliest reminder)."""
        return self._per_row("soon", self.slot_soon)

    def rows_due(self, part: _Part, u: int) -> list[int]:
        """The rows of ``part`` whose deadline is day ordinal ``u``."""
        slots = {j for j, d in enumerate(part.dues) if d == u}
        return [i for i, j in enumerate(self.row_slot) if j in slots]

    def _array(self, name: str, rows: list[int]) -> np.ndarray:
        got = self._arrays.get(name)
        if got is None:
            got = self._arrays[name] = _rows(rows)
        return got

    @property
    def start(self) -> np.ndarray:
        """Per row, the first day (ordinal) it may start."""
        return self._array("start", self.start_list)

    @property
    def due(self) -> np.ndarray:
        """Per row, its deadline (ordinal; 1 << 40: none)."""
        return self._array("due", self.due_list)

    @property
    def soon(self) -> np.ndarray:
        """Per row, the first day (ordinal) it is due soon (its earliest reminder)."""
        return self._array("soon", self.soon_list)

    def _mask(self, name: str, rows: list[int]) -> np.ndarray:
        got = self._arrays.get(name)
        if got is None:
            got = self._arrays[name] = _rows([0] * self.n).astype(bool)
            got[rows] = True
        return got

    @property
    def na(self) -> np.ndarray:
        """Per row, whether it is not applicable (owed before the plan's life starts)."""
        return self._mask("na", self.na_rows)

    @property
    def duty(self) -> np.ndarray:
        """Per row, whether it is a duty window."""
        return self._mask("duty", self.duty_rows)

    @property
    def slots(self) -> np.ndarray:
        """Each row's slot."""
        return self._array("slots", self.row_slot)

    @property
    def rec_tasks(self) -> np.ndarray:
        """The tracked recurring tasks' rows."""
        return self._array("rec_tasks", self.rec_list)

    @property
    def untracked(self) -> np.ndarray:
        """The rows of tasks whose time no reader understood."""
        return self._array("untracked", self.untracked_rows)

    @property
    def obligations(self) -> list[Obligation]:
        """The plan's report obligations (rows ``n_tasks`` on), made on first use."""
        if self._obligations is None:
            self._obligations = obligations(self.plan)
        return self._obligations

    def id_of(self, i: int) -> str:
        """Row ``i``'s subject id: the task's id or the obligation's key."""
        nt = self.n_tasks
        if i < nt:
            return self._cols.ids[i]
        if i < self.n_subjects:
            j = i - nt
            return f"{self._obs.agency[j]}@{self._names[self._obs.period[j]]}"
        return self._cols.ids[self._occ_tasks[i - self.occ0]]

    def title_of(self, i: int) -> str:
        """Row ``i``'s title: the task's, or the obligation's period name."""
        nt = self.n_tasks
        if i < nt:
            return self._cols.titles[i]
        if i < self.n_subjects:
            return self._names[self._obs.period[i - nt]]
        return self._cols.titles[self._occ_tasks[i - self.occ0]]

    def owners_of(self, i: int) -> Sequence[str]:
        """Row ``i``'s owners: the task's lead agencies, or the agency owing the report."""
        nt = self.n_tasks
        if i < nt:
            return self._cols.leads[i]
        if i < self.n_subjects:
            return (self._obs.agency[i - nt],)
        return self._cols.leads[self._occ_tasks[i - self.occ0]]

    @property
    def ids(self) -> list[str]:
        """Every row's subject id (see :meth:`id_of`)."""
        if self._ids is None:
            self._ids = list(map(self.id_of, range(self.n)))
        return self._ids

    @property
    def titles(self) -> list[str]:
        """Every row's title (see :meth:`title_of`)."""
        if self._titles is None:
            self._titles = list(map(self.title_of, range(self.n)))
        return self._titles

    @property
    def owners(self) -> list[Sequence[str]]:
        """Every row's owners (see :meth:`owners_of`)."""
        if self._owners is None:
            self._owners = list(map(self.owners_of, range(self.n)))
        return self._owners

    @property
    def index(self) -> dict[tuple[str, str], int]:
        """(``"task"``, id) or (``"report"``, key) -> row (of duplicated ids, the last)."""
        if self._index is None:
            nt = self.n_tasks
            index = {("task", tid): i for i, tid in enumerate(self.ids[:nt])}
            for j, key in enumerate(self.ids[nt:self.n_subjects]):
                index[("report", key)] = nt + j
            self._index = index
        return self._index

    def current(self, a: int) -> list[int] | np.ndarray:
        """Per tracked recurring task (``rec_tasks`` order), the row of its occurrence on
        day ordinal ``a``: the last one started by then, else the first (a list for a
        small plan, else an array)."""
        if self.n <= _SMALL:
            start = self.start_list
            out = []
            for k in self.rec_list:
                first, count = self.occ_of[k]
                # occurrences are in start order: those started by ``a`` come first
                last = first
                for r in range(first + 1, first + count):
                    if start[r] > a:
                        break
                    last = r
                out.append(last)
            return out
        import numpy as np

        started = (self.start[self.occ0:] <= a).astype(np.int64)
        off = self._array("rec_off", self.rec_off_list)
        started_by = np.add.reduceat(started, off)
        rows: np.ndarray = self.occ0 + off + np.maximum(started_by - 1, 0)
        return rows

    def occurrence(self, i: int) -> tuple[int, date, date] | None:
        """(index in the task's occurrences, start, end) of row ``i``; None if not an occurrence."""
        if i < self.occ0:
            return None
        return (self.occ_no[i - self.occ0], date.fromordinal(self.start_list[i]),
                date.fromordinal(self.due_list[i]))

    def _window_events(self, rows: list[int], cal: WorkCalendar) -> None:
        """A duty window's two notices: on the first working day it is open (from the plan's
        start), and on its last working day (the results are asked for)."""
        first_day = self.plan_start.toordinal()
        for i in rows:
            a, b = max(self.start_list[i], first_day), self.due_list[i]
            opens = roll_forward(cal, date.fromordinal(a)).toordinal()
            end = date.fromordinal(b)
            ends = (b if cal.is_working_day(end) else add_working_days(cal, end, -1).toordinal())
            one = [i]
            if opens < ends:
                self.agenda.setdefault(opens, []).append((one, EventKind.WINDOW_OPENS, 0))
            self.agenda.setdefault(ends, []).append((one, EventKind.WINDOW_ENDS, 0))


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

    def __init__(self, tracked: _Tracked, at: date, codes: list[int] | np.ndarray,
                 overrides: dict[int, tuple[date | None, str | None, date | None, str | None]],
                 firing: _Firing,
                 current: list[int] | np.ndarray | None = None):
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

    def _status_codes(self) -> list[int] | np.ndarray:
        """One small int per subject (tasks, then obligations): the index in ``tuple(Status)``
        (a list for a small plan, else an array).

        A recurring task's code is its current occurrence's."""
        return self._codes[:self._t.n_subjects]

    def _status(self, i: int) -> Status:
        return STATUSES[int(self._codes[i])]

    @functools.cached_property
    def tasks(self) -> tuple[TaskState, ...]:
        """Every task's state, in plan order."""
        t = self._t
        out = []
        due, start = t.due_list, t.start_list
        rows = self._rows()
        for i, task in enumerate(t.plan.tasks):
            done_on, note, note_on, by = self._over.get(i, (None, None, None, None))
            r = rows.get(i)
            if r is not None:
                out.append(self._occurrence_state(task, r, note, note_on, by))
                continue
            d = due[i]
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
        current = self._current
        return dict(zip(self._t.rec_list,
                        current if isinstance(current, list) else current.tolist(), strict=True))

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
                                       o.due, o.recipient, self._status(i), sub_on, ref,
                                       o.reason))
        return tuple(out)

    @property
    def config(self) -> EngineConfig:
        """The plan's engine settings, resolved (the policy the events followed)."""
        return self._t.config

    def closed(self, subject_type: str, subject: str,
               occurrence_start: date | None = None) -> bool:
        """True when the subject (``"task"``/``"report"`` and its id or key) is done or
        cancelled on :attr:`at`; for a recurring task, the occurrence that starts on
        ``occurrence_start`` (None: no occurrence, not closed). An unknown subject is not
        closed."""
        i = self._row(subject_type, subject, occurrence_start)
        return i is not None and _ONTIME <= int(self._codes[i]) <= _NA

    def _row(self, subject_type: str, subject: str, occurrence_start: date | None) -> int | None:
        t = self._t
        i = t.index.get((subject_type, subject))
        if i is not None and subject_type == "task" and i in t.occ_of:
            i = t.occ_at.get((i, occurrence_start.toordinal())) if occurrence_start else None
        return i

    def status_of(self, subject_type: str, subject: str,
                  occurrence_start: date | None = None) -> Status | None:
        """The status on :attr:`at` of a subject (for a recurring task, of the occurrence
        starting on ``occurrence_start``); None for an unknown subject."""
        i = self._row(subject_type, subject, occurrence_start)
        return None if i is None else self._status(i)

    def overdue_events(self) -> tuple[Event, ...]:
        """An ``overdue`` event on :attr:`at` for every subject overdue that day (each
        occurrence of a recurring task on its own): what a first tick, or one after a gap
        longer than ``catch_up_days``, tells instead of the backlog of past notices."""
        t = self._t
        codes = self._codes
        rows: list[int] | np.ndarray
        if isinstance(codes, list):
            own = set(t.rec_list)  # a recurring task's own row: its occurrences are told
            rows = [i for i, c in enumerate(codes) if c == _OVER and i not in own]
        else:
            import numpy as np

            rows = np.flatnonzero(codes == _OVER)
            if t.rec_list:
                rows = rows[~np.isin(rows, t.rec_tasks)]
        if not len(rows):
            return ()
        return _materialise(t, self.at, self._codes, [(rows, EventKind.OVERDUE, 0)])

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
        c = [0] * len(STATUSES)
        if isinstance(codes, list):
            for code in codes:
                c[code] += 1
        else:
            import numpy as np

            c = np.bincount(codes, minlength=len(STATUSES)).tolist()
        return {s: c[i] for i, s in enumerate(STATUSES)}

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


class Evaluator:
    """Evaluates plans. Keeps each plan's compiled form and working-day arithmetic
    between calls, so evaluating day after day is cheap (:class:`~planflow.Engine` adds
    notifications and the tick)."""

    def __init__(self) -> None:
        self._tracked: dict[int, _Tracked] = {}
        self._wd: dict[tuple[str, int, int], int] = {}
        self._wd_idx: dict[str, tuple[int, list[int], list[int]]] = {}
        self._due: dict[tuple[str, Policy], _DueEvents] = {}
        self._policies: dict[int, tuple[Policy, _DueEvents, str]] = {}

    def _due_events(self, cal: WorkCalendar, policy: Policy) -> _DueEvents:
        """The shared event days of deadlines under ``policy`` on ``cal``."""
        got = self._policies.get(id(policy))  # plans without settings share one policy object
        if got is not None and got[0] is policy and got[2] == cal.name:
            return got[1]
        events = self._due.get((cal.name, policy))
        if events is None:
            events = self._due[(cal.name, policy)] = _DueEvents(policy)
        if len(self._policies) > 4096:
            self._policies.clear()
        self._policies[id(policy)] = (policy, events, cal.name)
        return events

    def _wd_index(self, cal: WorkCalendar, lo: int, hi: int) -> tuple[int, list[int], list[int]]:
        """(first day ordinal, working day or not per day, running count of working days)
        over at least ``lo``..``hi`` on ``cal`` (shared by every plan on that calendar)."""
        got = self._wd_idx.get(cal.name)
        if got is not None and got[0] <= lo and hi < got[0] + len(got[1]):
            return got
        if got is not None:
            lo, hi = min(lo, got[0]), max(hi, got[0] + len(got[1]) - 1)
        lo, hi = lo - 366, hi + 2 * 366  # room for the days to come
        days = range(lo, hi + 1)
        is_wd = [1 if cal.is_working_day(date.fromordinal(d)) else 0 for d in days]
        got = self._wd_idx[cal.name] = (lo, is_wd, list(accumulate(is_wd)))
        return got

    # -- cached arithmetic ---------------------------------------------------
    def _working_day(self, cal: WorkCalendar, day: date, n: int) -> int:
        k = (cal.name, day.toordinal(), n)
        v = self._wd.get(k)
        if v is None:
            v = self._wd[k] = add_working_days(cal, day, n).toordinal()
        return v

    def _next_wd(self, cal: WorkCalendar, day: date) -> int:
        k = (cal.name, day.toordinal(), 0)
        v = self._wd.get(k)
        if v is None:
            v = self._wd[k] = next_working_day(cal, day).toordinal()
        return v

    def tracked(self, plan: Plan) -> _Tracked:
        """The plan compiled for evaluation (cached while the plan object lives); its words
        are read first when they are not yet (:func:`planflow.bind`)."""
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
        if t.n <= _SMALL:
            return self._evaluate_small(t, snapshot, at)
        return self._evaluate_arrays(t, snapshot, at)

    def _evaluate_arrays(self, t: _Tracked, snapshot: Snapshot, at: date) -> Evaluation:
        """:meth:`evaluate` of a larger plan, with numpy over its row arrays."""
        import numpy as np

        a = at.toordinal()
        codes = np.full(t.n, _IP, dtype=np.int8)
        codes[a < t.start] = _NYD
        codes[a >= t.soon] = _SOON
        codes[a > t.due] = _OVER
        if t.any_duty:
            codes[(a > t.due) & t.duty] = _ENDED
        if t.any_na:
            codes[t.na] = _NA
        if len(t.untracked):
            codes[t.untracked] = _UNTRACKED
        states = _closures(t, snapshot, at)
        over: dict[int, tuple[date | None, str | None, date | None, str | None]] = {}
        due = t.due_list
        for i, (done_on, cancelled, note, note_on, by) in states.items():
            if cancelled:
                codes[i] = _CANCEL
            elif done_on is not None:
                codes[i] = _ONTIME if done_on.toordinal() <= due[i] else _LATE
            over[i] = (done_on, note, note_on, by)
        current = None
        if t.rec_list:
            # a recurring task stands where its current occurrence stands
            current = t.current(a)
            codes[t.rec_tasks] = codes[current]
        firing: _Firing = []
        for part in t.parts:
            by_due = part.by_due
            for u, _, kind, tier in part.events.on(a):
                if u not in by_due:
                    continue
                g = by_due[u]
                if g is None:
                    g = by_due[u] = np.flatnonzero(part.array(t.slots) == u)
                assert isinstance(g, np.ndarray)
                live = g[codes[g] < _ONTIME]  # done or cancelled subjects fire nothing
                if len(live):
                    firing.append((live, kind, tier))
        for rows, kind, tier in t.agenda.get(a, ()):
            idx = _rows(rows)
            live = idx[codes[idx] < _ONTIME]
            if len(live):
                firing.append((live, kind, tier))
        # overdue subjects chased again (an occurrence, not a recurring task's own row)
        for part in t.parts:
            chased = part.events.chased(a, t.cal, self)
            if not chased:
                continue
            by_due = part.by_due
            for u in by_due:
                k = chased.get(u)
                if k is None:
                    continue
                g = by_due[u]
                if g is None:
                    g = by_due[u] = np.flatnonzero(part.array(t.slots) == u)
                assert isinstance(g, np.ndarray)
                live = g[codes[g] == _OVER]
                if len(live):
                    firing.append((live, EventKind.CHASE, k))
        return Evaluation(t, at, codes, over, firing, current)

    def _evaluate_small(self, t: _Tracked, snapshot: Snapshot, at: date) -> Evaluation:
        """:meth:`evaluate` of a small plan, in plain Python over its row lists (numpy's
        per-call cost is most of the work on a few dozen rows): the same statuses and
        events."""
        a = at.toordinal()
        due = t.slot_due
        slot = t.row_slot
        # each slot's status, then each row's (its slot's)
        codes = [_OVER if a > d else _SOON if a >= so else _NYD if a < s else _IP
                 for s, so, d in zip(t.slot_start, t.slot_soon, due, strict=True)]
        codes = list(map(codes.__getitem__, slot))
        for i in t.duty_rows:
            if a > due[slot[i]]:
                codes[i] = _ENDED
        for i in t.na_rows:
            codes[i] = _NA
        for i in t.untracked_rows:
            codes[i] = _UNTRACKED
        states = _closures(t, snapshot, at)
        over: dict[int, tuple[date | None, str | None, date | None, str | None]] = {}
        for i, (done_on, cancelled, note, note_on, by) in states.items():
            if cancelled:
                codes[i] = _CANCEL
            elif done_on is not None:
                codes[i] = _ONTIME if done_on.toordinal() <= due[slot[i]] else _LATE
            over[i] = (done_on, note, note_on, by)
        current = None
        if t.rec_list:
            # a recurring task stands where its current occurrence stands
            current = t.current(a)
            assert isinstance(current, list)
            for r, c in zip(t.rec_list, current, strict=True):
                codes[r] = codes[c]
        firing: _Firing = []
        for part in t.parts:
            by_due = part.by_due
            for u, _, kind, tier in part.events.on(a):
                if u not in by_due:
                    continue
                g = by_due[u]
                if g is None:
                    g = by_due[u] = t.rows_due(part, u)
                # done or cancelled subjects fire nothing
                live = [i for i in g if codes[i] < _ONTIME]
                if live:
                    firing.append((live, kind, tier))
        for rows, kind, tier in t.agenda.get(a, ()):
            live = [i for i in rows if codes[i] < _ONTIME]
            if live:
                firing.append((live, kind, tier))
        # overdue subjects chased again (an occurrence, not a recurring task's own row)
        for part in t.parts:
            chased = part.events.chased(a, t.cal, self)
            if not chased:
                continue
            by_due = part.by_due
            for u in by_due:
                k = chased.get(u)
                if k is None:
                    continue
                g = by_due[u]
                if g is None:
                    g = by_due[u] = t.rows_due(part, u)
                live = [i for i in g if codes[i] == _OVER]
                if live:
                    firing.append((live, EventKind.CHASE, k))
        return Evaluation(t, at, codes, over, firing, current)

    def events_between(self, plan: Plan, snapshot: Snapshot, first: date, last: date) -> list[Event]:
        """Every event firing on the days ``first``..``last`` (each judged on its own day)."""
        out: list[Event] = []
        day = first
        while day <= last:
            out.extend(self.evaluate(plan, snapshot, day).events)
            day += timedelta(days=1)
        return out


def _moved_off_days_off(due: list[int], cal: WorkCalendar, how: str) -> list[int]:
    """Each deadline on a day off moved to the next working day (``how == "next"``) or
    the working day before (``"previous"``); "no deadline" stays."""
    out = []
    moved: dict[int, int] = {}
    for d in due:
        if d >= _NEVER:
            out.append(d)
            continue
        m = moved.get(d)
        if m is None:
            day = date.fromordinal(d)
            if cal.is_working_day(day):
                m = d
            elif how == "next":
                m = roll_forward(cal, day).toordinal()
            else:
                m = add_working_days(cal, day, -1).toordinal()
            moved[d] = m
        out.append(m)
    return out


def _materialise(t: _Tracked, at: date, codes: list[int] | np.ndarray,
                 firing: _Firing) -> tuple[Event, ...]:
    out: list[Event] = []
    cfg = t.config
    day = at
    nt = t.n_tasks
    ns = t.n_subjects
    for idx, kind, tier in firing:
        for i in (idx if isinstance(idx, list) else idx.tolist()):
            owners = t.owners_of(i)
            code = int(codes[i])
            if kind is EventKind.ESCALATION:
                esc = cfg.policy_for(owners[0] if owners else None).escalation[tier - 1]
                if esc.to == "lead":
                    recipients = owners
                else:
                    recipients = _above(t.plan, owners, cfg.issuer if esc.to == "issuer" else esc.to)
            else:
                recipients = owners
            if not recipients:
                continue  # an escalation with nobody above the late agency to go to
            d = t.slot_due[t.row_slot[i]]
            if i < ns:
                out.append(Event(kind, "task" if i < nt else "report", t.id_of(i), t.title_of(i),
                                 date.fromordinal(d), tier, day, STATUSES[code],
                                 tuple(recipients)))
            else:
                occ = t.occurrence(i)
                assert occ is not None
                out.append(Event(kind, "task", t.id_of(i), t.title_of(i), date.fromordinal(d), tier,
                                 day, STATUSES[code], tuple(recipients), *occ))
    order = {EventKind.WINDOW_OPENS: 0, EventKind.REMINDER: 0, EventKind.WINDOW_ENDS: 1,
             EventKind.DUE_TODAY: 1, EventKind.OVERDUE: 2, EventKind.ESCALATION: 3,
             EventKind.CHASE: 4}
    out.sort(key=lambda e: (e.subject_type != "task", order[e.kind], e.tier, e.subject,
                            e.due or date.min))
    return tuple(out)


def _above(plan: Plan, owners: Sequence[str], to: str | None) -> tuple[str, ...]:
    """Whom an escalation step naming ``to`` reaches about ``owners``' late item: ``to``,
    unless it is one of the late agencies itself (a plan's issuer late on its own task or
    report), then the body above it (its ``parent``); nobody when there is none."""
    seen: set[str] = set()
    while to is not None and to in owners and to not in seen:
        seen.add(to)
        agency = plan.agency_by_id.get(to)
        to = agency.parent if agency is not None else None
    return (to,) if to is not None and to not in owners else ()


def _closures(t: _Tracked, snapshot: Snapshot, at: date) -> dict[int, tuple[Any, ...]]:
    """Per subject with records: (done/submitted on, cancelled, note, note day, by) as of ``at``."""
    out: dict[int, tuple[Any, ...]] = {}
    if snapshot.records:
        per: dict[int, list[ProgressRecord]] = {}
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
        rows = obligation_rows(t.plan)
        names = [p.name for p in rows.periods]
        for j, (agency, period) in enumerate(zip(rows.agency, rows.period, strict=True)):
            by_key[(agency, names[period])] = t.n_tasks + j
        for s in snapshot.submissions:
            if s.received_on <= at:
                i2 = by_key.get((s.agency, s.period))
                if i2 is not None:
                    out[i2] = (s.received_on, False, s.reference, s.received_on, s.agency)
    return out


def _occurrence_closures(t: _Tracked, k: int, recs: list[ProgressRecord],
                         out: dict[int, tuple[Any, ...]]) -> None:
    """The records of recurring task ``k``, in order, applied to its occurrences.

    A ``done`` record closes the earliest open occurrence that has started by its day
    (on time inside the window, late after it); one dated before any open occurrence
    started closes nothing. ``cancelled`` cancels every occurrence not done;
    ``reopened`` lifts a cancellation, else reopens the occurrence closed last. The
    task's own row gets the latest note.
    """
    first, count = t.occ_of[k]
    starts = t.start_list[first:first + count]
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


_DEFAULT = Evaluator()


def evaluate(plan: Plan, snapshot: Snapshot | None, at: date) -> Evaluation:
    """:meth:`Evaluator.evaluate` on a shared evaluator (``snapshot`` None: nothing recorded)."""
    return _DEFAULT.evaluate(plan, snapshot or Snapshot.empty(), at)
