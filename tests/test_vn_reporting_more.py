"""Reporting sentences: each kind of report with its own verb and day, and reports after
events, never dropped silently (planflow_vn.reporting)."""

from __future__ import annotations

from datetime import date

import planflow

CTX = planflow.TimeframeContext.for_year(2026, date(2025, 12, 15))


def _read(sentence: str) -> planflow.Regime:
    regime = planflow.default_registry().read_regime(sentence, CTX)
    assert regime is not None
    return regime


def test_each_kind_with_its_verb_and_day() -> None:
    r = _read("Chế độ báo cáo: Báo cáo tháng gửi trước ngày 25 hằng tháng; báo cáo quý gửi "
              "trước ngày 15 của tháng cuối quý; báo cáo năm gửi trước ngày 10/12.")
    assert r.cadence == "mixed"
    parts = r.params["parts"]
    assert [p["cadence"] for p in parts] == ["monthly", "quarterly", "cumulative"]
    assert parts[2]["reports"] == [{"months": 12, "day": "10/12"}]


def test_a_recipient_between_the_verb_and_the_day() -> None:
    r = _read("Báo cáo 6 tháng gửi về Sở Nội vụ trước ngày 15/6; báo cáo năm gửi trước ngày 15/12.")
    assert r.cadence == "cumulative"
    assert r.params["reports"] == [{"months": 6, "day": "15/6"}, {"months": 12, "day": "15/12"}]
    assert r.params["recipient_name"] == "Sở Nội vụ"


def test_reports_after_events_are_said() -> None:
    r = _read("Các đơn vị báo cáo nhanh kết quả sau mỗi đợt kiểm tra và báo cáo tổng kết trước "
              "ngày 30/11/2026 về Công an tỉnh.")
    assert r.cadence == "once" and r.params["dates"] == ["2026-11-30"]
    assert any('"sau mỗi đợt kiểm tra"' in w and "not tracked" in w for w in r.warnings)


def test_a_recipient_whose_name_has_a_comma() -> None:
    from planflow_vn.recipients import recipient_names

    assert recipient_names("Các đơn vị báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước "
                           "ngày 10/12/2026.") == {"recipient_name": "Sở Văn hóa, Thể thao và Du lịch"}
    assert recipient_names("báo cáo về Sở Lao động, Thương binh và Xã hội để tổng hợp, báo cáo UBND "
                           "tỉnh trước ngày 10/12/2026.") == {
        "recipient_name": "Sở Lao động, Thương binh và Xã hội", "upward_name": "UBND tỉnh"}
    # a list of bodies is not one name
    assert recipient_names("báo cáo về Sở Y tế, Sở Tài chính trước ngày 10/12/2026.") == {
        "recipient_name": "Sở Y tế"}
