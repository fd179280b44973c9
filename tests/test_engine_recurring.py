"""Recurring tasks ("Hàng quý", "hằng tháng"...): every occurrence is a tracked deadline.

A plan for 2026 on the "vn" calendar with a quarterly task led by agency ``a``: each
quarter is due on its last day, gets the reminders, due-today, overdue and escalation
events of a one-off task, and is closed by its own "done" record. Evaluated day by day,
ticked through the year against a real SQLite store and Maildir outbox, and shown by the
CLI and the progress report.
"""

from __future__ import annotations

import json
import mailbox
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

import planflow
from planflow import (
    Agency,
    DocumentInfo,
    Engine,
    EventKind,
    Plan,
    ProgressRecord,
    RenderContext,
    Snapshot,
    Status,
    Store,
    Task,
    evaluate,
)
from planflow_vn import occurrence_label

from . import pgcluster
from .conftest import DIALECTS

Q = [(date(2026, 1, 1), date(2026, 3, 31)), (date(2026, 4, 1), date(2026, 6, 30)),
     (date(2026, 7, 1), date(2026, 9, 30)), (date(2026, 10, 1), date(2026, 12, 31))]
DONE_Q1 = date(2026, 4, 3)   # after Q1's end, inside Q2: closes Q1, late
DONE_Q2 = date(2026, 6, 20)  # inside Q2 (Q1 already closed): closes Q2, on time


def quarterly_plan(**settings: object) -> Plan:
    return planflow.bind(Plan(
        document=DocumentInfo(symbol="12/KH-UBND", title="Kế hoạch rà soát", date=date(2026, 1, 5),
                              issuer="UBND huyện"),
        agencies=[Agency("a", "Phòng Tư pháp"), Agency("b", "Phòng Văn hóa"),
                  Agency("top", "UBND huyện")],
        tasks=[
            Task("rv", "Rà soát thủ tục hành chính", lead=["a"], timeframe="Hàng quý"),
            Task("tx", "Tuyên truyền", lead=["b"], timeframe="Thường xuyên"),
            Task("sk", "Xử lý sự cố", lead=["b"], timeframe="Khi có phát sinh"),
            Task("nd", "Trực ban", lead=["b"], timeframe="Hằng ngày"),
        ],
        period=2026, calendar="vn", settings={"engine": dict(settings)} if settings else {},
    ))


RECORDS = (ProgressRecord("rv", "progress", date(2026, 2, 10), "Đã rà soát 12 thủ tục", "a", 1),
           ProgressRecord("rv", "done", DONE_Q1, None, "a", 2),
           ProgressRecord("rv", "done", DONE_Q2, None, "a", 3))


def days(first: date, last: date):
    d = first
    while d <= last:
        yield d
        d += timedelta(days=1)


def test_the_quarterly_task_resolves_to_four_occurrences():
    tf = quarterly_plan().task_by_id["rv"].timeframe
    assert tf.kind is planflow.Kind.RECURRING and tf.recurrence == "quarterly"
    assert tf.occurrences == tuple(Q)


