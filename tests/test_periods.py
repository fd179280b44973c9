"""planflow.periods: spans, months, quarters, halves, years and school years (tables and hypothesis)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planflow
from planflow import (
    Span,
    add_months,
    days_in_month,
    half_of,
    half_span,
    is_whole,
    iter_units,
    month_count,
    month_end,
    month_span,
    on_day,
    quarter_of,
    quarter_span,
    school_year_of,
    school_year_span,
    to_date,
    unit_end,
    unit_span,
    unit_start,
    year_span,
)

D = date.fromisoformat
days = st.dates(min_value=date(1901, 1, 1), max_value=date(2199, 12, 31))
TILING = ("day", "week", "month", "quarter", "half", "year")


# -- tables ------------------------------------------------------------------------------

@pytest.mark.parametrize("day, months, expected", [
    ("2024-01-31", 1, "2024-02-29"),   # leap February
    ("2023-01-31", 1, "2023-02-28"),
    ("2023-03-31", -1, "2023-02-28"),
    ("2023-05-31", 1, "2023-06-30"),
    ("2023-12-15", 1, "2024-01-15"),
    ("2023-01-15", -1, "2022-12-15"),
    ("2023-08-31", 6, "2024-02-29"),
    ("2023-06-30", 0, "2023-06-30"),
    ("2000-02-29", 12, "2001-02-28"),
    ("2023-11-30", -23, "2021-12-30"),
])
def test_add_months(day: str, months: int, expected: str) -> None:
    assert add_months(D(day), months) == D(expected)


@pytest.mark.parametrize("year, q, start, end", [
    (2023, 1, "2023-01-01", "2023-03-31"),
    (2023, 2, "2023-04-01", "2023-06-30"),
    (2023, 3, "2023-07-01", "2023-09-30"),
    (2024, 4, "2024-10-01", "2024-12-31"),
])
def test_quarter_span(year: int, q: int, start: str, end: str) -> None:
    assert quarter_span(year, q) == Span(D(start), D(end))
    assert quarter_of(D(start)) == quarter_of(D(end)) == q


def test_named_units() -> None:
    assert month_span(2024, 2) == Span(D("2024-02-01"), D("2024-02-29"))
    assert half_span(2023, 2) == Span(D("2023-07-01"), D("2023-12-31"))
    assert year_span(2026) == Span(D("2026-01-01"), D("2026-12-31"))
    assert (half_of(D("2023-06-30")), half_of(D("2023-07-01"))) == (1, 2)
    assert days_in_month(1900, 2) == 28 and days_in_month(2000, 2) == 29
    assert on_day(2023, 4, 31) == D("2023-04-30") and on_day(2023, 4, 5) == D("2023-04-05")
    assert month_end(D("2023-02-10")) == D("2023-02-28")
    assert month_count(D("2023-11-20"), D("2024-02-01")) == 4


@pytest.mark.parametrize("bad", [lambda: quarter_span(2023, 5), lambda: month_span(2023, 13),
                                 lambda: half_span(2023, 3), lambda: Span(D("2023-02-01"), D("2023-01-01")),
                                 lambda: unit_span(D("2023-07-01"), "school_year"),
                                 lambda: unit_span(D("2023-07-01"), "fortnight")])  # type: ignore[arg-type]
def test_impossible_units_are_value_errors(bad: object) -> None:
    with pytest.raises(ValueError):
        bad()  # type: ignore[operator]


def test_school_year() -> None:
    # the Vietnamese reader's convention: 1 September to 31 May
    assert school_year_span(2025) == Span(D("2025-09-01"), D("2026-05-31"))
    assert school_year_of(D("2025-09-01")) == 2025
    assert school_year_of(D("2026-05-31")) == 2025
    assert school_year_of(D("2026-06-01")) is None and school_year_of(D("2026-08-31")) is None
    assert unit_span(D("2026-01-10"), "school_year") == school_year_span(2025)
    got = list(iter_units(D("2025-07-01"), D("2027-01-01"), "school_year"))
    assert got == [school_year_span(2025), school_year_span(2026)]


def test_units_of_a_day() -> None:
    day = D("2023-08-17")  # a Thursday
    assert unit_start(day, "week") == D("2023-08-14") and unit_end(day, "week") == D("2023-08-20")
    assert unit_span(day, "quarter") == quarter_span(2023, 3)
    assert unit_span(day, "half") == half_span(2023, 2)
    assert unit_span(day, "year") == year_span(2023)
    assert unit_span(day, "day") == Span(day, day)


def test_is_whole() -> None:
    assert is_whole(D("2023-04-01"), D("2023-06-30"), "quarter")
    assert not is_whole(D("2023-03-01"), D("2023-05-31"), "quarter")  # three months, not a quarter
    assert is_whole(D("2024-02-01"), D("2024-02-29"), "month")
    assert not is_whole(D("2024-02-01"), D("2024-02-28"), "month")
    assert is_whole(D("2025-09-01"), D("2026-05-31"), "school_year")
    assert not is_whole(D("2025-07-01"), D("2025-07-31"), "school_year")


def test_the_pendulum_edge() -> None:
    # pendulum values and ISO text in, stdlib dates out
    got = add_months(pendulum.date(2024, 1, 31), 1)
    assert got == D("2024-02-29") and type(got) is date
    assert type(to_date(pendulum.datetime(2023, 6, 30, 10))) is date
    assert to_date("2023-06-30") == D("2023-06-30") and to_date("20230630") == D("2023-06-30")
    with pytest.raises(ValueError, match="not a date"):
        to_date("30/6/2023")
    s = Span.of(pendulum.date(2023, 1, 1), "2023-03-31")
    assert s == quarter_span(2023, 1) and type(s.start) is date and s.days == 90 and s.months == 3
    assert Span.parse("2023-01-01/2023-03-31") == s == Span.parse("2023-01-01/P3M")
    assert Span.parse("2023-01-01/P1Y") == year_span(2023)
    assert s.interval().in_days() == 89 and Span.from_interval(s.interval()) == s
    assert s.isoformat() == "2023-01-01/2023-03-31"
    with pytest.raises(ValueError, match="not an interval"):
        Span.parse("2023-01-01")


def test_span_values() -> None:
    q1, q2 = quarter_span(2023, 1), quarter_span(2023, 2)
    assert D("2023-02-10") in q1 and D("2023-04-01") not in q1 and "2023-02-10" not in q1
    assert not q1.overlaps(q2) and q1.overlaps(year_span(2023))
    assert year_span(2023).clip(q2) == q2 and q1.clip(q2) is None
    assert q1 < q2 and q1.astuple() == (D("2023-01-01"), D("2023-03-31"))


def test_public_names() -> None:
    for name in ("Span", "PeriodUnit", "add_months", "iter_units", "quarter_of", "school_year_span"):
        assert name in planflow.__all__


# -- properties -------------------------------------------------------------------------

@given(days, st.integers(min_value=-240, max_value=240))
def test_add_months_clamps_to_the_end_of_the_month(day: date, n: int) -> None:
    got = add_months(day, n)
    assert (got.year * 12 + got.month) - (day.year * 12 + day.month) == n
    assert got.day == min(day.day, calendar.monthrange(got.year, got.month)[1])
    # going back lands on the same day unless it was clamped
    if got.day == day.day:
        assert add_months(got, -n) == day


@settings(deadline=None)  # up to 10,000 weeks: no timed tests on a shared machine
@given(days, days, st.sampled_from(TILING))
def test_units_tile_a_span_without_gaps_or_overlaps(a: date, b: date, unit: str) -> None:
    a, b = min(a, b), max(a, b)
    if unit == "day" and (b - a).days > 800:
        b = a + timedelta(days=800)
    units = list(iter_units(a, b, unit))  # type: ignore[arg-type]
    assert units[0].start <= a <= units[0].end
    assert units[-1].start <= b <= units[-1].end
    for u, v in zip(units, units[1:], strict=False):
        assert v.start == u.end + timedelta(days=1)
    for u in units:
        assert unit_span(u.start, unit) == u == unit_span(u.end, unit)  # type: ignore[arg-type]
        assert is_whole(u.start, u.end, unit)  # type: ignore[arg-type]


@given(days)
def test_quarter_of_agrees_with_quarter_bounds(day: date) -> None:
    q = quarter_of(day)
    assert day in quarter_span(day.year, q)
    assert unit_span(day, "quarter") == quarter_span(day.year, q)
    assert half_span(day.year, half_of(day)).start <= day <= half_span(day.year, half_of(day)).end
    assert (q + 1) // 2 == half_of(day)
    assert unit_start(day, "month") == date(day.year, day.month, 1) and unit_end(day, "month") == month_end(day)


@given(days)
def test_school_year_holds_a_day_unless_summer(day: date) -> None:
    y = school_year_of(day)
    if y is None:
        assert day.month in (6, 7, 8)
        return
    s = school_year_span(y)
    assert day in s and s.start == date(y, 9, 1) and s.end == date(y + 1, 5, 31)
    assert unit_span(day, "school_year") == s


@pytest.mark.parametrize(("text", "day"), [
    ("12/6/2026", date(2026, 6, 12)), ("12/06/2026", date(2026, 6, 12)),
    ("2026-06-12", date(2026, 6, 12)), ("30.06.2023", date(2023, 6, 30)),
    ("29/2/2024", date(2024, 2, 29)), (" 1/1/2026 ", date(2026, 1, 1)),
])
def test_to_date_reads_the_day_first_as_offices_write(text: str, day: date) -> None:
    assert to_date(text, day_first=True) == day


@pytest.mark.parametrize(("text", "why"), [
    ("31/2/2026", "no such day (February 2026 has 28 days)"),
    ("2026-02-31", "no such day (February 2026 has 28 days)"),
    ("29/2/2025", "no such day (February 2025 has 28 days)"),
    ("12/6/26", "the year needs four digits"),
    ("6/13/2026", "there is no month 13"),
    ("2026/06/12", "ambiguous"),
    ("12/6", "not a date"),
    ("a/b/2026", "not a date"),
])
def test_to_date_says_why_a_date_is_impossible_or_ambiguous(text: str, why: str) -> None:
    with pytest.raises(ValueError) as e:
        to_date(text, day_first=True)
    assert why in str(e.value) and "\n" not in str(e.value)


def test_plan_files_keep_iso_dates() -> None:
    with pytest.raises(ValueError, match=r"'30/6/2023' is not a date \(YYYY-MM-DD\)"):
        to_date("30/6/2023")
