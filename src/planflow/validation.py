"""Validation: every problem of a plan in one pass.

Core checks: duplicate task and agency ids, dependencies on unknown tasks, unknown
agencies (as lead, partner, parent, regime recipient), cycles (each with its whole path),
a task whose deadline falls before a dependency's deadline, a task due before the plan's
issue date, unreadable timeframes (warnings). Plugins add their own through ``validate_plan``.
"""

from __future__ import annotations

from itertools import chain, repeat
from operator import attrgetter
from typing import TYPE_CHECKING

from .errors import PlanflowError
from .lifespan import accepts_untracked, plan_start
from .problem import Problem, Severity
from .registry import bind, registry_of
from .text import Worded
from .timeframe import UNREADABLE, Kind, untracked_reason

if TYPE_CHECKING:
    from .document import Section
    from .graph import CompiledPlan
    from .plan import Plan
    from .registry import Registry
    from .task import TaskColumns

__all__ = ["validate", "graph_problems", "cycle_problems"]



def _label(plan: Plan, i: int) -> str:
    t = plan.tasks[i]
    return f"{t.id} ({t.title})" if t.title else t.id


#: below this many tasks (and when the plan has not been compiled yet) the graph checks
#: run on plain lists, made once per plan: importing numpy and compiling the arrays cost
#: more than the plain checks up to about 30,000 tasks (measured as whole `validate`
#: processes); the problems are the same (tests/test_validation.py compares both paths)
SMALL_PLAN = 25_000


class _PlainGraph:
    """What the graph checks read of :func:`planflow.graph.compile_plan`, as lists in
    the same order: ids' first positions, repeated ids, unknown dependencies, the edges
    (``src`` must finish before ``dst``) and each task's deadline (None: none)."""

    __slots__ = ("index", "duplicates", "unknown_deps", "src", "dst", "due", "n")

    def __init__(self, plan: Plan) -> None:
        cols = plan._task_columns()
        n = self.n = len(cols)
        ids = cols.ids
        self.index: dict[str, int] = dict(zip(ids, range(n), strict=True))
        self.duplicates: list[tuple[int, str]] = []
        if len(self.index) != n:
            self.index = {}
            for i, tid in enumerate(ids):
                if tid in self.index:
                    self.duplicates.append((i, tid))
                else:
                    self.index[tid] = i
        counts, flat = cols.dependencies()
        mapped = list(map(self.index.get, flat))
        dst = list(chain.from_iterable(map(repeat, range(n), counts)))
        self.unknown_deps: list[tuple[int, str]] = []
        if None in mapped:
            self.unknown_deps = [(v, d) for v, d, u in zip(dst, flat, mapped, strict=True)
                                 if u is None]
            dst = [v for v, u in zip(dst, mapped, strict=True) if u is not None]
            mapped = [u for u in mapped if u is not None]
        self.src: list[int] = mapped  # type: ignore[assignment]
        self.dst: list[int] = dst
        self.due = list(map(attrgetter("due"), cols.timeframes))


def plain_graph(plan: Plan) -> _PlainGraph:
    """The plan's graph as plain lists, made once per plan (the schedule of a small plan
    runs on it too)."""
    plain = plan._plain
    if plain is None:
        if not plan.resolved:
            raise PlanflowError("the plan's timeframe words have not been read: "
                                "pass it through planflow.bind(plan) first")
        plain = _PlainGraph(plan)
        object.__setattr__(plan, "_plain", plain)
    return plain  # type: ignore[no-any-return]


def _graph(plan: Plan) -> CompiledPlan | _PlainGraph:
    """The plan's compiled arrays (large plans, or compiled already), else a plain graph."""
    if plan._compiled is None and len(plan._task_columns()) < SMALL_PLAN:
        return plain_graph(plan)
    from .graph import compile_plan

    return compile_plan(plan)


