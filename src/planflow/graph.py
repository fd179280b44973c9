"""The dependency graph: compact arrays for the hot passes, networkx for people.

:func:`compile_plan` turns a plan into integer-indexed numpy arrays once (cached on the
plan); validation and the schedule run on those for large plans (small ones run on plain
lists and never import numpy: this module imports it on first use). :func:`to_networkx`
builds the DiGraph users see and the rich cycle messages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._gc import paused_gc
from .errors import PlanflowError
from .lifespan import plan_start
from .timeframe import Kind

if TYPE_CHECKING:
    import networkx as nx
    import numpy as np

    from .plan import Plan

__all__ = ["CompiledPlan", "compile_plan", "to_networkx", "topological_levels"]

_THIN = 32  # below this many tasks in a level, a Python loop beats numpy's call overhead

#: "no deadline" as an ordinal: later than any real date
NO_DEADLINE = (2**63 - 1) // 4



class CompiledPlan:
    """A plan as arrays indexed by task position.

    ``index`` maps a task id to its position (the first of duplicated ids);
    ``src``/``dst`` are the dependency edges (``src`` must finish before ``dst``);
    ``start`` is the earliest day each task may start, ``due_excl`` the day after its
    deadline (``NO_DEADLINE`` when it has none), ``dur`` its length in days; all days
    are proleptic ordinals (``date.toordinal()``).
    """

    __slots__ = ("ids", "index", "src", "dst", "start", "due_excl", "dur", "unknown_deps",
                 "duplicates", "n", "period_start", "period_end_excl", "_levels")

    def __init__(self, ids: list[str], index: dict[str, int], src: np.ndarray, dst: np.ndarray,
                 start: np.ndarray, due_excl: np.ndarray, dur: np.ndarray,
                 unknown_deps: list[tuple[int, str]], duplicates: list[tuple[int, str]],
                 period_start: int, period_end_excl: int):
        self.ids = ids
        self.index = index
        self.src = src
        self.dst = dst
        self.start = start
        self.due_excl = due_excl
        self.dur = dur
        self.unknown_deps = unknown_deps
        self.duplicates = duplicates
        self.n = len(ids)
        self.period_start = period_start
        self.period_end_excl = period_end_excl
        self._levels: tuple[list[np.ndarray], list[int], np.ndarray, np.ndarray] | None = None

    def levels(self) -> tuple[list[np.ndarray], list[int], np.ndarray, np.ndarray]:
        """Kahn's topological levels, computed once (validation and the schedule share them)."""
        if self._levels is None:
            self._levels = topological_levels(self)
        return self._levels


def _timeframe_bounds(tf: object, period_start: int) -> tuple[int, int, int]:
    """(earliest start, day after the deadline, default duration) of one timeframe."""
    kind = tf.kind  # type: ignore[attr-defined]
    start = tf.start  # type: ignore[attr-defined]
    due = tf.due  # type: ignore[attr-defined]
    s = start.toordinal() if start is not None else period_start
    d = due.toordinal() + 1 if due is not None else NO_DEADLINE
    if kind is Kind.WINDOW and start is not None and tf.end is not None:  # type: ignore[attr-defined]
        length = tf.end.toordinal() - start.toordinal() + 1  # type: ignore[attr-defined]
    else:
        length = 1
    return s, d, length


def compile_plan(plan: Plan) -> CompiledPlan:
    """The plan's tasks and dependencies as integer-indexed arrays, made once per plan.

    Runs at C speed where it can (``map`` over attribute getters, numpy), since plans of
    100,000 tasks are compiled in the benchmark. Timeframe words must have been read
    (:func:`planflow.bind`): pending words would silently compile as "no deadline".
    """
    cached = plan._compiled
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    if not plan.resolved:
        raise PlanflowError("the plan's timeframe words have not been read: "
                            "pass it through planflow.bind(plan) first")
    with paused_gc(4 * plan._task_columns().n):
        compiled = _compile(plan)
    object.__setattr__(plan, "_compiled", compiled)
    return compiled


