"""The "vn" work calendar, deadline rules and document formatting, on known dates."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

import planflow
import planflow_vn
from planflow_vn import VietnamCalendar, before_deadline, format_date, format_quarter

CAL = VietnamCalendar()


def days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


# -- public holidays ------------------------------------------------------------------
def test_tet_2023_is_off_from_20_to_26_january() -> None:
    assert all(not CAL.is_working_day(d) for d in days(date(2023, 1, 20), date(2023, 1, 26)))
    assert CAL.is_working_day(date(2023, 1, 19))
    assert CAL.is_working_day(date(2023, 1, 27))
    assert "Tết Nguyên Đán" in (CAL.holiday_name(date(2023, 1, 22)) or "")


def test_quoc_khanh_2023_is_1_2_and_4_september() -> None:
    assert not CAL.is_working_day(date(2023, 9, 1))  # Friday
    assert not CAL.is_working_day(date(2023, 9, 2))  # Saturday
    assert not CAL.is_working_day(date(2023, 9, 4))  # Monday, substitute day
    assert CAL.is_working_day(date(2023, 9, 5))
    assert CAL.holiday_name(date(2023, 9, 4)) is not None
    assert CAL.holiday_name(date(2023, 9, 5)) is None


def test_gio_to_30_4_and_1_5_2023() -> None:
    # 29/4 (Giỗ Tổ) and 30/4 fall on the weekend: off Tuesday 2 and Wednesday 3 May instead
    for d in (date(2023, 5, 1), date(2023, 5, 2), date(2023, 5, 3)):
        assert not CAL.is_working_day(d)
    assert CAL.is_working_day(date(2023, 5, 4))


def test_swapped_saturday_from_the_holidays_package_is_worked() -> None:
    # 2024: Monday 29/4 off, Saturday 4/5 worked in exchange
    assert not CAL.is_working_day(date(2024, 4, 29))
    assert CAL.is_working_day(date(2024, 5, 4))
    assert not CAL.is_working_day(date(2024, 5, 11))  # an ordinary Saturday


def test_weekends_are_off() -> None:
    assert not CAL.is_working_day(date(2023, 6, 10))
    assert not CAL.is_working_day(date(2023, 6, 11))
    assert CAL.is_working_day(date(2023, 6, 12))
    assert CAL.is_day_off(date(2023, 6, 10))


# -- an office's own data ----------------------------------------------------------------
def test_office_days_off_and_swapped_days_as_arguments() -> None:
    cal = VietnamCalendar(days_off=[date(2025, 9, 1)], working_days={date(2025, 8, 23): "làm bù"})
    assert not cal.is_working_day(date(2025, 9, 1))
    assert cal.is_working_day(date(2025, 8, 23))  # a Saturday
    assert not CAL.is_working_day(date(2025, 8, 23))


def test_office_data_from_toml_and_json(tmp_path) -> None:
    toml = tmp_path / "vn.toml"
    toml.write_text(
        '[[days_off]]\ndate = "2026-01-02"\nname = "Nghỉ bù Tết Dương lịch"\n'
        '[[working_days]]\ndate = "2026-01-10"\nname = "Làm bù"\n',
        encoding="utf-8",
    )
    cal = VietnamCalendar.from_file(toml)
    assert not cal.is_working_day(date(2026, 1, 2))
    assert cal.holiday_name(date(2026, 1, 2)) == "Nghỉ bù Tết Dương lịch"
    assert cal.is_working_day(date(2026, 1, 10))
    js = tmp_path / "vn.json"
    js.write_text(json.dumps({"days_off": ["2026-01-02"]}), encoding="utf-8")
    assert not VietnamCalendar.from_file(js).is_working_day(date(2026, 1, 2))


def test_office_data_errors_are_clear() -> None:
    with pytest.raises(planflow.TimeframeError, match="not an ISO 8601 date"):
        VietnamCalendar.from_data({"days_off": ["02/01/2026"]})
    with pytest.raises(planflow.TimeframeError, match="unknown keys"):
        VietnamCalendar.from_data({"holidays": []})
    with pytest.raises(planflow.TimeframeError, match="both"):
        VietnamCalendar(days_off=[date(2026, 1, 3)], working_days=[date(2026, 1, 3)])


def test_with_days_off_keeps_the_rest() -> None:
    cal = CAL.with_days_off([date(2023, 6, 12)]).with_working_days([date(2023, 6, 10)])
    assert not cal.is_working_day(date(2023, 6, 12))
    assert cal.is_working_day(date(2023, 6, 10))
    assert not cal.is_working_day(date(2023, 1, 23))  # Tết still off
    assert CAL.is_working_day(date(2023, 6, 12))  # the original is unchanged


# -- Điều 148 khoản 5 and lead times -------------------------------------------------------
def test_a_period_ending_saturday_10_june_2023_ends_monday_12_june() -> None:
    assert CAL.deadline_end(date(2023, 6, 10)) == date(2023, 6, 12)
    assert planflow.roll_forward(CAL, date(2023, 6, 10)) == date(2023, 6, 12)
    assert CAL.deadline_end(date(2023, 6, 9)) == date(2023, 6, 9)


def test_a_period_ending_in_tet_ends_after_tet() -> None:
    assert CAL.deadline_end(date(2023, 1, 21)) == date(2023, 1, 27)


def test_lead_times_in_working_and_calendar_days() -> None:
    lead = planflow_vn.parse_lead("05 ngày làm việc")
    assert lead == planflow_vn.Lead(5, working=True)
    # five working days after Wednesday 18/1/2023 skip the whole of Tết
    assert lead.after(date(2023, 1, 18), CAL) == date(2023, 2, 1)
    ten = planflow_vn.parse_lead("trong vòng 10 ngày")
    assert ten == planflow_vn.Lead(10)
    # 10 calendar days after 31/5/2023 is Saturday 10/6: the period ends Monday 12/6
    assert ten.after(date(2023, 5, 31), CAL) == date(2023, 6, 12)
    assert planflow_vn.parse_lead("Thường xuyên") is None
    assert str(lead) == "05 ngày làm việc"


def test_registered_as_vn() -> None:
    cal = planflow.default_registry().calendar("vn")
    assert cal.name == "vn"
    assert isinstance(cal, planflow.WorkCalendar)
    assert not cal.is_working_day(date(2023, 9, 4))


# -- "trước ngày D" rules on the seed's four report deadlines ------------------------------
SEED_D = [date(2023, 3, 10), date(2023, 6, 10), date(2023, 9, 10), date(2023, 12, 10)]


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("literal", [date(2023, 3, 9), date(2023, 6, 9), date(2023, 9, 8), date(2023, 12, 8)]),
        ("calendar", [date(2023, 3, 9), date(2023, 6, 9), date(2023, 9, 9), date(2023, 12, 9)]),
        ("civil_code", [date(2023, 3, 9), date(2023, 6, 9), date(2023, 9, 11), date(2023, 12, 11)]),
        (
            "inclusive",
            [date(2023, 3, 10), date(2023, 6, 12), date(2023, 9, 11), date(2023, 12, 11)],
        ),
    ],
)
def test_before_rules_on_the_seed_deadlines(rule: str, expected: list[date]) -> None:
    assert [before_deadline(d, CAL, rule) for d in SEED_D] == expected


def test_default_rule_is_literal_and_configurable(monkeypatch) -> None:
    monkeypatch.delenv("PLANFLOW_VN_BEFORE_RULE", raising=False)
    assert planflow_vn.get_before_rule() == "literal"
    assert planflow_vn.get_before_rule({"vn": {"before_rule": "inclusive"}}) == "inclusive"
    assert before_deadline(date(2023, 6, 10), CAL, "inclusive") == date(2023, 6, 12)
    assert before_deadline(date(2023, 6, 10), CAL) == date(2023, 6, 9)
    monkeypatch.setenv("PLANFLOW_VN_BEFORE_RULE", "civil_code")
    assert before_deadline(date(2023, 9, 10), CAL) == date(2023, 9, 11)
    # the plan's own rule wins over the office default
    assert planflow_vn.get_before_rule({"vn": {"before_rule": "calendar"}}) == "calendar"
    assert not hasattr(planflow_vn, "set_before_rule")  # no process-wide switch
    with pytest.raises(planflow.PlanflowError, match="unknown 'trước ngày' rule"):
        before_deadline(date(2023, 9, 10), CAL, "lenient")


# -- formatting --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "words"),
    [
        (date(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
        (date(2023, 2, 28), "ngày 28 tháng 02 năm 2023"),
        (date(2023, 3, 9), "ngày 09 tháng 3 năm 2023"),
        (date(2023, 3, 23), "ngày 23 tháng 3 năm 2023"),
        (date(2025, 12, 31), "ngày 31 tháng 12 năm 2025"),
    ],
)
def test_format_date_follows_nghi_dinh_30(day: date, words: str) -> None:
    assert format_date(day) == words


def test_format_helpers() -> None:
    assert format_date(date(2023, 3, 23), "Lý Sơn") == "Lý Sơn, ngày 23 tháng 3 năm 2023"
    assert planflow_vn.format_date_short(date(2023, 3, 9)) == "09/3/2023"
    assert format_quarter(1, 2023) == "Quý I năm 2023"
    assert format_quarter(date(2025, 11, 20)) == "Quý IV năm 2025"
    with pytest.raises(ValueError, match="no quarter 5"):
        format_quarter(5, 2023)
    assert [planflow_vn.to_roman(n) for n in (1, 4, 9, 14, 2023)] == [
        "I", "IV", "IX", "XIV", "MMXXIII"
    ]  # fmt: skip
    assert planflow_vn.from_roman("iv") == 4
    assert planflow_vn.from_roman("IIII") is None
    assert planflow_vn.from_roman("V") == 5
    assert planflow_vn.from_roman("Q") is None


def test_format_timeframe_names_whole_units() -> None:
    ctx = planflow.TimeframeContext.for_year(2023)
    ft = planflow_vn.format_timeframe
    assert ft(planflow_vn.parse("Quý I năm 2023", ctx)) == "Quý I năm 2023"
    assert ft(planflow_vn.parse("Quí II/2023", ctx)) == "Quý II năm 2023"
    assert ft(planflow_vn.parse("Tháng 12/2023", ctx)) == "Tháng 12 năm 2023"
    assert ft(planflow_vn.parse("Cả năm", ctx)) == "Năm 2023"
    assert (
        ft(planflow_vn.parse("Trước ngày 10/3/2023", ctx)) == "Chậm nhất ngày 09 tháng 3 năm 2023"
    )
    assert ft(planflow_vn.parse("Thường xuyên", ctx)) == "Thường xuyên"
