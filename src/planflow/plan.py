"""The plan (kế hoạch): a document, its agencies, its tasks and its reporting regime."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, cast

import attrs

from ._convert import nfc, str_tuple, to_date
from .agency import Agency
from .document import DocumentInfo, DocumentRef, Section, Signature
from .regime import Regime
from .task import Task, TaskColumns
from .timeframe import Kind

__all__ = ["Period", "Plan"]


@attrs.frozen(slots=True)
class Period:
    """The span a plan covers, both days included (usually its calendar year)."""

    start: date = attrs.field(converter=to_date)
    end: date = attrs.field(converter=to_date)

    def __attrs_post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start})")

    @classmethod
    def coerce(cls, value: object) -> Period | None:
        """A period from a year (2023), ``"2023-01-01/2023-12-31"``, ``"2023"`` or a mapping."""
        if value is None or isinstance(value, Period):
            return value
        if isinstance(value, bool):
            raise TypeError("a period is a year or start/end dates")
        if isinstance(value, int):
            return cls(date(value, 1, 1), date(value, 12, 31))
        if isinstance(value, str):
            s = value.strip()
            if s.isdigit() and len(s) == 4:
                return cls.coerce(int(s))
            for sep in ("/", ".."):
                if sep in s:
                    a, b = s.split(sep, 1)
                    return cls(a, b)
            raise ValueError(f"a period is 'YYYY' or 'YYYY-MM-DD/YYYY-MM-DD', not {value!r}")
        if isinstance(value, Mapping):
            return cls(value["start"], value["end"])
        raise TypeError(f"a period is a year or start/end dates, not {type(value).__name__}")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def _period(value: object) -> Period | None:
    return Period.coerce(value)


def _tuple(value: Iterable[Any] | None) -> tuple[Any, ...]:
    return tuple(value) if value is not None else ()


def _tasks(value: Iterable[Any] | TaskColumns | None) -> tuple[Task, ...]:
    if isinstance(value, TaskColumns):
        return cast("tuple[Task, ...]", value)  # kept as columns until asked for
    return tuple(value) if value is not None else ()


@attrs.frozen(slots=True, weakref_slot=False)
class Plan:
    """An action plan: what the document says, as values.

    Build it in Python or load it with :func:`planflow.load`. A plan is plain values and
    never calls a plugin: timeframe words are read by :func:`planflow.bind` (which
    :func:`planflow.load` and every function taking a plan call for you) in the plan's
    context (its period, issue date, work calendar and settings). The graph, schedule and
    validation are functions of these values (:func:`planflow.to_networkx`,
    :func:`planflow.compute_schedule`, :func:`planflow.validate`), never stored beside them.
    """

    document: DocumentInfo = attrs.field(factory=DocumentInfo)
    agencies: tuple[Agency, ...] = attrs.field(default=(), converter=_tuple)
    tasks: tuple[Task, ...] = attrs.field(default=(), converter=_tasks)
    period: Period | None = attrs.field(default=None, converter=_period)
    references: tuple[DocumentRef, ...] = attrs.field(default=(), converter=_tuple)
    #: the opening paragraph(s) before section I
    preamble: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    #: "Mục đích" items
    objectives: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    #: "Yêu cầu" items
    requirements: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    #: "Tổ chức thực hiện" clauses
    implementation: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    #: the sections as written, in order (headings, numbering, free text); empty: the
    #: usual layout (I. objectives and requirements, II. tasks, III. implementation)
    sections: tuple[Section, ...] = attrs.field(default=(), converter=_tuple)
    regime: Regime | None = None
    #: "Nơi nhận" lines, as printed
    recipients: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    signature: Signature | None = None
    #: name of the registered work calendar deadlines are counted on
    calendar: str = attrs.field(default="weekdays", converter=nfc)
    #: settings for plugins, by plugin name (``{"vn": {"before_rule": "literal"}}``)
    settings: dict[str, Any] = attrs.field(factory=dict, hash=False)

    #: the registry the plan was read in (set by :func:`planflow.bind`; not a value)
    _registry: Any = attrs.field(default=None, init=False, eq=False, repr=False, hash=False)
    #: (registry, the plan read in it) for a plan with words still to read (not a value)
    _bound: Any = attrs.field(default=None, init=False, eq=False, repr=False, hash=False)
    #: the compiled arrays, made once by the graph module (not a value)
    _compiled: Any = attrs.field(default=None, init=False, eq=False, repr=False, hash=False)
    #: (registry, its generation, report periods, obligations), made once by the cadence
    #: module (not a value)
    _periods: Any = attrs.field(default=None, init=False, eq=False, repr=False, hash=False)
    #: the tasks field by field (:class:`~planflow.task.TaskColumns`; not a value)
    _columns: Any = attrs.field(default=None, init=False, eq=False, repr=False, hash=False)
    #: the graph checks' plain lists for a plan not compiled (made once by the validation
    #: module; not a value)
    _plain: Any = attrs.field(default=None, init=False, eq=False, repr=False, hash=False)

    def __attrs_post_init__(self) -> None:
        raw = _TASKS_SLOT.__get__(self, Plan)
        if type(raw) is TaskColumns:
            object.__setattr__(self, "_columns", raw)
        if self.period is None:
            if self.document.date is None:
                raise ValueError("a plan needs a period or a document date to take its year from")
            object.__setattr__(self, "period", Period.coerce(self.document.date.year))

    @property
    def resolved(self) -> bool:
        """True when no task's timeframe words wait to be read (see :func:`planflow.bind`)."""
        return all(tf.kind is not Kind.PENDING
                   for tf in self._task_columns().distinct_timeframes().values())

    def _task_columns(self) -> TaskColumns:
        """The tasks field by field (private: the bulk path of the graph, validation and
        the schedule): those the plan was loaded into, else made from its Task objects
        once."""
        cols = self._columns
        if cols is None:
            cols = TaskColumns.of(self.tasks)
            object.__setattr__(self, "_columns", cols)
        return cols  # type: ignore[no-any-return]

    def _lazy_columns(self) -> TaskColumns | None:
        """The tasks as columns while their Task objects are not built yet (private)."""
        raw = _TASKS_SLOT.__get__(self, Plan)
        return raw if type(raw) is TaskColumns else None

    @functools.cached_property
    def agency_by_id(self) -> dict[str, Agency]:
        """Agencies by id (the first of duplicated ids)."""
        out: dict[str, Agency] = {}
        for a in self.agencies:
            out.setdefault(a.id, a)
        return out

    @functools.cached_property
    def task_by_id(self) -> dict[str, Task]:
        """Tasks by id (the first of duplicated ids)."""
        out: dict[str, Task] = {}
        for t in self.tasks:
            out.setdefault(t.id, t)
        return out


# ``Plan.tasks`` is read through this descriptor: a plan loaded from a file holds its
# tasks as columns (the bulk path: the graph, validation and the schedule read those) and
# builds the Task objects the first time a caller asks for them.
_TASKS_SLOT: Any = Plan.__dict__["tasks"]


class _LazyTasks:
    __slots__ = ()

    def __get__(self, plan: Plan | None, owner: type | None = None) -> Any:
        if plan is None:
            return _TASKS_SLOT
        value = _TASKS_SLOT.__get__(plan, owner)
        if type(value) is TaskColumns:
            value = value.tasks()
            _TASKS_SLOT.__set__(plan, value)
        return value

    def __set__(self, plan: Plan, value: Any) -> None:
        _TASKS_SLOT.__set__(plan, value)

    def __delete__(self, plan: Plan) -> None:
        _TASKS_SLOT.__delete__(plan)


setattr(Plan, "tasks", _LazyTasks())  # noqa: B010