def test_each_quarter_gets_the_events_of_a_one_off_task():
    plan = quarterly_plan()
    cal = planflow.work_calendar(plan)
    snap = Snapshot(records=RECORDS)
    got = []
    for day in days(date(2026, 1, 1), date(2026, 12, 31)):
        for e in evaluate(plan, snap, day).events:
            assert e.subject == "rv", e  # continuous, event and daily tasks fire nothing
            got.append((day, e.kind.value, e.tier, e.occurrence, e.due,
                        (e.occurrence_start, e.occurrence_end), e.recipients))
    # computed the way the engine treats a one-off task's deadline: the due day is the
    # window's last day as it stands (a day off stays the due day), reminders count
    # working days back, overdue is the next working day, escalation counts working days on
    expected = []
    for n, (a, b) in enumerate(Q):
        closed = {0: DONE_Q1, 1: DONE_Q2}.get(n, date(2027, 1, 1))
        for day, kind, tier, to in [
                (planflow.add_working_days(cal, b, -5), "reminder", 5, "a"),
                (planflow.add_working_days(cal, b, -1), "reminder", 1, "a"),
                (b, "due_today", 0, "a"),
                (planflow.next_working_day(cal, b), "overdue", 0, "a"),
                (planflow.add_working_days(cal, b, 3), "escalation", 1, "a"),
                (planflow.add_working_days(cal, b, 10), "escalation", 2, "top"),
                # chased again every 5 working days after the first escalation step
                *[(planflow.add_working_days(cal, b, 3 + 5 * k), "chase", k + 1, "a")
                  for k in range(1, 60)]]:
            if day < closed and day.year == 2026:
                expected.append((day, kind, tier, n, b, (a, b), (to,)))
    assert got == sorted(expected)
    # and by hand: Q1 (Tue 31/3) until its late "done" on Fri 3/4 (escalation 1 would
    # fire that day), nothing for Q2 (done 20/6, before its first reminder on 23/6), Q3
    # (Wed 30/9) in full, Q4 (Thu 31/12) up to the year's end
    assert [(d.isoformat(), k, t, n) for d, k, t, n, *_ in got] == [
        ("2026-03-24", "reminder", 5, 0), ("2026-03-30", "reminder", 1, 0),
        ("2026-03-31", "due_today", 0, 0), ("2026-04-01", "overdue", 0, 0),
        ("2026-09-23", "reminder", 5, 2), ("2026-09-29", "reminder", 1, 2),
        ("2026-09-30", "due_today", 0, 2), ("2026-10-01", "overdue", 0, 2),
        ("2026-10-05", "escalation", 1, 2),
        # Q3 stays open: chased every 5 working days after escalation 1 (Mon 5/10): đôn đốc
        # lần 2 on Mon 12/10 ... lần 13 on Mon 28/12 (Tue 24/11 is worked: Ngày Văn hóa
        # Việt Nam is no day off in law yet, planflow_vn.NOT_LAW)
        ("2026-10-12", "chase", 2, 2), ("2026-10-14", "escalation", 2, 2),
        ("2026-10-19", "chase", 3, 2),
        ("2026-10-26", "chase", 4, 2),
        ("2026-11-02", "chase", 5, 2),
        ("2026-11-09", "chase", 6, 2),
        ("2026-11-16", "chase", 7, 2),
        ("2026-11-23", "chase", 8, 2),
        ("2026-11-30", "chase", 9, 2),
        ("2026-12-07", "chase", 10, 2),
        ("2026-12-14", "chase", 11, 2),
        ("2026-12-21", "chase", 12, 2),
        ("2026-12-24", "reminder", 5, 3), ("2026-12-28", "chase", 13, 2),
        ("2026-12-30", "reminder", 1, 3),
        ("2026-12-31", "due_today", 0, 3),
    ]


def test_statuses_per_day_follow_the_current_occurrence():
    plan = quarterly_plan()
    snap = Snapshot(records=RECORDS)
    table = {
        date(2026, 1, 5): (Status.IN_PROGRESS, 0, None),
        date(2026, 3, 24): (Status.DUE_SOON, 0, None),
        date(2026, 3, 31): (Status.DUE_SOON, 0, None),
        date(2026, 4, 1): (Status.IN_PROGRESS, 1, None),   # Q2 is current; Q1 overdue behind it
        date(2026, 4, 3): (Status.IN_PROGRESS, 1, None),
        date(2026, 6, 20): (Status.DONE_ON_TIME, 1, DONE_Q2),
        date(2026, 6, 30): (Status.DONE_ON_TIME, 1, DONE_Q2),
        date(2026, 7, 1): (Status.IN_PROGRESS, 2, None),
        date(2026, 9, 24): (Status.DUE_SOON, 2, None),
        date(2026, 10, 1): (Status.IN_PROGRESS, 3, None),
        date(2026, 12, 31): (Status.DUE_SOON, 3, None),
    }
    for day, (status, n, done_on) in table.items():
        ts = evaluate(plan, snap, day).task("rv")
        assert (ts.status, ts.occurrence, ts.done_on) == (status, n, done_on), day
        assert (ts.start, ts.due) == Q[n] == (ts.occurrence_start, ts.occurrence_end)
        assert ts.note == ("Đã rà soát 12 thủ tục" if day >= date(2026, 2, 10) else None)
    every = {d: [o.status for o in evaluate(plan, snap, d).occurrences("rv")]
             for d in (date(2026, 4, 2), date(2026, 4, 3), date(2026, 10, 5))}
    assert every == {
        date(2026, 4, 2): [Status.OVERDUE, Status.IN_PROGRESS, Status.NOT_YET_DUE, Status.NOT_YET_DUE],
        date(2026, 4, 3): [Status.DONE_LATE, Status.IN_PROGRESS, Status.NOT_YET_DUE, Status.NOT_YET_DUE],
        date(2026, 10, 5): [Status.DONE_LATE, Status.DONE_ON_TIME, Status.OVERDUE, Status.IN_PROGRESS],
    }
    ev = evaluate(plan, snap, date(2026, 10, 5))
    assert [o.done_on for o in ev.occurrences("rv")] == [DONE_Q1, DONE_Q2, None, None]
    # the evaluation still has one state and one status code per task
    assert [t.id for t in ev.tasks] == ["rv", "tx", "sk", "nd"]
    assert len(ev.tasks) + len(ev.obligations) == 4 and sum(ev.counts("task").values()) == 4
    assert ev.counts()[Status.IN_PROGRESS] == 4
    assert [o.status for o in ev.occurrences("tx")] == [Status.IN_PROGRESS]
    d = ev.to_dict()
    assert d["tasks"][0]["occurrence"] == 3 and d["tasks"][0]["occurrence_start"] == "2026-10-01"
    assert d["tasks"][1]["occurrence"] is None and d["tasks"][1]["due"] is None
    assert [e["occurrence"] for e in d["events"]] == [2]  # Q3's first escalation


