"""The engine's compiled form of a plan, checked against plain working-day arithmetic.

The evaluator compiles each plan in plain Python over its task columns and shares the
event days of each deadline between plans (planflow.evaluation._DueEvents). Here random
plans (deadlines and windows on any day, holidays, report periods, settings that move
deadlines off days off, agencies with their own policies) are evaluated on every day of
the year by one evaluator holding several plans, and each day's statuses and events are
compared with what the definitions in docs/engine.md give, computed directly with
``add_working_days``/``next_working_day``.
"""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Any

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planflow
from planflow import EventKind, Status, plan_from_dict
from planflow.cadence import obligation_rows
from planflow.evaluation import Evaluator
from planflow.graph import NO_DEADLINE, compile_plan
from planflow.settings import EngineConfig, plan_start

Y0 = date(2023, 1, 1)
AGENCIES = ["A", "B", "C"]

days = st.integers(min_value=0, max_value=400).map(lambda k: Y0 + timedelta(days=k))


@st.composite
def timeframes(draw: st.DrawFn) -> str:
    due = draw(days)
    if draw(st.booleans()):
        return due.isoformat()
    length = draw(st.integers(min_value=0, max_value=60))
    return f"{(due - timedelta(days=length)).isoformat()}/{due.isoformat()}"


@st.composite
def plans(draw: st.DrawFn, symbol: str) -> dict[str, Any]:
    n = draw(st.integers(min_value=0, max_value=12))
    shared = draw(st.lists(timeframes(), min_size=1, max_size=4))
    tasks = []
    for i in range(n):
        # tasks often share a timeframe (the loader then shares the object)
        tf = draw(st.sampled_from(shared) | timeframes())
        tasks.append({"id": f"t{i}", "title": f"task {i}",
                      "lead": draw(st.lists(st.sampled_from(AGENCIES), min_size=1, max_size=2,
                                            unique=True)),
                      "timeframe": tf})
    engine: dict[str, Any] = {}
    if draw(st.booleans()):
        engine["reminders"] = draw(st.lists(st.integers(min_value=1, max_value=12),
                                            max_size=3, unique=True))
    if draw(st.booleans()):
        engine["day_off_deadline"] = draw(st.sampled_from(["keep", "next", "previous"]))
    if draw(st.booleans()):
        engine["start"] = draw(days).isoformat()
    if draw(st.booleans()):
        engine["repeat"] = draw(st.integers(min_value=0, max_value=4))
    if draw(st.booleans()):
        engine["agencies"] = {"B": {"reminders": [2], "escalation": [{"after": 1, "to": "lead"}]}}
    quarters = [(f"Q{q}", date(2023, 3 * q - 2, 1), date(2023, 3 * q, 28), draw(days))
                for q in (1, 2, 3, 4)]
    periods = [{"name": name, "covers_start": a.isoformat(), "covers_end": b.isoformat(),
                "due": max(due, a).isoformat()} for name, a, b, due in quarters]
    return {
        "document": {"kind": "KH", "number": "1", "symbol": symbol, "issuer": "Top",
                     "date": draw(days).isoformat(), "title": "A plan"},
        "period": 2023, "calendar": draw(st.sampled_from(["vn", "weekdays"])),
        "agencies": [{"id": a, "name": f"Agency {a}"} for a in [*AGENCIES, "TOP"]],
        "tasks": tasks,
        "regime": {"cadence": "explicit", "recipient": "TOP", "periods": periods},
        "settings": {"engine": engine} if engine else {},
    }