def graph_problems(plan: Plan) -> list[Problem]:
    """Duplicate ids, unknown dependencies, unknown agencies, deadline order."""
    c = _graph(plan)
    out: list[Problem] = []
    for i, tid in c.duplicates:
        first = c.index[tid]
        out.append(Problem.worded("duplicate-id", "duplicate_task", {"task": tid, "first": first},
                                  f"tasks[{i}].id", subjects=(tid,)))
    seen: set[str] = set()
    for j, a in enumerate(plan.agencies):
        if a.id in seen:
            out.append(Problem.worded("duplicate-id", "duplicate_agency", {"agency": a.id},
                                      f"agencies[{j}].id", subjects=(a.id,)))
        seen.add(a.id)
    for i, dep in c.unknown_deps:
        t = plan.tasks[i]
        k = t.depends_on.index(dep)
        out.append(Problem.worded("unknown-task", "unknown_dependency",
                                  {"task": t.id, "dependency": dep},
                                  f"tasks[{i}].depends_on[{k}]", subjects=(t.id, dep)))
    out.extend(_agency_problems(plan, seen))
    out.extend(_deadline_order(plan))
    out.extend(_before_start(plan))
    return out


def _agency_problems(plan: Plan, known: set[str]) -> list[Problem]:
    out: list[Problem] = []
    cols = plan._task_columns()
    leads = cols.leads
    if not cols.agencies() <= known:
        for i, t in enumerate(plan.tasks):
            for field in ("lead", "partners"):
                for k, a in enumerate(getattr(t, field)):
                    if a not in known:
                        key = "unknown_lead" if field == "lead" else "unknown_partner"
                        out.append(Problem.worded("unknown-agency", key, {"task": t.id, "agency": a},
                                                  f"tasks[{i}].{field}[{k}]", subjects=(t.id, a)))
    for j, a in enumerate(plan.agencies):
        if a.parent is not None and a.parent not in known:
            out.append(Problem.worded("unknown-agency", "unknown_parent",
                                      {"agency": a.id, "parent": a.parent},
                                      f"agencies[{j}].parent", subjects=(a.id, a.parent)))
    r = plan.regime
    if r is not None:
        for field in ("recipient", "via"):
            v = getattr(r, field)
            if v is not None and v not in known:
                out.append(Problem.worded("unknown-agency", "regime_unknown_agency", {"agency": v},
                                          f"regime.{field}", subjects=(v,)))
        for k, hop in enumerate(r.chain):
            for field in ("agency", "to"):
                v = getattr(hop, field)
                if v not in known:
                    out.append(Problem.worded("unknown-agency", "chain_unknown_agency", {"agency": v},
                                              f"regime.chain[{k}].{field}", subjects=(v,)))
            if k and r.chain[k - 1].to != hop.agency:
                out.append(Problem.worded("broken-chain", "broken_chain",
                                          {"agency": r.chain[k - 1].agency, "to": r.chain[k - 1].to,
                                           "next": hop.agency},
                                          f"regime.chain[{k}].agency", subjects=(hop.agency,)))
        for k, v in enumerate(r.reporters):
            if v not in known:
                out.append(Problem.worded("unknown-agency", "regime_unknown_agency", {"agency": v},
                                          f"regime.reporters[{k}]", subjects=(v,)))
    if not all(leads):
        for i, t in enumerate(plan.tasks):
            if t.lead:
                continue
            out.append(Problem.worded("no-lead", "no_lead", {"task": t.id}, f"tasks[{i}].lead",
                                      Severity.WARNING, (t.id,)))
    return out


def _late_edges(plan: Plan) -> list[tuple[int, int]]:
    """The edges (u, v), in order, where v is due before u, both having deadlines."""
    c = _graph(plan)
    if isinstance(c, _PlainGraph):
        due = c.due
        return [(u, v) for u, v in zip(c.src, c.dst, strict=True)
                if (du := due[u]) is not None and (dv := due[v]) is not None and dv < du]
    if not c.src.size:
        return []
    import numpy as np

    from .graph import NO_DEADLINE

    du, dv = c.due_excl[c.src], c.due_excl[c.dst]
    bad = np.flatnonzero((du != NO_DEADLINE) & (dv != NO_DEADLINE) & (dv < du))
    return [(int(c.src[e]), int(c.dst[e])) for e in bad.tolist()]