def test_continuous_event_and_daily_tasks_have_no_deadline():
    plan = quarterly_plan()
    for day in (date(2026, 3, 31), date(2026, 12, 31)):
        ev = evaluate(plan, None, day)
        for tid in ("tx", "sk", "nd"):
            assert ev.task(tid).due is None and ev.task(tid).status is Status.IN_PROGRESS
            assert ev.task(tid).occurrence is None


def test_done_records_map_to_occurrences():
    plan = planflow.bind(Plan(document=DocumentInfo(symbol="1/KH", title="T", date=date(2026, 1, 2)),
                agencies=[Agency("a", "A")], period=2026, calendar="vn",
                tasks=[Task("m", "Kiểm tra", lead=["a"], timeframe="Từ tháng 3 đến tháng 11 hằng năm"),
                       Task("q", "Rà soát", lead=["a"], timeframe="Hàng quý")]))
    assert plan.task_by_id["m"].timeframe.occurrences == ((date(2026, 3, 1), date(2026, 11, 30)),)

    def statuses(*records: tuple[str, str, date], at: date = date(2027, 1, 5)) -> list[Status]:
        snap = Snapshot(records=tuple(ProgressRecord(t, k, d, None, "a", i)
                                      for i, (t, k, d) in enumerate(records, 1)))
        return [o.status for o in evaluate(plan, snap, at).occurrences(records[0][0])]

    # a "done" dated before the window opens closes nothing (the duty window "Từ tháng 3
    # đến tháng 11" has then ended, its results awaited: never overdue); inside it, on time
    assert statuses(("m", "done", date(2026, 2, 10))) == [Status.ENDED]
    assert statuses(("m", "done", date(2026, 5, 10))) == [Status.DONE_ON_TIME]
    # each "done" closes the earliest open occurrence started by its day
    assert statuses(("q", "done", date(2026, 7, 2)), ("q", "done", date(2026, 7, 3)),
                    ("q", "done", date(2026, 7, 4)), ("q", "done", date(2026, 7, 5))) == [
        Status.DONE_LATE, Status.DONE_LATE, Status.DONE_ON_TIME, Status.OVERDUE]
    # "reopened" undoes the latest close; "cancelled" cancels what is not done
    assert statuses(("q", "done", date(2026, 2, 1)), ("q", "done", date(2026, 5, 1)),
                    ("q", "reopened", date(2026, 5, 2))) == [
        Status.DONE_ON_TIME, Status.OVERDUE, Status.OVERDUE, Status.OVERDUE]
    assert statuses(("q", "done", date(2026, 2, 1)), ("q", "cancelled", date(2026, 8, 1))) == [
        Status.DONE_ON_TIME, Status.CANCELLED, Status.CANCELLED, Status.CANCELLED]
    assert statuses(("q", "done", date(2026, 2, 1)), ("q", "cancelled", date(2026, 8, 1)),
                    ("q", "reopened", date(2026, 8, 2))) == [
        Status.DONE_ON_TIME, Status.OVERDUE, Status.OVERDUE, Status.OVERDUE]
    # a cancelled recurring task fires nothing
    snap = Snapshot(records=(ProgressRecord("q", "cancelled", date(2026, 1, 2), None, "a", 1),))
    assert not [e for d in days(date(2026, 1, 2), date(2026, 12, 31))
                for e in evaluate(plan, snap, d).events if e.subject == "q"]