def expected(plan: planflow.Plan) -> tuple[list[tuple[int, int, int, bool]], list[tuple[str, str]],
                                            dict[int, list[tuple[str, str, int]]]]:
    """Per subject (tasks, then obligations): (start, due, soon, not applicable) as
    ordinals (due None -> NO_DEADLINE), the subject's (type, id), and per day ordinal the
    (subject, kind, tier) firing then, from the definitions."""
    cfg = EngineConfig.from_plan(plan)
    cal = planflow.work_calendar(plan)
    ps = plan_start(plan)
    rows: list[tuple[int, int, int, bool]] = []
    subjects: list[tuple[str, str]] = []
    fired: dict[int, list[tuple[str, str, int]]] = {}

    def moved(d: date) -> date:
        if cfg.day_off_deadline == "keep" or cal.is_working_day(d):
            return d
        if cfg.day_off_deadline == "next":
            return planflow.roll_forward(cal, d)
        return planflow.add_working_days(cal, d, -1)

    items: list[tuple[str, str, str | None, date, date | None, bool]] = []
    for t in plan.tasks:
        tf = t.timeframe
        s = tf.start or plan.period.start  # type: ignore[union-attr]
        if tf.due is not None:
            s = max(s, min(ps, tf.due))
        items.append(("task", t.id, t.lead[0], s, tf.due, False))
    for o in planflow.obligations(plan):
        items.append(("report", o.key, o.agency, o.covers_start, o.due, moved(o.due) < ps))
    for kind, sid, lead, s, due, na in items:
        subjects.append((kind, sid))
        if due is None:
            rows.append((s.toordinal(), NO_DEADLINE, NO_DEADLINE, na))
            continue
        due = moved(due)
        policy = cfg.policy_for(lead)
        far = max(policy.reminders, default=0)
        soon = planflow.add_working_days(cal, due, -far) if far else due
        rows.append((s.toordinal(), due.toordinal(), soon.toordinal(), na))
        if na:
            continue
        when = [(planflow.add_working_days(cal, due, -k), EventKind.REMINDER, k)
                for k in policy.reminders]
        when.append((due, EventKind.DUE_TODAY, 0))
        when.append((planflow.next_working_day(cal, due), EventKind.OVERDUE, 0))
        when.extend((planflow.add_working_days(cal, due, e.after), EventKind.ESCALATION, step)
                    for step, e in enumerate(policy.escalation, 1))
        for day, ek, tier in when:
            fired.setdefault(day.toordinal(), []).append((sid, ek.value, tier))
        # chased again every ``repeat`` working days after the first escalation to the lead
        first = next((e.after for e in policy.escalation if e.to == "lead"), 0)
        if policy.repeat > 0:
            day, since = due, 0
            while day < date(2024, 3, 1):
                day = planflow.next_working_day(cal, day)
                since += 1
                extra = since - first
                if extra > 0 and extra % policy.repeat == 0:
                    fired.setdefault(day.toordinal(), []).append(
                        (sid, EventKind.CHASE.value, extra // policy.repeat + 1))
    return rows, subjects, fired


def status_on(a: int, row: tuple[int, int, int, bool]) -> Status:
    start, due, soon, na = row
    if na:
        return Status.NOT_APPLICABLE
    if a > due:
        return Status.OVERDUE
    if a >= soon:
        return Status.DUE_SOON
    if a < start:
        return Status.NOT_YET_DUE
    return Status.IN_PROGRESS


def check(evaluator: Evaluator, plan: planflow.Plan, day: date,
          want: tuple[list[tuple[int, int, int, bool]], list[tuple[str, str]],
                      dict[int, list[tuple[str, str, int]]]]) -> None:
    rows, subjects, fired = want
    a = day.toordinal()
    ev = evaluator.evaluate(plan, planflow.Snapshot.empty(), day)
    got = [(st_type, sid, s.status) for (st_type, sid), s in
           zip(subjects, [*ev.tasks, *ev.obligations], strict=True)]
    assert got == [(st_type, sid, status_on(a, r)) for (st_type, sid), r in
                   zip(subjects, rows, strict=True)], day
    events = sorted((e.subject, e.kind.value, e.tier) for e in ev.events)
    assert events == sorted(fired.get(a, [])), day


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(min_value=0, max_value=2**16), min_size=1, max_size=3), st.data())
def test_statuses_and_events_follow_the_definitions(seeds: list[int], data: st.DataObject) -> None:
    datas = [data.draw(plans(f"{i}/KH")) for i, _ in enumerate(seeds)]
    plan_list = [plan_from_dict(copy.deepcopy(d)) for d in datas]
    wanted = [expected(p) for p in plan_list]
    evaluator = Evaluator()  # one evaluator: the plans share their deadlines' event days
    day = date(2022, 12, 25)
    while day <= date(2024, 2, 10):
        for p, want in zip(plan_list, wanted, strict=True):
            check(evaluator, p, day, want)
        day += timedelta(days=5 if day.month in (3, 8, 11) else 1)


