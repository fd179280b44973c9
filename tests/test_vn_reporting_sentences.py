"""Vietnamese reporting sentences beyond the development corpus, and the mixed cadence (planflow_vn.reporting).

Each row is a wording real plans use and the regime a careful reader gives for it; a
sentence with no readable schedule is pinned ``unresolved`` with its reason.
"""

from __future__ import annotations

from datetime import date

import pytest

import planflow
from planflow import Agency, DocumentInfo, Plan, Regime, Task
from planflow_vn import read_regime

D = date.fromisoformat

ROWS = [
    # each kind with its own day: 6 months and the year, both from 1 January (cumulative)
    ("Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12) báo cáo kết quả về Sở Nội vụ.",
     "cumulative", {"reports": [{"months": 6, "day": "15/6"}, {"months": 12, "day": "15/12"}],
                    "before": True, "recipient_name": "Sở Nội vụ"}),
    ("Báo cáo 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 10/12 về UBND tỉnh.",
     "cumulative", {"reports": [{"months": 6, "day": "10/6"}, {"months": 12, "day": "10/12"}],
                    "recipient_name": "UBND tỉnh"}),
    ("Các cơ quan, đơn vị báo cáo kết quả thực hiện theo quy định tại Nghị định số 09/2019/NĐ-CP.",
     "nd09", {"kinds": ["annual"]}),
    # the cut-off of Nghị định 09 and its own due day
    ("Thời gian chốt số liệu: từ ngày 15/12 năm trước đến ngày 14/12 năm báo cáo; thời hạn gửi "
     "báo cáo: trước ngày 18/12.", "nd09", {"kinds": ["annual"], "due_day": 18, "before": True}),
    # several kinds of periods in one sentence: the mixed cadence
    ("Định kỳ hằng quý (trước ngày 20 của tháng cuối quý), 6 tháng (trước ngày 20/6), năm (trước "
     "ngày 20/12) báo cáo UBND tỉnh.", "mixed",
     {"parts": [{"cadence": "quarterly", "day": 20, "month_of_quarter": 3, "before": True},
                {"cadence": "cumulative", "reports": [{"months": 6, "day": "20/6"},
                                                      {"months": 12, "day": "20/12"}],
                 "before": True}], "recipient_name": "UBND tỉnh"}),
    ("Báo cáo định kỳ hằng tháng (trước ngày 20), hằng quý (trước ngày 20 của tháng cuối quý).",
     "mixed", {"parts": [{"cadence": "monthly", "day": 20, "before": True},
                         {"cadence": "quarterly", "day": 20, "month_of_quarter": 3,
                          "before": True}]}),
    # one day for every kind listed: "tháng cuối kỳ báo cáo"
    ("Định kỳ hằng quý, 6 tháng, năm (trước ngày 18 của tháng cuối kỳ báo cáo) gửi báo cáo về Sở "
     "Nội vụ.", "mixed",
     {"parts": [{"cadence": "quarterly", "day": 18, "month_of_quarter": 3, "before": True},
                {"cadence": "cumulative", "reports": [{"months": 6, "day": "18/6"},
                                                      {"months": 12, "day": "18/12"}],
                 "before": True}]}),
    ("Các xã báo cáo kết quả trước ngày 25 hằng tháng.", "monthly", {"day": 25, "before": True}),
    # (round 13) the day, then the report it is for in brackets: each kind its day
    ("Báo cáo kết quả thực hiện trước ngày 15 của tháng cuối quý (báo cáo quý), trước ngày 15/6 "
     "(báo cáo 6 tháng) và trước ngày 15/12 (báo cáo năm).", "mixed",
     {"parts": [{"cadence": "quarterly", "day": 15, "month_of_quarter": 3, "before": True},
                {"cadence": "cumulative", "reports": [{"months": 6, "day": "15/6"},
                                                      {"months": 12, "day": "15/12"}],
                 "before": True}]}),
    # a day of the month with no "trước": on that day
    ("Định kỳ ngày 15 hằng tháng, các đơn vị gửi báo cáo tiến độ về Văn phòng UBND tỉnh.",
     "monthly", {"day": 15, "before": False, "recipient_name": "Văn phòng UBND tỉnh"}),
    # the body, then what it does with the reports
    ("Báo cáo định kỳ 6 tháng (trước ngày 20/6), năm (trước ngày 20/12) gửi Sở Nội vụ tổng hợp.",
     "cumulative", {"recipient_name": "Sở Nội vụ"}),
    # a turn named with no day, a dated report after it: never the turn's day "1" read from
    # the date "15/6/2026" (it was, silently)
    ("Báo cáo quý gửi Sở Tài chính, riêng báo cáo 6 tháng gửi trước ngày 15/6/2026.", "once",
     {"dates": ["2026-06-15"], "before": True}),
    ("Hằng tháng báo cáo tiến độ, báo cáo tổng kết gửi trước ngày 15/12/2026.", "once",
     {"dates": ["2026-12-15"], "before": True}),
    # (round 13) the kinds listed after "hằng tháng" with no "định kỳ", "quý" among them
    ("Báo cáo kết quả thực hiện hằng tháng, quý, 6 tháng, năm.", "unresolved",
     {"kinds": ["monthly", "quarterly", "half_year", "annual"]}),
    ("Báo cáo kết quả thực hiện (lồng ghép vào báo cáo kinh tế - xã hội) hằng tháng, quý, 6 "
     "tháng, năm.", "unresolved", {"kinds": ["monthly", "quarterly", "half_year", "annual"]}),
    # round harvest h: what is reported and to whom at length between the turn and the day
    ("Các sở định kỳ hằng tháng báo cáo tình hình, tiến độ triển khai từng chương trình, gửi Sở "
     "Kế hoạch và Đầu tư trước ngày 22 để tổng hợp.", "monthly",
     {"day": 22, "before": True, "recipient_name": "Sở Kế hoạch và Đầu tư"}),
    # (that far, a day with its month is a date, not the month's day)
    ("Định kỳ hằng tháng báo cáo tình hình, tiến độ triển khai từng chương trình, gửi Sở Kế "
     "hoạch và Đầu tư trước ngày 22 tháng 12 năm 2026.", "once",
     {"dates": ["2026-12-22"], "before": True, "recipient_name": "Sở Kế hoạch và Đầu tư"}),
    ("Báo cáo quý gửi trước ngày 15 tháng đầu của quý sau.", "quarterly",
     {"day": 15, "month_of_quarter": 4}),
    ("Báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) trước ngày 30/11/2026 để tổng hợp, báo cáo Bộ "
     "Nội vụ.", "once", {"dates": ["2026-11-30"], "before": True, "recipient_name": "UBND tỉnh",
                        "via_name": "Sở Nội vụ", "upward_name": "Bộ Nội vụ"}),
    ("Báo cáo sơ kết vào tháng 6/2026 và tổng kết vào tháng 12/2026.", "once",
     {"dates": ["2026-06-30", "2026-12-31"], "before": False}),
    # a review in a named year: by the year's end (only beside "sơ kết" / "tổng kết")
    ("Tổ chức sơ kết vào cuối năm 2027 và tổng kết vào cuối năm 2030 để báo cáo Thủ tướng Chính "
     "phủ.", "once", {"dates": ["2027-12-31", "2030-12-31"], "before": False}),
    ("Tổng kết đánh giá kết quả thực hiện vào năm 2030, báo cáo Ủy ban nhân dân tỉnh.", "once",
     {"dates": ["2030-12-31"], "before": False, "recipient_name": "Ủy ban nhân dân tỉnh"}),
    ("Định kỳ trước ngày 10 tháng 6 và ngày 10 tháng 12 hằng năm báo cáo UBND tỉnh.",
     "fixed_days", {"days": ["10/6", "10/12"], "recipient_name": "UBND tỉnh"}),
    # every N months with no due day: the kind named, unresolved; a turn that also asks for
    # prompt reports is periodic, never ad hoc
    ("Sở Xây dựng tổng hợp báo cáo Ủy ban nhân dân Thành phố 3 tháng một lần.", "unresolved",
     {"kinds": ["quarterly"], "recipient_name": "Ủy ban nhân dân Thành phố"}),
    ("Kịp thời báo cáo những vướng mắc phát sinh; sáu tháng một lần báo cáo kết quả về Sở Y tế.",
     "unresolved", {"kinds": ["half_year"], "recipient_name": "Sở Y tế"}),
    ("Các xã báo cáo kết quả thực hiện hai tháng một lần gửi Phòng Nội vụ.", "unresolved",
     {"recipient_name": "Phòng Nội vụ"}),
    # the results reported to the head, no period or day
    ("Theo dõi, đôn đốc việc thực hiện Kế hoạch và tổng hợp, báo cáo Giám đốc Sở về kết quả "
     "triển khai thực hiện.", "unresolved", {}),
    # on request or when something happens
    ("Báo cáo nhanh khi có vụ việc phát sinh.", "ad_hoc",
     {"condition": "khi có vụ việc phát sinh"}),
    ("Báo cáo đột xuất khi xảy ra sự cố.", "ad_hoc", {}),
    # named kinds, no due day: not guessed; the kinds are kept for whoever completes it
    ("Sở Y tế chủ trì báo cáo sơ kết 6 tháng và tổng kết năm.", "unresolved",
     {"kinds": ["half_year", "annual"]}),
    ("Báo cáo định kỳ 6 tháng và năm gửi về Sở Nội vụ.", "unresolved",
     {"kinds": ["half_year", "annual"], "recipient_name": "Sở Nội vụ"}),
    ("Định kỳ 03 tháng, 06 tháng, 09 tháng và năm báo cáo kết quả về UBND tỉnh.", "unresolved",
     {"kinds": ["quarterly", "half_year", "nine_months", "annual"]}),
    ("Chế độ báo cáo: thực hiện theo Thông tư số 01/2020/TT-BNV.", "unresolved", {}),
    ("Các tổ công tác gửi báo cáo tuần vào chiều thứ Sáu hằng tuần.", "unresolved", {}),
    # a day and month with no year and no "hằng năm": which year is not said
    ("Kết thúc năm học, báo cáo tổng kết về Sở Giáo dục và Đào tạo trước ngày 15/6.", "unresolved",
     {"recipient_name": "Sở Giáo dục và Đào tạo"}),
    # the quarter's day alone names the turn, no "hằng quý" (was "no period or due day")
    ("Trước ngày 15 của tháng cuối quý, các Sở, ngành báo cáo kết quả thực hiện gửi Sở Kế hoạch.",
     "quarterly", {"day": 15, "month_of_quarter": 3, "before": True, "recipient_name": "Sở Kế hoạch"}),
    ("Các đơn vị báo cáo kết quả trước ngày 05 của tháng đầu quý sau về Sở Y tế.",
     "quarterly", {"day": 5, "month_of_quarter": 4, "before": True, "recipient_name": "Sở Y tế"}),
    # what a body compiles and submits ("tổng hợp, trình") is its report
    ("Sở Tài chính tổng hợp, trình UBND tỉnh trước ngày 15/12/2026.", "once",
     {"dates": ["2026-12-15"], "recipient_name": "UBND tỉnh", "reporter_names": "Sở Tài chính"}),
]


