"""The schedule: earliest and latest dates, slack and the critical path.

Dates are calendar days. A task starts no earlier than its timeframe's start (else the
plan period's start) and the day its last dependency finishes; it takes
``duration_days`` (else the length of its window, counted from the plan's start when the
window opened before it, else one day), or, when it gives
``duration_working_days``, that many working days of the plan's work calendar (from its
first working day on or after its start; a latest start counted back the same way). Its latest finish is
its own deadline, or the latest start of a task that depends on it, whichever is
earlier; tasks with neither finish by the plan's horizon (the later of the period's end
and the earliest finish of the whole plan). Slack is latest finish minus earliest
finish: negative slack means the deadline cannot be met. The critical tasks are those
with the least slack; the critical path is the longest chain of them linked without a
gap.

The passes run on the integer arrays of :mod:`planflow.graph`: level by level with
numpy while levels are wide, then one task at a time once they become thin (long
chains), so both shapes stay fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import IO, TYPE_CHECKING, Any

import attrs
import numpy as np

from ._gc import paused_gc
from .errors import PlanValidationError
from .graph import CompiledPlan, compile_plan
from .registry import bind, work_calendar
from .validation import cycle_problems, graph_problems

if TYPE_CHECKING:
    from .plan import Plan
    from .registry import Registry

__all__ = ["Schedule", "ScheduleEntry", "compute_schedule"]


@attrs.frozen(slots=True)
class ScheduleEntry:
    """One task's place in the schedule (all dates inclusive)."""

    id: str
    title: str
    earliest_start: date
    earliest_finish: date
    latest_start: date
    latest_finish: date
    slack_days: int
    critical: bool

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title,
                "earliest_start": self.earliest_start.isoformat(),
                "earliest_finish": self.earliest_finish.isoformat(),
                "latest_start": self.latest_start.isoformat(),
                "latest_finish": self.latest_finish.isoformat(),
                "slack_days": self.slack_days, "critical": self.critical}