@settings(max_examples=40, deadline=None)
@given(plans("1/KH"))
def test_task_rows_agree_with_the_schedule_compile(data: dict[str, Any]) -> None:
    """The evaluator's first start day and deadline of each task are compile_plan's
    (the schedule's), computed without it."""
    plan = plan_from_dict(data)
    tracked = Evaluator().tracked(plan)
    nt = tracked.n_tasks
    comp = compile_plan(plan)
    assert tracked.start[:nt].tolist() == comp.start.tolist()
    due = np.where(comp.due_excl < NO_DEADLINE, comp.due_excl - 1, 1 << 40)
    if EngineConfig.from_plan(plan).day_off_deadline == "keep":
        assert tracked.due[:nt].tolist() == due.tolist()


def reference_obligations(plan: planflow.Plan) -> list[tuple[Any, ...]]:
    """Obligations as docs/engine.md defines them, task by task over the Task objects."""
    regime = plan.regime
    assert regime is not None and plan.period is not None
    p0, p1 = plan.period.start, plan.period.end
    out = []
    for p in planflow.report_periods(plan):
        reasons: dict[str, str] = {}
        if p.reporters:
            reasons = dict.fromkeys(p.reporters, f"named for the period {p.name!r}")
        elif regime.reporters:
            reasons = dict.fromkeys(regime.reporters, "named by the plan's reporting regime")
        elif regime.reporters_scope == "all":
            for t in plan.tasks:
                for a in t.lead:
                    reasons.setdefault(a, "every unit of the plan reports (the reporting "
                                          f"sentence names them all); leads task {t.id!r}")
        else:
            for t in plan.tasks:
                tf = t.timeframe
                if (tf.start or p0) <= p.covers_end and (tf.end or tf.due or p1) >= p.covers_start:
                    for a in t.lead:
                        reasons.setdefault(a, f"leads task {t.id!r}, active in the period "
                                              "(the plan names no reporters)")
        final = p.recipient or regime.recipient
        for a, why in reasons.items():
            recipient = (p.recipient or (regime.via if a != regime.via else None)
                         or regime.recipient)
            if a == recipient or (a == final and recipient is None):
                continue
            out.append((p.due, p.name, a, p.covers_start, p.covers_end, recipient,
                        plan.document.symbol, p.match_key, why))
    out.sort(key=lambda o: (o[0], o[1], o[2]))
    return out


@settings(max_examples=60, deadline=None)
@given(plans("1/KH"), st.sampled_from(["active", "all"]), st.sampled_from([None, "A", "TOP"]),
       st.booleans(), st.booleans())
def test_obligations_follow_the_definition(data: dict[str, Any], scope: str, via: str | None,
                                           named: bool, per_period: bool) -> None:
    regime = data["regime"]
    regime["reporters_scope"] = scope
    if via:
        regime["via"] = via
    if named:
        regime["reporters"] = ["B", "A"]
    if per_period:
        regime["periods"][1]["reporters"] = ["C", "TOP"]
        regime["periods"][2]["name"] = regime["periods"][0]["name"]  # two periods, one name
    plan = plan_from_dict(data)
    got = [(o.due, o.period, o.agency, o.covers_start, o.covers_end, o.recipient, o.plan,
            o.period_key, o.reason) for o in planflow.obligations(plan)]
    assert got == reference_obligations(plan)
    # the same values the Obligation class itself makes (its converters, its hash)
    made = [planflow.Obligation(o.agency, o.period, o.covers_start, o.covers_end, o.due,
                                o.recipient, o.plan, o.period_key, o.reason)
            for o in planflow.obligations(plan)]
    assert made == planflow.obligations(plan)
    assert [hash(o) for o in made] == [hash(o) for o in planflow.obligations(plan)]
    # the columns the engine's first day reads instead (obligation_rows), on a fresh plan
    # (they are made before the obligations there), and the compiled rows' ids and owners
    fresh = plan_from_dict(data)
    rows = obligation_rows(fresh)
    assert [(rows.periods[j].name, a, r) for j, a, r in
            zip(rows.period, rows.agency, rows.recipient, strict=True)] == [
        (o.period, o.agency, o.recipient) for o in planflow.obligations(fresh)]
    tracked = Evaluator().tracked(plan_from_dict(data))
    nt = tracked.n_tasks
    assert tracked.ids == [*(t.id for t in plan.tasks),
                           *(o.key for o in planflow.obligations(plan))]
    assert tracked.titles[nt:] == [o.period for o in planflow.obligations(plan)]
    assert [tuple(x) for x in tracked.owners] == [
        *(t.lead for t in plan.tasks), *((o.agency,) for o in planflow.obligations(plan))]