def _compile(plan: Plan) -> CompiledPlan:
    import numpy as np

    cols = plan._task_columns()
    n = cols.n
    ids = cols.ids
    index = dict(zip(ids, range(n), strict=True))
    duplicates: list[tuple[int, str]] = []
    if len(index) != n:
        index = {}
        for i, tid in enumerate(ids):
            if tid in index:
                duplicates.append((i, tid))
            else:
                index[tid] = i

    dep_counts, flat = cols.dependencies()
    counts = np.fromiter(dep_counts, dtype=np.int64, count=n)
    mapped = list(map(index.get, flat))
    dst_all = np.repeat(np.arange(n, dtype=np.int64), counts)
    unknown: list[tuple[int, str]] = []
    try:
        src = np.fromiter(mapped, dtype=np.int64, count=len(mapped))
    except TypeError:  # a None: a dependency on an unknown task
        keep = [m is not None for m in mapped]
        unknown = [(int(v), d) for v, d, k in zip(dst_all.tolist(), flat, keep, strict=True) if not k]
        src = np.fromiter((m for m in mapped if m is not None), dtype=np.int64,
                          count=len(mapped) - len(unknown))
        dst_all = dst_all[np.array(keep, dtype=bool)]
    dst = dst_all

    assert plan.period is not None
    p0 = plan.period.start.toordinal()
    p1 = plan.period.end.toordinal() + 1
    # timeframes are shared between tasks (the loader memoises them): work per distinct one
    distinct = cols.distinct_timeframes()
    slot = {k: j for j, k in enumerate(distinct)}
    bounds = np.array([_timeframe_bounds(tf, p0) for tf in distinct.values()],
                      dtype=np.int64).reshape(len(distinct), 3)
    per_task = bounds[np.fromiter(map(slot.__getitem__, map(id, cols.timeframes)),
                                  dtype=np.int64, count=n)]
    # a task whose window opens before the plan's life starts is scheduled from that start
    # (never past its own deadline; a deadline before the start is a validation warning)
    ps = plan_start(plan).toordinal()
    start = np.maximum(per_task[:, 0], np.minimum(ps, per_task[:, 1] - 1))
    durs = cols.durations
    if None in durs:
        # a task that takes its window's length takes what is left of the window once
        # the plan starts ("Quý I" in a plan issued on 23/3: 23/3 to 31/3, not 90 days
        # from 23/3); a length the plan gives stays as given
        left = np.maximum(1, per_task[:, 2] - (start - per_task[:, 0]))
        durs_f = np.array(durs, dtype=float) if n else np.zeros(0)
        dur = np.where(np.isnan(durs_f), left, np.nan_to_num(durs_f)).astype(np.int64)
    else:
        dur = np.fromiter(durs, dtype=np.int64, count=n)
    return CompiledPlan(ids, index, src, dst, start, per_task[:, 1].copy(), dur,
                        unknown, duplicates, p0, p1)


def to_networkx(plan: Plan) -> nx.DiGraph:
    """The plan as a networkx DiGraph; an edge u -> v means v depends on u.

    Dependencies on unknown tasks are left out (validation reports them).
    """
    import networkx as nx  # on first use: it takes longer to import than planflow

    g = nx.DiGraph(symbol=plan.document.symbol, title=plan.document.title)
    for t in plan.tasks:
        if t.id not in g:
            g.add_node(t.id, task=t, title=t.title, lead=t.lead)
    for t in plan.tasks:
        for d in t.depends_on:
            if d in g:
                g.add_edge(d, t.id)
    return g


def topological_levels(c: CompiledPlan) -> tuple[list[np.ndarray], list[int], np.ndarray, np.ndarray]:
    """Kahn's algorithm on the compiled arrays.

    Returns (wide levels as arrays, the thin tail as a list in topological order, the
    successor CSR pointer, the successor targets). Tasks left out of both sit on or
    behind a cycle.
    """
    import numpy as np

    n = c.n
    src, dst = c.src, c.dst
    # successors grouped by task, each group in the edges' order: the edges come in
    # ascending dst (compile_plan), so that is the order of (src, dst) pairs, which one
    # sort of src * n + dst gives (a stable argsort of src costs twice as much)
    pairs = src * n + dst
    pairs.sort()
    succ = pairs - pairs // n * n if n else pairs
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n), out=ptr[1:])
    indeg = np.bincount(dst, minlength=n).astype(np.int64)
    frontier = np.flatnonzero(indeg == 0)
    levels: list[np.ndarray] = []
    while frontier.size >= _THIN:
        levels.append(frontier)
        lo = ptr[frontier]
        cnt = ptr[frontier + 1] - lo
        total = int(cnt.sum())
        if not total:
            frontier = frontier[:0]
            break
        offs = np.repeat(lo - np.cumsum(cnt) + cnt, cnt) + np.arange(total)
        targets = succ[offs]
        np.subtract.at(indeg, targets, 1)
        # the targets left with no predecessor, ascending and once each (np.unique would
        # import numpy.ma to ask whether they are masked: a tenth of numpy's import)
        ready = np.sort(targets[indeg[targets] == 0])
        frontier = ready[np.concatenate(([True], ready[1:] != ready[:-1]))] if ready.size else ready
    tail: list[int] = []
    if frontier.size:
        # thin levels: plain Kahn, one task at a time
        deg = indeg.tolist()
        succ_l = succ.tolist()
        ptr_l = ptr.tolist()
        tail = frontier.tolist()
        for v in tail:
            for k in range(ptr_l[v], ptr_l[v + 1]):
                w = succ_l[k]
                deg[w] -= 1
                if not deg[w]:
                    tail.append(w)
    return levels, tail, ptr, succ
