"""The rest of a plan's real life (docs/engine.md): times the engine cannot track are
errors unless the plan accepts them, and a deadline on a day off follows one policy, a
setting to change it, never a notice dated on a day off. Real wording, real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

import planflow
from planflow import DocumentInfo, Engine, Status, Store, Task

from .conftest import make_plan

D = date.fromisoformat

PLAN = '''period = 2023
calendar = "vn"
{settings}
[document]
symbol = "7/KH-UBND"
title = "Phòng, chống thiên tai năm 2023"
issuer = "Ủy ban nhân dân xã Bình Sơn"
date = 2023-02-01

[[agencies]]
id = "ubnd-xa"
name = "Ủy ban nhân dân xã Bình Sơn"

[[agencies]]
id = "dia-chinh"
name = "Công chức Địa chính - Xây dựng"

[[tasks]]
id = "gia-co"
title = "Gia cố nhà cửa, công trình"
lead = ["dia-chinh"]
timeframe = "Trước mùa mưa bão"

[[tasks]]
id = "dien-tap"
title = "Diễn tập phòng, chống thiên tai"
lead = ["ubnd-xa"]
timeframe = "Hằng năm vào dịp phù hợp"

[[tasks]]
id = "tong-ket"
title = "Tổng kết công tác phòng, chống thiên tai"
lead = ["ubnd-xa"]
timeframe = "Trước ngày 15/12/2023"
'''


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "NO_COLOR": "1",
                                                       "COLUMNS": "200"})


def test_a_time_no_reader_understands_is_an_error_naming_the_task_and_the_words(tmp_path: Path):
    f = tmp_path / "plan.toml"
    f.write_text(PLAN.format(settings=""), encoding="utf-8")
    r = run("validate", str(f))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    out = r.stdout + r.stderr
    assert "'gia-co'" in out and "Trước mùa mưa bão" in out
    # a recurrence whose words nobody reads is the same case
    assert "'dien-tap'" in out and "Hằng năm vào dịp phù hợp" in out
    assert "untracked" in out


def test_the_plan_can_accept_them_and_status_lists_them_in_their_own_group(tmp_path: Path):
    f = tmp_path / "plan.toml"
    f.write_text(PLAN.format(settings='[settings.engine]\nuntracked = "accept"\n'),
                 encoding="utf-8")
    r = run("validate", str(f))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "cảnh báo: tasks[0].timeframe: thời hạn" in r.stdout + r.stderr
    db = str(tmp_path / "t.db")
    # a tick never notifies an untracked item
    r = run("tick", str(f), "--at", "2023-12-18", "--db", db, "--json")
    assert r.returncode == 0, r.stderr
    assert "gia-co" not in r.stdout and "dien-tap" not in r.stdout and "tong-ket" in r.stdout
    group = "Chưa xác định được thời hạn (theo dõi thủ công) (2)"
    for view in ((), ("--all-items",)):  # the summary (the default) and the full tables
        r = run("status", str(f), "--at", "2023-12-18", "--db", db, *view)
        assert r.returncode == 0, r.stderr
        assert group in r.stdout, view
        after = r.stdout[r.stdout.index(group):]
        assert "gia-co" in after and "dien-tap" in after
    data = json.loads(run("status", str(f), "--at", "2023-12-18", "--db", db, "--json").stdout)
    assert {t["id"]: t["status"] for t in data["tasks"]} == {
        "gia-co": "untracked", "dien-tap": "untracked", "tong-ket": "overdue"}


def test_a_window_without_dates_is_untracked_too():
    plan = make_plan([Task("t", "Trực ban", lead=["a"],
                           timeframe=planflow.Timeframe(text="Trong mùa lũ", kind="window"))])
    (p,) = [p for p in planflow.validate(plan) if p.code == "untracked-timeframe"]
    assert p.severity is planflow.Severity.ERROR and "Trong mùa lũ" in p.message
    assert "window without dates" in p.message
    accepted = make_plan(plan.tasks, settings={"engine": {"untracked": "accept"}})
    assert planflow.evaluate(accepted, None, D("2023-06-01")).task("t").status is Status.UNTRACKED


def test_an_imported_plan_with_unread_times_accepts_them_and_says_so(tmp_path: Path):
    # the example district plan, its first task's time rewritten as words nobody reads
    example = Path(__file__).resolve().parents[1] / "examples" / "65-KH-UBND-2023.txt"
    text = example.read_text(encoding="utf-8")
    src = tmp_path / "kh.txt"
    src.write_text(text.replace("d) Thời gian thực hiện: Quý I năm 2023.",
                                "d) Thời gian thực hiện: Trước mùa mưa bão.", 1),
                   encoding="utf-8")
    out = tmp_path / "kh.toml"
    r = run("import", str(src), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert 'settings.engine.untracked = "accept"' in r.stderr and "tham-muu" in r.stderr
    assert 'untracked = "accept"' in out.read_text(encoding="utf-8")
    assert run("validate", str(out)).returncode == 0


# -- a deadline on a day off ----------------------------------------------------------

class _Sink:
    def deliver(self, note: object) -> None:
        pass


def _year_plan(**engine: object) -> planflow.Plan:
    return make_plan([Task("ca-nam", "Tuyên truyền phòng, chống đuối nước", lead=["a"],
                           timeframe="Cả năm")],
                     calendar="vn", settings={"engine": dict(engine)} if engine else {},
                     document=DocumentInfo(symbol="5/KH-UBND", title="Thử", date=D("2023-03-01")))


def _ticks(plan: planflow.Plan, db: Path) -> dict[str, list[tuple[str, int, str]]]:
    engine = Engine()
    sent: dict[str, list[tuple[str, int, str]]] = {}
    with Store.open(str(db)) as store:
        day = D("2023-12-22")
        while day <= D("2024-01-04"):
            res = engine.tick(plan, store, day, {"outbox": _Sink()})
            if res.notifications:
                sent[day.isoformat()] = [(n.event, n.tier, n.payload["due"])
                                         for n in res.notifications]
            day += timedelta(days=1)
    return sent


@pytest.mark.parametrize("policy", ["keep", "next", "previous"])
def test_cả_năm_ending_on_sunday_31_12_2023_never_gives_a_notice_on_a_day_off(tmp_path, policy):
    plan = _year_plan(day_off_deadline=policy)
    assert plan.tasks[0].timeframe.due == D("2023-12-31")  # the named day, a Sunday
    sent = _ticks(plan, tmp_path / f"{policy}.db")
    cal = planflow.work_calendar(plan)
    assert all(cal.is_working_day(D(day)) for day in sent)
    expected = {
        # the deadline stays Sunday 31/12: "còn 1 ngày" on Friday 29/12, nothing on the
        # weekend or on New Year's Day, "quá hạn" on Tuesday 2/1/2024
        "keep": {"2023-12-25": [("reminder", 5, "2023-12-31")],
                 "2023-12-29": [("reminder", 1, "2023-12-31")],
                 "2024-01-02": [("overdue", 0, "2023-12-31")]},
        # Civil Code 2015, art. 148(5): the deadline is the next working day, Tuesday 2/1
        "next": {"2023-12-25": [("reminder", 5, "2024-01-02")],
                 "2023-12-29": [("reminder", 1, "2024-01-02")],
                 "2024-01-02": [("due_today", 0, "2024-01-02")],
                 "2024-01-03": [("overdue", 0, "2024-01-02")]},
        # the working day before: "hôm nay là hạn cuối" on Friday 29/12
        "previous": {"2023-12-22": [("reminder", 5, "2023-12-29")],
                     "2023-12-28": [("reminder", 1, "2023-12-29")],
                     "2023-12-29": [("due_today", 0, "2023-12-29")],
                     "2024-01-02": [("overdue", 0, "2023-12-29")]},
    }[policy]
    assert {d: v for d, v in sent.items() if d in expected} == expected


def test_the_day_off_policy_is_checked():
    plan = _year_plan(day_off_deadline="monday")
    (p,) = [p for p in planflow.validate(plan) if p.code == "invalid-settings"]
    assert p.where == "settings.engine.day_off_deadline" and "'keep'" in p.message


# -- report tables keep dates on one line -------------------------------------------

def test_the_docx_report_table_keeps_each_date_on_one_line():
    import io

    import attrs
    import docx

    from planflow import ProgressRecord, Snapshot

    from .test_plan_life import _lyson

    lyson = _lyson()
    tasks = list(lyson.tasks)
    tasks[1] = attrs.evolve(tasks[1], timeframe=planflow.Timeframe.deadline(
        D("2023-12-31"), "Trước ngày 31/12/2023"))
    lyson = planflow.bind(attrs.evolve(lyson, tasks=tasks))
    at = D("2023-06-13")
    snap = Snapshot(records=(ProgressRecord(tasks[2].id, "done", D("2023-05-12")),))
    data = planflow.default_registry().renderer("docx", "report").render(
        lyson, planflow.RenderContext(what="report", at=at, state=planflow.evaluate(lyson, snap, at),
                                      period="2023-H1"))
    d = docx.Document(io.BytesIO(data))
    (table,) = [t for t in d.tables if t.rows[0].cells[0].text == "TT"
                and t.rows[0].cells[3].text == "Thời gian"]
    wj = "\u2060"
    # the slashes of a date are glued (U+2060 WORD JOINER): no line break inside a date
    assert table.rows[2].cells[3].text == f"Trước ngày 31{wj}/{wj}12{wj}/{wj}2023"
    assert f"12{wj}/{wj}5{wj}/{wj}2023" in table.rows[3].cells[5].text
    # and the time column holds a whole date ("31/12/2023" is about 2 cm at 13 pt)
    assert table.columns[3].width.cm >= 2.5


# -- duty windows -----------------------------------------------------------------------

def _duty_plan() -> planflow.Plan:
    return make_plan([
        Task("truc-ban", "Trực ban phòng, chống thiên tai và tìm kiếm cứu nạn", lead=["a"],
             timeframe="Từ tháng 6 đến tháng 11"),
        Task("kiem-tra", "Kiểm tra công trình đê điều", lead=["b"],
             timeframe="Từ tháng 3 đến tháng 11 hằng năm"),
        Task("ke-hoach", "Xây dựng phương án ứng phó", lead=["b"], timeframe="Quý II năm 2023"),
    ], calendar="vn", document=DocumentInfo(symbol="7/KH-UBND", title="Phòng, chống thiên tai",
                                            issuer="UBND xã", date=D("2023-02-01")))


def test_a_duty_window_is_tracked_as_a_window_never_escalated_as_undone():
    plan = _duty_plan()
    assert plan.tasks[0].timeframe.duty and plan.tasks[1].timeframe.duty
    assert not plan.tasks[2].timeframe.duty  # "Quý II năm 2023": a deliverable, due 30/6
    events = Engine().events_between(plan, planflow.Snapshot.empty(), D("2023-02-01"),
                                     D("2023-12-31"))
    got = [(e.on.isoformat(), e.kind.value, e.subject) for e in events
           if e.subject in ("truc-ban", "kiem-tra")]
    # a notice on the first working day of each window, the results asked for on its last;
    # nothing in between, no overdue notice, escalation or chase after it
    assert got == [("2023-03-01", "window_opens", "kiem-tra"),
                   ("2023-06-01", "window_opens", "truc-ban"),
                   ("2023-11-30", "window_ends", "kiem-tra"),
                   ("2023-11-30", "window_ends", "truc-ban")]
    # the deliverable is chased as before
    assert ("2023-07-03", "overdue") in [(e.on.isoformat(), e.kind.value) for e in events
                                         if e.subject == "ke-hoach"]
    ev = planflow.evaluate(plan, None, D("2023-12-15"))
    assert ev.task("truc-ban").status is Status.ENDED
    assert ev.task("kiem-tra").status is Status.ENDED
    assert planflow.evaluate(plan, None, D("2023-07-01")).task("truc-ban").status is \
        Status.IN_PROGRESS
    # a first tick long after: "đang quá hạn" only for the deliverable
    assert {e.subject for e in ev.overdue_events()} == {"ke-hoach"}


def test_the_duty_window_notices_read_right(tmp_path):
    plan = _duty_plan()
    with Store.open(str(tmp_path / "t.db")) as store:
        engine = Engine()
        opened = engine.tick(plan, store, D("2023-06-01"), {"outbox": _Sink()}, dry_run=True)
        (n,) = [n for n in opened.notifications if n.subject == "truc-ban"]
        assert n.subject_line.startswith("[Triển khai] Bắt đầu thời gian thực hiện: nhiệm vụ "
                                         "“Trực ban phòng, chống thiên tai")
        assert "triển khai thực hiện từ 01/6/2023 đến 30/11/2023" in n.body
        ended = engine.tick(plan, store, D("2023-11-30"), {"outbox": _Sink()}, dry_run=True)
        (n,) = [n for n in ended.notifications if n.event == "window_ends" and n.recipient == "a"]
        assert n.subject_line.startswith("[Báo cáo kết quả] Kết thúc thời gian thực hiện")
        assert "đề nghị quý cơ quan báo cáo kết quả thực hiện" in n.body
        labels = planflow.wording_for(plan)
        assert labels.status_label(Status.ENDED) == "Đã hết thời gian thực hiện (chờ báo cáo kết quả)"