def test_threads_sharing_one_evaluator_see_what_one_thread_sees() -> None:
    """The deadline days an Evaluator shares are taken in and read by several threads at
    once (planflow serve evaluates in threads): each plan's events on each day are those
    a fresh evaluator of its own gives."""
    import random
    from concurrent.futures import ThreadPoolExecutor

    rng = random.Random(17)
    datas = []
    for i in range(24):
        tasks = [{"id": f"t{k}", "title": f"task {k}", "lead": [rng.choice(AGENCIES)],
                  "timeframe": (Y0 + timedelta(days=rng.randrange(400))).isoformat()}
                 for k in range(rng.randrange(1, 15))]
        datas.append({"document": {"symbol": f"{i}/KH", "date": "2023-01-02", "title": "A plan"},
                      "period": 2023, "calendar": "vn",
                      "agencies": [{"id": a, "name": a} for a in [*AGENCIES, "TOP"]],
                      "regime": {"cadence": "explicit", "recipient": "TOP", "periods": [
                          {"name": "H1", "covers_start": "2023-01-01", "covers_end": "2023-06-30",
                           "due": (Y0 + timedelta(days=rng.randrange(180, 220))).isoformat()}]},
                      "tasks": tasks})
    days = [Y0 + timedelta(days=k) for k in range(0, 420, 3)]

    def run(evaluator: Evaluator, plan: planflow.Plan) -> list[Any]:
        snap = planflow.Snapshot.empty()
        return [[e.to_dict() for e in evaluator.evaluate(plan, snap, d).events] for d in days]

    want = [run(Evaluator(), plan_from_dict(copy.deepcopy(d))) for d in datas]
    shared = Evaluator()
    with ThreadPoolExecutor(max_workers=6) as pool:
        got = list(pool.map(lambda d: run(shared, plan_from_dict(copy.deepcopy(d))), datas))
    assert got == want


WORDED = ["Hàng quý", "Hằng tháng", "Từ tháng 3 đến tháng 11 hằng năm", "Thường xuyên",
          "Trước mùa mưa bão"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans("1/KH"), st.lists(st.tuples(st.integers(min_value=0, max_value=16),
                                         st.sampled_from(["done", "cancelled", "reopened",
                                                          "progress"]), days),
                               max_size=8),
       st.lists(st.sampled_from(WORDED), max_size=3), st.booleans())
def test_small_and_array_paths_agree(data: dict[str, Any], records: list[tuple[int, str, date]],
                                     worded: list[str], submitted: bool) -> None:
    """A small plan's day worked out over lists (_evaluate_small) and a larger one's with
    numpy (_evaluate_arrays) give the same statuses, closures and events, with records,
    submissions, recurring tasks, duty windows and words no reader understands."""
    for k, words in enumerate(worded):
        data["tasks"].append({"id": f"w{k}", "title": f"worded {k}", "lead": ["A"],
                              "timeframe": words})
    data["settings"].setdefault("engine", {})["untracked"] = "accept"
    plan = plan_from_dict(data)
    ids = [t.id for t in plan.tasks]
    snap = planflow.Snapshot(
        records=tuple(planflow.ProgressRecord(ids[k % len(ids)], kind, on, "a note", "A", i)
                      for i, (k, kind, on) in enumerate(records, 1)) if ids else (),
        submissions=tuple(planflow.Submission(o.agency, o.period, o.due - timedelta(days=3),
                                              "ref") for o in planflow.obligations(plan)[::2])
        if submitted else ())
    one, other = Evaluator(), Evaluator()  # each path keeps its own rows per deadline
    t1, t2 = one.tracked(plan), other.tracked(plan)
    day = date(2022, 12, 28)
    while day <= date(2024, 1, 20):
        small = one._evaluate_small(t1, snap, day)
        arrays = other._evaluate_arrays(t2, snap, day)
        assert list(small._codes) == arrays._codes.tolist(), day
        assert small.event_count() == arrays.event_count(), day
        assert [e.to_dict() for e in small.events] == [e.to_dict() for e in arrays.events], day
        assert small.tasks == arrays.tasks and small.obligations == arrays.obligations, day
        day += timedelta(days=3)
