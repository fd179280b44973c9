"""A plan's real life: nothing owed before it exists, the first tick and gaps, chasing
until closed, escalation up the chain (docs/engine.md, with the Vietnamese wording)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest

import planflow
from planflow import (
    Agency,
    DocumentInfo,
    Engine,
    EventKind,
    Regime,
    ReportPeriod,
    Status,
    Store,
    Task,
)

from .conftest import make_plan

D = date.fromisoformat

UBND_XA = Agency("ubnd-xa", "Ủy ban nhân dân xã Bình Sơn", short_name="UBND xã")
CHU_TICH = Agency("chu-tich", "Chủ tịch UBND xã Bình Sơn")
VH = Agency("van-hoa", "Công chức Văn hóa - Xã hội", parent="ubnd-xa")
DC = Agency("dia-chinh", "Công chức Địa chính - Xây dựng", parent="ubnd-xa")


def commune_plan(**settings: object) -> planflow.Plan:
    """A commune plan issued on Wed 15/3/2023, with a Q1 report due before it existed."""
    regime = Regime(periods=[ReportPeriod("Báo cáo quý I", "2023-01-01", "2023-03-31", "2023-03-10"),
                             ReportPeriod("Báo cáo 6 tháng", "2023-01-01", "2023-06-30", "2023-06-15")],
                    reporters=["van-hoa", "dia-chinh"], recipient="ubnd-xa")
    return make_plan([
        Task("tuyen-truyen", "Tuyên truyền phòng, chống tai nạn đuối nước", lead=["van-hoa"],
             timeframe="2023-01-01/2023-04-28"),
        Task("ra-soat", "Rà soát công trình xây dựng", lead=["dia-chinh"], timeframe="2023-05-31"),
        Task("tu-lam", "Tổng kết công tác quý I", lead=["ubnd-xa"], timeframe="2023-03-10"),
    ], [UBND_XA, CHU_TICH, VH, DC], calendar="vn", regime=regime,
        document=DocumentInfo(symbol="12/KH-UBND", title="Phòng, chống đuối nước năm 2023",
                              issuer="Ủy ban nhân dân xã Bình Sơn", date=D("2023-03-15")),
        settings={"engine": dict(settings)} if settings else {})


def test_a_report_due_before_the_plan_was_issued_is_not_applicable():
    plan = commune_plan()
    ev = planflow.evaluate(plan, None, D("2023-03-20"))
    q1 = [o for o in ev.obligations if o.period == "Báo cáo quý I"]
    assert [o.status for o in q1] == [Status.NOT_APPLICABLE] * 2
    assert planflow.wording_for(plan).status_label(Status.NOT_APPLICABLE) == \
        "Không áp dụng (trước ngày ban hành Kế hoạch)"
    # never overdue, never notified, whatever the day
    for day in (D("2023-03-13"), D("2023-03-15"), D("2023-03-20"), D("2023-06-30")):
        ev = planflow.evaluate(plan, None, day)
        assert all(o.status is Status.NOT_APPLICABLE for o in ev.obligations if o.period == "Báo cáo quý I")
        assert not [e for e in ev.events if "quý I" in e.title and e.subject_type == "report"]
    # a setting lets an office count the plan from an earlier day: the report is owed again
    early = commune_plan(start="2023-01-01")
    assert planflow.evaluate(early, None, D("2023-03-20")).obligation("van-hoa", "Báo cáo quý I").status \
        is Status.OVERDUE


def test_a_window_opening_before_the_plan_is_scheduled_from_its_issue_date():
    plan = commune_plan()
    s = planflow.compute_schedule(plan)
    assert s["tuyen-truyen"].earliest_start == D("2023-03-15")
    assert planflow.evaluate(plan, None, D("2023-03-14")).task("tuyen-truyen").status is Status.NOT_YET_DUE


def test_a_deadline_before_the_issue_date_is_a_warning_naming_the_task():
    problems = [p for p in planflow.validate(commune_plan()) if p.code == "deadline-before-issue"]
    assert [(p.where, p.severity) for p in problems] == [("tasks[2].timeframe", planflow.Severity.WARNING)]
    assert "task 'tu-lam' (Tổng kết công tác quý I) is due 2023-03-10, before the plan starts on " \
           "2023-03-15" in problems[0].message
    typo = commune_plan(strat="2023-01-01")
    assert any(p.where == "settings.engine.strat" for p in planflow.validate(typo))
    bad = commune_plan(start="1/1/2023")
    assert any(p.where == "settings.engine.start" and "expected a date" in p.message
               for p in planflow.validate(bad))


def test_reports_and_letters_dated_before_the_plan_are_refused():
    plan = commune_plan()
    docx = planflow.default_registry().renderer("docx", "report")
    at = D("2023-03-14")
    state = planflow.evaluate(plan, None, at)
    with pytest.raises(planflow.PluginError, match="dated 2023-03-14 would come before the plan "
                                                   "12/KH-UBND started on 2023-03-15"):
        docx.render(plan, planflow.RenderContext(what="report", at=at, state=state))
    letter = planflow.default_registry().renderer("docx", "reminder")
    with pytest.raises(planflow.PluginError, match="reminder letter dated 2023-03-14"):
        letter.render(plan, planflow.RenderContext(what="reminder", at=at, state=state))


def test_status_and_calendar_list_not_applicable_reports(tmp_path):
    data = {
        "document": {"symbol": "12/KH-UBND", "title": "Thử", "date": "2023-03-15"},
        "period": 2023, "calendar": "vn",
        "agencies": [{"id": "a", "name": "Phòng A"}, {"id": "top", "name": "UBND"}],
        "tasks": [{"id": "t1", "title": "Việc một", "lead": ["a"], "timeframe": "2023-06-30"}],
        "regime": {"recipient": "top", "reporters": ["a"], "periods": [
            {"name": "Q1", "covers_start": "2023-01-01", "covers_end": "2023-03-31", "due": "2023-03-10"},
            {"name": "Q2", "covers_start": "2023-04-01", "covers_end": "2023-06-30", "due": "2023-07-10"}]},
    }
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    env = dict(os.environ, PLANFLOW_DB=str(tmp_path / "t.db"), PLANFLOW_LOAD_PLUGINS="vn,channels",
               COLUMNS="200")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True,
                              text=True, env=env, timeout=60)

    planflow.Store.open(str(tmp_path / "t.db")).close()  # status reads a store, never makes one
    r = run("status", str(path), "--at", "2023-04-20", "--all-items")
    assert r.returncode == 0, r.stderr
    assert "Không áp dụng (trước ngày ban hành Kế hoạch) (1)" in r.stdout
    assert "Quá hạn" not in r.stdout
    r = run("calendar", str(path), "--json")
    rows = {e["period"]: e["applicable"] for e in json.loads(r.stdout) if e["kind"] == "report"}
    assert rows == {"Q1": False, "Q2": True}
    r = run("calendar", str(path))
    assert "Q1: Không áp dụng (trước ngày ban hành" in " ".join(r.stdout.split())


# -- the first tick, gaps, chasing -----------------------------------------------------

def _tick_days(plan, store, days):
    engine = Engine()
    out = []
    for d in days:
        res = engine.tick(plan, store, d, dry_run=False, channels={"outbox": _Sink()})
        out.append([(n.event, n.tier, n.subject, n.recipient, n.subject_line) for n in res.notifications])
    return out


class _Sink:
    """A channel that accepts everything (what it got is in the store's outbox)."""

    name = "outbox"

    def deliver(self, notification: planflow.Notification) -> None:
        pass


def test_the_first_tick_sends_one_notice_per_item_overdue_that_day(tmp_path):
    plan = commune_plan()
    with Store.open(str(tmp_path / "t.db")) as store:
        # first tick on Tue 6/6/2023: ra-soat (due Wed 31/5) is overdue; its reminders,
        # due-today, overdue and first escalation of the past are not replayed
        [sent] = _tick_days(plan, store, [D("2023-06-06")])
    overdue = [s for s in sent if s[2] == "ra-soat"]
    assert [(e, t, r) for e, t, _, r, _ in overdue] == [("overdue", 0, "dia-chinh")]
    assert overdue[0][4] == ("[Đang quá hạn]: nhiệm vụ “Rà soát công trình xây dựng” "
                             "(Kế hoạch số 12/KH-UBND)")
    # tu-lam (due before the plan) is overdue too: the issuer's own task, told to itself
    assert {s[2] for s in sent if s[0] == "overdue"} == {"ra-soat", "tu-lam", "tuyen-truyen"}


def test_after_a_gap_only_the_most_pressing_notice_about_a_deadline(tmp_path):
    plan = commune_plan()
    with Store.open(str(tmp_path / "t.db")) as store:
        _tick_days(plan, store, [D("2023-05-22")])
        # missed 23/5..31/5 (reminder 1 on Tue 30/5, due today Wed 31/5); ticked Thu 1/6
        [sent] = _tick_days(plan, store, [D("2023-06-01")])
    about = [(e, t) for e, t, s, _, _ in sent if s == "ra-soat"]
    assert about == [("overdue", 0)]


def test_overdue_items_are_chased_weekly_with_their_number(tmp_path):
    plan = commune_plan()
    engine = Engine()
    chased = []
    day = D("2023-05-31")
    while day <= D("2023-06-30"):
        for e in engine.evaluate(plan, planflow.Snapshot.empty(), day).events:
            if e.subject == "ra-soat" and e.kind in (EventKind.ESCALATION, EventKind.CHASE):
                chased.append((day, e.kind.value, e.tier, e.recipients))
        day = date.fromordinal(day.toordinal() + 1)
    # due Wed 31/5; escalation 1 (đôn đốc lần 1) Mon 5/6, then every 5 working days;
    # step 2 (10 working days, Wed 14/6) goes to the issuer
    assert chased == [
        (D("2023-06-05"), "escalation", 1, ("dia-chinh",)),
        (D("2023-06-12"), "chase", 2, ("dia-chinh",)),
        (D("2023-06-14"), "escalation", 2, ("ubnd-xa",)),
        (D("2023-06-19"), "chase", 3, ("dia-chinh",)),
        (D("2023-06-26"), "chase", 4, ("dia-chinh",)),
    ]
    subject, body = planflow.wording_for(plan).compose(
        plan, next(e for e in engine.evaluate(plan, planflow.Snapshot.empty(), D("2023-06-12")).events
                   if e.kind is EventKind.CHASE and e.subject == "ra-soat"), None)
    assert subject.startswith("[Đôn đốc lần 2] Chậm thực hiện: nhiệm vụ “Rà soát công trình xây dựng”")
    # the issuer is told of the delay, asked to direct it, naming the late unit
    esc = next(e for e in engine.evaluate(plan, planflow.Snapshot.empty(), D("2023-06-14")).events
               if e.kind is EventKind.ESCALATION and e.subject == "ra-soat")
    subject, body = planflow.wording_for(plan).compose(plan, esc, None)
    assert subject.startswith("[Báo cáo chậm thực hiện] Đề nghị chỉ đạo đôn đốc: nhiệm vụ")
    assert "Công chức Địa chính - Xây dựng chưa thực hiện đúng thời hạn" in body
    # repeat = 0: no chases
    quiet = commune_plan(repeat=0)
    assert not [e for d in range(D("2023-06-01").toordinal(), D("2023-06-30").toordinal())
                for e in planflow.evaluate(quiet, None, date.fromordinal(d)).events
                if e.kind is EventKind.CHASE]


def test_escalation_never_goes_to_the_late_agency_about_itself():
    # the issuer's own task (tu-lam): step 2 "to issuer" would tell the UBND xã about
    # itself; with a head named as its parent it goes up, with none it goes nowhere
    plan = commune_plan()
    days = [date.fromordinal(d) for d in range(D("2023-03-15").toordinal(), D("2023-04-30").toordinal())]
    steps = [(e.tier, e.recipients) for d in days for e in planflow.evaluate(plan, None, d).events
             if e.subject == "tu-lam" and e.kind is EventKind.ESCALATION]
    assert steps == [(1, ("ubnd-xa",))]
    headed = planflow.bind(planflow.Plan(
        document=plan.document, tasks=plan.tasks, period=plan.period, calendar="vn",
        agencies=[Agency("ubnd-xa", "Ủy ban nhân dân xã Bình Sơn", parent="chu-tich"), CHU_TICH, VH, DC],
        regime=plan.regime))
    steps = [(e.tier, e.recipients) for d in days for e in planflow.evaluate(headed, None, d).events
             if e.subject == "tu-lam" and e.kind is EventKind.ESCALATION]
    assert steps == [(1, ("ubnd-xa",)), (2, ("chu-tich",))]


# -- letters addressed right -------------------------------------------------------------

def test_the_reminder_letter_is_addressed_to_the_late_units_never_the_issuer():
    from planflow_docs import render_text

    plan = commune_plan()
    at = D("2023-06-14")  # ra-soat's step 2 day; tu-lam (the issuer's own) is overdue too
    state = planflow.evaluate(plan, None, at)
    text = render_text(plan, planflow.RenderContext(what="reminder", at=at, state=state)).decode()
    paras = text.split("\n\n")
    assert "Kính gửi:\n- Công chức Văn hóa - Xã hội;\n- Công chức Địa chính - Xây dựng;" in paras
    assert "Kính gửi: Ủy ban nhân dân xã Bình Sơn" not in text
    assert "Ủy ban nhân dân xã Bình Sơn đề nghị Ủy ban nhân dân xã Bình Sơn" not in text
    # mid-sentence, the plan's title keeps the case of running text
    assert "của Ủy ban nhân dân xã Bình Sơn về phòng, chống đuối nước năm 2023, đến ngày 14 " \
           "tháng 6 năm 2023" in text
    # each unit with its overdue items and their deadlines
    assert "1. Công chức Văn hóa - Xã hội" in paras
    assert "- Báo cáo 6 tháng (hạn 15/6/2023)." not in paras  # not yet due on 14/6
    assert "- Tuyên truyền phòng, chống tai nạn đuối nước (hạn 28/4/2023)." in paras
    assert "2. Công chức Địa chính - Xây dựng" in paras
    assert "- Rà soát công trình xây dựng (hạn 31/5/2023)." in paras
    assert ("Ủy ban nhân dân xã Bình Sơn đề nghị các cơ quan, đơn vị nêu trên khẩn trương triển "
            "khai thực hiện") in text


def test_the_progress_report_goes_to_the_body_it_reports_to():
    from planflow_docs import render_text

    lyson = _lyson()
    at = D("2023-06-13")
    state = planflow.evaluate(lyson, None, at)
    text = render_text(lyson, planflow.RenderContext(what="report", at=at, state=state,
                                                     period="2023-H1")).decode()
    # Lý Sơn's chain: units -> Phòng LĐTB&XH - YT -> UBND huyện (the issuer) -> Sở LĐTB&XH
    assert "Nơi nhận:\n\n- Sở Lao động - Thương binh và Xã hội;\n- Lưu: VT." in text
    assert "về phòng, chống tội phạm xâm hại trẻ em" in text


def _lyson() -> planflow.Plan:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "examples" / "lyson_2023.py"
    spec = importlib.util.spec_from_file_location("lyson_2023_life", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.plan  # type: ignore[no-any-return]


def test_the_docx_report_table_repeats_its_header_row_on_each_page():
    import io

    import docx
    from docx.oxml.ns import qn

    lyson = _lyson()
    at = D("2023-06-13")
    state = planflow.evaluate(lyson, None, at)
    data = planflow.default_registry().renderer("docx", "report").render(
        lyson, planflow.RenderContext(what="report", at=at, state=state, period="2023-H1"))
    d = docx.Document(io.BytesIO(data))
    tables = [t for t in d.tables if t.rows[0].cells[0].text == "TT"]
    assert len(tables) == 2
    for t in tables:
        head = t.rows[0]._tr.trPr
        assert head is not None and head.find(qn("w:tblHeader")) is not None
        assert all(r._tr.trPr.find(qn("w:tblHeader")) is None for r in t.rows[1:])


def test_a_commune_plan_ticked_through_june_gives_one_digest_per_unit_per_day(tmp_path):
    # both units late with their tasks; the issuer's head is named above the UBND xã
    plan = planflow.bind(planflow.Plan(
        document=commune_plan().document, period=2023, calendar="vn",
        agencies=[Agency("ubnd-xa", "Ủy ban nhân dân xã Bình Sơn", parent="chu-tich"), CHU_TICH, VH, DC],
        tasks=[Task("tt", "Tuyên truyền phòng, chống đuối nước", lead=["van-hoa"], timeframe="2023-05-31"),
               Task("kt", "Kiểm tra các điểm bơi", lead=["van-hoa"], timeframe="2023-05-31"),
               Task("rs", "Rà soát công trình xây dựng", lead=["dia-chinh"], timeframe="2023-05-31")]))
    sink = _Sink()
    engine = Engine()
    rows = []
    with Store.open(str(tmp_path / "t.db")) as store:
        day = D("2023-05-15")
        while day <= D("2023-06-30"):
            engine.tick(plan, store, day, {"outbox": sink})
            day = date.fromordinal(day.toordinal() + 1)
        rows = store.outbox(plan)
    per_day = [(r.created_on, r.recipient) for r in rows]
    assert len(per_day) == len(set(per_day))  # one notice per agency per day
    vh = [(r.created_on.isoformat(), r.event, r.tier) for r in rows if r.recipient == "van-hoa"]
    # its two tasks share their days: every notice is a digest of both
    assert vh == [("2023-05-24", "digest", 2), ("2023-05-30", "digest", 2), ("2023-05-31", "digest", 2),
                  ("2023-06-01", "digest", 2), ("2023-06-05", "digest", 2), ("2023-06-12", "digest", 2),
                  ("2023-06-19", "digest", 2), ("2023-06-26", "digest", 2)]
    chase = next(r for r in rows if r.recipient == "van-hoa" and r.created_on == D("2023-06-12"))
    body = chase.notification().body
    assert "- [Đôn đốc lần 2] Chậm thực hiện: nhiệm vụ “Kiểm tra các điểm bơi” (hạn 31/5/2023);" in body
    assert "- [Đôn đốc lần 2] Chậm thực hiện: nhiệm vụ “Tuyên truyền phòng, chống đuối nước” " \
           "(hạn 31/5/2023)." in body
    # step 2 goes to the issuer once that day, listing the three late items of both units;
    # the issuer is never told about itself
    up = [r for r in rows if r.recipient == "ubnd-xa"]
    assert [(r.created_on.isoformat(), r.event, r.tier) for r in up] == [("2023-06-14", "digest", 3)]
    text = up[0].notification().body
    assert text.startswith("Kính gửi: Ủy ban nhân dân xã Bình Sơn.")
    assert "Công chức Văn hóa - Xã hội chưa thực hiện" not in text  # the digest lists items
    assert text.count("[Báo cáo chậm thực hiện] Đề nghị chỉ đạo đôn đốc") == 3
    assert not [r for r in rows if r.recipient == "chu-tich"]


def test_no_notice_is_dated_on_a_day_off(tmp_path):
    plan = make_plan([Task("cn", "Tổng vệ sinh môi trường", lead=["a"], timeframe="2023-06-11")],
                     calendar="vn", document=DocumentInfo(symbol="5/KH-UBND", title="Thử",
                                                          date=D("2023-05-02")))
    engine = Engine()
    sent = {}
    with Store.open(str(tmp_path / "t.db")) as store:
        for day in ("2023-06-08", "2023-06-09", "2023-06-10", "2023-06-11", "2023-06-12"):
            res = engine.tick(plan, store, D(day), {"outbox": _Sink()})
            sent[day] = [(n.event, n.tier) for n in res.notifications]
    # due Sunday 11/6: "còn 1 ngày" on Friday, nothing on the weekend (not "hôm nay là hạn
    # cuối" on a Sunday), the overdue notice on Monday
    assert sent == {"2023-06-08": [], "2023-06-09": [("reminder", 1)], "2023-06-10": [],
                    "2023-06-11": [], "2023-06-12": [("overdue", 0)]}