def test_a_month_ending_on_a_day_off_is_treated_like_a_one_off_window():
    # 31/5/2026 is a Sunday: "hằng tháng" in May fires exactly what "Tháng 5/2026" does
    plan = planflow.bind(Plan(document=DocumentInfo(symbol="1/KH", title="T", date=date(2026, 1, 2)),
                agencies=[Agency("a", "A"), Agency("top", "Top")], period=2026, calendar="vn",
                settings={"engine": {"issuer": "top"}},
                tasks=[Task("m", "Báo cáo", lead=["a"], timeframe="hằng tháng"),
                       Task("w", "Báo cáo", lead=["a"], timeframe="Tháng 5/2026")]))
    fired: dict[str, list] = {"m": [], "w": []}
    for day in days(date(2026, 5, 1), date(2026, 6, 20)):
        for e in evaluate(plan, None, day).events:
            if e.due == date(2026, 5, 31):
                fired[e.subject].append((day, e.kind, e.tier, e.recipients))
    assert fired["m"] == fired["w"]
    assert (date(2026, 5, 31), EventKind.DUE_TODAY, 0, ("a",)) in fired["m"]
    assert (date(2026, 6, 1), EventKind.OVERDUE, 0, ("a",)) in fired["m"]


def test_occurrence_words():
    assert occurrence_label(date(2026, 4, 1), date(2026, 6, 30), "quarterly") == "quý II/2026"
    assert occurrence_label(date(2026, 1, 1), date(2026, 1, 31), "monthly") == "tháng 01/2026"
    assert occurrence_label(date(2026, 6, 1), date(2026, 6, 24), "monthly") == "tháng 6/2026"
    assert occurrence_label(date(2026, 3, 1), date(2026, 11, 30), "yearly") == "năm 2026"
    assert occurrence_label(date(2026, 8, 1), date(2026, 8, 31), "listed") == "tháng 8/2026"
    assert occurrence_label(date(2026, 3, 1), date(2026, 11, 30)) == "từ 01/3/2026 đến 30/11/2026"
    assert occurrence_label(date(2026, 7, 1), date(2026, 9, 30)) == "quý III/2026"


@pytest.fixture(scope="module", params=DIALECTS)
def year(request, tmp_path_factory):
    """Tick every day of 2026 (on each store dialect); Q1's "done" is recorded on 3/4
    after that day's tick, Q2's on 20/6 before it. Each day that sent something is ticked
    again."""
    tmp = tmp_path_factory.mktemp("recurring")
    db, drop = str(tmp / "t.db"), None
    if request.param == "postgresql":
        db, drop = pgcluster.create_database(request.getfixturevalue("pg_server"))
        request.addfinalizer(drop)
    plan = quarterly_plan(outbox=str(tmp / "outbox"))
    chans = {"outbox": planflow.default_registry().channels()["outbox"]}
    engine = Engine()
    reruns = []
    with Store.open(db) as store:
        for day in days(date(2026, 1, 1), date(2026, 12, 31)):
            if day == DONE_Q2:
                store.record(plan, "rv", "done", day, by="a")
            res = engine.tick(plan, store, day, chans)
            assert not res.failed, res.failed
            if res.delivered:
                again = engine.tick(plan, store, day, chans)
                reruns.append((again.enqueued, again.delivered))
            if day == DONE_Q1:
                store.record(plan, "rv", "done", day, by="a")
        rows = store.outbox(plan)
        final = evaluate(plan, store.snapshot(plan), date(2026, 12, 31))
    return plan, rows, final, reruns, tmp / "outbox"