@attrs.frozen(eq=False, slots=True)
class Schedule:
    """A plan's schedule: a :class:`ScheduleEntry` per task, made on demand.

    Iterate it (topological order), index it by task id, or ask for :attr:`finish`,
    :attr:`critical_path` and :attr:`min_slack`. The arrays behind it are private:
    earliest start and earliest finish (exclusive) as ordinals, the latest ones, and a
    topological order of task positions.
    """

    plan: Plan
    _es: np.ndarray[Any, np.dtype[np.int64]]
    _ef: np.ndarray[Any, np.dtype[np.int64]]
    _ls: np.ndarray[Any, np.dtype[np.int64]]
    _lf: np.ndarray[Any, np.dtype[np.int64]]
    _order: np.ndarray[Any, np.dtype[np.int64]]
    #: the ids of the longest chain of critical tasks linked without a gap
    critical_path: tuple[str, ...]
    #: the least slack of any task, in days (negative: a deadline cannot be met)
    min_slack: int

    @property
    def finish(self) -> date:
        """The day the whole plan can finish at the earliest."""
        n = len(self._ef)
        if not n:
            assert self.plan.period is not None
            return self.plan.period.start
        return date.fromordinal(int(max(self._ef.max(), self._es.max() + 1)) - 1)

    def __len__(self) -> int:
        return len(self._es)

    def entry(self, i: int) -> ScheduleEntry:
        """The entry of the task at position ``i``."""
        es, ef, ls, lf = int(self._es[i]), int(self._ef[i]), int(self._ls[i]), int(self._lf[i])
        cols = self.plan._task_columns()
        slack = lf - ef
        return ScheduleEntry(cols.ids[i], cols.titles[i], date.fromordinal(es), date.fromordinal(max(es, ef - 1)),
                             date.fromordinal(ls), date.fromordinal(max(ls, lf - 1)), slack,
                             slack == self.min_slack)

    def __getitem__(self, task_id: str) -> ScheduleEntry:
        return self.entry(compile_plan(self.plan).index[task_id])

    def __iter__(self) -> Iterator[ScheduleEntry]:
        """Entries in topological order (ties by earliest start, as computed)."""
        for i in self._order.tolist():
            yield self.entry(i)

    def to_list(self) -> list[dict[str, Any]]:
        """Every entry's :meth:`ScheduleEntry.to_dict`, in topological order."""
        return [e.to_dict() for e in self]

    def rows(self, latest_start: bool = False) -> list[dict[str, Any]]:
        """The entries as dicts, in topological order, built straight from the arrays.

        Equal to ``[e.to_dict() for e in self]`` (without ``latest_start`` unless asked)
        but without an entry object per task, and each day's ISO string is made once.
        """
        n = len(self._es)
        if not n:
            return []
        es = self._es
        ef = np.maximum(es, self._ef - 1)
        ls = self._ls
        lf = np.maximum(ls, self._lf - 1)
        days = [es, ef, lf, ls] if latest_start else [es, ef, lf]
        uniq, inv = np.unique(np.concatenate(days), return_inverse=True)
        iso = [date.fromordinal(d).isoformat() for d in uniq.tolist()]
        codes = inv.reshape(len(days), n)
        es_s = [iso[k] for k in codes[0].tolist()]
        ef_s = [iso[k] for k in codes[1].tolist()]
        lf_s = [iso[k] for k in codes[2].tolist()]
        slack_a = self._lf - self._ef
        slack = slack_a.tolist()
        crit = (slack_a == self.min_slack).tolist()
        cols = self.plan._task_columns()
        out: list[dict[str, Any]] = []
        with paused_gc(n):
            self._fill(out, cols.ids, cols.titles, es_s, ef_s, lf_s, slack, crit,
                       [iso[k] for k in codes[3].tolist()] if latest_start else None)
        return out

    def _fill(self, out: list[dict[str, Any]], ids: list[str], titles: list[str],
              es_s: list[str], ef_s: list[str],
              lf_s: list[str], slack: list[int], crit: list[bool], ls_s: list[str] | None
              ) -> None:
        append = out.append
        if ls_s is not None:
            for i in self._order.tolist():
                append({"id": ids[i], "title": titles[i], "earliest_start": es_s[i],
                        "earliest_finish": ef_s[i], "latest_start": ls_s[i],
                        "latest_finish": lf_s[i], "slack_days": slack[i], "critical": crit[i]})
        else:
            for i in self._order.tolist():
                append({"id": ids[i], "title": titles[i], "earliest_start": es_s[i],
                        "earliest_finish": ef_s[i], "latest_finish": lf_s[i],
                        "slack_days": slack[i], "critical": crit[i]})

    def to_json(self, indent: bool = True) -> bytes:
        """``schedule --json`` as UTF-8 bytes: :meth:`rows` (without ``latest_start``),
        byte for byte what ``json.dumps(rows, ensure_ascii=False, indent=2)`` writes
        (compact, as ``separators=(",", ":")``, with ``indent=False``).

        Written straight from the arrays (no dict per task) when no id or title needs a
        JSON escape; else the rows through :func:`dumps_json`."""
        chunks = self._json_chunks(indent)
        return b"".join(chunks) if chunks is not None else dumps_json(self.rows(), indent)

    def write_json(self, out: IO[bytes], indent: bool = True) -> None:
        """Write :meth:`to_json`'s bytes to ``out`` piece by piece (a large plan's text is
        never held whole)."""
        chunks = self._json_chunks(indent)
        if chunks is None:
            out.write(dumps_json(self.rows(), indent))
            return
        for chunk in chunks:
            out.write(chunk)

    def _json_chunks(self, indent: bool) -> Iterator[bytes] | None:
        """The JSON text assembled at C speed, or None when an id or title would need an
        escape.

        Each row is six pieces: its id, the text before its title, its title, its
        earliest dates, its latest finish, and its slack and critical flag up to the next
        row's id; the last three are made once for each distinct value (a plan has far
        fewer than tasks). The pieces are laid out in a list by slice assignment and
        joined: no Python work per task."""
        n = len(self._es)
        if not n:
            return iter((b"[]",))
        cols = self.plan._task_columns()
        for texts in (cols.ids, cols.titles):
            for lo in range(0, n, _STEP):
                if _NEEDS_ESCAPE.search("".join(texts[lo:lo + _STEP])):
                    return None
        order = self._order
        es = self._es[order]
        ef = np.maximum(es, self._ef[order] - 1)
        ls = self._ls[order]
        lf = np.maximum(ls, self._lf[order] - 1)
        slack = (self._lf - self._ef)[order]
        first, title_glue, earliest, latest, rest, last = _JSON_INDENT if indent else _JSON_COMPACT
        days, codes = np.unique(np.concatenate([es, ef, lf]), return_inverse=True)
        iso = [date.fromordinal(d).isoformat() for d in days.tolist()]
        c = codes.reshape(3, n)
        u = len(days)
        pairs, which = np.unique(c[0] * u + c[1], return_inverse=True)
        early = [earliest.format(iso[k // u], iso[k % u]) for k in pairs.tolist()]
        early_of_row = list(map(early.__getitem__, which.tolist()))
        late = [latest.format(d) for d in iso]
        late_of_row = list(map(late.__getitem__, c[2].tolist()))
        slacks, which = np.unique(slack, return_inverse=True)
        ends = [rest.format(v, "true" if v == self.min_slack else "false")
                for v in slacks.tolist()]
        end_of_row = list(map(ends.__getitem__, which.tolist()))
        end_of_row[-1] = end_of_row[-1][:end_of_row[-1].rindex("}") + 1] + last
        return _chunks(first, title_glue, order.tolist(), cols.ids, cols.titles,
                       early_of_row, late_of_row, end_of_row)


#: rows (or texts) at a time: a large plan's whole text is never held
_STEP = 2_000


def _chunks(first: bytes, title_glue: str, order: list[int], ids: list[str],
            titles: list[str], early: list[str], late: list[str], end: list[str]
            ) -> Iterator[bytes]:
    """The JSON text of :meth:`Schedule._json_chunks`, :data:`_STEP` rows at a time."""
    yield first
    step = _STEP
    for lo in range(0, len(order), step):
        part = order[lo:lo + step]
        flat: list[str] = [title_glue] * (6 * len(part))
        flat[0::6] = map(ids.__getitem__, part)
        flat[2::6] = map(titles.__getitem__, part)
        flat[3::6] = early[lo:lo + step]
        flat[4::6] = late[lo:lo + step]
        flat[5::6] = end[lo:lo + step]
        yield "".join(flat).encode("utf-8")


#: the text of a row around its id and title as ``json.dumps`` writes it: (before the
#: first id; between id and title; the earliest dates; the latest finish; slack and
#: critical up to the next row's id; after the last row's closing brace)
_JSON_INDENT = (b'[\n  {\n    "id": "', '",\n    "title": "',
                '",\n    "earliest_start": "{}",\n    "earliest_finish": "{}',
                '",\n    "latest_finish": "{}',
                '",\n    "slack_days": {},\n    "critical": {}\n  }},\n  {{\n    "id": "', "\n]")
_JSON_COMPACT = (b'[{"id":"', '","title":"', '","earliest_start":"{}","earliest_finish":"{}',
                 '","latest_finish":"{}', '","slack_days":{},"critical":{}}},{{"id":"', "]")


#: what JSON text must escape in a string (ensure_ascii=False): quotes, backslashes and
#: control characters; anything else is written as it is (and a lone surrogate, read
#: from a JSON escape, is no UTF-8: the encoder's way writes it)
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\ud800-\udfff]')


def dumps_json(value: Any, indent: bool = True) -> bytes:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` as UTF-8 bytes, by orjson (the
    same bytes, ten times faster); the standard library's encoder when orjson cannot
    encode the value (a lone surrogate in a title read from a JSON escape)."""
    import orjson

    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2 if indent else 0)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        import json

        if indent:
            text = json.dumps(value, ensure_ascii=False, indent=2)
        else:
            text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return text.encode("utf-8", "surrogatepass")


def compute_schedule(plan: Plan, registry: Registry | None = None) -> Schedule:
    """Forward and backward passes over the compiled plan; see the module docstring.

    The plan's words are read first when they are not yet (:func:`planflow.bind`, in
    ``registry`` or the plan's own). Raises :class:`~planflow.PlanValidationError` when the
    graph cannot be scheduled (a cycle, a dependency on an unknown task, duplicate ids).
    """
    plan = bind(plan, registry)
    c = compile_plan(plan)
    if c.duplicates or c.unknown_deps:
        raise PlanValidationError([p for p in graph_problems(plan) if p.code in (
            "duplicate-id", "unknown-task")])
    levels, tail, ptr, succ = c.levels()
    done = sum(len(lv) for lv in levels) + len(tail)
    if done != c.n:
        raise PlanValidationError(cycle_problems(plan))

    dur = c.dur
    es = c.start.copy()
    ef = np.empty_like(es)
    src, dst = c.src, c.dst
    wd = _WorkingDays(plan)
    # forward, wide levels
    for lv in levels:
        f = es[lv] + dur[lv]
        if wd:
            wd.finish_in(lv, es, f)
        ef[lv] = f
        lo = ptr[lv]
        cnt = ptr[lv + 1] - lo
        total = int(cnt.sum())
        if total:
            offs = np.repeat(lo - np.cumsum(cnt) + cnt, cnt) + np.arange(total)
            np.maximum.at(es, succ[offs], np.repeat(f, cnt))
    if tail:
        es_l = es.tolist()
        ef_l = ef.tolist()
        dur_l = dur.tolist()
        succ_l = succ.tolist()
        ptr_l = ptr.tolist()
        for v in tail:
            f = es_l[v] + dur_l[v] if v not in wd.n else wd.finish(es_l[v], wd.n[v])
            ef_l[v] = f
            for k in range(ptr_l[v], ptr_l[v + 1]):
                w = succ_l[k]
                if es_l[w] < f:
                    es_l[w] = f
        es = np.array(es_l, dtype=np.int64)
        ef = np.array(ef_l, dtype=np.int64)

    horizon = max(int(ef.max()) if c.n else c.period_end_excl, c.period_end_excl)
    lf = np.minimum(c.due_excl, horizon)
    ls = np.empty_like(lf)
    if tail:
        lf_l = lf.tolist()
        ls_l = [0] * c.n
        dur_l = dur.tolist()
        succ_l = succ.tolist()
        ptr_l = ptr.tolist()
        for v in reversed(tail):
            m = lf_l[v]
            for k in range(ptr_l[v], ptr_l[v + 1]):
                s = ls_l[succ_l[k]]
                if s < m:
                    m = s
            lf_l[v] = m
            ls_l[v] = m - dur_l[v] if v not in wd.n else wd.start_back(m, wd.n[v])
        t = np.array(tail, dtype=np.int64)
        lf[t] = np.array(lf_l, dtype=np.int64)[t]
        ls[t] = np.array(ls_l, dtype=np.int64)[t]
    for lv in reversed(levels):
        lo = ptr[lv]
        cnt = ptr[lv + 1] - lo
        total = int(cnt.sum())
        if total:
            offs = np.repeat(lo - np.cumsum(cnt) + cnt, cnt) + np.arange(total)
            np.minimum.at(lf, np.repeat(lv, cnt), ls[succ[offs]])
        ls[lv] = lf[lv] - dur[lv]
        if wd:
            wd.start_back_in(lv, lf, ls)

    order = np.concatenate(levels + [np.array(tail, dtype=np.int64)]) if c.n else np.zeros(0, np.int64)
    slack = lf - ef
    min_slack = int(slack.min()) if c.n else 0
    path = _critical_path(c, es, ef, slack, min_slack, ptr, succ, src, dst)
    return Schedule(plan, es, ef, ls, lf, order, path, min_slack)


class _WorkingDays:
    """The tasks that count their length in working days (``duration_working_days``),
    by position, and the day arithmetic on the plan's work calendar (on ordinals)."""

    def __init__(self, plan: Plan) -> None:
        working = plan._task_columns().working
        self.n: dict[int, int] = ({i: w for i, w in enumerate(working) if w is not None}
                                  if set(working) != {None} else {})
        self._cal: Any = work_calendar(plan) if self.n else None
        self._worked: dict[int, bool] = {}

    def __bool__(self) -> bool:
        return bool(self.n)

    def _is_worked(self, d: int) -> bool:
        w = self._worked.get(d)
        if w is None:
            w = self._worked[d] = bool(self._cal.is_working_day(date.fromordinal(d)))
        return w

    def finish(self, start: int, n: int) -> int:
        """The day after the ``n``-th working day on or after ``start`` (``start`` for 0)."""
        d = start
        while n:
            if self._is_worked(d):
                n -= 1
            d += 1
        return d

    def start_back(self, finish_excl: int, n: int) -> int:
        """The latest start that still works ``n`` days before ``finish_excl``."""
        d = finish_excl
        while n:
            d -= 1
            if self._is_worked(d):
                n -= 1
        return d

    def finish_in(self, level: np.ndarray, es: np.ndarray, f: np.ndarray) -> None:
        for j, v in enumerate(level.tolist()):
            if v in self.n:
                f[j] = self.finish(int(es[v]), self.n[v])

    def start_back_in(self, level: np.ndarray, lf: np.ndarray, ls: np.ndarray) -> None:
        for v in level.tolist():
            if v in self.n:
                ls[v] = self.start_back(int(lf[v]), self.n[v])


def _critical_path(c: CompiledPlan, es: np.ndarray, ef: np.ndarray, slack: np.ndarray,
                   min_slack: int, ptr: np.ndarray, succ: np.ndarray, src: np.ndarray,
                   dst: np.ndarray) -> tuple[str, ...]:
    """The longest chain of least-slack tasks, each starting the day the previous finishes."""
    if not c.n:
        return ()
    crit = slack == min_slack
    # a tight edge: both ends critical and no gap between them
    tight = crit[src] & crit[dst] & (ef[src] == es[dst])
    ts, td = src[tight], dst[tight]
    crit_nodes = np.flatnonzero(crit)
    if not ts.size:
        best = int(crit_nodes[np.argmin(es[crit_nodes])])
        return (c.ids[best],)
    # longest chain in the (acyclic) tight subgraph, by number of tasks
    nxt: dict[int, list[int]] = {}
    indeg: dict[int, int] = {}
    for u, v in zip(ts.tolist(), td.tolist(), strict=True):
        nxt.setdefault(u, []).append(v)
        indeg[v] = indeg.get(v, 0) + 1
    nodes = set(ts.tolist()) | set(td.tolist())
    order = [v for v in nodes if v not in indeg]
    order.sort(key=lambda v: (int(es[v]), v))
    deg = dict(indeg)
    for v in order:
        for w in nxt.get(v, ()):
            deg[w] -= 1
            if not deg[w]:
                order.append(w)
    length = {v: 1 for v in nodes}
    back: dict[int, int] = {}
    for v in order:
        for w in nxt.get(v, ()):
            if length[v] + 1 > length[w]:
                length[w] = length[v] + 1
                back[w] = v
    end = max(order, key=lambda v: (length[v], -int(es[v])))
    path = [end]
    while path[-1] in back:
        path.append(back[path[-1]])
    return tuple(c.ids[v] for v in reversed(path))
