"""Wordings: what the Wording protocol asks, the core's English answers, the Vietnamese ones."""

from __future__ import annotations

from datetime import date

import pytest

import planflow
from planflow import EnglishWording, Status

from .test_evaluation import plan_with

EN = EnglishWording()


def _vi() -> planflow.Wording:
    return planflow.wording_for(planflow.Plan(period=2026, calendar="vn"))  # type: ignore[arg-type]


def test_english_dates_and_section_numbers() -> None:
    assert EN.format_date(date(2023, 3, 9)) == "9 March 2023"
    assert EN.format_date(date(2023, 3, 9), "Springfield") == "Springfield, 9 March 2023"
    assert EN.format_date_short(date(2023, 3, 9)) == "2023-03-09"
    assert [EN.section_number(n) for n in (1, 4)] == ["1", "4"]
    assert EN.status_label(Status.OVERDUE) == "overdue"


@pytest.mark.parametrize(("start", "end", "recurrence", "words"), [
    (date(2026, 4, 1), date(2026, 6, 30), "quarterly", "Q2 2026"),
    (date(2026, 6, 1), date(2026, 6, 24), "monthly", "June 2026"),
    (date(2026, 3, 1), date(2026, 11, 30), "yearly", "2026"),
    (date(2026, 8, 1), date(2026, 8, 31), "listed", "August 2026"),
    (date(2026, 7, 1), date(2026, 9, 30), None, "Q3 2026"),
    (date(2026, 1, 1), date(2026, 12, 31), None, "2026"),
    (date(2026, 6, 5), date(2026, 6, 5), None, "5 June 2026"),
    (date(2026, 3, 1), date(2026, 11, 30), None, "1 March 2026 to 30 November 2026"),
])
def test_english_occurrence_labels(start: date, end: date, recurrence: str | None, words: str) -> None:
    assert EN.occurrence_label(start, end, recurrence) == words


def test_the_built_in_wordings_are_complete_wordings() -> None:
    assert isinstance(EN, planflow.Wording)
    assert isinstance(_vi(), planflow.Wording)


def test_the_vietnamese_wording_writes_what_documents_print() -> None:
    vi = _vi()
    assert vi.language == "vi"
    assert vi.format_date(date(2023, 3, 23), "Lý Sơn") == "Lý Sơn, ngày 23 tháng 3 năm 2023"
    assert vi.format_date_short(date(2023, 3, 9)) == "09/3/2023"
    assert [vi.section_number(n) for n in (1, 4, 9)] == ["I", "IV", "IX"]
    assert vi.occurrence_label(date(2026, 4, 1), date(2026, 6, 30), "quarterly") == "quý II/2026"
    assert vi.status_label(Status.OVERDUE) == "Quá hạn"


def test_vietnamese_wording_for_vn_plans():
    p = plan_with(calendar="vn")
    w = planflow.wording_for(p)
    assert w.language == "vi"
    assert [w.status_label(s) for s in Status] == [
        "Chưa đến hạn", "Đang thực hiện trong hạn", "Sắp đến hạn", "Quá hạn",
        "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đã hủy",
        "Không áp dụng (trước ngày ban hành Kế hoạch)",
        "Chưa xác định được thời hạn (theo dõi thủ công)",
        "Đã hết thời gian thực hiện (chờ báo cáo kết quả)"]
    assert planflow.wording_for(plan_with()).language == "en"
    with pytest.raises(planflow.PluginError):
        planflow.wording_for(p, "xx")