@pytest.mark.parametrize("text, cadence, params", ROWS, ids=[r[0][:40] for r in ROWS])
def test_more_reporting_sentences(text: str, cadence: str, params: dict) -> None:
    r = read_regime(text)
    assert r is not None, text
    assert r.cadence == cadence, (r.cadence, r.params, r.warnings)
    assert {k: r.params.get(k) for k in params} == params
    if cadence == "unresolved":
        assert r.warnings, "an unresolved sentence says why"


def _plan(regime: Regime, period: object = 2026) -> Plan:
    return planflow.bind(Plan(document=DocumentInfo(symbol="9/KH-X", date=date(2026, 1, 5)),
                agencies=[Agency("a", "A"), Agency("hq", "HQ")],
                tasks=[Task("t", "T", lead=["a"], timeframe="Cả năm")], period=period,
                calendar="vn", regime=regime))  # type: ignore[arg-type]


def test_mixed_periods_over_a_plan_year() -> None:
    r = read_regime(ROWS[4][0])
    assert r is not None
    ps = planflow.report_periods(_plan(r))
    # four quarterly reports, the 6-month and the annual report, by due day
    assert sorted(p.key for p in ps) == ["2026-H1", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4",
                                         "2026-Y"]
    by = {p.key: p for p in ps}
    # "trước ngày 20": 20/3/2026 is a Friday, the 19th is due; 20/9 a Sunday: Friday 18/9
    assert by["2026-Q1"].due == D("2026-03-19")
    assert (by["2026-Q1"].covers_start, by["2026-Q1"].covers_end) == (D("2026-01-01"), D("2026-03-18"))
    assert by["2026-Q3"].due == D("2026-09-18")
    assert by["2026-Q3"].covers_start == D("2026-07-01")
    # the 6-month and annual reports cover the year from 1 January
    assert (by["2026-H1"].covers_start, by["2026-H1"].due) == (D("2026-01-01"), D("2026-06-19"))
    assert (by["2026-Y"].covers_start, by["2026-Y"].due) == (D("2026-01-01"), D("2026-12-18"))
    assert all(p.covers_start <= p.covers_end < p.due for p in ps)
    assert [p.due for p in ps] == sorted(p.due for p in ps)