def _deadline_order(plan: Plan) -> list[Problem]:
    out = []
    for u, v in _late_edges(plan):
        tu, tv = plan.tasks[u], plan.tasks[v]
        assert tu.timeframe.due is not None and tv.timeframe.due is not None
        out.append(Problem.worded(
            "deadline-before-dependency", "deadline_before_dependency",
            {"task": tv.id, "due": tv.timeframe.due, "dependency": tu.id,
             "dependency_due": tu.timeframe.due},
            f"tasks[{v}].timeframe", subjects=(tv.id, tu.id)))
    return out


def _before_start(plan: Plan) -> list[Problem]:
    """A one-off task due before the plan's life starts (its issue date): a warning
    naming the task (its window is scheduled from the start; the deadline stands)."""
    c = _graph(plan)
    cols = plan._task_columns()
    first = plan_start(plan)
    if isinstance(c, _PlainGraph):
        early = [i for i, d in enumerate(c.due) if d is not None and d < first]
    else:
        import numpy as np

        early = np.flatnonzero(c.due_excl <= first.toordinal()).tolist()
    out = []
    for i in early:
        tid, tf = cols.ids[i], cols.timeframes[i]
        if tf.kind is Kind.RECURRING or tf.due is None:
            continue
        out.append(Problem.worded(
            "deadline-before-issue", "deadline_before_issue",
            {"task": tid, "title": cols.titles[i], "due": tf.due, "start": first},
            f"tasks[{i}].timeframe", Severity.WARNING, (tid,)))
    return out


def _knotted_edges(plan: Plan) -> list[tuple[int, int]] | None:
    """The edges, in order, between tasks that Kahn's algorithm never reaches (on or
    behind a cycle); None when it reaches every task."""
    c = _graph(plan)
    if isinstance(c, _PlainGraph):
        indeg = [0] * c.n
        succ: list[list[int]] = [[] for _ in range(c.n)]
        for u, v in zip(c.src, c.dst, strict=True):
            indeg[v] += 1
            succ[u].append(v)
        order = [v for v in range(c.n) if not indeg[v]]
        for v in order:
            for w in succ[v]:
                indeg[w] -= 1
                if not indeg[w]:
                    order.append(w)
        if len(order) == c.n:
            return None
        reached = set(order)
        return [(u, v) for u, v in zip(c.src, c.dst, strict=True)
                if u not in reached and v not in reached]
    import numpy as np

    levels, tail, _, _ = c.levels()
    done = np.zeros(c.n, dtype=bool)
    for lv in levels:
        done[lv] = True
    if tail:
        done[np.array(tail, dtype=np.int64)] = True
    if done.all():
        return None
    keep = ~done[c.src] & ~done[c.dst]
    return list(zip(c.src[keep].tolist(), c.dst[keep].tolist(), strict=True))


def cycle_problems(plan: Plan) -> list[Problem]:
    """One problem per dependency cycle, naming the whole path with ids and titles."""
    edges = _knotted_edges(plan)
    if edges is None:
        return []
    import networkx as nx  # only to explain a cycle

    g = nx.DiGraph()
    g.add_edges_from(edges)
    out = []
    comps = [s for s in nx.strongly_connected_components(g)
             if len(s) > 1 or any(g.has_edge(v, v) for v in s)]
    comps.sort(key=min)
    for comp in comps:
        start = min(comp)
        cyc = [u for u, _ in nx.find_cycle(g.subgraph(comp), source=start)]
        names = [_label(plan, i) for i in cyc] + [_label(plan, cyc[0])]
        knot = len(comp) > len(cyc)
        out.append(Problem.worded("cycle", "cycle_knot" if knot else "cycle",
                                  {"path": " -> ".join(names), "n": len(comp)} if knot
                                  else {"path": " -> ".join(names)},
                                  f"tasks[{cyc[0]}].depends_on",
                                  subjects=tuple(plan.tasks[i].id for i in cyc)))
    return out


