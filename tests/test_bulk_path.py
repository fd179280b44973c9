"""The bulk path: a plan loaded from a file keeps its tasks as columns (no Task object per
task until a caller asks for ``plan.tasks``); the graph, validation, the limits and the
schedule read the columns. Everything must come out as it does for the same plan built
from Task objects: the plan itself, every problem, the schedule and its JSON bytes, and
the one-line errors of a bad file."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planflow
from planflow import PlanFileError, Task, compute_schedule, plan_from_dict, validate
from planflow.validation import limits_problems

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import synthetic_plan  # noqa: E402


def object_plan(data: dict[str, Any], cattrs: bool = True) -> planflow.Plan:
    """The same plan built the other way: Task objects, by cattrs field by field (the
    loader's path for anything unusual), or by Task's own converters."""
    from planflow.planfile import converter

    head = plan_from_dict({k: v for k, v in data.items() if k != "tasks"})
    raw = copy.deepcopy(data.get("tasks", []))
    tasks = (tuple(converter.structure(raw, list[Task])) if cattrs
             else tuple(Task(**t) for t in raw))
    return planflow.bind(attrs.evolve(head, tasks=tasks))


def loaded(data: dict[str, Any]) -> planflow.Plan:
    plan = plan_from_dict(copy.deepcopy(data))
    assert plan._lazy_columns() is not None, "expected the bulk path"
    return plan


def assert_same(data: dict[str, Any]) -> None:
    """The loaded plan (columns) and the object plan agree on everything."""
    bulk = loaded(data)
    obj = object_plan(data)
    # the checks and the schedule first, on the columns alone (no Task built)
    problems = [p.to_dict() for p in validate(bulk)]
    limits = [p.to_dict() for p in limits_problems(bulk)]
    try:
        s = compute_schedule(bulk)
        out: Any = (s.to_json(), s.to_json(indent=False), s.rows(latest_start=True),
                    s.critical_path, s.min_slack, s.finish, [e.to_dict() for e in s])
    except planflow.PlanValidationError as e:
        out = e.lines()
    assert [p.to_dict() for p in validate(obj)] == problems
    assert [p.to_dict() for p in limits_problems(obj)] == limits
    try:
        s2 = compute_schedule(obj)
        out2: Any = (s2.to_json(), s2.to_json(indent=False), s2.rows(latest_start=True),
                     s2.critical_path, s2.min_slack, s2.finish, [e.to_dict() for e in s2])
    except planflow.PlanValidationError as e:
        out2 = e.lines()
    assert out == out2
    # then the Task objects, built on demand: equal values, the same types
    assert bulk == obj
    assert bulk.tasks is bulk.tasks
    for a, b in zip(bulk.tasks, obj.tasks, strict=True):
        for f in attrs.fields(Task):
            assert type(getattr(a, f.name)) is type(getattr(b, f.name)), f.name


@pytest.mark.parametrize("n", [1, 40, 700])
def test_generated_plans_agree(n: int) -> None:
    assert_same(synthetic_plan(n, seed=n))


def test_validate_and_schedule_build_no_task_objects() -> None:
    plan = loaded(synthetic_plan(500))
    validate(plan)
    compute_schedule(plan).to_json()
    limits_problems(plan)
    assert plan._lazy_columns() is not None
    assert len(plan.tasks) == 500 and plan._lazy_columns() is None


def _variant(change: Any, n: int = 60) -> dict[str, Any]:
    data = synthetic_plan(n, seed=7)
    change(data["tasks"])
    return data


VARIANTS = {
    "nfd text and non-ascii ids": lambda ts: ts[3].update(
        id="Nhie\u0302\u0323m vụ", title="Nhie\u0302\u0323m vu\u0323 ba", output="Ba\u0301o ca\u0301o",
        lead=["Sở Y te\u0302\u0301"], content=["mo\u0323\u0302t", "two"]),
    "word timeframes": lambda ts: [t.update(timeframe=w) for t, w in zip(
        ts, ["Quý I năm 2023", "Trước ngày 30/6/2023", "Hằng quý", "Thường xuyên",
             "Khi có phát sinh", "Trước mùa mưa bão", "Quý V năm 2023", ""], strict=False)],
    "table and missing timeframes": lambda ts: (
        ts[0].update(timeframe={"start": "2023-02-01", "end": "2023-03-01"}),
        ts[1].pop("timeframe")),
    "working days": lambda ts: [t.update(duration_working_days=i % 4) for i, t in
                                enumerate(ts[:20]) if t.pop("duration_days", None) is not None
                                or True],
    "both durations": lambda ts: ts[5].update(duration_days=2, duration_working_days=3),
    "too long": lambda ts: ts[6].update(duration_days=40_000),
    "out of range": lambda ts: ts[7].update(timeframe="0999-01-01"),
    "duplicate id": lambda ts: ts[8].update(id=ts[2]["id"]),
    "unknown dependency and agency": lambda ts: ts[9].update(depends_on=["nope"],
                                                              lead=["nobody"], partners=[]),
    "cycle": lambda ts: (ts[10].update(depends_on=[ts[11]["id"]]),
                         ts[11].update(depends_on=[ts[10]["id"]])),
    "no lead, empty lists, content": lambda ts: (ts[12].pop("lead"), ts[13].update(
        partners=[], content=["a", "b"], output="x")),
    "deadline before issue": lambda ts: ts[14].update(timeframe="2023-01-01"),
    "bare word lead (Task's converter)": lambda ts: ts[15].update(lead="A001"),
    "null fields (Task's converter)": lambda ts: ts[16].update(partners=None, content=None),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_variants_agree(name: str) -> None:
    data = _variant(VARIANTS[name])
    if name.endswith("(Task's converter)"):
        # shapes the columns leave to the Task-by-Task path: the same plan either way
        plan = plan_from_dict(copy.deepcopy(data))
        assert plan._lazy_columns() is None
        assert plan == object_plan(data, cattrs=False)
        return
    assert_same(data)


def test_no_tasks() -> None:
    data = synthetic_plan(3)
    data["tasks"] = []
    bulk = plan_from_dict(data)
    assert [p.code for p in limits_problems(bulk)] == ["no-tasks"]
    assert bulk.tasks == () and bulk == object_plan(data)


@pytest.mark.parametrize(("change", "where"), [
    (lambda t: t.update(duration_days=-1), "duration_days"),
    (lambda t: t.update(duration_days=True), "duration_days"),
    (lambda t: t.update(lead=5), "lead"),
    (lambda t: t.update(depends_on=[1]), "depends_on"),
    (lambda t: t.pop("title"), "title"),
    (lambda t: t.update(id=" "), "id"),
    (lambda t: t.update(colour="red"), "colour"),
    (lambda t: t.update(timeframe={"start": "2023-13-01"}), "timeframe"),
    (lambda t: t.update(output=3), "output"),
])
def test_bad_task_names_its_field(tmp_path: Path, change: Any, where: str) -> None:
    """A bad value deep in a big task list: one line naming the task and the field, exit 2."""
    data = synthetic_plan(2000)
    change(data["tasks"][1500])
    with pytest.raises(PlanFileError) as e:
        plan_from_dict(copy.deepcopy(data), "plan.json")
    assert "tasks[1500]" in str(e.value) and where in str(e.value)
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    for cmd in ("validate", "schedule"):
        r = subprocess.run([sys.executable, "-m", "planflow", cmd, str(path), "--json"],
                           capture_output=True, text=True)
        assert r.returncode == 2, r.stderr
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and "tasks[1500]" in lines[0] and where in lines[0], lines
        assert "Traceback" not in r.stderr


def test_cli_schedule_json_is_the_object_paths(tmp_path: Path) -> None:
    data = synthetic_plan(300)
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "planflow", "schedule", str(path), "--json"],
                       capture_output=True)
    assert r.returncode == 0
    rows = compute_schedule(object_plan(data)).rows()
    assert r.stdout == (json.dumps(rows, ensure_ascii=False, indent=2) + "\n").encode()
    r = subprocess.run([sys.executable, "-m", "planflow", "validate", str(path)],
                       capture_output=True, text=True)
    assert r.returncode == 0 and "300 tasks" in r.stdout


_words = st.sampled_from(["", "a", "Quý I", "Quy\u0301 I", "Sở Y tế", "T1", " "])
_lists = st.one_of(st.none(), _words, st.lists(_words, max_size=3))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.fixed_dictionaries(
    {"id": st.sampled_from(["T1", "Nhiệm vụ 1", "Nhie\u0302\u0323m vụ 2", "x y"]),
     "title": _words},
    optional={"lead": _lists, "partners": _lists, "depends_on": _lists, "content": _lists,
              "output": st.one_of(st.none(), _words),
              "duration_days": st.one_of(st.none(), st.integers(0, 9)),
              "duration_working_days": st.one_of(st.none(), st.integers(0, 9)),
              "timeframe": st.sampled_from(["2023-03-31", "Quý I năm 2023", None])}),
    max_size=5))
def test_columns_build_what_task_builds(raw: list[dict[str, Any]]) -> None:
    """Whatever the columns accept, they give the values Task's converters give."""
    from planflow.planfile import _column_tasks, _Slow

    try:
        cols = _column_tasks(copy.deepcopy(raw))
    except _Slow:
        return
    built = cols.tasks()
    slow = tuple(Task(**r) for r in raw)
    assert built == slow
    assert tuple(cols.task(i) for i in range(len(cols))) == slow
    for f, s in zip(built, slow, strict=True):
        for a in attrs.fields(Task):
            assert type(getattr(f, a.name)) is type(getattr(s, a.name))


@pytest.mark.parametrize("title", ['say "hi"', "back\\slash", "two\nlines", "tab\there",
                                   "\x01", "lone \ud800 surrogate", "emoji 🎉", "sep\u2028x",
                                   "", "Nhiệm vụ", "del\x7f"])
def test_schedule_json_bytes_are_json_dumps(title: str) -> None:
    """The JSON written straight from the arrays is json.dumps's, escapes and all (a title
    that needs an escape takes the encoder's way)."""
    data = synthetic_plan(30, seed=3)
    data["tasks"][4]["title"] = title
    data["tasks"][9]["id"] = "id " + title if title.strip() else "x"
    s = compute_schedule(plan_from_dict(data))
    rows = s.rows()
    for indent, kw in ((True, {"indent": 2}), (False, {"separators": (",", ":")})):
        want = json.dumps(rows, ensure_ascii=False, **kw).encode("utf-8", "surrogatepass")
        assert s.to_json(indent) == want
