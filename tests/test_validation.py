"""Validation reports every problem in one pass, each naming where and what."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planflow
from planflow import Agency, DocumentInfo, Problem, Regime, Severity, Task

from .conftest import make_plan


def codes(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.code, p.where) for p in problems]


def test_a_good_plan_has_no_errors(small_plan: planflow.Plan) -> None:
    assert [p for p in planflow.validate(small_plan) if p.severity is Severity.ERROR] == []


def test_every_problem_in_one_pass() -> None:
    plan = make_plan([
        Task("a", "Alpha", lead=["a"], depends_on=["c"], timeframe="2023-03-01"),
        Task("b", "Beta", lead=["nobody"], partners=["b", "ghost"], depends_on=["a"], timeframe="2023-06-01"),
        Task("c", "Gamma", lead=["a"], depends_on=["b"], timeframe="2023-09-01"),
        Task("d", "Delta", lead=["a"], depends_on=["missing"]),
        Task("a", "Alpha again", lead=["a"]),
        Task("e", "Early", lead=["a"], timeframe="2023-01-15", depends_on=["f"]),
        Task("f", "Late", lead=["a"], timeframe="2023-02-15"),
        Task("g", "Nobody leads", timeframe="2023-02-15"),
    ], agencies=[Agency("a", "A"), Agency("b", "B", parent="zz"), Agency("a", "A twice")])
    problems = planflow.validate(plan)
    got = codes(problems)
    assert ("duplicate-id", "tasks[4].id") in got
    assert ("duplicate-id", "agencies[2].id") in got
    assert ("unknown-task", "tasks[3].depends_on[0]") in got
    assert ("unknown-agency", "tasks[1].lead[0]") in got
    assert ("unknown-agency", "tasks[1].partners[1]") in got
    assert ("unknown-agency", "agencies[1].parent") in got
    assert ("deadline-before-dependency", "tasks[5].timeframe") in got
    assert ("no-lead", "tasks[7].lead") in got
    cycles = [p for p in problems if p.code == "cycle"]
    assert len(cycles) == 1
    assert cycles[0].message == "dependency cycle: a (Alpha) -> c (Gamma) -> b (Beta) -> a (Alpha)" \
        or cycles[0].message == "dependency cycle: a (Alpha) -> b (Beta) -> c (Gamma) -> a (Alpha)"
    assert set(cycles[0].subjects) == {"a", "b", "c"}
    # errors come first, warnings after
    sev = [p.severity for p in problems]
    assert sev == sorted(sev, key=lambda s: s is not Severity.ERROR)
    assert problems[-1].severity is Severity.WARNING


def test_each_cycle_is_reported_with_its_whole_path() -> None:
    plan = make_plan([
        Task("x1", "X one", lead=["a"], depends_on=["x2"]),
        Task("x2", "X two", lead=["a"], depends_on=["x1"]),
        Task("self", "Self", lead=["a"], depends_on=["self"]),
        Task("y1", "Y one", lead=["a"], depends_on=["y3"]),
        Task("y2", "Y two", lead=["a"], depends_on=["y1"]),
        Task("y3", "Y three", lead=["a"], depends_on=["y2"]),
        Task("after", "Behind a cycle", lead=["a"], depends_on=["y3"]),
    ])
    cycles = [p for p in planflow.validate(plan) if p.code == "cycle"]
    assert len(cycles) == 3
    paths = sorted(tuple(p.subjects) for p in cycles)
    assert ("self",) in paths
    assert any(set(p) == {"x1", "x2"} for p in paths)
    assert any(set(p) == {"y1", "y2", "y3"} and len(p) == 3 for p in paths)
    y = next(p for p in cycles if "y1" in p.subjects)
    assert y.message.count("->") == 3 and "Y one" in y.message
    assert "after" not in y.message  # behind the cycle, not part of it
    assert str(y).startswith("error: tasks[")


def test_deadline_before_dependency_names_both_dates() -> None:
    plan = make_plan([
        Task("report", "Report", lead=["a"], timeframe="2023-03-01", depends_on=["survey"]),
        Task("survey", "Survey", lead=["a"], timeframe="2023-04-30"),
    ])
    (p,) = [p for p in planflow.validate(plan) if p.code == "deadline-before-dependency"]
    assert p.message == ("task 'report' is due 2023-03-01, before task 'survey' it depends on "
                         "is due 2023-04-30")
    assert p.where == "tasks[0].timeframe"


def test_regime_agencies_are_checked() -> None:
    plan = make_plan([], regime=Regime(recipient="nope", via="a", reporters=["b", "ghost"]))
    got = codes(planflow.validate(plan))
    assert ("unknown-agency", "regime.recipient") in got
    assert ("unknown-agency", "regime.reporters[1]") in got
    assert ("unknown-agency", "regime.via") not in got


def test_an_untracked_timeframe_is_an_error_unless_the_plan_accepts_it() -> None:
    plan = make_plan([Task("t", "T", lead=["a"], timeframe="một ngày đẹp trời")])
    (p,) = planflow.validate(plan)
    assert p.code == "untracked-timeframe" and p.severity is Severity.ERROR
    assert "một ngày đẹp trời" in p.message and "'t'" in p.message
    assert 'settings.engine.untracked = "accept"' in p.message
    plan = make_plan([Task("t", "T", lead=["a"], timeframe="một ngày đẹp trời")],
                     settings={"engine": {"untracked": "accept"}})
    (p,) = planflow.validate(plan)
    assert p.code == "untracked-timeframe" and p.severity is Severity.WARNING
    plan = make_plan([], settings={"engine": {"untracked": "ignore"}})
    assert ("invalid-settings", "settings.engine.untracked") in codes(planflow.validate(plan))


class _Rule:
    """A plugin with one rule: every plan needs recipients."""

    @planflow.hookimpl
    def validate_plan(self, plan: planflow.Plan) -> list[Problem]:
        if not plan.recipients:
            return [Problem("no-recipients", "the plan has no recipients", "recipients",
                            Severity.WARNING)]
        return []


def test_plugins_add_checks(small_plan: planflow.Plan) -> None:
    planflow.default_registry().load()
    rule = _Rule()
    planflow.default_registry().register(rule, name="test-rule")
    try:
        assert ("no-recipients", "recipients") in codes(planflow.validate(small_plan))
        no_tf = make_plan([Task("t", "T", lead=["a"])])
        assert "task 't' has no timeframe" in [p.message for p in planflow.validate(no_tf)]
    finally:
        planflow.default_registry().unregister(rule)
    assert ("no-recipients", "recipients") not in codes(planflow.validate(small_plan))


@pytest.mark.parametrize("n", [1, 50])
def test_problem_to_dict(n: int) -> None:
    plan = make_plan([Task(f"t{i}", "T", lead=["zz"]) for i in range(n)])
    dicts = [p.to_dict() for p in planflow.validate(plan) if p.severity is Severity.ERROR]
    assert len(dicts) == n
    assert dicts[0] == {"code": "unknown-agency", "severity": "error", "where": "tasks[0].lead[0]",
                        "message": "task 't0' names unknown lead agency 'zz'", "subjects": ["t0", "zz"]}


def test_impossible_timeframe_words_are_errors() -> None:
    """A typo naming an impossible time is a user's error, unlike words nobody reads."""
    plan = make_plan([Task("t", "T", lead=["a"], timeframe="Quý V năm 2023"),
                      Task("u", "U", lead=["a"], timeframe="một ngày đẹp trời")], calendar="vn")
    got = {(p.code, p.severity, p.where) for p in planflow.validate(plan)}
    assert ("invalid-timeframe", Severity.ERROR, "tasks[0].timeframe") in got
    assert ("untracked-timeframe", Severity.ERROR, "tasks[1].timeframe") in got
    (p,) = [p for p in planflow.validate(plan) if p.code == "invalid-timeframe"]
    assert "Quý V năm 2023" in p.message and "there is no quarter V" in p.message