def _timeframe_problems(plan: Plan) -> list[Problem]:
    """An impossible time is an error; a time the engine cannot track (words no reader
    understands, a recurrence with no occurrence, a window without dates) is an error
    naming the task and the words, unless ``settings.engine.untracked = "accept"`` makes
    it a warning (the task is then listed as untracked); what a parser had to assume is a
    warning."""
    out: list[Problem] = []
    seen: dict[int, list[str]] = {}
    tfs = plan._task_columns().distinct_timeframes()
    if not any(tf.warnings or not tf.resolved or untracked_reason(tf) for tf in tfs.values()):
        return out
    accept = accepts_untracked(plan)
    for i, t in enumerate(plan.tasks):
        tf = t.timeframe
        why = untracked_reason(tf)
        if tf.kind is Kind.UNRESOLVED and tf.invalid:
            why = Worded.joined("; ", tf.warnings) if tf.warnings else "unreadable"
            out.append(Problem.worded("invalid-timeframe", "invalid_timeframe",
                                      {"text": tf.text, "task": t.id, "reason": why},
                                      f"tasks[{i}].timeframe", Severity.ERROR, (t.id,)))
        elif why is not None and not tf.text.strip():
            out.append(Problem.worded("unresolved-timeframe", "no_timeframe", {"task": t.id},
                                      f"tasks[{i}].timeframe", Severity.WARNING, (t.id,)))
        elif why is not None:
            # words nobody reads: a sentence of their own (the other reasons are quoted)
            key, said = (("unreadable", {"text": tf.text, "task": t.id}) if why == UNREADABLE
                         else ("untracked", {"text": tf.text, "task": t.id, "reason": why}))
            if accept:
                out.append(Problem.worded("untracked-timeframe", f"{key}_accepted", said,
                                          f"tasks[{i}].timeframe", Severity.WARNING, (t.id,)))
            else:
                out.append(Problem.worded("untracked-timeframe", key, said,
                                          f"tasks[{i}].timeframe", Severity.ERROR, (t.id,)))
        if tf.warnings and tf.kind is not Kind.UNRESOLVED and id(tf) not in seen:
            seen[id(tf)] = list(tf.warnings)
            for w in tf.warnings:
                # a time the document does not state is no words to quote: the note says so
                out.append(Problem.worded("timeframe-note", "timeframe_note" if tf.text.strip()
                                          else "timeframe_note_unstated",
                                          {"text": tf.text, "note": w},
                                          f"tasks[{i}].timeframe", Severity.WARNING, (t.id,)))
    return out


#: the years a plan may cover: leaves room for date arithmetic (reports, escalations)
#: before Python's year 9999
YEARS = (1000, 8999)
#: the longest task, in days (a century)
MAX_DURATION = 36_500


def limits_problems(plan: Plan) -> list[Problem]:
    """A period outside :data:`YEARS`, a task longer than :data:`MAX_DURATION` days or
    dated outside those years: errors every command shares (the CLI checks them on
    loading, before any date arithmetic could overflow); and a warning for a plan with
    no tasks (a parent plan may hold only its reporting regime)."""
    out: list[Problem] = []
    cols = plan._task_columns()
    if not cols.n:
        out.append(Problem.worded("no-tasks", "no_tasks", {}, "tasks", Severity.WARNING))
    p = plan.period
    if p is not None and not (YEARS[0] <= p.start.year and p.end.year <= YEARS[1]):
        out.append(Problem.worded("period-out-of-range", "period_out_of_range",
                                  {"first_year": YEARS[0], "last_year": YEARS[1],
                                   "start": p.start, "end": p.end}, "period", Severity.ERROR))
    if _tasks_within_limits(cols):
        return out
    for i, (tid, days, w, tf) in enumerate(zip(cols.ids, cols.durations, cols.working,
                                               cols.timeframes, strict=True)):
        if days is not None and days > MAX_DURATION:
            out.append(Problem.worded("duration-out-of-range", "too_long",
                                      {"task": tid, "most": MAX_DURATION, "days": days},
                                      f"tasks[{i}].duration_days", Severity.ERROR, (tid,)))
        if w is not None and w > MAX_DURATION:
            out.append(Problem.worded("duration-out-of-range", "too_long_working",
                                      {"task": tid, "most": MAX_DURATION, "days": w},
                                      f"tasks[{i}].duration_working_days", Severity.ERROR, (tid,)))
        if w is not None and days is not None:
            out.append(Problem.worded("duration-conflict", "duration_conflict",
                                      {"task": tid, "days": days, "working": w},
                                      f"tasks[{i}].duration_working_days", Severity.ERROR, (tid,)))
        for d in (tf.start, tf.end, tf.due):
            if d is not None and not YEARS[0] <= d.year <= YEARS[1]:
                out.append(Problem.worded("date-out-of-range", "date_out_of_range",
                                          {"task": tid, "day": d, "first_year": YEARS[0],
                                           "last_year": YEARS[1]}, f"tasks[{i}].timeframe",
                                          Severity.ERROR, (tid,)))
                break
    return out