def test_mixed_keeps_a_period_given_twice_once() -> None:
    regime = Regime(cadence="mixed", params={"parts": [
        {"cadence": "quarterly", "day": 20},
        {"cadence": "cumulative", "reports": [{"months": 3, "day": "20/3"},
                                              {"months": 12, "day": "20/12"}]}]})
    keys = [p.key for p in planflow.report_periods(_plan(regime))]
    assert keys.count("2026-Q1") == 1 and "2026-Y" in keys


def test_mixed_rejects_an_unknown_part() -> None:
    regime = Regime(cadence="mixed", params={"parts": [{"cadence": "weekly"}]})
    with pytest.raises(planflow.PlanflowError, match="parts\\[0\\].cadence: 'weekly'"):
        planflow.report_periods(_plan(regime))


def test_nd09_due_before_a_day() -> None:
    r = read_regime(ROWS[3][0])
    assert r is not None
    (y,) = planflow.report_periods(_plan(r))
    # cut-off Monday 14/12/2026; "trước ngày 18/12" (a Friday): Thursday 17/12
    assert (y.covers_start, y.covers_end, y.due) == (D("2025-12-15"), D("2026-12-14"), D("2026-12-17"))


def test_cumulative_six_months_and_year() -> None:
    r = read_regime(ROWS[0][0])
    assert r is not None
    ps = planflow.report_periods(_plan(r))
    # 15/6/2026 is a Monday: the 6-month report is due Friday 12/6; 15/12 a Tuesday: 14/12
    assert [(p.key, p.covers_start, p.due) for p in ps] == [
        ("2026-H1", D("2026-01-01"), D("2026-06-12")), ("2026-Y", D("2026-01-01"), D("2026-12-14"))]
