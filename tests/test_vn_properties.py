"""Properties of the Vietnamese timeframe reader and calendar (hypothesis)."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planflow
import planflow_vn
from planflow import Kind, TimeframeContext

# the calendar timeframes are read on: with the days off and swaps of the office data
# (2 January 2026 is off, swapped with Saturday 10 January)
CAL = planflow.default_registry().calendar("vn")

# words the reader knows, to build phrases that get deep into the grammar
WORDS = [
    "Quý", "Quí", "quý", "I", "II", "III", "IV", "V", "tháng", "Tháng", "năm", "Năm", "ngày",
    "từ", "Từ", "đến", "hết", "trước", "Trước", "chậm nhất", "Chậm nhất", "hằng", "hàng",
    "Hằng năm", "hàng quý", "hằng tháng", "hằng ngày", "tuần", "Thường xuyên", "liên tục",
    "Cả năm", "giai đoạn", "Giai đoạn", "và các năm tiếp theo", "và", ",", "-", "/", ".", "*",
    "(", ")", "|", "\n", "sau khi", "Khi có phát sinh", "Theo", "hoàn thành", "trong", "xong",
    "đầu", "cuối", "nửa", "lần", "ngày làm việc", "định kỳ", "vào", "Từ nay",
    # the wordings of tests/test_vn_timeframe_wordings.py
    "Q.", "Q", "T", "T.", "giữa", "hạ tuần", "thượng tuần", "năm học", "Năm học", "/lần",
    "một lần", "Kể từ", "trở đi", "Giai đoạn 2026 - 2030,", "hằng năm,", "(Quý II)", "Cuối năm",
    # open ends, minimums and words that are not a time (issue 13)
    "và những năm tiếp theo", "các năm sau đó", "Từ nay đến hết", "ít nhất", "Tối thiểu", "mỗi",
    "hội nghị", "đợt", "/năm", "24/24", "24/7", "trực", "theo quy định", "Theo quy định",
    "hiện hành",
    # continuity, targets, moments, phases and open ends (issue 13, third slice)
    "trong suốt", "Xuyên suốt", "xuyên suốt", "thời gian thực hiện", "quá trình triển khai",
    "Phấn đấu", "phấn đấu", "đạt", "Tại thời điểm", "thời điểm", "0 giờ", "giờ", "giờ đầu",
    "48", "cho đến khi", "đến khi", "kết thúc", "15/6", "15/12",
    # days of the week inside a weekly rule (round 8)
    "thứ Hai", "thứ Bảy", "Chủ nhật", "thứ 5", "hoặc", "hàng tuần", "các ngày",
]  # fmt: skip
NUMBERS = st.integers(min_value=0, max_value=3000).map(str) | st.sampled_from(
    ["01", "1", "3", "6", "10", "12", "13", "29", "30", "31", "32", "2023", "2025", "2026", "2030"]
)
PHRASES = st.lists(st.sampled_from(WORDS) | NUMBERS, min_size=1, max_size=9).map(" ".join)
PHRASES_TIGHT = st.lists(st.sampled_from(WORDS) | NUMBERS, min_size=1, max_size=9).map("".join)


@st.composite
def contexts(draw: st.DrawFn) -> TimeframeContext:
    start = draw(st.dates(min_value=date(2015, 1, 1), max_value=date(2032, 12, 31)))
    length = draw(st.integers(min_value=0, max_value=6 * 366))
    issued = draw(st.none() | st.just(start))
    cal = draw(st.sampled_from([None, CAL, planflow.WeekdayCalendar()]))
    return TimeframeContext(start, start + timedelta(days=length), issued, cal)


def _check(tf: planflow.Timeframe | None, text: str, ctx: TimeframeContext) -> None:
    if tf is None:
        return
    assert tf.text == text
    if tf.start is not None and tf.end is not None:
        assert tf.start <= tf.end
    for a, b in tf.occurrences:
        assert a <= b
        assert ctx.period_start <= a and b <= ctx.period_end
    if tf.kind is Kind.WINDOW:
        assert tf.start is not None and tf.end is not None and tf.due is not None
    if tf.kind is Kind.DEADLINE:
        assert tf.due is not None and tf.start is None
    if tf.kind is Kind.UNRESOLVED:
        assert tf.warnings  # the reason
    if tf.kind is Kind.EVENT:
        assert tf.condition


def _parse(text: str, ctx: TimeframeContext) -> planflow.Timeframe | None:
    try:
        return planflow_vn.parse(text, ctx)
    except planflow.TimeframeError as e:
        # the documented error names the phrase and says what is wrong
        assert e.text == text and e.what
        return None


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=60), contexts())
def test_arbitrary_unicode_never_raises_anything_but_timeframe_error(text: str, ctx) -> None:
    _check(_parse(text, ctx), text, ctx)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PHRASES | PHRASES_TIGHT, contexts())
def test_phrases_of_timeframe_words_never_crash_and_windows_are_ordered(text: str, ctx) -> None:
    tf = _parse(text, ctx)
    _check(tf, text, ctx)
    # NFD input reads the same as NFC
    nfd = unicodedata.normalize("NFD", text)
    try:
        tf2 = planflow_vn.parse(nfd, ctx)
    except planflow.TimeframeError:
        assert tf is None
        return
    if tf is not None and tf2 is not None:
        assert (tf2.kind, tf2.start, tf2.end, tf2.due) == (tf.kind, tf.start, tf.end, tf.due)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 4), st.integers(1950, 2150), st.sampled_from(["/", "-", " năm ", " Năm "]),
       st.booleans(), st.booleans())  # fmt: skip
def test_every_quarter_is_a_window_of_its_three_months(q, year, sep, roman, qui) -> None:
    num = planflow_vn.to_roman(q) if roman else str(q)
    text = f"{'Quí' if qui else 'Quý'} {num}{sep}{year}"
    tf = planflow_vn.parse(text, TimeframeContext.for_year(year))
    assert tf is not None and tf.kind is Kind.WINDOW
    assert tf.start == date(year, 3 * q - 2, 1)
    assert tf.end is not None and (tf.end + timedelta(days=1)).day == 1
    assert tf.end.month == 3 * q
    assert planflow_vn.format_quarter(tf.start) == f"Quý {planflow_vn.to_roman(q)} năm {year}"


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31)))
def test_dates_round_trip_through_the_words(day: date) -> None:
    ctx = TimeframeContext.for_year(day.year)
    tf = planflow_vn.parse("Chậm nhất " + planflow_vn.format_date(day), ctx)
    assert tf is not None and tf.kind is Kind.DEADLINE
    assert tf.due == planflow.roll_forward(CAL, day)
    short = planflow_vn.parse(planflow_vn.format_date_short(day), ctx)
    assert short is not None and (short.start, short.end) == (day, day)


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2099, 12, 31)),
       st.sampled_from(list(planflow_vn.BEFORE_RULES)))  # fmt: skip
def test_before_rules_land_on_the_expected_side_of_d(d: date, rule: str) -> None:
    due = planflow_vn.before_deadline(d, CAL, rule)
    if rule == "literal":
        assert due < d and CAL.is_working_day(due)
        assert all(
            not CAL.is_working_day(due + timedelta(days=i)) for i in range(1, (d - due).days)
        )
    elif rule == "calendar":
        assert due == d - timedelta(days=1)
    elif rule == "civil_code":
        assert due >= d - timedelta(days=1) and CAL.is_working_day(due)
    else:
        assert due >= d and CAL.is_working_day(due)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)), st.integers(0, 40))
def test_working_day_leads_land_on_working_days(day: date, n: int) -> None:
    end = planflow_vn.Lead(n, working=True).after(day, CAL)
    assert planflow.working_days_between(CAL, day, end) == n
    if n:
        assert CAL.is_working_day(end)


UNITS = st.sampled_from(["Năm {y}", "năm {y}", "Quý II/{y}", "Tháng 6/{y}", "Giai đoạn {y}-{z}",
                         "Từ năm {y}"])  # fmt: skip
OPEN = st.sampled_from(["và các năm tiếp theo", "và những năm tiếp theo", ", các năm sau đó",
                        "và các năm sau"])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(UNITS, OPEN, st.integers(2015, 2035), st.integers(0, 5), contexts(), st.booleans())
def test_open_ended_words_are_continuous_from_their_start_with_no_due_day(
    unit: str, tail: str, y: int, n: int, ctx: TimeframeContext, nfd: bool
) -> None:
    text = f"{unit.format(y=y, z=y + n)} {tail}"
    if nfd:
        text = unicodedata.normalize("NFD", text)
    tf = _parse(text, ctx)
    if tf is None or tf.kind is Kind.UNRESOLVED:
        return
    _check(tf, text, ctx)
    # never a window due at the end of the first period: continuous, open, no due day
    assert tf.kind is Kind.CONTINUOUS and tf.open_ended and tf.due is None, tf
    assert tf.start is not None and tf.start.year == y
    assert tf.end is not None and tf.end >= ctx.period_end
    assert tf.warnings


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["24/24", "Trực 24/24", "trực 24/7", "24/7", "Thường trực 24/24 giờ",
                        "Theo quy định", "theo quy định hiện hành", "Thực hiện theo quy định"]),
       st.sampled_from(["", ".", ";", " *"]), contexts(), st.booleans())  # fmt: skip
def test_words_that_are_not_a_time_never_become_dates(
    words: str, tail: str, ctx: TimeframeContext, nfd: bool
) -> None:
    text = words + tail
    if nfd:
        text = unicodedata.normalize("NFD", text)
    tf = planflow_vn.parse(text, ctx)
    assert tf is not None and tf.kind is Kind.UNRESOLVED
    assert (tf.start, tf.end, tf.due, tf.occurrences) == (None, None, None, ())
    # the warning names the words
    assert any(unicodedata.normalize("NFC", words) in w for w in tf.warnings), tf.warnings


@settings(max_examples=300, deadline=None)
@given(contexts(), st.integers(2015, 2035), st.sampled_from(["năm {y}", "Quý IV/{y}", "tháng 12/{y}"]))
def test_from_now_starts_on_the_issue_day_or_says_why_not(
    ctx: TimeframeContext, y: int, unit: str
) -> None:
    text = f"Từ nay đến hết {unit.format(y=y)}"
    tf = _parse(text, ctx)
    if tf is None or tf.kind is Kind.UNRESOLVED:
        return
    _check(tf, text, ctx)
    if tf.kind is Kind.WINDOW:
        assert tf.start == ctx.issued and tf.due == tf.end
    else:
        assert tf.kind is Kind.DEADLINE and any("từ nay" in w for w in tf.warnings)


WEEKDAY_WORDS = ["thứ Hai", "thứ hai", "Thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy",
                 "Chủ nhật", "chủ nhật", "thứ 2", "thứ 3", "thứ 7", "thứ Tám", "thứ 8", "CN"]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["", "vào ", "Vào ngày ", "các ngày ", "trong "]),
       st.lists(st.sampled_from(WEEKDAY_WORDS), min_size=1, max_size=4),
       st.sampled_from([", ", " và ", " hoặc ", " hoặc ngày "]),
       st.sampled_from(["hằng tuần", "hàng tuần", "Hằng tuần", "mỗi tuần"]), contexts())
def test_days_of_the_week_in_a_weekly_rule(lead, days, sep, weekly, ctx) -> None:
    """"vào ngày thứ Bảy hoặc Chủ nhật hàng tuần": never anything but the documented error,
    every occurrence ordered, inside the period and inside one Monday-first week; NFC = NFD."""
    text = f"{lead}{sep.join(days)} {weekly}"
    tf = _parse(text, ctx)
    _check(tf, text, ctx)
    if tf is not None and tf.kind is Kind.RECURRING:
        assert tf.recurrence == "weekly"
        for a, b in tf.occurrences:
            assert a - timedelta(days=a.weekday()) == b - timedelta(days=b.weekday())
        assert list(tf.occurrences) == sorted(tf.occurrences)
    elif tf is not None:
        # a day the week has not ("thứ Tám") leaves the rule unread, with the reason
        assert tf.kind is Kind.UNRESOLVED and tf.warnings
    try:
        tf2 = planflow_vn.parse(unicodedata.normalize("NFD", text), ctx)
    except planflow.TimeframeError:
        assert tf is None
        return
    if tf is not None and tf2 is not None:
        assert (tf2.kind, tf2.start, tf2.end, tf2.occurrences) == (
            tf.kind, tf.start, tf.end, tf.occurrences)


def test_weekend_or_one_weekday_each_week_made_up() -> None:
    ctx = TimeframeContext(date(2026, 1, 1), date(2026, 12, 31), None, None)
    tf = planflow_vn.parse("vào ngày thứ Bảy hoặc Chủ nhật hàng tuần", ctx)
    assert tf is not None and tf.kind is Kind.RECURRING and tf.recurrence == "weekly"
    assert tf.occurrences[0] == (date(2026, 1, 3), date(2026, 1, 4))
    assert tf.occurrences[-1] == (date(2026, 12, 26), date(2026, 12, 27))
    assert any("one window each week" in w for w in tf.warnings)
    tf = planflow_vn.parse("Thứ Năm hằng tuần", ctx)
    assert tf is not None and tf.occurrences[0] == (date(2026, 1, 1), date(2026, 1, 1))
    assert len(tf.occurrences) == 53 and not tf.warnings
