"""planflow.evaluation: statuses, events and the evaluation (pure: no store, no SQL)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import planflow
from planflow import (
    Agency,
    EventKind,
    ProgressRecord,
    Regime,
    ReportPeriod,
    Snapshot,
    Status,
    Submission,
    Task,
    evaluate,
)

from .conftest import make_plan


def plan_with(**kw):
    tasks = kw.pop("tasks", [
        Task("w", "a window", lead=["a"], timeframe="2023-03-01/2023-03-31"),
        Task("d", "a deadline", lead=["b"], timeframe="2023-06-30"),
        Task("c", "always", lead=["a"], timeframe=planflow.Timeframe(text="ongoing",
                                                                      kind=planflow.Kind.CONTINUOUS)),
    ])
    regime = kw.pop("regime", Regime(periods=[ReportPeriod("Q1", "2023-01-01", "2023-03-31", "2023-04-10")],
                                     reporters=["a", "b"], recipient="top"))
    agencies = kw.pop("agencies", [Agency("a", "Agency A"), Agency("b", "Agency B"),
                                   Agency("top", "Issuer", contacts={"webhook": "http://x"})])
    return make_plan(tasks, agencies, regime=regime, **kw)


def wd(day: date, n: int) -> date:
    return planflow.add_working_days(planflow.WeekdayCalendar(), day, n)


def test_statuses_walk_through_the_categories():
    p = plan_with()
    by_day = {d: evaluate(p, None, d).task("w").status
              for d in (date(2023, 2, 28), date(2023, 3, 1), wd(date(2023, 3, 31), -6),
                        wd(date(2023, 3, 31), -5), date(2023, 3, 31), date(2023, 4, 1))}
    assert list(by_day.values()) == [Status.NOT_YET_DUE, Status.IN_PROGRESS, Status.IN_PROGRESS,
                                     Status.DUE_SOON, Status.DUE_SOON, Status.OVERDUE]
    # a task with no deadline is never overdue
    assert evaluate(p, None, date(2023, 12, 31)).task("c").status is Status.IN_PROGRESS


def test_done_on_time_late_cancelled_and_records_after_the_day_are_ignored():
    p = plan_with()
    snap = Snapshot(records=(
        ProgressRecord("w", "progress", date(2023, 3, 10), "half done", "a", 1),
        ProgressRecord("w", "done", date(2023, 3, 31), None, "a", 2),
        ProgressRecord("d", "done", date(2023, 7, 3), None, "b", 3),
        ProgressRecord("c", "cancelled", date(2023, 5, 1), None, None, 4),
    ))
    ev = evaluate(p, snap, date(2023, 8, 1))
    assert ev.task("w").status is Status.DONE_ON_TIME
    assert ev.task("w").note == "half done" and ev.task("w").done_on == date(2023, 3, 31)
    assert ev.task("d").status is Status.DONE_LATE
    assert ev.task("c").status is Status.CANCELLED
    before = evaluate(p, snap, date(2023, 3, 27))
    assert before.task("w").status is Status.DUE_SOON  # done later than the day evaluated
    assert before.task("c").status is Status.IN_PROGRESS
    reopened = Snapshot(records=snap.records + (ProgressRecord("w", "reopened", date(2023, 4, 2),
                                                               None, "a", 5),))
    assert evaluate(p, reopened, date(2023, 4, 3)).task("w").status is Status.OVERDUE


def test_report_obligations_have_statuses_too():
    p = plan_with()
    snap = Snapshot(submissions=(Submission("a", "Q1", date(2023, 4, 12), "1/BC"),))
    ev = evaluate(p, snap, date(2023, 4, 20))
    assert ev.obligation("a", "Q1").status is Status.DONE_LATE
    assert ev.obligation("a", "Q1").reference == "1/BC"
    assert ev.obligation("b", "Q1").status is Status.OVERDUE
    counts = ev.counts("report")
    assert counts[Status.DONE_LATE] == 1 and counts[Status.OVERDUE] == 1


def test_events_fire_on_their_days_with_default_policy():
    p = plan_with()
    due = date(2023, 3, 31)  # a Friday
    fired = {}
    day = date(2023, 3, 1)
    while day <= date(2023, 5, 1):
        for e in evaluate(p, None, day).events:
            if e.subject == "w":
                fired[(e.kind, e.tier)] = (day, e.recipients)
        day += timedelta(days=1)
    assert fired == {
        (EventKind.REMINDER, 5): (wd(due, -5), ("a",)),
        (EventKind.REMINDER, 1): (wd(due, -1), ("a",)),
        (EventKind.DUE_TODAY, 0): (due, ("a",)),
        (EventKind.OVERDUE, 0): (date(2023, 4, 3), ("a",)),  # the next working day
        (EventKind.ESCALATION, 1): (wd(due, 3), ("a",)),
        (EventKind.ESCALATION, 2): (wd(due, 10), ("top",)),  # the regime's recipient issues
        # chased again every 5 working days after the first escalation step, numbered
        (EventKind.CHASE, 2): (wd(due, 8), ("a",)),
        (EventKind.CHASE, 3): (wd(due, 13), ("a",)),
        (EventKind.CHASE, 4): (wd(due, 18), ("a",)),
    }


def test_done_subjects_fire_nothing():
    p = plan_with()
    snap = Snapshot(records=(ProgressRecord("w", "done", date(2023, 3, 2), None, "a", 1),))
    for n in range(0, 40):
        day = date(2023, 3, 2) + timedelta(days=n)
        assert not [e for e in evaluate(p, snap, day).events if e.subject == "w"]


def test_per_plan_and_per_agency_policy():
    settings = {"engine": {"reminders": [2], "escalation": [{"after": 1, "to": "b"}],
                           "agencies": {"b": {"reminders": [7, 3]}}}}
    p = plan_with(settings=settings)
    days: dict[str, list] = {"w": [], "d": []}
    day = date(2023, 3, 1)
    while day <= date(2023, 7, 31):
        for e in evaluate(p, None, day).events:
            if e.subject in days and e.kind in (EventKind.REMINDER, EventKind.ESCALATION):
                days[e.subject].append((e.kind.value, e.tier, day, e.recipients))
        day += timedelta(days=1)
    w_due, d_due = date(2023, 3, 31), date(2023, 6, 30)
    assert days["w"] == [("reminder", 2, wd(w_due, -2), ("a",)),
                         ("escalation", 1, wd(w_due, 1), ("b",))]
    # an escalation never goes to the late agency about itself: "d" is b's own task and b
    # has no body above it in this plan, so its escalation step goes nowhere
    assert days["d"] == [("reminder", 7, wd(d_due, -7), ("b",)), ("reminder", 3, wd(d_due, -3), ("b",))]


def test_evaluation_is_deterministic_and_json_shaped():
    p = plan_with()
    snap = Snapshot(records=(ProgressRecord("w", "progress", date(2023, 3, 10), "note", "a", 1),))
    a = evaluate(p, snap, date(2023, 3, 24)).to_dict()
    b = planflow.Engine().evaluate(p, snap, date(2023, 3, 24)).to_dict()
    assert a == b
    assert {t["id"]: t["status"] for t in a["tasks"]} == {"w": "due_soon", "d": "in_progress",
                                                           "c": "in_progress"}
    assert a["events"] and all(e["kind"] == "reminder" for e in a["events"])




def test_closed_subjects_and_occurrences():
    p = plan_with()
    snap = Snapshot(records=(ProgressRecord("w", "done", date(2023, 3, 10), None, "a", 1),
                             ProgressRecord("c", "cancelled", date(2023, 3, 10), None, "a", 2)))
    ev = evaluate(p, snap, date(2023, 3, 20))
    assert ev.closed("task", "w") and ev.closed("task", "c")
    assert not ev.closed("task", "d") and not ev.closed("report", "a@Q1")
    assert not ev.closed("task", "nobody")
    assert not evaluate(p, snap, date(2023, 3, 9)).closed("task", "w")


def test_the_evaluation_imports_without_sqlalchemy():
    code = ("import sys, planflow, planflow.evaluation, planflow.engine, planflow.settings, "
            "planflow.notification; assert 'sqlalchemy' not in sys.modules, 'sqlalchemy loaded'; "
            "planflow.Store; assert 'sqlalchemy' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)