def test_ticking_the_year(year):
    plan, rows, final, reruns, outbox = year
    got = [(r.created_on.isoformat(), r.event, r.tier, r.payload["occurrence"]["index"], r.recipient)
           for r in rows]
    assert sorted(got) == sorted([
        ("2026-03-24", "reminder", 5, 0, "a"), ("2026-03-30", "reminder", 1, 0, "a"),
        ("2026-03-31", "due_today", 0, 0, "a"), ("2026-04-01", "overdue", 0, 0, "a"),
        ("2026-04-03", "escalation", 1, 0, "a"),  # sent before the day's "done" came in
        # Q1's escalation 2 (14/4) never comes: Q1 was closed (late) on 3/4
        ("2026-09-23", "reminder", 5, 2, "a"), ("2026-09-29", "reminder", 1, 2, "a"),
        ("2026-09-30", "due_today", 0, 2, "a"), ("2026-10-01", "overdue", 0, 2, "a"),
        ("2026-10-05", "escalation", 1, 2, "a"), ("2026-10-14", "escalation", 2, 2, "top"),
        # Q3 is never closed: chased every 5 working days, đôn đốc lần 2 (12/10) to lần 13 (28/12;
        # Tue 24/11 is worked, planflow_vn.NOT_LAW)
        ("2026-10-12", "chase", 2, 2, "a"),
        ("2026-10-19", "chase", 3, 2, "a"),
        ("2026-10-26", "chase", 4, 2, "a"),
        ("2026-11-02", "chase", 5, 2, "a"),
        ("2026-11-09", "chase", 6, 2, "a"),
        ("2026-11-16", "chase", 7, 2, "a"),
        ("2026-11-23", "chase", 8, 2, "a"),
        ("2026-11-30", "chase", 9, 2, "a"),
        ("2026-12-07", "chase", 10, 2, "a"),
        ("2026-12-14", "chase", 11, 2, "a"),
        ("2026-12-21", "chase", 12, 2, "a"),
        ("2026-12-28", "chase", 13, 2, "a"),
        ("2026-12-24", "reminder", 5, 3, "a"), ("2026-12-30", "reminder", 1, 3, "a"),
        ("2026-12-31", "due_today", 0, 3, "a"),
    ])
    assert {r.state for r in rows} == {"delivered"}
    assert reruns and all(r == ((), ()) for r in reruns)
    assert len(mailbox.Maildir(outbox, create=False)) == len(rows)
    # keys differ per occurrence; the occurrence is named in the Vietnamese notice
    first = next(r for r in rows if r.event == "reminder" and r.payload["occurrence"]["index"] == 0)
    assert first.key == ("12/KH-UBND@2026-01-05|task:rv|reminder:5|due:2026-03-31"
                         "|occ:2026-01-01|to:a|outbox")
    assert first.payload["occurrence"] == {"index": 0, "start": "2026-01-01", "end": "2026-03-31"}
    assert first.payload["subject_line"] == ("[Nhắc việc] Còn 5 ngày làm việc đến hạn: nhiệm vụ "
                                             "“Rà soát thủ tục hành chính (quý I/2026)” "
                                             "(Kế hoạch số 12/KH-UBND)")
    assert "Nhiệm vụ: Rà soát thủ tục hành chính (quý I/2026)\nThời hạn: 31/3/2026." \
        in first.payload["body"]
    q3 = [r for r in rows if r.event == "escalation" and r.tier == 2]
    assert q3[0].recipient == "top" and "(quý III/2026)" in q3[0].payload["subject_line"]
    assert [o.status for o in final.occurrences("rv")] == [
        Status.DONE_LATE, Status.DONE_ON_TIME, Status.OVERDUE, Status.DUE_SOON]
    assert final.task("rv").status is Status.DUE_SOON


