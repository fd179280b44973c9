"""Reporting regimes: Vietnamese cadences, reading reporting sentences, cascades, the agenda and ICS."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import attrs
import icalendar
import pytest

import planflow
from planflow import Agency, DocumentInfo, Hop, Plan, Regime, Task
from planflow_vn import read_regime

from .conftest import ROOT, SHARED

D = date.fromisoformat

SEED_SENTENCE = (
    "Thực hiện chế độ thông tin báo cáo: định kỳ 03 tháng (*báo cáo trước ngày 10/3*); định kỳ 06 "
    "tháng (*báo cáo trước ngày 10/6*); định kỳ 09 tháng (*báo cáo trước 10/9*); định kỳ 01 năm "
    "(*báo cáo trước 10/12*), báo cáo gửi về UBND huyện (*qua Phòng Lao động, Thương binh và Xã hội "
    "– Y tế*) để tổng hợp, báo cáo Sở LĐTB&XH tỉnh đúng theo quy định. /."
)


@pytest.fixture(scope="module")
def lyson() -> Plan:
    sys.path.insert(0, str(ROOT / "examples"))
    try:
        import lyson_2023
    finally:
        sys.path.pop(0)
    return lyson_2023.plan


# -- the seed's regime --------------------------------------------------------------

def test_seed_regime_expands_to_four_obligations_per_reporter(lyson: Plan) -> None:
    obs = planflow.obligations(lyson)
    # the lead agency reports to UBND huyện; the police report to the compiling Phòng
    due = [D("2023-03-09"), D("2023-06-09"), D("2023-09-08"), D("2023-12-08")]  # Thu, Fri, Fri, Fri
    names = ["Báo cáo 3 tháng năm 2023", "Báo cáo 6 tháng năm 2023", "Báo cáo 9 tháng năm 2023",
             "Báo cáo năm 2023"]
    assert [(o.period, o.agency, o.recipient, o.due) for o in obs] == [
        x for n, d in zip(names, due, strict=True) for x in (
            (n, "cong-an-huyen", "phong-ldtbxh-yt", d), (n, "phong-ldtbxh-yt", "ubnd-huyen", d))]
    # 10/6 is a Saturday, 9/9 and 9/12 Saturdays: the last working day before each D
    assert [o.period_key for o in obs][::2] == ["2023-Q1", "2023-H1", "2023-M9", "2023-Y"]
    # cumulative: every report covers the year so far
    assert all(o.covers_start == D("2023-01-01") and o.covers_end < o.due for o in obs)


def test_units_report_to_the_compiling_agency(lyson: Plan) -> None:
    regime = attrs.evolve(lyson.regime, reporters=["phong-ban-don-vi-lien-quan", "phong-ldtbxh-yt"])
    obs = planflow.obligations(attrs.evolve(lyson, regime=regime))
    to = {(o.agency, o.recipient) for o in obs}
    assert to == {("phong-ban-don-vi-lien-quan", "phong-ldtbxh-yt"), ("phong-ldtbxh-yt", "ubnd-huyen")}
    assert len(obs) == 8


@pytest.mark.parametrize("rule, expected", [
    ("literal", ["2023-03-09", "2023-06-09", "2023-09-08", "2023-12-08"]),
    ("calendar", ["2023-03-09", "2023-06-09", "2023-09-09", "2023-12-09"]),
    ("civil_code", ["2023-03-09", "2023-06-09", "2023-09-11", "2023-12-11"]),
    ("inclusive", ["2023-03-10", "2023-06-12", "2023-09-11", "2023-12-11"]),
])
def test_the_plan_chooses_its_reading_of_truoc_ngay(lyson: Plan, rule: str, expected: list[str]) -> None:
    plan = attrs.evolve(lyson, settings={"vn": {"before_rule": rule}})
    assert [o.due.isoformat() for o in planflow.obligations(plan)][::2] == expected


def test_the_seed_sentence_reads_as_the_example_regime(lyson: Plan) -> None:
    r = read_regime(SEED_SENTENCE)
    assert r is not None and r.cadence == "cumulative"
    assert lyson.regime is not None
    assert r.params["reports"] == lyson.regime.params["reports"]
    assert r.params["before"] is True
    assert (r.params["recipient_name"], r.params["via_name"], r.params["upward_name"]) == (
        "UBND huyện", "Phòng Lao động, Thương binh và Xã hội – Y tế", "Sở LĐTB&XH tỉnh")
    assert r.warnings == ()
    # and through the hook, as importers call it
    ctx = planflow.TimeframeContext.for_year(2023)
    assert planflow.read_regime(SEED_SENTENCE, ctx) == r


# -- every reporting sentence of the corpus -----------------------------------------
# (file, a fragment locating the sentence, expected cadence, expected params subset)
CORPUS_ROWS = [
    ("01_141-KH-UBND.md", "Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp)", "fixed_days",
     {"days": ["15/11"], "before": True, "recipient_name": "UBND tỉnh", "via_name": "Sở Tư pháp",
      "also_on_request": True}),
    ("01_141-KH-UBND.md", "tham mưu sơ kết, tổng kết và định kỳ báo cáo UBND tỉnh", "unresolved",
     {"recipient_name": "UBND tỉnh"}),
    ("02_160-KH-UBND.md", "kịp thời phản ánh về Sở Nông nghiệp và Môi trường tổng hợp", "ad_hoc", {}),
    ("05_310-KH-UBND.md", "định kỳ trước ngày 30 tháng 11 hàng năm báo cáo", "fixed_days",
     {"days": ["30/11"], "before": True, "recipient_name": "UBND Thành phố",
      "via_name": "Ban Quản lý các khu công nghệ cao và khu công nghiệp"}),
    ("06_0130-KH-UBND.md", "giám sát tuyến xã và báo cáo hằng ngày", "daily", {}),
    ("06_0130-KH-UBND.md", "chế độ báo cáo nhanh hàng ngày trong thời gian lũ lụt", "daily",
     {"condition": "trong thời gian lũ lụt xảy ra trên địa bàn tỉnh"}),
    ("06_0130-KH-UBND.md", "Khi xuất hiện ca bệnh bất thường, báo cáo ngay", "ad_hoc", {}),
    ("06_0130-KH-UBND.md", "Báo cáo tổng hợp hàng ngày gửi UBND tỉnh", "daily",
     {"recipient_name": "UBND tỉnh"}),
    ("06_0130-KH-UBND.md", "kịp thời báo cáo, chia sẻ thông tin", "ad_hoc", {}),
    ("06_0130-KH-UBND.md", "kịp thời báo cáo UBND tỉnh những khó khăn", "ad_hoc", {"recipient_name": "UBND tỉnh"}),
    ("07_556-KH-UBND.md", "Định kỳ hàng năm, tổng hợp, báo cáo kết quả thực hiện Kế hoạch này về Bộ",
     "unresolved", {"recipient_name": "Bộ Nông nghiệp và Môi trường"}),
    ("07_556-KH-UBND.md", "định kỳ hàng năm báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường chậm nhất",
     "fixed_days", {"days": ["17/12"], "before": False, "recipient_name": "Sở Nông nghiệp và Môi trường"}),
    ("07_556-KH-UBND.md", "Thời gian báo cáo định kỳ hàng năm tính từ ngày 15 tháng 12", "nd09",
     {"kinds": ["annual"]}),
    ("07_556-KH-UBND.md", "Tổ chức sơ, tổng kết, báo cáo kịp thời về Bộ", "ad_hoc", {}),
    ("08_235-KH-UBND.md", "báo cáo UBND tỉnh trước ngày 15/12/2026", "once",
     {"dates": ["2026-12-15"], "before": True, "recipient_name": "UBND tỉnh"}),
]


def _sentence(path: Path, fragment: str) -> str:
    text = " ".join(path.read_text(encoding="utf-8").replace("*", "").split())
    i = text.find(fragment)
    assert i >= 0, f"{fragment!r} is not in {path.name}"
    start = max(text.rfind(". ", 0, i), text.rfind("; ", 0, i) if "; " in text[:i][-80:] else -1)
    end = text.find(". ", i + len(fragment))
    return text[start + 2 if start >= 0 else 0: end + 1 if end >= 0 else len(text)]


@pytest.mark.parametrize("file, fragment, cadence, params", CORPUS_ROWS,
                         ids=[f"{r[0][:6]}:{r[1][:30]}" for r in CORPUS_ROWS])
def test_corpus_reporting_sentences(file: str, fragment: str, cadence: str, params: dict) -> None:
    path = SHARED / "corpus" / "plans" / file
    if not path.is_file():
        pytest.skip(f"the corpus is absent ({path})")
    r = read_regime(_sentence(path, fragment))
    assert r is not None, fragment
    assert r.cadence == cadence, (r.cadence, r.params, r.warnings)
    assert {k: r.params.get(k) for k in params} == params
    if cadence == "unresolved":
        assert r.warnings, "an unresolved sentence says why"


@pytest.mark.parametrize("text, cadence, params", [
    ("Báo cáo định kỳ hằng quý, trước ngày 20 của tháng cuối quý gửi về Sở Tài chính.", "quarterly",
     {"day": 20, "month_of_quarter": 3, "recipient_name": "Sở Tài chính"}),
    ("Các xã báo cáo kết quả trước ngày 15 hằng tháng về UBND tỉnh (qua Sở Nội vụ).", "monthly",
     {"day": 15, "before": True, "recipient_name": "UBND tỉnh", "via_name": "Sở Nội vụ"}),
    ("Báo cáo trước ngày 01/6 và 15/11 hằng năm.", "fixed_days", {"days": ["1/6", "15/11"]}),
    ("Chế độ báo cáo thực hiện theo Nghị định số 09/2019/NĐ-CP: báo cáo 6 tháng, báo cáo năm.", "nd09",
     {"kinds": ["half_year", "annual"]}),
    ("Báo cáo đột xuất khi có yêu cầu.", "ad_hoc", {}),
    ("Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12) báo cáo về Sở Nội vụ.",
     "fixed_days", {"days": ["15/6", "15/12"], "recipient_name": "Sở Nội vụ"}),
])
def test_other_wordings(text: str, cadence: str, params: dict) -> None:
    r = read_regime(text)
    assert r is not None and r.cadence == cadence, r
    assert {k: r.params.get(k) for k in params} == params


def test_not_about_reports_and_bad_days() -> None:
    assert read_regime("Tổ chức tuyên truyền trong cả năm.") is None
    r = read_regime("Báo cáo trước ngày 31/02 hằng năm.")
    assert r is not None and r.cadence == "unresolved" and "month 2 has no day 31" in r.warnings[0]


# -- cadences ----------------------------------------------------------------------

def _plan(regime: Regime, period: object = 2023, **kw: object) -> Plan:
    return planflow.bind(Plan(document=DocumentInfo(symbol="9/KH-X", date=date(2023, 1, 5)),
                agencies=[Agency("a", "A"), Agency("hq", "HQ")],
                tasks=[Task("t", "T", lead=["a"], timeframe="Cả năm")], period=period,
                calendar="vn", regime=regime, **kw))  # type: ignore[arg-type]


def test_nd09_periods() -> None:
    plan = _plan(Regime(cadence="nd09", params={"kinds": ["quarterly", "half_year", "annual"],
                                                "due_working_days": 3}, recipient="hq"))
    ps = planflow.report_periods(plan)
    q1 = next(p for p in ps if p.key == "2023-Q1")
    assert (q1.covers_start, q1.covers_end) == (D("2022-12-15"), D("2023-03-14"))
    assert q1.due == D("2023-03-17")  # Tue 14/3 + 3 working days
    q2 = next(p for p in ps if p.key == "2023-Q2")
    assert (q2.covers_start, q2.covers_end) == (D("2023-03-15"), D("2023-06-14"))
    h1 = next(p for p in ps if p.key == "2023-H1")
    assert (h1.covers_start, h1.covers_end) == (D("2022-12-15"), D("2023-06-14"))
    y = next(p for p in ps if p.key == "2023-Y")
    assert (y.covers_start, y.covers_end, y.due) == (D("2022-12-15"), D("2023-12-14"), D("2023-12-19"))
    assert [p.due for p in ps] == sorted(p.due for p in ps)
    monthly = planflow.report_periods(_plan(Regime(cadence="nd09", params={"kinds": ["monthly"], "due_day": 18})))
    feb = next(p for p in monthly if p.key == "2023-02")
    assert (feb.covers_start, feb.covers_end, feb.due) == (D("2023-01-15"), D("2023-02-14"), D("2023-02-20"))  # 18/2 is a Saturday


def test_monthly_fixed_days_once_daily() -> None:
    monthly = planflow.report_periods(_plan(Regime(cadence="monthly", params={"day": 15})))
    assert len(monthly) == 12
    assert monthly[0].due == D("2023-01-13")  # before 15/1 (Sunday): Friday 13/1; 14/1 is a Saturday
    fixed = planflow.report_periods(_plan(Regime(cadence="fixed_days", params={"days": ["01/6", "15/11"]})))
    assert [p.due for p in fixed] == [D("2023-05-31"), D("2023-11-14")]
    assert fixed[1].covers_start == D("2023-05-31") and fixed[0].covers_start == D("2023-01-01")
    once = planflow.report_periods(_plan(Regime(cadence="once", params={"dates": ["2026-12-15"]}),
                                         period="2026-01-01/2026-12-31"))
    assert [p.due for p in once] == [D("2026-12-14")]
    daily = planflow.report_periods(_plan(Regime(cadence="daily"), period="2023-01-16/2023-01-31"))
    # Tết 2023: 20-26 January off
    assert [p.due.day for p in daily] == [16, 17, 18, 19, 27, 30, 31]


def test_bad_cadence_params_are_user_errors() -> None:
    with pytest.raises(planflow.PlanflowError, match="month 2 has no day 30"):
        planflow.report_periods(_plan(Regime(cadence="fixed_days", params={"days": ["30/2"]})))
    with pytest.raises(planflow.PluginError, match="no reporting cadence named 'weekly'"):
        planflow.report_periods(_plan(Regime(cadence="weekly")))


# -- cascades ----------------------------------------------------------------------

def _province() -> Plan:
    """A provincial plan: districts report to the Sở before the 15th."""
    regime = Regime(cadence="explicit", recipient="so", periods=[
        planflow.ReportPeriod("Báo cáo 6 tháng năm 2023", "2023-01-01", "2023-06-14", "2023-06-15",
                              reporters=["ubnd-huyen"], key="2023-H1"),
        planflow.ReportPeriod("Báo cáo năm 2023", "2023-01-01", "2023-12-14", "2023-12-15",
                              reporters=["ubnd-huyen"], key="2023-Y"),
    ])
    return planflow.bind(Plan(document=DocumentInfo(symbol="30/KH-LĐTĐ", date=date(2023, 3, 15)), period=2023,
                calendar="vn", agencies=[Agency("so", "Sở"), Agency("ubnd-huyen", "UBND huyện")],
                regime=regime))


def _district(units_due: dict[str, str], lead: tuple[int, int] = (2, 1)) -> Plan:
    regime = Regime(cadence="explicit", recipient="ubnd-huyen", via="phong", periods=[
        planflow.ReportPeriod(name, "2023-01-01", due, due, key=key)
        for (name, key), due in zip([("6 tháng", "2023-H1"), ("năm", "2023-Y")], units_due.values(), strict=True)
    ], chain=[Hop("phong", "ubnd-huyen", lead[0]), Hop("ubnd-huyen", "so", lead[1])])
    return planflow.bind(Plan(document=DocumentInfo(symbol="65/KH-UBND", date=date(2023, 3, 23)), period=2023,
                calendar="vn", regime=regime,
                agencies=[Agency("phong", "Phòng"), Agency("ubnd-huyen", "UBND huyện"), Agency("so", "Sở"),
                          Agency("xa", "UBND xã")],
                tasks=[Task("t", "T", lead=["xa"], timeframe="Cả năm")]))


def test_cascade_derives_hop_deadlines() -> None:
    child = _district({"h1": "2023-06-09", "y": "2023-12-08"})
    due = planflow.parent_deadlines(child, _province())
    assert due == {"2023-H1": D("2023-06-15"), "2023-Y": D("2023-12-15")}
    hops = planflow.derive_deadlines(child, due)
    h1 = [h for h in hops if h.period == "2023-H1"]
    # UBND huyện delivers 15/6 (Thu) and needs 1 working day: receives by 14/6;
    # the Phòng needs 2 working days before that: receives by 12/6 (Mon)
    assert [(h.agency, h.receive_by, h.deliver_by) for h in h1] == [
        ("ubnd-huyen", D("2023-06-14"), D("2023-06-15")), ("phong", D("2023-06-12"), D("2023-06-14"))]
    assert planflow.check_cascade(child, _province()) == []


def test_cascade_rejects_an_impossible_hop_naming_both_plans_and_dates() -> None:
    child = _district({"h1": "2023-06-14", "y": "2023-12-08"})
    (p,) = planflow.check_cascade(child, _province())
    assert p.code == "cascade-lead-time" and p.severity is planflow.Severity.ERROR
    assert p.message == ("65/KH-UBND has '6 tháng' reports due 2023-06-14: phong needs 2 working "
                         "days to pass them to ubnd-huyen by 2023-06-14 for 30/KH-LĐTĐ, due "
                         "2023-06-15, but has 0")
    assert p.where == "regime.chain[0]"


def test_two_level_commune_to_province_cascade() -> None:
    """Since 1 July 2025: commune -> province, two hops, and the district chain of 2023 both fit one model."""
    province = planflow.bind(Plan(document=DocumentInfo(symbol="12/KH-UBND", date=date(2025, 8, 1)), period=2025,
                    calendar="vn", agencies=[Agency("ubnd-tinh", "UBND tỉnh"), Agency("ubnd-xa", "UBND xã")],
                    regime=Regime(cadence="nd09", params={"kinds": ["annual"], "due_working_days": 3},
                                  recipient="ubnd-tinh", reporters=["ubnd-xa"])))
    commune = planflow.bind(Plan(document=DocumentInfo(symbol="7/KH-UBND", date=date(2025, 8, 20)), period=2025,
                   calendar="vn", agencies=[Agency("ubnd-xa", "UBND xã"), Agency("vp", "Văn phòng HĐND-UBND xã"),
                                            Agency("ubnd-tinh", "UBND tỉnh"), Agency("cong-an-xa", "Công an xã")],
                   tasks=[Task("t", "T", lead=["cong-an-xa"], timeframe="Cả năm")],
                   regime=Regime(cadence="nd09", params={"kinds": ["annual"], "due_working_days": 0},
                                 recipient="ubnd-xa", via="vp",
                                 chain=[Hop("vp", "ubnd-xa", 1), Hop("ubnd-xa", "ubnd-tinh", 1)])))
    assert [p.code for p in planflow.validate(commune) if p.severity is planflow.Severity.ERROR] == []
    # the province wants the commune's annual report 3 working days after 14/12/2025 (Sun): 17/12
    assert planflow.parent_deadlines(commune, province) == {"2025-Y": D("2025-12-17")}
    # the commune's units are due on the cut-off (Sunday 14/12, rolled to Monday 15/12); the
    # Văn phòng passes them on by 16/12 and the commune to the province by 17/12: it fits
    assert [p.due for p in planflow.report_periods(commune)] == [D("2025-12-15")]
    assert planflow.check_cascade(commune, province) == []
    tight = attrs.evolve(commune, regime=attrs.evolve(commune.regime, chain=[
        Hop("vp", "ubnd-xa", 2), Hop("ubnd-xa", "ubnd-tinh", 1)]))
    (p,) = planflow.check_cascade(tight, province)
    assert p.message == ("7/KH-UBND has 'Báo cáo năm 2025' reports due 2025-12-15: vp needs 2 working "
                         "days to pass them to ubnd-xa by 2025-12-16 for 12/KH-UBND, due 2025-12-17, "
                         "but has 1")


def test_chain_agencies_are_validated() -> None:
    plan = _plan(Regime(recipient="hq", chain=[Hop("a", "hq", 1), Hop("zz", "top", 1)]))
    got = {(p.code, p.where) for p in planflow.validate(plan)}
    assert ("unknown-agency", "regime.chain[1].agency") in got
    assert ("unknown-agency", "regime.chain[1].to") in got
    assert ("broken-chain", "regime.chain[1].agency") in got


# -- agenda and ICS ------------------------------------------------------------------

def test_lyson_ics_reparses_and_holds_every_deadline(lyson: Plan) -> None:
    entries = planflow.agenda(lyson)
    cal = icalendar.Calendar.from_ical(planflow.to_ics(lyson, entries))
    events = cal.walk("VEVENT")
    # three task deadlines, four reports by two agencies; the two 3-month reports (due
    # 9/3) fell due before the plan was issued (23/3): listed, not applicable, not in the ICS
    assert len(entries) == 3 + 8 and len(events) == 3 + 6
    assert [(e.date, e.applicable) for e in entries if not e.applicable] == [
        (D("2023-03-09"), False), (D("2023-03-09"), False)]
    days = sorted(e.decoded("dtstart") for e in events)
    assert days == sorted(e.date for e in entries if e.applicable)
    assert D("2023-03-31") in days and D("2023-12-31") in days and D("2023-06-09") in days
    assert len({str(e["uid"]) for e in events}) == len(events)
    summaries = [str(e["summary"]) for e in events]
    assert "Báo cáo 6 tháng năm 2023: Phòng Lao động, Thương binh và Xã hội - Y tế → Ủy ban nhân dân huyện Lý Sơn" in summaries
    # the same plan gives the same file (stable UIDs, no clock)
    assert planflow.to_ics(lyson, entries) == planflow.to_ics(lyson, planflow.agenda(lyson))


def test_calendar_command(tmp_path: Path) -> None:
    ics = tmp_path / "lyson.ics"
    r = subprocess.run([sys.executable, "-m", "planflow", "calendar", "examples/lyson_2023.py:plan",
                        "--json", "--from", "2023-06-01", "--to", "2023-09-30", "--ics", str(ics)],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [(x["date"], x["kind"], x.get("period") or x.get("task"), x["agency"]) for x in rows] == [
        ("2023-06-09", "report", "Báo cáo 6 tháng năm 2023", "cong-an-huyen"),
        ("2023-06-09", "report", "Báo cáo 6 tháng năm 2023", "phong-ldtbxh-yt"),
        ("2023-09-08", "report", "Báo cáo 9 tháng năm 2023", "cong-an-huyen"),
        ("2023-09-08", "report", "Báo cáo 9 tháng năm 2023", "phong-ldtbxh-yt"),
    ]
    assert rows[1]["recipient"] == "ubnd-huyen" and rows[0]["recipient"] == "phong-ldtbxh-yt"
    # the example names its reporters in the regime: each row says so
    assert {x["reason"] for x in rows} == {"named by the plan's reporting regime"}
    assert len(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 4
    r = subprocess.run([sys.executable, "-m", "planflow", "calendar", "examples/lyson_2023.py:plan",
                        "--agency", "nobody"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 2 and "không có cơ quan 'nobody' (các cơ quan: " in r.stderr
    r = subprocess.run([sys.executable, "-m", "planflow", "calendar", "examples/lyson_2023.py:plan",
                        "--agency", "nobody", "--lang", "en"], capture_output=True, text=True,
                       cwd=ROOT, timeout=120)
    assert r.returncode == 2 and "unknown agency 'nobody'" in r.stderr
    assert re.search(r"Traceback", r.stderr) is None


PARENT = """\
period = 2023
calendar = "vn"
[document]
symbol = "30/KH-LĐTĐ"
date = 2023-03-15
[[agencies]]
id = "so-ldtbxh"
name = "Sở Lao động - Thương binh và Xã hội"
[[agencies]]
id = "ubnd-huyen"
name = "Ủy ban nhân dân huyện Lý Sơn"
[regime]
recipient = "so-ldtbxh"
periods = [{ name = "6 tháng", key = "2023-H1", covers_start = "2023-01-01", covers_end = "2023-06-09", due = "DUE", reporters = ["ubnd-huyen"] }]
"""


@pytest.mark.parametrize("due, code", [("2023-06-12", 0), ("2023-06-08", 2)])
def test_validate_against_the_parent_plan(tmp_path: Path, due: str, code: int) -> None:
    (tmp_path / "parent.toml").write_text(PARENT.replace("DUE", due), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "planflow", "validate", "examples/lyson_2023.py:plan",
                        "--parent", str(tmp_path / "parent.toml")],
                       capture_output=True, text=True, cwd=ROOT, timeout=120, encoding="utf-8")
    assert r.returncode == code, r.stderr
    if code:
        # in the plan's language (Vietnamese), dates dd/mm/yyyy
        assert "lỗi: regime: " not in r.stderr  # the chain has hops: named below
        assert ("lỗi: regime.chain[0]: 65/KH-UBND có hạn báo cáo kỳ 'Báo cáo 6 tháng năm 2023' "
                "là 09/06/2023") in r.stderr
        assert "cho 30/KH-LĐTĐ (hạn 08/06/2023)" in r.stderr
        en = subprocess.run([*r.args, "--lang", "en"], capture_output=True, text=True, cwd=ROOT,
                            timeout=120, encoding="utf-8")
        assert en.returncode == code
        assert ("error: regime: 65/KH-UBND has 'Báo cáo 6 tháng năm 2023' reports due 2023-06-09, "
                "after 30/KH-LĐTĐ is due 2023-06-08") not in en.stderr
        assert "65/KH-UBND has 'Báo cáo 6 tháng năm 2023' reports due 2023-06-09" in en.stderr
        assert "30/KH-LĐTĐ, due 2023-06-08" in en.stderr
    else:
        assert "hợp lệ: 3 nhiệm vụ" in r.stdout  # a Vietnamese plan


@pytest.mark.parametrize(("sentence", "found"), [
    ("Các đơn vị, địa phương tăng cường kiểm tra, đôn đốc thực hiện Kế hoạch này, định kỳ hàng "
     "năm báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày 17/12.", {"units": "all"}),
    ("Các cơ quan, đơn vị được giao nhiệm vụ có trách nhiệm tổ chức thực hiện. Định kỳ gửi báo cáo "
     "kết quả trước ngày 10/12 về Sở Tư pháp.", {"units": "all"}),
    ("Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh theo dõi; định kỳ báo cáo kết "
     "quả thực hiện về UBND tỉnh trước ngày 15/12.", {"reporter_names": "Công an tỉnh"}),
    ("Phòng Y tế, Phòng Giáo dục và Đào tạo báo cáo kết quả về UBND huyện trước ngày 15/12.",
     {"reporter_names": "Phòng Y tế, Phòng Giáo dục và Đào tạo"}),
    ("Thực hiện chế độ thông tin báo cáo: định kỳ 06 tháng (báo cáo trước ngày 10/6), báo cáo gửi "
     "về UBND huyện.", {}),
    ("Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả về Ủy ban nhân dân thành phố.", {}),
])
def test_who_reports(sentence, found):
    """The sentence's subject: every unit, named units, or nobody (the default applies)."""
    from planflow_vn.recipients import reporter_names

    assert reporter_names(sentence) == found
    regime = planflow.read_regime(sentence)
    assert {k: regime.params[k] for k in ("units", "reporter_names") if k in regime.params} == found
