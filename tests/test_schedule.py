"""The schedule: hand-computed dates, and random DAGs against networkx's longest path."""

from __future__ import annotations

import json
from datetime import date, timedelta

import attrs
import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planflow
import planflow.graph as graph_mod
import planflow.schedule as schedule_mod
from planflow import DocumentInfo, Plan, PlanValidationError, Task

from .conftest import make_plan

D = date.fromisoformat


@pytest.fixture(params=["plain", "python", "numpy"])
def passes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run each test through every code path: a small plan's plain lists, and the arrays
    with thin levels (Python) and wide levels (numpy)."""
    if request.param != "plain":
        monkeypatch.setattr(schedule_mod, "SMALL_PLAN", 0)
        monkeypatch.setattr(graph_mod, "_THIN", 10**9 if request.param == "python" else 1)
    return request.param


def test_hand_computed_chain(small_plan: Plan, passes: str) -> None:
    s = planflow.compute_schedule(small_plan)
    t1, t2, t3 = s["t1"], s["t2"], s["t3"]
    # t1 fills its window 1-10 January
    assert (t1.earliest_start, t1.earliest_finish, t1.latest_finish, t1.slack_days) == (
        D("2023-01-01"), D("2023-01-10"), D("2023-01-10"), 0)
    # t2 takes 5 days after t1, due 1 February
    assert (t2.earliest_start, t2.earliest_finish, t2.latest_finish, t2.slack_days) == (
        D("2023-01-11"), D("2023-01-15"), D("2023-02-01"), 17)
    assert t2.latest_start == D("2023-01-28")
    # t3 takes 10 days after t2, due 31 March
    assert (t3.earliest_start, t3.earliest_finish, t3.latest_start, t3.latest_finish, t3.slack_days) == (
        D("2023-01-16"), D("2023-01-25"), D("2023-03-22"), D("2023-03-31"), 65)
    assert [e.critical for e in (t1, t2, t3)] == [True, False, False]
    assert s.critical_path == ("t1",)
    assert s.finish == D("2023-01-25")


def test_hand_computed_diamond_without_deadlines(passes: str) -> None:
    plan = make_plan([
        Task("a", "A", lead=["a"], duration_days=3),
        Task("b", "B", lead=["a"], depends_on=["a"], duration_days=2),
        Task("c", "C", lead=["a"], depends_on=["a"], duration_days=5),
        Task("d", "D", lead=["a"], depends_on=["c", "b"], duration_days=1),
    ], period="2023-01-01/2023-01-31")
    s = planflow.compute_schedule(plan)
    assert s["a"].earliest_finish == D("2023-01-03")
    assert s["b"].earliest_start == D("2023-01-04") and s["c"].earliest_finish == D("2023-01-08")
    assert s["d"].earliest_start == D("2023-01-09") and s["d"].earliest_finish == D("2023-01-09")
    # nothing has a deadline: the horizon is the period's end (31 January)
    assert s["d"].latest_finish == D("2023-01-31") and s["d"].slack_days == 22
    assert s["b"].latest_finish == D("2023-01-30") and s["b"].slack_days == 25
    assert s["a"].latest_finish == D("2023-01-25") and s["a"].slack_days == 22
    assert s.critical_path == ("a", "c", "d")
    assert [e.id for e in s][0] == "a"


def test_negative_slack_when_a_deadline_cannot_be_met(passes: str) -> None:
    plan = make_plan([
        Task("prep", "Prepare", lead=["a"], timeframe="2023-01-10", duration_days=10),
        Task("go", "Go", lead=["a"], timeframe="2023-01-12", depends_on=["prep"], duration_days=5),
    ])
    s = planflow.compute_schedule(plan)
    assert s["go"].earliest_finish == D("2023-01-15")
    assert s["go"].slack_days == -3 and s["prep"].slack_days == -3
    assert s.critical_path == ("prep", "go")


def test_window_start_holds_a_task_back(passes: str) -> None:
    plan = make_plan([
        Task("a", "A", lead=["a"], duration_days=2),
        Task("b", "B", lead=["a"], depends_on=["a"], timeframe="2023-04-01/2023-06-30"),
    ])
    s = planflow.compute_schedule(plan)
    # b cannot start before its window even though a is done on 2 January
    assert s["b"].earliest_start == D("2023-04-01")
    assert s["b"].earliest_finish == D("2023-06-30")  # no duration: it fills its window


def test_a_window_opened_before_the_plan_takes_what_is_left_of_it(passes: str) -> None:
    """A plan issued on 23/3 with a "first quarter" task: the task has 23/3 to 31/3 (no
    slack, not 81 days late); a length the plan gives stays as given; a window that opens
    after the issue date is untouched."""
    plan = make_plan([
        Task("q1", "Q1", lead=["a"], timeframe="2023-01-01/2023-03-31"),
        Task("q1-long", "Q1 with a length", lead=["a"], timeframe="2023-01-01/2023-03-31",
             duration_days=20),
        Task("year", "The year", lead=["a"], timeframe="2023-01-01/2023-12-31"),
        Task("q2", "Q2", lead=["a"], timeframe="2023-04-01/2023-06-30"),
        Task("after", "After Q1", lead=["a"], depends_on=["q1"], duration_days=3),
    ], document=DocumentInfo(symbol="1/KH-TEST", title="Test", date=date(2023, 3, 23)))
    s = planflow.compute_schedule(plan)
    assert (s["q1"].earliest_start, s["q1"].earliest_finish, s["q1"].slack_days) == (
        D("2023-03-23"), D("2023-03-31"), 0)
    assert (s["q1-long"].earliest_finish, s["q1-long"].slack_days) == (D("2023-04-11"), -11)
    assert (s["year"].earliest_finish, s["year"].slack_days) == (D("2023-12-31"), 0)
    assert (s["q2"].earliest_start, s["q2"].earliest_finish) == (D("2023-04-01"), D("2023-06-30"))
    assert s["after"].earliest_start == D("2023-04-01")


def test_schedule_refuses_cycles_and_unknown_tasks(passes: str) -> None:
    cyclic = make_plan([
        Task("a", "A", lead=["a"], depends_on=["c"]),
        Task("b", "B", lead=["a"], depends_on=["a"]),
        Task("c", "C", lead=["a"], depends_on=["b"]),
    ])
    with pytest.raises(PlanValidationError, match=r"a \(A\) -> b \(B\) -> c \(C\) -> a \(A\)"):
        planflow.compute_schedule(cyclic)
    unknown = make_plan([Task("a", "A", lead=["a"], depends_on=["zz"])])
    with pytest.raises(PlanValidationError, match="unknown task 'zz'"):
        planflow.compute_schedule(unknown)


def test_empty_plan(passes: str) -> None:
    s = planflow.compute_schedule(make_plan([]))
    assert len(s) == 0 and s.critical_path == () and s.to_list() == []


def test_to_list_shape(small_plan: Plan) -> None:
    row = planflow.compute_schedule(small_plan).to_list()[0]
    assert set(row) == {"id", "title", "earliest_start", "earliest_finish", "latest_start",
                        "latest_finish", "slack_days", "critical"}


@st.composite
def dags(draw: st.DrawFn, max_nodes: int = 60) -> tuple[list[int], list[tuple[int, int]]]:
    n = draw(st.integers(1, max_nodes))
    durs = draw(st.lists(st.integers(1, 9), min_size=n, max_size=n))
    edges = draw(st.sets(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=3 * n))
    # orient every edge from the lower to the higher number: always acyclic
    return durs, sorted({(min(u, v), max(u, v)) for u, v in edges if u != v})


def _plan_of(durs: list[int], edges: list[tuple[int, int]], perm: list[int]) -> Plan:
    deps: dict[int, list[str]] = {v: [] for v in range(len(durs))}
    for u, v in edges:
        deps[v].append(f"n{u}")
    tasks = [Task(f"n{v}", f"node {v}", lead=["a"], duration_days=durs[v], depends_on=deps[v])
             for v in perm]
    return make_plan(tasks, period="2023-01-01/2023-01-01")


@settings(max_examples=150, deadline=None)
@given(dags(), st.randoms(use_true_random=False), st.sampled_from(["plain", "python", "numpy"]))
def test_random_dags_match_networkx(dag: tuple, rnd, mode: str) -> None:  # type: ignore[no-untyped-def]
    durs, edges = dag
    perm = list(range(len(durs)))
    rnd.shuffle(perm)
    old, small = graph_mod._THIN, schedule_mod.SMALL_PLAN
    if mode != "plain":
        schedule_mod.SMALL_PLAN = 0
        graph_mod._THIN = 10**9 if mode == "python" else 1
    try:
        plan = _plan_of(durs, edges, perm)
        s = planflow.compute_schedule(plan)
    finally:
        graph_mod._THIN, schedule_mod.SMALL_PLAN = old, small
    g = nx.DiGraph()
    g.add_nodes_from(range(len(durs)))
    for u, v in edges:
        g.add_edge(u, v, weight=durs[u])
    for v in range(len(durs)):
        g.add_edge(v, "end", weight=durs[v])
    length = nx.dag_longest_path_length(g)
    p0 = D("2023-01-01")
    assert s.finish == p0 + timedelta(days=length - 1)
    entries = {e.id: e for e in s}
    for u, v in edges:
        assert entries[f"n{v}"].earliest_start > entries[f"n{u}"].earliest_finish
        assert entries[f"n{u}"].latest_finish < entries[f"n{v}"].latest_start
    for e in entries.values():
        assert e.earliest_start >= p0 and e.slack_days >= 0
        assert e.latest_start - e.earliest_start == timedelta(days=e.slack_days)
    # the critical path is a chain of graph edges with no gaps, as long as the plan
    path = [int(x[1:]) for x in s.critical_path]
    assert all(g.has_edge(u, v) for u, v in zip(path, path[1:], strict=False))
    assert sum(durs[v] for v in path) == length
    assert all(entries[f"n{v}"].critical for v in path)


def test_long_chain_and_wide_levels_agree() -> None:
    """A plan with both wide levels and a long thin tail goes through both passes."""
    tasks = [Task(f"w{i}", "wide", lead=["a"], duration_days=1 + i % 3) for i in range(200)]
    tasks += [Task("c0", "chain", lead=["a"], depends_on=[f"w{i}" for i in range(200)], duration_days=2)]
    tasks += [Task(f"c{i}", "chain", lead=["a"], depends_on=[f"c{i-1}"], duration_days=1) for i in range(1, 300)]
    plan = make_plan(tasks)
    s = planflow.compute_schedule(plan)
    assert s["c0"].earliest_start == D("2023-01-04")
    assert s["c299"].earliest_finish == D("2023-01-04") + timedelta(days=1 + 299)
    assert s.critical_path[0] in {f"w{i}" for i in range(2, 200, 3)}
    assert s.critical_path[1:] == tuple(f"c{i}" for i in range(300))


@settings(max_examples=60, deadline=None)
@given(dags(max_nodes=40), st.randoms(use_true_random=False),
       st.text(min_size=1, max_size=8))
def test_rows_and_json_match_the_entries(dag: tuple, rnd, title: str) -> None:  # type: ignore[no-untyped-def]
    """rows() and to_json(), made from the arrays, say what the entries say, and to_json()
    is byte for byte the standard library's indented JSON (what `schedule --json` printed)."""
    import json

    durs, edges = dag
    perm = list(range(len(durs)))
    rnd.shuffle(perm)
    plan = _plan_of(durs, edges, perm)
    plan = make_plan([Task(t.id, f"{t.title} {title}", lead=t.lead, duration_days=t.duration_days,
                           depends_on=t.depends_on) for t in plan.tasks],
                     period="2023-01-01/2023-01-01")
    s = planflow.compute_schedule(plan)
    full = s.to_list()
    assert s.rows(latest_start=True) == full
    short = [{k: v for k, v in row.items() if k != "latest_start"} for row in full]
    assert s.rows() == short
    assert s.to_json() == json.dumps(short, ensure_ascii=False, indent=2).encode("utf-8")
    assert s.to_json(indent=False) == json.dumps(
        short, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def test_json_of_an_empty_schedule() -> None:
    s = planflow.compute_schedule(make_plan([]))
    assert s.rows() == [] and s.to_json() == b"[]"


def test_duration_in_working_days_on_the_plans_calendar():
    """3 working days from a Friday end on Tuesday; the latest start counts back over the
    weekend; on the "vn" calendar the Tết days off are skipped too."""
    plan = planflow.bind(Plan(
        document=DocumentInfo(date=date(2024, 1, 2)), period=2024, tasks=[
            Task("a", "A", timeframe="2024-02-02/2024-03-31", duration_working_days=3),
            Task("b", "B", depends_on=["a"], duration_days=2),
            Task("c", "C", depends_on=["b"], duration_working_days=5, timeframe="2024-02-23")]))
    s = planflow.compute_schedule(plan)
    assert (s["a"].earliest_start, s["a"].earliest_finish) == (date(2024, 2, 2), date(2024, 2, 6))
    assert (s["c"].earliest_start, s["c"].earliest_finish) == (date(2024, 2, 9), date(2024, 2, 15))
    assert (s["c"].latest_start, s["c"].latest_finish) == (date(2024, 2, 19), date(2024, 2, 23))
    assert s["a"].latest_start == date(2024, 2, 14)
    vn = planflow.bind(attrs.evolve(plan, calendar="vn"))
    # Tết 2024: 8-14 February off; 5 working days from 9 February: 15, 16, 19, 20, 21
    assert planflow.compute_schedule(vn)["c"].earliest_finish == date(2024, 2, 21)


def test_both_durations_is_an_error():
    plan = planflow.bind(Plan(document=DocumentInfo(date=date(2024, 1, 2)), tasks=[
        Task("a", "A", duration_days=2, duration_working_days=2)]))
    codes = [(p.code, p.where) for p in planflow.validate(plan)]
    assert ("duration-conflict", "tasks[0].duration_working_days") in codes


@st.composite
def windowed_plans(draw: st.DrawFn) -> Plan:
    """Random DAGs as plans write them: windows (some opened before the plan's issue
    date), deadlines, no time at all, lengths in days or working days or none, repeated
    dependencies, titles that JSON must escape, tasks in any order."""
    n = draw(st.integers(0, 45))
    edges = draw(st.sets(st.tuples(st.integers(0, max(n - 1, 0)), st.integers(0, max(n - 1, 0))),
                         max_size=3 * n))
    edges_l = sorted({(min(u, v), max(u, v)) for u, v in edges if u != v})
    perm = draw(st.permutations(range(n)))
    day = st.integers(0, 364).map(lambda k: date(2023, 1, 1) + timedelta(days=k))
    tasks = []
    for v in range(n):
        kind = draw(st.sampled_from(["window", "due", "none"]))
        tf: str | None = None
        if kind == "window":
            a, b = sorted((draw(day), draw(day)))
            tf = f"{a.isoformat()}/{b.isoformat()}"
        elif kind == "due":
            tf = draw(day).isoformat()
        length = draw(st.sampled_from(["days", "working", "none"]))
        deps = [f"n{u}" for u, w in edges_l if w == v]
        if deps and draw(st.booleans()):
            deps.append(deps[0])  # named twice
        tasks.append(Task(f"n{v}", draw(st.sampled_from(["node", "nút \"việc\"", "tab\there"]))
                          + f" {v}", lead=["a"], timeframe=tf, depends_on=deps,
                          duration_days=draw(st.integers(0, 40)) if length == "days" else None,
                          duration_working_days=(draw(st.integers(0, 12)) if length == "working"
                                                 else None)))
    issued = draw(st.sampled_from([date(2023, 1, 1), date(2023, 3, 23), date(2023, 7, 1)]))
    return make_plan([tasks[v] for v in perm], calendar=draw(st.sampled_from(["weekdays", "vn"])),
                     document=DocumentInfo(symbol="1/KH-TEST", title="Test", date=issued))


@settings(max_examples=120, deadline=None)
@given(windowed_plans(), st.sampled_from([1, 3, 32, 10**9]))
def test_plain_and_array_passes_agree(plan: Plan, thin: int) -> None:
    """A small plan's plain lists and the numpy arrays give the same schedule, entry by
    entry and in the same order, and the same ``--json`` bytes, compact and indented."""
    def everything(s: planflow.Schedule) -> tuple[object, ...]:
        return (list(s), s.critical_path, s.min_slack, s.finish, s.to_json(),
                s.to_json(indent=False), s.rows(latest_start=True), s.rows(), s.to_list(),
                [s[e.id] for e in s])

    old, small = graph_mod._THIN, schedule_mod.SMALL_PLAN
    graph_mod._THIN = thin
    try:
        plain = planflow.compute_schedule(plan)
        assert plan._compiled is None and isinstance(plain._es, list)
        want = everything(plain)
        schedule_mod.SMALL_PLAN = 0
        arrays = planflow.compute_schedule(plan)
        assert not isinstance(arrays._es, list)
        assert everything(arrays) == want
    finally:
        graph_mod._THIN, schedule_mod.SMALL_PLAN = old, small


def test_a_small_schedule_imports_no_numpy(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`schedule --json` of a small plan runs without numpy (its import alone costs more
    than the whole schedule); a large one imports it."""
    import subprocess
    import sys

    from .conftest import ROOT

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import synthetic_plan

    path = tmp_path / "plan.json"
    path.write_text(json.dumps(synthetic_plan(300)), encoding="utf-8")
    code = ("import sys; from planflow.cli import main; sys.argv = ['planflow', 'schedule', "
            f"{str(path)!r}, '--json'];\ntry: main()\nexcept SystemExit: pass\n"
            "print('numpy' in sys.modules, file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip() == "False"
    assert [row["id"] for row in json.loads(out.stdout)] == [
        e.id for e in planflow.compute_schedule(planflow.load(str(path)))]


def test_json_of_days_years_apart_on_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """Days spread over decades (more than the arrays' offset tables cover) give the
    standard library's bytes on both paths."""
    tasks = [Task("a", "A", timeframe="2023-03-01", duration_days=3),
             Task("b", "B", timeframe="2060-12-31", depends_on=["a"], duration_days=2),
             Task("c", "C", timeframe="2023-01-01/2041-06-30", depends_on=["a"])]
    want = None
    for small in (schedule_mod.SMALL_PLAN, 0):
        monkeypatch.setattr(schedule_mod, "SMALL_PLAN", small)
        s = planflow.compute_schedule(make_plan(tasks))
        short = [{k: v for k, v in row.items() if k != "latest_start"} for row in s.to_list()]
        assert s.to_json() == json.dumps(short, ensure_ascii=False, indent=2).encode("utf-8")
        assert want is None or s.to_json(indent=False) == want
        want = s.to_json(indent=False)
