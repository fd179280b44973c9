"""Tasks: what must be done, by whom, with whom, and by when."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain
from operator import attrgetter

import attrs

from ._convert import nfc, non_empty, opt_nfc, str_tuple
from .timeframe import Timeframe

__all__ = ["Task"]


def _count(name: str) -> Callable[[object], int | None]:
    def convert(value: object) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} is a whole number of days, not {value!r}")
        if value < 0:
            raise ValueError(f"{name} must not be negative, got {value}")
        return value

    return convert


_check_days = _count("duration_days")
_check_working = _count("duration_working_days")


def _duration(value: object) -> int | None:
    return _check_days(value)


def _working(value: object) -> int | None:
    return _check_working(value)


def _timeframe(value: object) -> Timeframe:
    return Timeframe.coerce(value)


@attrs.frozen(slots=True)
class Task:
    """One task of a plan (nhiệm vụ).

    ``content`` holds the items of its "Nội dung" as separate paragraphs; ``lead`` the ids
    of the lead agencies (cơ quan chủ trì); ``partners`` the coordinating agencies (cơ
    quan phối hợp); ``timeframe`` its time (words are resolved by the plan); ``depends_on``
    the ids of tasks that must finish first; ``duration_days`` how many calendar days it
    takes when that is known; ``output`` the expected product (sản phẩm);
    ``duration_working_days`` how many working days it takes, counted on the plan's work
    calendar (instead of ``duration_days``: a task gives one or the other).
    """

    id: str = attrs.field(converter=nfc, validator=non_empty)
    title: str = attrs.field(converter=nfc)
    lead: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    partners: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    timeframe: Timeframe = attrs.field(default=None, converter=_timeframe)
    depends_on: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    duration_days: int | None = attrs.field(default=None, converter=_duration)
    content: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    output: str | None = attrs.field(default=None, converter=opt_nfc)
    duration_working_days: int | None = attrs.field(default=None, converter=_working)



# -- the bulk path: a plan's tasks field by field ----------------------------------------
#
# Plans reach 100k and 1M tasks. Loading builds these columns straight from the plan
# file's tables, and the graph, validation and the schedule read them; the Task objects
# themselves are built only when a caller asks for ``plan.tasks`` (see planflow.plan).

_new_task: Callable[[type[Task]], Task] = object.__new__
(_set_id, _set_title, _set_lead, _set_partners, _set_timeframe, _set_deps, _set_duration,
 _set_content, _set_output, _set_working) = (
    Task.__dict__[a.name].__set__ for a in attrs.fields(Task))
_FIELDS = tuple(a.name for a in attrs.fields(Task))


class TaskColumns:
    """A plan's tasks field by field, one list per field (private: the bulk path).

    Every value already has what :class:`Task`'s converters give it (lists of text may be
    lists rather than tuples: a Task gets a tuple of them), so :meth:`task` writes a
    Task's slots directly. The columns are never changed.
    """

    __slots__ = ("ids", "titles", "leads", "partners", "timeframes", "depends_on",
                 "durations", "contents", "outputs", "working", "n", "_distinct",
                 "_agencies", "_deps")

    def __init__(self, ids: list[str], titles: list[str], leads: list[Sequence[str]],
                 partners: list[Sequence[str]], timeframes: list[Timeframe],
                 depends_on: list[Sequence[str]], durations: list[int | None],
                 contents: list[Sequence[str]], outputs: list[str | None],
                 working: list[int | None], agencies: set[str] | None = None,
                 deps: tuple[list[int], list[str]] | None = None) -> None:
        self.ids = ids
        self.titles = titles
        self.leads = leads
        self.partners = partners
        self.timeframes = timeframes
        self.depends_on = depends_on
        self.durations = durations
        self.contents = contents
        self.outputs = outputs
        self.working = working
        self.n = len(ids)
        self._distinct: dict[int, Timeframe] | None = None
        self._agencies = agencies
        self._deps = deps

    @classmethod
    def of(cls, tasks: Sequence[Task]) -> TaskColumns:
        """The columns of Task objects (a plan built in Python)."""
        c = [list(map(attrgetter(name), tasks)) for name in _FIELDS]
        return cls(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9])

    def __len__(self) -> int:
        return self.n

    def task(self, i: int) -> Task:
        """The task at position ``i`` (a new object)."""
        t = _new_task(Task)
        _set_id(t, self.ids[i])
        _set_title(t, self.titles[i])
        _set_lead(t, tuple(self.leads[i]))
        _set_partners(t, tuple(self.partners[i]))
        _set_timeframe(t, self.timeframes[i])
        _set_deps(t, tuple(self.depends_on[i]))
        _set_duration(t, self.durations[i])
        _set_content(t, tuple(self.contents[i]))
        _set_output(t, self.outputs[i])
        _set_working(t, self.working[i])
        return t

    def tasks(self) -> tuple[Task, ...]:
        """Every task, in order."""
        out: list[Task] = []
        append = out.append
        new = _new_task
        for tid, title, lead, partners, tf, deps, dur, content, output, wdur in zip(
                self.ids, self.titles, self.leads, self.partners, self.timeframes,
                self.depends_on, self.durations, self.contents, self.outputs, self.working,
                strict=True):
            t = new(Task)
            _set_id(t, tid)
            _set_title(t, title)
            _set_lead(t, tuple(lead))
            _set_partners(t, tuple(partners))
            _set_timeframe(t, tf)
            _set_deps(t, tuple(deps))
            _set_duration(t, dur)
            _set_content(t, tuple(content))
            _set_output(t, output)
            _set_working(t, wdur)
            append(t)
        return tuple(out)

    def distinct_timeframes(self) -> dict[int, Timeframe]:
        """The distinct timeframe objects, by ``id`` (tasks share them: the loader
        memoises their words), in order of first use."""
        if self._distinct is None:
            tfs = self.timeframes
            self._distinct = dict(zip(map(id, tfs), tfs, strict=True))
        return self._distinct

    def agencies(self) -> set[str]:
        """Every agency id a task names as lead or partner."""
        if self._agencies is None:
            self._agencies = (set(chain.from_iterable(self.leads))
                              | set(chain.from_iterable(self.partners)))
        return self._agencies

    def dependencies(self) -> tuple[list[int], list[str]]:
        """How many dependencies each task names, and all of them in task order."""
        if self._deps is None:
            deps = self.depends_on
            self._deps = (list(map(len, deps)), list(chain.from_iterable(deps)))
        return self._deps

    def with_timeframes(self, timeframes: list[Timeframe]) -> TaskColumns:
        """The same tasks with these timeframes (words read by :func:`planflow.bind`)."""
        return TaskColumns(self.ids, self.titles, self.leads, self.partners, timeframes,
                           self.depends_on, self.durations, self.contents, self.outputs,
                           self.working, self._agencies, self._deps)
