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
chains), so both shapes stay fast. A plan under :data:`SMALL_PLAN` tasks (not compiled
yet) runs the same passes on plain lists instead, never importing numpy: the same
levels in the same order, so the same schedule and the same ``--json`` bytes
(tests/test_schedule.py compares both paths).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from itertools import repeat
from operator import itemgetter, sub
from typing import IO, TYPE_CHECKING, Any, cast

import attrs

from ._gc import paused_gc
from .errors import PlanValidationError
from .graph import _timeframe_bounds
from .lifespan import plan_start
from .registry import bind, work_calendar
from .validation import cycle_problems, graph_problems, plain_graph

if TYPE_CHECKING:
    import numpy as np

    from .plan import Plan
    from .registry import Registry

    #: a column of ordinals or positions: numpy's (large plans) or a list (small ones)
    _Arr = np.ndarray[Any, np.dtype[np.int64]]
    _Ints = _Arr | list[int]

__all__ = ["Schedule", "ScheduleEntry", "compute_schedule"]

#: below this many tasks (and when the plan has not been compiled yet) the passes run on
#: plain lists: importing numpy and compiling the arrays cost more than the passes up to
#: about this size (measured as whole `schedule --json` processes, like validation's
#: SMALL_PLAN)
SMALL_PLAN = 25_000


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
    topological order of task positions (numpy arrays for a large plan, lists for a
    small one).
    """

    plan: Plan
    _es: _Ints
    _ef: _Ints
    _ls: _Ints
    _lf: _Ints
    _order: _Ints
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
        return date.fromordinal(int(max(max(self._ef), max(self._es) + 1)) - 1)

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
        compiled = self.plan._compiled
        index = (compiled if compiled is not None else plain_graph(self.plan)).index
        return self.entry(index[task_id])

    def __iter__(self) -> Iterator[ScheduleEntry]:
        """Entries in topological order (ties by earliest start, as computed)."""
        for i in _tolist(self._order):
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
        if isinstance(self._es, list):
            return self._plain_rows(latest_start)
        import numpy as np

        es, ef0, ls, lf0, order = self._arrays()
        ef = np.maximum(es, ef0 - 1)
        lf = np.maximum(ls, lf0 - 1)
        days = [es, ef, lf, ls] if latest_start else [es, ef, lf]
        uniq, inv = np.unique(np.concatenate(days), return_inverse=True)
        iso = [date.fromordinal(d).isoformat() for d in uniq.tolist()]
        codes = inv.reshape(len(days), n)
        es_s = [iso[k] for k in codes[0].tolist()]
        ef_s = [iso[k] for k in codes[1].tolist()]
        lf_s = [iso[k] for k in codes[2].tolist()]
        slack_a = lf0 - ef0
        slack = slack_a.tolist()
        crit = (slack_a == self.min_slack).tolist()
        cols = self.plan._task_columns()
        out: list[dict[str, Any]] = []
        with paused_gc(n):
            self._fill(out, cols.ids, cols.titles, es_s, ef_s, lf_s, slack, crit,
                       [iso[k] for k in codes[3].tolist()] if latest_start else None)
        return out

    def _arrays(self) -> tuple[_Arr, _Arr, _Arr, _Arr, _Arr]:
        """A large plan's arrays (earliest start and finish, latest, the order)."""
        return cast("tuple[_Arr, _Arr, _Arr, _Arr, _Arr]",
                    (self._es, self._ef, self._ls, self._lf, self._order))

    def _plain_rows(self, latest_start: bool) -> list[dict[str, Any]]:
        """:meth:`rows` of a small plan's lists."""
        es, ef, ls, lf = (_tolist(a) for a in (self._es, self._ef, self._ls, self._lf))
        iso = _IsoDays()
        day = iso.day
        cols = self.plan._task_columns()
        ids, titles = cols.ids, cols.titles
        least = self.min_slack
        out: list[dict[str, Any]] = []
        append = out.append
        for i in _tolist(self._order):
            e, f, s, t = es[i], ef[i], ls[i], lf[i]
            row: dict[str, Any] = {"id": ids[i], "title": titles[i], "earliest_start": day(e),
                                   "earliest_finish": day(max(e, f - 1))}
            if latest_start:
                row["latest_start"] = day(s)
            row["latest_finish"] = day(max(s, t - 1))
            row["slack_days"] = t - f
            row["critical"] = t - f == least
            append(row)
        return out

    def _fill(self, out: list[dict[str, Any]], ids: list[str], titles: list[str],
              es_s: list[str], ef_s: list[str],
              lf_s: list[str], slack: list[int], crit: list[bool], ls_s: list[str] | None
              ) -> None:
        append = out.append
        if ls_s is not None:
            for i in _tolist(self._order):
                append({"id": ids[i], "title": titles[i], "earliest_start": es_s[i],
                        "earliest_finish": ef_s[i], "latest_start": ls_s[i],
                        "latest_finish": lf_s[i], "slack_days": slack[i], "critical": crit[i]})
        else:
            for i in _tolist(self._order):
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

        Each row is seven pieces: its id, the text before its title, its title, its
        earliest start, its earliest finish, its latest finish, and its slack and
        critical flag up to the next row's id; the last four are made once for each
        distinct value (a plan has far fewer than tasks; a small plan's lists pair the
        earliest dates). The pieces are laid out in a list by slice assignment and
        joined: no Python work per task."""
        n = len(self._es)
        if not n:
            return iter((b"[]",))
        cols = self.plan._task_columns()
        for texts in (cols.ids, cols.titles):
            for lo in range(0, n, _STEP):
                if _needs_escape("".join(texts[lo:lo + _STEP])):
                    return None
        if isinstance(self._es, list):
            return self._plain_chunks(indent, cols.ids, cols.titles)
        import numpy as np

        es0, ef0, ls0, lf0, order = self._arrays()
        es = es0[order]
        ef = np.maximum(es, ef0[order] - 1)
        ls = ls0[order]
        lf = np.maximum(ls, lf0[order] - 1)
        slack = (lf0 - ef0)[order]
        first, title_glue, earliest, latest, rest, last = _JSON_INDENT if indent else _JSON_COMPACT
        cut = earliest.index("{}") + 2
        day = _IsoDays().day
        least = self.min_slack
        pieces = [_texts_of(es, lambda d: earliest[:cut].format(day(d)).encode(), np),
                  _texts_of(ef, lambda d: earliest[cut:].format(day(d)).encode(), np),
                  _texts_of(lf, lambda d: latest.format(day(d)).encode(), np),
                  _texts_of(slack, lambda v: rest.format(
                      v, "true" if v == least else "false").encode(), np)]
        del es, ef, ls, lf, slack
        end_of_row = pieces[-1]
        end_of_row[-1] = end_of_row[-1][:end_of_row[-1].rindex(b"}") + 1] + last
        return _chunks(first, title_glue, _gather(cols.ids, order, np),
                       _gather(cols.titles, order, np), *pieces)

    def _plain_chunks(self, indent: bool, ids: list[str], titles: list[str]
                      ) -> Iterator[bytes]:
        """:meth:`_json_chunks` of a small plan's lists: the same pieces, each distinct one
        made once, laid out by ``map`` (no Python work per task)."""
        order = _tolist(self._order)
        es, ef, ls, lf = (_pick(_tolist(a), order)
                          for a in (self._es, self._ef, self._ls, self._lf))
        first, title_glue, earliest, latest, rest, last = _JSON_INDENT if indent else _JSON_COMPACT
        cut = earliest.index("{}") + 2
        day = _IsoDays().day
        least = self.min_slack
        # the days written: earliest finish and latest finish are the last days (the
        # arrays hold the days after them), never before the start
        slack = list(map(sub, lf, ef))
        ef = list(map(max, es, map(sub, ef, repeat(1))))
        lf = list(map(max, ls, map(sub, lf, repeat(1))))
        del ls
        pieces = [_texts_by_value(es, lambda d: earliest[:cut].format(day(d)).encode()),
                  _texts_by_value(ef, lambda d: earliest[cut:].format(day(d)).encode()),
                  _texts_by_value(lf, lambda d: latest.format(day(d)).encode()),
                  _texts_by_value(slack, lambda v: rest.format(
                      v, "true" if v == least else "false").encode())]
        del es, ef, lf, slack
        end_of_row = pieces[-1]
        end_of_row[-1] = end_of_row[-1][:end_of_row[-1].rindex(b"}") + 1] + last
        return _chunks(first, title_glue, _pick(ids, order), _pick(titles, order), *pieces)


def _texts_by_value(values: Sequence[int], text: Callable[[int], bytes]) -> list[bytes]:
    """``text`` of each value, made once for each distinct value."""
    return list(_pick({v: text(v) for v in set(values)}, values))


def _texts_of(values: _Arr, text: Callable[[int], bytes], np: Any) -> list[bytes]:
    """``text`` of each value, made once for each distinct value: looked up by offset
    when the values span a short range (days of a plan, slacks), else through
    :func:`numpy.unique` (no sort when it is not needed)."""
    lo, hi = int(values.min()), int(values.max())
    if hi - lo <= 4 * len(values) + 4096:
        at = values - lo
        present = np.zeros(hi - lo + 1, dtype=bool)
        present[at] = True
        table = [text(lo + k) if p else b"" for k, p in enumerate(present.tolist())]
        return _gather(table, at, np)
    distinct, which = np.unique(values, return_inverse=True)
    return _gather([text(v) for v in distinct.tolist()], which, np)


def _pick(values: Any, at: Sequence[Any]) -> Sequence[Any]:
    """``values[k]`` for each ``k`` of ``at``, looked up at C speed (one
    :func:`operator.itemgetter` call instead of a call per value)."""
    if len(at) > 1:
        return itemgetter(*at)(values)  # type: ignore[no-any-return]
    return [values[k] for k in at]  # (itemgetter of one key gives the value itself)


def _gather(values: list[Any], at: _Arr, np: Any) -> list[Any]:
    """``values[k]`` for each ``k`` of the array ``at``, gathered by numpy from an object
    array (no Python int made for each position). ``values`` hold no sequences: text or
    bytes."""
    table = np.empty(len(values), dtype=object)
    table[:] = values
    return table[at].tolist()  # type: ignore[no-any-return]


def _tolist(a: _Ints) -> list[int]:
    """A column as a list of ints (a small plan's is one already)."""
    return a if isinstance(a, list) else a.tolist()


class _IsoDays:
    """Each ordinal's ISO text, made once."""

    __slots__ = ("_text",)

    def __init__(self) -> None:
        self._text: dict[int, str] = {}

    def day(self, ordinal: int) -> str:
        text = self._text.get(ordinal)
        if text is None:
            text = self._text[ordinal] = date.fromordinal(ordinal).isoformat()
        return text


#: rows (or texts) at a time: a large plan's whole text is never held
_STEP = 2_000


def _chunks(first: bytes, title_glue: str, ids: Sequence[str], titles: Sequence[str],
            *after: list[bytes]) -> Iterator[bytes]:
    """The JSON text of :meth:`Schedule._json_chunks`, :data:`_STEP` rows at a time: each
    row's id, ``title_glue``, its title and its pieces of ``after`` (all in the rows'
    order).

    Laid out as bytes (``after``'s pieces, shared between rows, come encoded), each
    step's ids and titles encoded in one call (joined by NUL, which no id or title holds
    here: it would need an escape), so the whole text is never built as ``str`` and
    encoded again."""
    yield first
    step = _STEP
    width = 1 + len(after)
    n = len(ids)
    for lo in range(0, n, step):
        hi = lo + step
        k = min(step, n - lo)
        texts: list[str] = [title_glue, title_glue, title_glue, "\x00"] * k
        texts[0::4] = ids[lo:hi]
        texts[2::4] = titles[lo:hi]
        heads = "".join(texts).encode("utf-8").split(b"\x00")
        flat: list[bytes] = [b""] * (width * k)
        flat[0::width] = heads[:-1]
        for j, rest in enumerate(after, 1):
            flat[j::width] = rest[lo:hi]
        yield b"".join(flat)


def _needs_escape(text: str) -> bool:
    """Whether JSON text must escape something in ``text`` (:data:`_NEEDS_ESCAPE`); a
    printable text with no quote or backslash needs nothing (checked at C speed)."""
    if text.isprintable() and '"' not in text and "\\" not in text:
        return False
    return _NEEDS_ESCAPE.search(text) is not None


#: the text of a row around its id and title as ``json.dumps`` writes it: (before the
#: first id; between id and title; the earliest dates; the latest finish; slack and
#: critical up to the next row's id; after the last row's closing brace)
_JSON_INDENT = (b'[\n  {\n    "id": "', '",\n    "title": "',
                '",\n    "earliest_start": "{}",\n    "earliest_finish": "{}',
                '",\n    "latest_finish": "{}',
                '",\n    "slack_days": {},\n    "critical": {}\n  }},\n  {{\n    "id": "', b"\n]")
_JSON_COMPACT = (b'[{"id":"', '","title":"', '","earliest_start":"{}","earliest_finish":"{}',
                 '","latest_finish":"{}', '","slack_days":{},"critical":{}}},{{"id":"', b"]")


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
    if plan._compiled is None and len(plan._task_columns()) < SMALL_PLAN:
        return _plain_schedule(plan)
    import numpy as np

    from .graph import compile_plan

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
    path = _critical_path(c.ids, es, ef, slack, min_slack, src, dst)
    return Schedule(plan, es, ef, ls, lf, order, path, min_slack)


def _plain_schedule(plan: Plan) -> Schedule:
    """:func:`compute_schedule` of a small plan on plain lists: what :func:`compile_plan`
    and :func:`~planflow.graph.topological_levels` give, made the same way (levels of at
    least ``_THIN`` tasks in ascending position, then one task at a time), and the same
    passes."""
    from . import graph

    g = plain_graph(plan)
    if g.duplicates or g.unknown_deps:
        raise PlanValidationError([p for p in graph_problems(plan) if p.code in (
            "duplicate-id", "unknown-task")])
    cols = plan._task_columns()
    n = g.n
    assert plan.period is not None
    p0 = plan.period.start.toordinal()
    p1 = plan.period.end.toordinal() + 1
    ps = plan_start(plan).toordinal()
    # (start, day after the deadline, length when none is given) per distinct timeframe,
    # as _compile makes them: a window opened before the plan started is scheduled from
    # that start and takes what is left of it
    per_tf: dict[int, tuple[int, int, int]] = {}
    for k, tf in cols.distinct_timeframes().items():
        s0, d_excl, length = _timeframe_bounds(tf, p0)
        s = max(s0, min(ps, d_excl - 1))
        per_tf[k] = (s, d_excl, max(1, length - (s - s0)))
    wd = _WorkingDays(plan)
    wn = wd.n
    with paused_gc(2 * n):
        trip = list(map(per_tf.__getitem__, map(id, cols.timeframes)))
        es = list(map(itemgetter(0), trip))
        due = list(map(itemgetter(1), trip))
        durs = cols.durations
        dur: list[int] = ([t[2] if d is None else d for d, t in zip(durs, trip, strict=True)]
                          if None in durs else cast("list[int]", durs[:]))
        del trip
        succ: list[list[int]] = [[] for _ in range(n)]
        for u, v in zip(g.src, g.dst, strict=True):
            succ[u].append(v)
        # every dependency a task names is an edge into it (none is unknown here)
        deg = cols.dependencies()[0][:]
        # Kahn's levels as topological_levels makes them (levels of at least _THIN
        # tasks in ascending position, then one task at a time), with the forward pass:
        # a task's earliest start is final once it is reached
        ef = [0] * n
        order: list[int] = []
        frontier = [v for v in range(n) if not deg[v]]
        thin = graph._THIN
        while True:
            wide = len(frontier) >= thin
            # a wide level frees the next one; a thin one grows as tasks are freed
            ready: list[int] = [] if wide else frontier
            for v in frontier:
                f = wd.finish(es[v], wn[v]) if wn and v in wn else es[v] + dur[v]
                ef[v] = f
                for w in succ[v]:
                    if es[w] < f:
                        es[w] = f
                    deg[w] -= 1
                    if not deg[w]:
                        ready.append(w)
            order.extend(frontier)
            if not wide:
                break
            ready.sort()
            frontier = ready
    if len(order) != n:
        raise PlanValidationError(cycle_problems(plan))

    horizon = max(max(ef) if n else p1, p1)
    lf = [d if d < horizon else horizon for d in due]
    ls = [0] * n
    for v in reversed(order):
        m = lf[v]
        for w in succ[v]:
            x = ls[w]
            if x < m:
                m = x
        lf[v] = m
        ls[v] = wd.start_back(m, wn[v]) if wn and v in wn else m - dur[v]
    slack = [b - a for a, b in zip(ef, lf, strict=True)]
    min_slack = min(slack) if n else 0
    path = _critical_path(cols.ids, es, ef, slack, min_slack, g.src, g.dst)
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


def _critical_path(ids: list[str], es: _Ints, ef: _Ints, slack: _Ints, min_slack: int,
                   src: _Ints, dst: _Ints) -> tuple[str, ...]:
    """The longest chain of least-slack tasks, each starting the day the previous finishes
    (on a large plan's arrays or a small one's lists)."""
    if not ids:
        return ()
    start_of: Callable[[int], int]
    if isinstance(src, list):
        assert isinstance(es, list)
        start_of = es.__getitem__
        crit = [x == min_slack for x in slack]
        # a tight edge: both ends critical and no gap between them
        tight = [(u, v) for u, v in zip(src, dst, strict=True)
                 if crit[u] and crit[v] and ef[u] == es[v]]
        ts, td = [u for u, _ in tight], [v for _, v in tight]
        crit_nodes = [v for v, x in enumerate(crit) if x]
    else:
        import numpy as np

        es_a, ef_a, slack_a, src_a, dst_a = cast("tuple[_Arr, _Arr, _Arr, _Arr, _Arr]",
                                                 (es, ef, slack, src, dst))
        crit_a = slack_a == min_slack
        tight_a = crit_a[src_a] & crit_a[dst_a] & (ef_a[src_a] == es_a[dst_a])
        ts, td = src_a[tight_a].tolist(), dst_a[tight_a].tolist()
        crit_nodes = np.flatnonzero(crit_a).tolist()
        start_of = lambda v: int(es_a[v])  # noqa: E731
    if not ts:
        best = min(crit_nodes, key=start_of)  # the first of the earliest
        return (ids[best],)
    # longest chain in the (acyclic) tight subgraph, by number of tasks
    nxt: dict[int, list[int]] = {}
    indeg: dict[int, int] = {}
    for u, v in zip(ts, td, strict=True):
        nxt.setdefault(u, []).append(v)
        indeg[v] = indeg.get(v, 0) + 1
    nodes = set(ts) | set(td)
    order = [v for v in nodes if v not in indeg]
    order.sort(key=lambda v: (start_of(v), v))
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
    end = max(order, key=lambda v: (length[v], -start_of(v)))
    path = [end]
    while path[-1] in back:
        path.append(back[path[-1]])
    return tuple(ids[v] for v in reversed(path))