def _tasks_within_limits(cols: TaskColumns) -> bool:
    """True when no task breaks a limit (checked on distinct values: a plan of a million
    tasks has a few hundred lengths and timeframes)."""
    for column in (cols.durations, cols.working):
        counts = {d for d in set(column) if d is not None}
        if counts and max(counts) > MAX_DURATION:
            return False
    if any(w is not None for w in set(cols.working)) and any(
            w is not None and d is not None
            for d, w in zip(cols.durations, cols.working, strict=True)):
        return False
    for tf in cols.distinct_timeframes().values():
        for d in (tf.start, tf.end, tf.due):
            if d is not None and not YEARS[0] <= d.year <= YEARS[1]:
                return False
    return True


def _section_problems(plan: Plan) -> list[Problem]:
    """A tasks section naming a task the plan does not have, or one another section
    names already (it would be printed twice)."""
    out: list[Problem] = []
    placed: dict[str, str] = {}

    def walk(sections: tuple[Section, ...], where: str) -> None:
        for k, s in enumerate(sections):
            here = f"{where}[{k}]"
            for j, tid in enumerate(s.tasks):
                if tid not in plan.task_by_id:
                    out.append(Problem.worded("section-unknown-task", "section_unknown_task",
                                              {"section": s.heading, "task": tid},
                                              f"{here}.tasks[{j}]", Severity.ERROR, (tid,)))
                elif tid in placed:
                    out.append(Problem.worded("section-task-twice", "section_task_twice",
                                              {"task": tid, "first": placed[tid], "section": s.heading},
                                              f"{here}.tasks[{j}]", Severity.ERROR, (tid,)))
                else:
                    placed[tid] = s.heading
            walk(s.subsections, f"{here}.subsections")

    walk(plan.sections, "sections")
    return out


def validate(plan: Plan, registry: Registry | None = None) -> list[Problem]:
    """All problems of ``plan``: errors first, then warnings, each group in plan order.

    The core's checks, then every plugin's ``validate_plan``; the plan's words are read
    first when they are not yet (:func:`planflow.bind`, in ``registry`` or the plan's own).
    """
    plan = bind(plan, registry)
    limits = limits_problems(plan)
    if any(x.code != "no-tasks" for x in limits):
        return limits  # the other checks' date arithmetic may overflow on these
    reg = registry_of(plan)
    try:
        reg.calendar(plan.calendar)
    except PlanflowError as e:
        return limits + [Problem.worded("unknown-calendar", "unknown_calendar", {"detail": str(e)},
                                        "calendar", Severity.ERROR)]
    problems = limits + graph_problems(plan) + cycle_problems(plan) + _timeframe_problems(plan)
    problems += _section_problems(plan)
    from .cadence import cadence_problems  # (a schedule, which needs the graph, does not)

    problems += cadence_problems(plan)
    if plan.settings or any(a.contacts for a in plan.agencies):
        # (a plan that sets nothing and names no contacts has no settings problems:
        # tests/test_settings.py checks the full check finds nothing there)
        from .settings import settings_problems

        problems += settings_problems(plan, lambda: reg.channels())
    for extra in reg.hook.validate_plan(plan=plan):
        problems.extend(extra or ())
    problems.sort(key=lambda p: p.severity is not Severity.ERROR)
    return problems
