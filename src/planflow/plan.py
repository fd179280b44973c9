"""The plan (kế hoạch): a document, its agencies, its tasks and its reporting regime."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ._convert import nfc, str_tuple, to_date
from .agency import Agency
from .document import DocumentInfo, DocumentRef, Signature
from .errors import TimeframeError
from .regime import Regime
from .task import Task
from .timeframe import Kind, Timeframe, TimeframeContext

if TYPE_CHECKING:
    import networkx as nx

    from .graph import CompiledPlan
    from .problem import Problem
    from .schedule import Schedule

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


@attrs.frozen(slots=True, weakref_slot=False)
class Plan:
    """An action plan: what the document says, as values.

    Build it in Python or load it with :meth:`from_file`. Timeframe words are resolved
    when the plan is built, by the timeframe parsers plugins register, in the plan's
    context (its period and issue date). The plan's graph, schedule and validation are
    computed from these values on demand, never stored beside them.
    """

    document: DocumentInfo = attrs.field(factory=DocumentInfo)
    agencies: tuple[Agency, ...] = attrs.field(default=(), converter=_tuple)
    tasks: tuple[Task, ...] = attrs.field(default=(), converter=_tuple)
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
    regime: Regime | None = None
    #: "Nơi nhận" lines, as printed
    recipients: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    signature: Signature | None = None
    #: name of the registered work calendar deadlines are counted on
    calendar: str = attrs.field(default="weekdays", converter=nfc)
    #: settings for plugins, by plugin name (``{"vn": {"before_rule": "literal"}}``)
    settings: dict[str, Any] = attrs.field(factory=dict, hash=False)

    def __attrs_post_init__(self) -> None:
        if self.period is None:
            if self.document.date is None:
                raise ValueError("a plan needs a period or a document date to take its year from")
            object.__setattr__(self, "period", Period.coerce(self.document.date.year))
        # Words are resolved once, here, in the plan's context; a loader that resolved
        # them already leaves nothing pending and this costs one scan.
        tfs = {id(t.timeframe): t.timeframe for t in self.tasks}
        if any(tf.kind is Kind.PENDING for tf in tfs.values()):
            pending = [i for i, t in enumerate(self.tasks) if t.timeframe.kind is Kind.PENDING]
            object.__setattr__(self, "tasks", self._resolve(pending))

    def _resolve(self, pending: list[int]) -> tuple[Task, ...]:
        from .plugins import timeframe_parsers
        from .timeframe import resolve_timeframe

        ctx = self.timeframe_context()
        parsers = timeframe_parsers()
        tasks = list(self.tasks)
        memo: dict[str, Timeframe] = {}
        for i in pending:
            t = tasks[i]
            text = t.timeframe.text
            tf = memo.get(text)
            if tf is None:
                try:
                    tf = resolve_timeframe(t.timeframe, ctx, parsers)
                except TimeframeError as e:
                    tf = Timeframe(text=text, kind=Kind.UNRESOLVED, warnings=(e.what,), invalid=True)
                memo[text] = tf
            tasks[i] = attrs.evolve(t, timeframe=tf)
        return tuple(tasks)

    # -- named constructors -------------------------------------------------
    @classmethod
    def from_file(cls, path: str | Path) -> Plan:
        """Load a plan file (``.toml`` or ``.json``); raises :class:`~planflow.PlanFileError`."""
        from .planfile import load_plan

        return load_plan(path)

    def to_dict(self) -> dict[str, Any]:
        """The plan in the plan-file schema (what :meth:`from_file` reads)."""
        from .planfile import unstructure_plan

        return unstructure_plan(self)

    # -- derived views ------------------------------------------------------
    def timeframe_context(self) -> TimeframeContext:
        """The context timeframe words of this plan are read in."""
        assert self.period is not None
        return TimeframeContext(self.period.start, self.period.end, self.document.date,
                                self.work_calendar(), self.settings)

    def work_calendar(self) -> Any:
        """The registered work calendar named by :attr:`calendar`."""
        from .plugins import get_calendar

        return get_calendar(self.calendar)

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

    @functools.cached_property
    def compiled(self) -> CompiledPlan:
        """The plan as compact integer-indexed arrays (what the hot passes run on)."""
        from .graph import compile_plan

        return compile_plan(self)

    @property
    def graph(self) -> nx.DiGraph:
        """A networkx DiGraph: an edge u -> v when task v depends on task u.

        Nodes carry the task (``task``), its title and its lead agencies. A new graph
        each call: change it freely.
        """
        from .graph import to_networkx

        return to_networkx(self)

    def validate(self) -> list[Problem]:
        """Every problem in one pass: core checks, then the plugins' ``validate_plan``."""
        from .validation import validate

        return validate(self)

    def schedule(self) -> Schedule:
        """Earliest and latest dates, slack and the critical path.

        Raises :class:`~planflow.PlanValidationError` when the graph cannot be
        scheduled (a cycle, a dependency on an unknown task, duplicate ids).
        """
        from .schedule import compute_schedule

        return compute_schedule(self)