@st.composite
def tangled_plans(draw: st.DrawFn) -> list[Task]:
    """Tasks with repeated ids, unknown dependencies, self-loops, cycles, knots behind
    cycles, deadlines missing, out of order or before the issue date."""
    n = draw(st.integers(0, 25))
    ids = [draw(st.sampled_from(["a", "b", "c"])) if draw(st.integers(0, 9)) == 0 else f"t{i}"
           for i in range(n)]
    days = ["", "2023-01-05", "2023-02-10", "2023-03-31", "2023-06-30", "2023-12-31",
            "2023-02-01/2023-04-30", "2022-12-20"]
    tasks = []
    for i in range(n):
        deps = draw(st.lists(st.one_of(st.sampled_from(ids) if ids else st.just("zz"),
                                       st.just("zz")), max_size=4))
        tasks.append(Task(ids[i], f"task {i}", lead=["a"], timeframe=draw(st.sampled_from(days)),
                          depends_on=deps))
    return tasks


@given(tangled_plans())
@settings(max_examples=150, deadline=None)
def test_small_plans_checked_without_numpy_find_the_same_problems(tasks: list[Task]) -> None:
    """The plain-Python graph checks of a small plan and the numpy ones of a large plan
    report the same problems, in the same order."""
    from planflow import validation

    def problems(small_below: int) -> list[dict[str, object]]:
        plan = make_plan(tasks, document=DocumentInfo(symbol="1/KH-TEST", title="Test",
                                                      date=date(2023, 2, 1)))
        old = validation.SMALL_PLAN
        validation.SMALL_PLAN = small_below
        try:
            return [p.to_dict() for p in planflow.validate(plan)]
        finally:
            validation.SMALL_PLAN = old

    assert problems(10**9) == problems(0)


def test_a_small_plan_is_validated_without_numpy() -> None:
    """`planflow validate` of a small plan imports neither numpy nor networkx (their
    import costs more than the checks), nor, for a plan from a script, the plan file
    converter, the store's records, holidays (no working day is counted) or json."""
    code = ("import sys; from planflow.cli import main\n"
            "try:\n    main(['validate', 'examples/lyson_2023.py:plan'])\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write(repr(sorted(m for m in ('numpy', 'networkx', 'planflow.planfile', "
            "'planflow.records', 'holidays', 'json', 'tomllib') if m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stderr == "[]"
