"""More Vietnamese timeframe wordings: Tết, weeks of a month, phases, words in brackets.

Rows in the form of tests/test_vn_timeframe_wordings.py (made-up wordings of kinds real
plans use). Every reading here rests on a convention, so each carries a warning saying how
the words were read (never a silent date):

* "Tết Nguyên đán Y" (also "Tết Âm lịch", "Tết cổ truyền", the year's "can chi" name) is
  the Lunar New Year's public holidays of Y (Giao thừa to the last day off, from the
  holiday table); "trước Tết …" is due before the first of them; "dịp …" is a window;
  without a year, the "can chi" name picks it near the plan period, else the plan's year;
  a "can chi" name that is not the year's is an error. "Tết Dương lịch Y" is 1 January.
* "tuần đầu / thứ hai / thứ ba / thứ tư / cuối tháng M" is days 1-7, 8-14, 15-21, 22-28,
  the last seven.
* "Đợt 1: X; Đợt 2: Y" reads as "X và Y" (each an occurrence).
* A time closed by words in brackets reads without them ("also: …"); when only the
  brackets hold a time ("Trước mùa mưa bão (trước 31/8/2026)") it is theirs, and the
  words before are said not to be read. A day's weekday in brackets ("(thứ Năm)") names
  no time of its own; a rule followed by its exception ("…; riêng năm 2026 …") reads as
  the rule, the exception noted.
"""

from __future__ import annotations

from datetime import date

import pytest

import planflow
import planflow_vn

from .test_vn_timeframe_wordings import CONTEXTS, DL, C, R, Row, U, W
from .test_vn_timeframe_wordings import test_more_wordings as check_row

D = date

TABLE: list[Row] = [
    # Tết: the Lunar New Year's public holidays (2026: 16-20/02; 2027: 05-10/02)
    Row("Trước Tết Nguyên đán 2027", "y2026", DL, None, D(2027, 2, 3), D(2027, 2, 3),
        warning="Tết Nguyên đán 2027 read as its public holidays 05/02/2027-10/02/2027"),
    Row("Dịp Tết Nguyên đán Bính Ngọ 2026", "y2026", W, D(2026, 2, 16), D(2026, 2, 20),
        D(2026, 2, 20), warning="public holidays"),
    Row("Trong dịp Tết Âm lịch năm 2026", "y2026", W, D(2026, 2, 16), D(2026, 2, 20),
        D(2026, 2, 20), warning="public holidays"),
    Row("Trước Tết Bính Ngọ", "p2630", DL, None, D(2026, 2, 13), D(2026, 2, 13),
        warning="Tết Nguyên đán 2026"),
    Row("Trước Tết Dương lịch 2027", "y2026", DL, None, D(2026, 12, 31), D(2026, 12, 31)),
    # weeks of a month
    Row("Tuần đầu tháng 9/2026", "y2026", W, D(2026, 9, 1), D(2026, 9, 7), D(2026, 9, 7),
        warning="read as 01/9/2026-07/9/2026"),
    Row("Tuần thứ hai của tháng 10/2026", "y2026", W, D(2026, 10, 8), D(2026, 10, 14),
        D(2026, 10, 14), warning="read as"),
    Row("Tuần cuối tháng 2/2026", "y2026", W, D(2026, 2, 22), D(2026, 2, 28), D(2026, 2, 28),
        warning="read as"),
    # phases
    Row("Đợt 1: tháng 4/2026; Đợt 2: tháng 10/2026", "y2026", R, D(2026, 4, 1), D(2026, 10, 31),
        recurrence="listed", occurrences=2, warning="2 phases (đợt)"),
    Row("Đợt I: Quý II/2026, đợt II: Quý IV/2026", "y2026", R, D(2026, 4, 1), D(2026, 12, 31),
        recurrence="listed", occurrences=2, warning="phases"),
    # words in brackets
    Row("Trước mùa mưa bão (trước 31/8/2026)", "y2026", DL, None, D(2026, 8, 28), D(2026, 8, 28),
        warning="read from the words in brackets"),
    Row("Trước 30/9/2026 (báo cáo sơ kết)", "y2026", DL, None, D(2026, 9, 29), D(2026, 9, 29),
        warning='also: "(báo cáo sơ kết)"'),
    # a rule and its exception ("…; riêng …"): the rule, the exception noted
    Row("Thực hiện định kỳ hằng năm; Riêng năm 2026 hoàn thành trong quý II/2026.", "y2026", R,
        D(2026, 1, 1), D(2026, 12, 31), recurrence="yearly", occurrences=1,
        warning="also: Riêng năm 2026 hoàn thành trong quý II/2026"),
    # the day's weekday in brackets: "thứ Năm" names no year ("năm")
    Row("Ngày 03/9/2026 (thứ Năm).", "y2026", W, D(2026, 9, 3), D(2026, 9, 3), D(2026, 9, 3),
        warning='also: "(thứ Năm)"'),
    # not times, still
    Row("24/24 (trực ban)", "y2026", U, warning="round the clock"),
    Row("Tết Trung thu 2026", "y2026", U),
    # a first time, then the recurrence: the recurrence from the unit the time opens in
    Row("2027 và hằng năm", "p2630", R, D(2027, 1, 1), D(2030, 12, 31), recurrence="yearly",
        occurrences=4, warning="2027 first, then hằng năm"),
    Row("Từ quý III/2026 và hằng quý", "y2026", R, D(2026, 7, 1), D(2026, 12, 31),
        recurrence="quarterly", occurrences=2, warning="then hằng quý"),
    # "…, thường xuyên" closing a recurrence or an open start: the first words' reading
    Row("Hằng quý, thường xuyên", "y2026", R, D(2026, 1, 1), D(2026, 12, 31),
        recurrence="quarterly", occurrences=4, warning="also: thường xuyên"),
    Row("Từ tháng 7/2026 và thường xuyên", "p2630", C, D(2026, 7, 1), D(2030, 12, 31),
        warning="also: thường xuyên"),
]


@pytest.mark.parametrize("row", TABLE, ids=lambda r: r.phrase)
def test_phrases(row: Row) -> None:
    # the wordings table's checks, and a warning saying how the words were read
    check_row(row)
    tf = planflow_vn.parse(row.phrase, CONTEXTS[row.ctx], rule="literal")
    assert tf is not None
    assert tf.warnings or row.phrase.startswith("Trước Tết Dương"), "a convention, said"


@pytest.mark.parametrize("text, what", [
    ("Tết Nguyên đán Đinh Mùi 2026", "2026 is the year Bính Ngọ, not Đinh Mùi"),
    ("Tuần đầu tháng 13/2026", "there is no month 13"),
])
def test_impossible(text: str, what: str) -> None:
    with pytest.raises(planflow.TimeframeError) as e:
        planflow_vn.parse(text, CONTEXTS["y2026"])
    assert what in e.value.what


def test_tet_of_every_year_in_the_table_is_in_january_or_february() -> None:
    from planflow_vn.timeframes import _tet_days

    for y in range(1996, 2061):
        days = _tet_days(y)
        assert days and days[0].month in (1, 2) and 1 <= len(days) <= 10, (y, days)