def test_pending_notices_of_a_closed_occurrence_are_withdrawn(tmp_path, store_url):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    plan = quarterly_plan(outbox=str(blocker / "outbox"))
    chans = {"outbox": planflow.default_registry().channels()["outbox"]}
    engine = Engine()
    with Store.open(store_url) as store:
        # Q1 and Q2 done; nothing can be delivered, so everything stays pending. The first
        # tick (14/10) tells "top" of Q3's second escalation and "a" that Q3 is overdue;
        # the next, after a gap longer than catch_up_days (24/12), tells "a" of Q4's first
        # reminder and of Q3 still overdue: two items, one digest
        store.record(plan, "rv", "done", date(2026, 2, 1), by="a")
        store.record(plan, "rv", "done", date(2026, 5, 1), by="a")
        for day in (date(2026, 10, 14), date(2026, 12, 24)):
            res = engine.tick(plan, store, day, chans)
            assert res.failed and not res.delivered
        rows = [r for r in store.outbox(plan) if r.state == "pending"]
        single = {r.key for r in rows if r.subject_type != "digest"}
        assert {(r.event, r.recipient) for r in rows if r.subject_type != "digest"} == {
            ("escalation", "top"), ("overdue", "a")}
        assert {k.split("|occ:")[1][:10] for k in single} == {"2026-07-01"}
        [digest] = [r for r in rows if r.subject_type == "digest"]
        assert (digest.recipient, digest.tier) == ("a", 2)
        assert sorted((i["event"], i["occurrence"]["start"]) for i in digest.payload["items"]) == [
            ("overdue", "2026-07-01"), ("reminder", "2026-10-01")]
        # Q3 is done (late) on 25/12: its own pending notices go; the digest stays while
        # one of its items (Q4) is open
        store.record(plan, "rv", "done", date(2026, 12, 25), by="a")
        res = engine.tick(plan, store, date(2026, 12, 25), chans)
        assert set(res.withdrawn) == single
        left = {r.key for r in store.outbox(plan) if r.state == "pending"}
        assert left == {digest.key}
        # Q4 done too: the digest goes
        store.record(plan, "rv", "done", date(2026, 12, 28), by="a")
        res = engine.tick(plan, store, date(2026, 12, 28), chans)
        assert digest.key in res.withdrawn


def test_the_report_lists_the_task_once_with_its_current_occurrence():
    from planflow_docs import render_text

    plan = quarterly_plan()
    state = evaluate(plan, Snapshot(records=RECORDS), date(2026, 6, 25))
    text = render_text(plan, RenderContext(what="plan", at=date(2026, 6, 25), state=state))
    assert text  # the plan itself still renders with a state
    plan_r = planflow.bind(Plan(document=plan.document, agencies=plan.agencies, tasks=plan.tasks, period=2026,
                  calendar="vn", regime=planflow.Regime(
                      periods=[planflow.ReportPeriod("Báo cáo 6 tháng năm 2026", "2026-01-01",
                                                     "2026-06-30", "2026-06-15")],
                      reporters=["a"], recipient="top")))
    state = evaluate(plan_r, Snapshot(records=RECORDS), date(2026, 6, 25))
    out = render_text(plan_r, RenderContext(what="report", at=date(2026, 6, 25),
                                            state=state)).decode("utf-8")
    assert out.count("Rà soát thủ tục hành chính") == 1
    assert "Hàng quý (quý II/2026)" in out and "Hoàn thành đúng hạn" in out
    assert "Hoàn thành ngày 20/6/2026" in out


def test_cli_status_shows_the_current_occurrence(tmp_path):
    plan = {
        "document": {"symbol": "12/KH-UBND", "title": "Kế hoạch rà soát", "date": "2026-01-05"},
        "period": 2026, "calendar": "vn",
        "agencies": [{"id": "a", "name": "Phòng Tư pháp"}],
        "tasks": [{"id": "rv", "title": "Rà soát", "lead": ["a"], "timeframe": "Hàng quý"}],
    }
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    env = dict(os.environ, PLANFLOW_DB=str(tmp_path / "t.db"), PLANFLOW_LOAD_PLUGINS="vn,channels",
               PLANFLOW_OUTBOX=str(tmp_path / "ob"))

    def run(*args: str) -> subprocess.CompletedProcess:
        r = subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True,
                           text=True, env=env, timeout=60)
        assert r.returncode == 0, r.stderr
        return r

    run("record", str(path), "rv", "--done", "2026-04-03")
    data = json.loads(run("status", str(path), "--at", "2026-04-03", "--json").stdout)
    assert [(t["id"], t["status"], t["due"], t["occurrence"]) for t in data["tasks"]] == [
        ("rv", "in_progress", "2026-06-30", 1)]
    table = run("status", str(path), "--at", "31/3/2026", "--all-items").stdout
    assert "Sắp đến hạn (1)" in table and "31/03/2026" in table
    assert "sự kiện: đến hạn hôm nay: rv" in table
    table = run("status", str(path), "--at", "2026-03-31", "--all-items", "--lang", "en").stdout
    assert "due soon (1)" in table and "2026-03-31" in table
    assert "event: due today: rv" in table
    assert Path(tmp_path / "t.db").exists()
