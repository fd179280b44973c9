"""Vietnamese timeframe wordings real plans use, beyond the development corpus (planflow_vn.timeframes).

Each row is a wording real plans use (from knowledge of Vietnamese administrative
documents, not copied from the corpus) and what a careful reader gives for it in a stated
plan context. Where the reader cannot decide, the row pins ``unresolved`` and its reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

import planflow
import planflow_vn
from planflow import Kind, TimeframeContext

D = date
W, DL, R, C, E, U = (Kind.WINDOW, Kind.DEADLINE, Kind.RECURRING, Kind.CONTINUOUS, Kind.EVENT,
                     Kind.UNRESOLVED)  # fmt: skip

CONTEXTS = {
    # a plan for the year 2023, issued in January
    "y2023": TimeframeContext.for_year(2023, D(2023, 1, 5)),
    # a plan for 2025
    "y2025": TimeframeContext.for_year(2025, D(2025, 1, 10)),
    # a plan for 2026, issued in December 2025
    "y2026": TimeframeContext.for_year(2026, D(2025, 12, 15)),
    # a five-year plan 2026-2030
    "p2630": TimeframeContext(D(2026, 1, 1), D(2030, 12, 31), D(2025, 12, 1)),
    # a plan from October to September (one of each month, over two years)
    "oct": TimeframeContext(D(2026, 10, 1), D(2027, 9, 30), D(2026, 9, 20)),
    # a plan for the school year 2025-2026
    "school": TimeframeContext(D(2025, 9, 1), D(2026, 5, 31), D(2025, 8, 20)),
}


@dataclass(frozen=True)
class Row:
    phrase: str
    ctx: str
    kind: Kind
    start: date | None = None
    end: date | None = None
    due: date | None = None
    recurrence: str | None = None
    occurrences: int | None = None
    first: tuple[date, date] | None = None
    last: tuple[date, date] | None = None
    condition: str | None = None
    warning: str | None = None  # a piece of one warning


Q2_26 = (D(2026, 4, 1), D(2026, 6, 30), D(2026, 6, 30))
JUNE_26 = (D(2026, 6, 1), D(2026, 6, 30), D(2026, 6, 30))

TABLE: list[Row] = [
    # -- listed months and quarters: each its own occurrence; a bare number takes the unit word
    Row("Tháng 3, 6, 9 và 12 năm 2023", "y2023", R, D(2023, 3, 1), D(2023, 12, 31),
        recurrence="listed", occurrences=4, first=(D(2023, 3, 1), D(2023, 3, 31)),
        last=(D(2023, 12, 1), D(2023, 12, 31))),
    Row("Quý I và Quý III năm 2026", "y2026", R, D(2026, 1, 1), D(2026, 9, 30),
        recurrence="listed", occurrences=2, last=(D(2026, 7, 1), D(2026, 9, 30))),
    Row("Quý I, II và IV năm 2026", "y2026", R, D(2026, 1, 1), D(2026, 12, 31),
        recurrence="listed", occurrences=3, first=(D(2026, 1, 1), D(2026, 3, 31))),
    Row("Quý I/2026 và Quý III/2026", "y2026", R, D(2026, 1, 1), D(2026, 9, 30),
        recurrence="listed", occurrences=2),
    Row("Tháng 6/2026 và tháng 12/2026", "y2026", R, D(2026, 6, 1), D(2026, 12, 31),
        recurrence="listed", occurrences=2),
    # -- windows in other spellings
    Row("Trong tháng 6/2026", "y2026", W, *JUNE_26),
    # -- round 9, third harvest: a tentative word before the time; a form's "ngày" left
    # without its day; a condition in brackets after a dated time; the day named by what
    # happens on it; ongoing work after "Duy trì"; a time, then another sentence
    Row("Dự kiến tháng 9/2026", "y2026", W, D(2026, 9, 1), D(2026, 9, 30), D(2026, 9, 30),
        warning="tentative"),
    Row("Dự kiến: Quý II/2026", "y2026", W, *Q2_26, warning="tentative"),
    Row("ngày tháng 8/2026", "y2026", W, D(2026, 8, 1), D(2026, 8, 31), D(2026, 8, 31)),
    Row("Tháng 10/2026 (sau khi Sở Tài chính thẩm định dự toán)", "y2026", W, D(2026, 10, 1),
        D(2026, 10, 31), D(2026, 10, 31), warning="sau khi Sở Tài chính"),
    Row("Sau khi Sở Tài chính thẩm định dự toán", "y2026", E,
        condition="Sau khi Sở Tài chính thẩm định dự toán"),
    Row("Từ tháng 5 đến ngày khai giảng 05/9/2026", "y2026", W, D(2026, 5, 1), D(2026, 9, 5),
        D(2026, 9, 5), warning="read as the day 05/9/2026"),
    Row("Duy trì thường xuyên", "y2026", C, D(2026, 1, 1), D(2026, 12, 31)),
    Row("Tháng 6/2026. Sau đó tổng hợp kết quả gửi Sở Nội vụ", "y2026", W, *JUNE_26,
        warning="Sau đó tổng hợp"),
    Row("Trong thời gian: từ 01/6/2026 đến 30/6/2026", "y2026", W, *JUNE_26),
    # -- a session of a body, its date not stated: it waits for the session
    Row("Kỳ họp thứ hai Hội đồng nhân dân tỉnh khóa XI", "y2026", E,
        condition="Kỳ họp thứ hai Hội đồng nhân dân tỉnh khóa XI"),
    Row("Trình tại phiên họp thường kỳ của Ủy ban nhân dân tỉnh", "y2026", E,
        condition="Trình tại phiên họp thường kỳ của Ủy ban nhân dân tỉnh"),
    Row("06 tháng cuối năm 2025", "y2025", W, D(2025, 7, 1), D(2025, 12, 31), D(2025, 12, 31)),
    Row("Năm 2026 (Quý II)", "y2026", W, *Q2_26, warning="narrower of two nested times"),
    Row("Quý II (tháng 5/2026)", "y2026", W, D(2026, 5, 1), D(2026, 5, 31), D(2026, 5, 31),
        warning="narrower"),
    Row("Quý II - III/2026", "y2026", W, D(2026, 4, 1), D(2026, 9, 30), D(2026, 9, 30)),
    Row("Quý II năm 2026 - Quý IV năm 2026", "y2026", W, D(2026, 4, 1), D(2026, 12, 31),
        D(2026, 12, 31)),
    Row("Tháng 3/2026 - tháng 6/2026", "y2026", W, D(2026, 3, 1), D(2026, 6, 30), D(2026, 6, 30)),
    Row("Từ ngày 01/6 đến 30/9/2026", "y2026", W, D(2026, 6, 1), D(2026, 9, 30), D(2026, 9, 30)),
    # "trong (khoảng) thời gian" before "từ …" adds nothing to the span (round 10: it read
    # as an event, "Trong thời gian …", or not at all)
    Row("Trong khoảng thời gian từ ngày 01/3/2026 đến ngày 15/3/2026", "y2026", W,
        D(2026, 3, 1), D(2026, 3, 15), D(2026, 3, 15)),
    Row("Trong thời gian từ ngày 01/3 đến ngày 15/3/2026", "y2026", W, D(2026, 3, 1),
        D(2026, 3, 15), D(2026, 3, 15)),
    Row("trong khoảng từ tháng 3 đến tháng 5/2026", "y2026", W, D(2026, 3, 1), D(2026, 5, 31),
        D(2026, 5, 31)),
    Row("Vào thời gian từ tháng 9/2026", "p2630", C, D(2026, 9, 1), D(2030, 12, 31)),
    Row("Bắt đầu triển khai từ năm 2027", "p2630", C, D(2027, 1, 1), D(2030, 12, 31)),
    Row("Bắt đầu thực hiện từ ngày 01/7/2026 đến ngày 31/12/2026", "p2630", W, D(2026, 7, 1),
        D(2026, 12, 31), D(2026, 12, 31)),
    Row("Trong thời gian diễn ra Đại hội", "y2026", E),
    # abbreviations of appendix tables
    Row("Q.II/2026", "y2026", W, *Q2_26),
    Row("QII/2026", "y2026", W, *Q2_26),
    Row("Q2/2026", "y2026", W, *Q2_26),
    Row("T6/2026", "y2026", W, *JUNE_26),
    Row("T.6/2026", "y2026", W, *JUNE_26),
    Row("T6 - T8/2026", "y2026", W, D(2026, 6, 1), D(2026, 8, 31), D(2026, 8, 31)),
    # -- a schedule's time column: bare months before "M/YYYY", said as read (it could be a
    #    day and a month written with a dash); a first number above 12 is no month
    Row("5-7/2026", "y2026", W, D(2026, 5, 1), D(2026, 7, 31), D(2026, 7, 31),
        warning="read as the months 5 to 7/2026"),
    Row("02-04/2026", "y2026", W, D(2026, 2, 1), D(2026, 4, 30), D(2026, 4, 30),
        warning="not a day of a month"),
    Row("9-12/2025", "y2026", W, D(2025, 9, 1), D(2025, 12, 31), D(2025, 12, 31)),
    Row("18-6/2026", "y2026", U),
    # -- listed units, a year given midway: the units before it are of that year, not of the
    #    last one ("Quý III, IV/2026, 2027" starts in Quý III of 2026)
    Row("Quý III, IV/2026, 2027", "p2630", W, D(2026, 7, 1), D(2027, 12, 31), D(2027, 12, 31)),
    Row("Quý I, II/2026, 2027", "p2630", R, D(2026, 1, 1), D(2027, 12, 31), recurrence="listed",
        occurrences=3, first=(D(2026, 1, 1), D(2026, 3, 31)), last=(D(2027, 1, 1), D(2027, 12, 31))),
    Row("Tháng 11, 12/2025, tháng 01/2026", "y2026", W, D(2025, 11, 1), D(2026, 1, 31),
        D(2026, 1, 31)),
    # doubled spaces, trailing semicolons
    Row("Quý  II   năm 2026;", "y2026", W, *Q2_26),
    Row("Tháng 6/2026 ;", "y2026", W, *JUNE_26),
    # -- đầu / giữa / cuối: by a fixed convention, said in a warning
    Row("Đầu năm 2026", "y2026", W, D(2026, 1, 1), D(2026, 3, 31), D(2026, 3, 31),
        warning="read as Quý I năm 2026"),
    Row("Cuối năm 2026", "y2026", W, D(2026, 10, 1), D(2026, 12, 31), D(2026, 12, 31),
        warning="read as Quý IV năm 2026"),
    Row("Cuối năm", "y2026", W, D(2026, 10, 1), D(2026, 12, 31), D(2026, 12, 31),
        warning="Quý IV"),
    Row("Đến cuối năm 2026", "y2026", DL, None, D(2026, 12, 31), D(2026, 12, 31)),
    Row("Cuối Quý II/2026", "y2026", W, *JUNE_26, warning="read as tháng 6/2026"),
    Row("Đầu tháng 7/2026", "y2026", W, D(2026, 7, 1), D(2026, 7, 10), D(2026, 7, 10),
        warning="thượng/trung/hạ tuần"),
    Row("Hạ tuần tháng 6/2026", "y2026", W, D(2026, 6, 21), D(2026, 6, 30), D(2026, 6, 30)),
    Row("Giữa năm 2026", "y2026", U, warning="no fixed span"),
    Row("Cuối năm", "p2630", U, warning="no year given"),
    # -- the school year: 1 September to 31 May
    Row("Năm học 2025-2026", "school", W, D(2025, 9, 1), D(2026, 5, 31), D(2026, 5, 31),
        warning="school year"),
    Row("Trong năm học 2025 - 2026", "y2026", W, D(2025, 9, 1), D(2026, 5, 31), D(2026, 5, 31),
        warning="school year"),
    # -- deadlines with every date spelling
    Row("Trước 31/12/2025", "y2025", DL, None, D(2025, 12, 30), D(2025, 12, 30)),
    Row("Trước 30-6-2026", "y2026", DL, None, D(2026, 6, 29), D(2026, 6, 29)),
    Row("Trước ngày 30.6.2026", "y2026", DL, None, D(2026, 6, 29), D(2026, 6, 29)),
    Row("Trước ngày 30 tháng 6 năm 2026", "y2026", DL, None, D(2026, 6, 29), D(2026, 6, 29)),
    Row("Chậm nhất ngày 30 tháng 6 năm 2026", "y2026", DL, None, D(2026, 6, 30), D(2026, 6, 30)),
    # 01/7/2026 is a Wednesday: the last working day before it is Tuesday 30/6
    Row("Hoàn thành trước Quý III/2026", "y2026", DL, None, D(2026, 6, 30), D(2026, 6, 30)),
    # "(thực hiện) (cơ bản) hoàn thành trong …": done by then
    Row("Thực hiện cơ bản hoàn thành trong năm 2026", "y2026", DL, None, D(2026, 12, 31),
        D(2026, 12, 31)),
    Row("cơ bản hoàn thành trong Quý III/2026", "y2026", DL, None, D(2026, 9, 30), D(2026, 9, 30)),
    # -- recurrences
    # 15/2/2026 is in Tết (14-22/2 off): February's report is due Friday 13/2
    Row("Trước ngày 15 hằng tháng", "y2026", R, D(2026, 1, 1), D(2026, 12, 14),
        recurrence="monthly", occurrences=12, first=(D(2026, 1, 1), D(2026, 1, 14))),
    Row("Định kỳ hằng tháng", "y2026", R, D(2026, 1, 1), D(2026, 12, 31), recurrence="monthly",
        occurrences=12),
    Row("Giai đoạn 2026 - 2030, hằng năm", "p2630", R, D(2026, 1, 1), D(2030, 12, 31),
        recurrence="yearly", occurrences=5, last=(D(2030, 1, 1), D(2030, 12, 31))),
    Row("Hằng năm, giai đoạn 2026 - 2028", "p2630", R, D(2026, 1, 1), D(2028, 12, 31),
        recurrence="yearly", occurrences=3),
    Row("Hằng quý trong năm 2026", "p2630", R, D(2026, 1, 1), D(2026, 12, 31),
        recurrence="quarterly", occurrences=4),
    Row("Hằng tháng, Quý II/2026", "y2026", R, D(2026, 4, 1), D(2026, 6, 30),
        recurrence="monthly", occurrences=3),
    # 15/12/2026 is a Tuesday; the five years' reports are due on the 14th or before
    Row("Trước ngày 15/12 hằng năm, giai đoạn 2026-2030", "p2630", R, D(2026, 1, 1),
        D(2030, 12, 13), recurrence="yearly", occurrences=5,
        first=(D(2026, 1, 1), D(2026, 12, 14))),
    Row("Hằng năm, trước ngày 15/12", "p2630", R, D(2026, 1, 1), D(2030, 12, 13),
        recurrence="yearly", occurrences=5),
    Row("Tháng 6 hằng năm", "p2630", R, D(2026, 6, 1), D(2030, 6, 30), recurrence="yearly",
        occurrences=5, first=(D(2026, 6, 1), D(2026, 6, 30))),
    Row("Tháng 6 và tháng 12 hằng năm", "p2630", R, D(2026, 6, 1), D(2030, 12, 31),
        recurrence="yearly", occurrences=10, first=(D(2026, 6, 1), D(2026, 6, 30)),
        last=(D(2030, 12, 1), D(2030, 12, 31))),
    Row("Quý IV hàng năm", "p2630", R, D(2026, 10, 1), D(2030, 12, 31), recurrence="yearly",
        occurrences=5),
    Row("Định kỳ 6 tháng", "y2026", R, D(2026, 1, 1), D(2026, 12, 31), recurrence="half_yearly",
        occurrences=2, first=(D(2026, 1, 1), D(2026, 6, 30))),
    Row("06 tháng/lần", "p2630", R, D(2026, 1, 1), D(2030, 12, 31), recurrence="half_yearly",
        occurrences=10),
    Row("3 tháng một lần", "y2026", R, D(2026, 1, 1), D(2026, 12, 31), recurrence="quarterly",
        occurrences=4),
    # a month or quarter with no year: the only one the plan period holds, said; two or
    # none: unresolved; a day never
    Row("Tháng 11", "oct", W, D(2026, 11, 1), D(2026, 11, 30), D(2026, 11, 30),
        warning="the only one in the plan period"),
    Row("Quý II", "oct", W, D(2027, 4, 1), D(2027, 6, 30), D(2027, 6, 30),
        warning="the only one in the plan period"),
    Row("Quý IV", "oct", W, D(2026, 10, 1), D(2026, 12, 31), D(2026, 12, 31),
        warning="2026"),  # Quý IV of 2027 lies after the period
    Row("Tháng 11", "p2630", U, warning="add the year"),
    Row("Trước ngày 15/11", "oct", U, warning="add the year"),
    # a first time, then ongoing work: continuous from that time (as "2026 và hằng năm" is
    # the recurrence from 2026); the work's time, then the upkeep of its result: the first
    Row("Tháng 3/2026 và thường xuyên", "p2630", C, D(2026, 3, 1), D(2030, 12, 31),
        warning="first, then ongoing"),
    Row("Quý II/2026, thường xuyên", "y2026", C, D(2026, 4, 1), D(2026, 12, 31),
        warning="first, then ongoing"),
    Row("Tháng 11, 12/2026 và bổ sung, sửa đổi hằng năm", "p2630", W, D(2026, 11, 1),
        D(2026, 12, 31), D(2026, 12, 31), warning="then its upkeep"),
    Row("Quý IV/2026 và kiện toàn thường xuyên", "p2630", W, D(2026, 10, 1), D(2026, 12, 31),
        D(2026, 12, 31), warning="then its upkeep"),
    # milestones listed with ";" (a table cell): each its own occurrence
    Row("Năm 2027; Năm 2030", "p2630", R, D(2027, 1, 1), D(2030, 12, 31), recurrence="listed",
        occurrences=2, first=(D(2027, 1, 1), D(2027, 12, 31)), last=(D(2030, 1, 1), D(2030, 12, 31))),
    # the count in words; every two months: two-month periods from January, said
    Row("Ba tháng một lần", "y2026", R, D(2026, 1, 1), D(2026, 12, 31), recurrence="quarterly",
        occurrences=4),
    Row("sáu tháng một lần", "p2630", R, D(2026, 1, 1), D(2030, 12, 31), recurrence="half_yearly",
        occurrences=10),
    Row("hai tháng một lần", "y2026", R, D(2026, 1, 1), D(2026, 12, 31), recurrence="listed",
        occurrences=6, first=(D(2026, 1, 1), D(2026, 2, 28)), last=(D(2026, 11, 1), D(2026, 12, 31)),
        warning="every 2 months, read as periods of 2 months from January"),
    Row("Định kỳ 2 tháng", "school", R, D(2025, 9, 1), D(2026, 5, 31), recurrence="listed",
        occurrences=5, first=(D(2025, 9, 1), D(2025, 10, 31)), last=(D(2026, 5, 1), D(2026, 5, 31))),
    Row("Định kỳ 4 tháng", "y2026", U, warning="not a calendar unit"),
    # a year inside a yearly rule is still not read
    Row("Quý I năm 2023 hằng năm", "y2026", U, warning="yearly recurrence"),
    # -- open start
    Row("Từ tháng 01/2026", "y2026", C, D(2026, 1, 1), D(2026, 12, 31), warning="no end given"),
    Row("Kể từ tháng 01/2026", "p2630", C, D(2026, 1, 1), D(2030, 12, 31), warning="no end given"),
    Row("Từ Quý III/2026 trở đi", "y2026", C, D(2026, 7, 1), D(2026, 12, 31)),
    # -- events: the words wait for something
    Row("Trong thời gian diễn ra Đại hội", "y2026", E,
        condition="Trong thời gian diễn ra Đại hội"),
    Row("Ngay sau khi Kế hoạch được ban hành", "y2026", E,
        condition="Ngay sau khi Kế hoạch được ban hành"),
    Row("Theo tiến độ của Trung ương", "y2026", E, condition="Theo tiến độ của Trung ương"),
    # -- open-ended: continuous from the named time, never a window due at its end
    Row("Năm 2027 và các năm tiếp theo", "p2630", C, D(2027, 1, 1), D(2030, 12, 31),
        warning="open-ended"),
    Row("Từ Quý II/2026 và những năm tiếp theo", "p2630", C, D(2026, 4, 1), D(2030, 12, 31),
        warning="no end given"),
    Row("Giai đoạn 2026 - 2028, và các năm sau đó", "p2630", C, D(2026, 1, 1), D(2030, 12, 31),
        warning="Giai đoạn 2026 - 2028"),
    Row("Thời gian hoàn tất: trước ngày 31 tháng 10 năm 2026.", "y2026", DL, None,
        D(2026, 10, 30), D(2026, 10, 30)),
    Row("Từ năm 2026 đến năm 2028 và tiếp theo", "p2630", C, D(2026, 1, 1), D(2030, 12, 31),
        warning="open-ended"),
    Row("Giai đoạn 2026 - 2027 và các giai đoạn tiếp theo", "p2630", C, D(2026, 1, 1),
        D(2030, 12, 31), warning="open-ended"),
    # a named time past the plan period: tracked to its own end
    Row("Năm 2026 và các năm tiếp theo", "y2025", C, D(2026, 1, 1), D(2026, 12, 31)),
    # -- "từ nay": from the plan's issue day
    Row("Từ nay đến hết năm 2026", "y2026", W, D(2025, 12, 15), D(2026, 12, 31), D(2026, 12, 31)),
    Row("Từ nay đến hết Quý I/2026", "p2630", W, D(2025, 12, 1), D(2026, 3, 31), D(2026, 3, 31)),
    Row("Từ nay đến hết năm 2024", "y2025", DL, None, D(2024, 12, 31), D(2024, 12, 31),
        warning="từ nay"),
    # -- minimum frequencies: the rule, the minimum noted
    Row("Ít nhất 02 lần/năm", "p2630", R, D(2026, 1, 1), D(2030, 12, 31), recurrence="yearly",
        occurrences=5, warning="a minimum"),
    Row("Tối thiểu mỗi quý một lần", "y2026", R, D(2026, 1, 1), D(2026, 12, 31),
        recurrence="quarterly", occurrences=4, warning="a minimum"),
    Row("03 đợt/năm", "y2026", R, D(2026, 1, 1), D(2026, 12, 31), recurrence="yearly",
        occurrences=1, warning="3 times (đợt)"),
    # -- "hằng năm theo quy định": annual, the rest a note
    Row("Hằng năm theo quy định", "p2630", R, D(2026, 1, 1), D(2030, 12, 31), recurrence="yearly",
        occurrences=5, warning="theo quy định"),
    # -- continuity: the whole plan (or the named span), never a window due at its end
    Row("Trong suốt thời gian thực hiện Kế hoạch", "p2630", C, D(2026, 1, 1), D(2030, 12, 31)),
    Row("Xuyên suốt", "y2026", C, D(2026, 1, 1), D(2026, 12, 31)),
    Row("Thực hiện xuyên suốt quá trình triển khai", "p2630", C, D(2026, 1, 1), D(2030, 12, 31)),
    Row("Xuyên suốt năm 2027", "p2630", C, D(2027, 1, 1), D(2027, 12, 31)),
    Row("Trong suốt thời gian diễn ra Hội chợ", "y2026", E,
        condition="Trong suốt thời gian diễn ra Hội chợ"),
    # -- targets: the time named, with a note
    Row("Phấn đấu hoàn thành trong quý III", "y2026", W, D(2026, 7, 1), D(2026, 9, 30),
        D(2026, 9, 30), warning="a target"),
    Row("Phấn đấu đến hết năm 2027", "p2630", DL, None, D(2027, 12, 31), D(2027, 12, 31),
        warning="a target"),
    Row("Phấn đấu hoàn thành trong quý II", "p2630", U, warning="no year given"),
    # -- several days each year: each its own occurrence (15/6/2026 is a Monday, 14/6 Sunday)
    Row("Trước ngày 15/6 và 15/12 hằng năm", "p2630", R, D(2026, 1, 1), D(2030, 12, 13),
        recurrence="yearly", occurrences=10, first=(D(2026, 1, 1), D(2026, 6, 12)),
        last=(D(2030, 6, 15), D(2030, 12, 13))),
    Row("Hằng năm, chậm nhất ngày 20/1 và 20/7", "y2026", R, D(2026, 1, 1), D(2026, 7, 20),
        recurrence="yearly", occurrences=2, first=(D(2026, 1, 1), D(2026, 1, 20))),
    # -- phases counted from an event, and moments
    Row("Trong 48 giờ đầu", "y2026", E, condition="Trong 48 giờ đầu", warning="48 hours"),
    Row("Trong vòng 24 giờ đầu khi có thiên tai", "y2026", E, warning="24 hours"),
    Row("Tại thời điểm 0 giờ ngày 01/4/2026", "y2026", W, D(2026, 4, 1), D(2026, 4, 1),
        D(2026, 4, 1), warning="a moment"),
    Row("Vào thời điểm 12 giờ ngày 30/6/2026", "y2026", W, D(2026, 6, 30), D(2026, 6, 30),
        D(2026, 6, 30), warning="a moment"),
    # counted from an event day named by words ("kể từ ngày lấy mẫu"), not by a date
    Row("Trong vòng 03 ngày làm việc kể từ ngày lấy mẫu", "p2630", E, warning="03 ngày làm việc"),
    Row("Trong thời hạn 10 ngày kể từ ngày kết thúc đợt kiểm tra", "y2026", E, warning="10 ngày"),
    Row("05 ngày làm việc kể từ ngày nhận đủ hồ sơ", "y2026", E, warning="05 ngày làm việc"),
    Row("Kể từ ngày 01/7/2026", "y2026", C, D(2026, 7, 1), D(2026, 12, 31)),
    # -- a number of times within a season (monitoring plans): the season, the count a note
    Row("02 lần/tháng, từ tháng 3 đến tháng 10 hằng năm", "p2630", R, D(2026, 3, 1), D(2030, 10, 31),
        recurrence="yearly", occurrences=5, first=(D(2026, 3, 1), D(2026, 10, 31)),
        warning='"02 lần/tháng" within each occurrence'),
    Row("Từ tháng 4 đến tháng 9 hằng năm, 01 lần/tháng", "p2630", R, D(2026, 4, 1), D(2030, 9, 30),
        recurrence="yearly", occurrences=5, warning='"01 lần/tháng" within each occurrence'),
    Row("01 lần/quý trong năm 2026", "p2630", W, D(2026, 1, 1), D(2026, 12, 31), D(2026, 12, 31),
        warning='"01 lần/quý" within it'),
    # the recurrence in brackets after the span it runs over
    Row("Năm 2026-2028 (hằng năm)", "p2630", R, D(2026, 1, 1), D(2028, 12, 31), recurrence="yearly",
        occurrences=3),
    Row("Hằng năm, 02 đợt/năm", "p2630", R, D(2026, 1, 1), D(2030, 12, 31), recurrence="yearly",
        warning="also: 02 đợt/năm"),
    # -- open starts and ends
    Row("Từ năm 2027 trở đi", "p2630", C, D(2027, 1, 1), D(2030, 12, 31), warning="no end given"),
    Row("2028 trở đi", "p2630", C, D(2028, 1, 1), D(2030, 12, 31), warning="no end given"),
    Row("Năm 2027 trở đi", "y2026", C, D(2027, 1, 1), D(2027, 12, 31)),
    Row("Từ năm 2027 trở đi", "y2026", C, D(2027, 1, 1), D(2027, 12, 31)),
    Row("Từ tháng 5/2026 cho đến khi hoàn thành", "p2630", C, D(2026, 5, 1), D(2030, 12, 31),
        warning='until "hoàn thành"'),
    Row("Từ khi khởi công đến khi hoàn thành công trình", "y2026", E,
        condition="Từ khi khởi công đến khi hoàn thành công trình"),
    Row("Kể từ Quý II/2026 đến khi kết thúc dự án", "y2026", C, D(2026, 4, 1), D(2026, 12, 31),
        warning="no end date"),
    # an end that is an event named with no date ("đến ngày bầu cử", "đến kết thúc …"); "từ
    # nay" is the plan's issue day (01/12/2025 in "p2630")
    Row("Từ ngày 15/3/2026 đến ngày hội diễn", "p2630", C, D(2026, 3, 15), D(2030, 12, 31),
        warning='until "ngày hội diễn"'),
    Row("Từ nay đến kết thúc cuộc thi khóa III", "p2630", C, D(2025, 12, 1), D(2030, 12, 31),
        warning='until "kết thúc cuộc thi khóa III"'),
    Row("Từ tháng 01 đến ngày hội diễn 15/3/2026", "p2630", W, D(2026, 1, 1), D(2026, 3, 15),
        due=D(2026, 3, 15)),
    Row("Từ ngày 01/3/2026 đến hết năm", "y2026", W, D(2026, 3, 1), D(2026, 12, 31),
        due=D(2026, 12, 31)),
    Row("Từ ngày khai mạc đến ngày bế mạc hội diễn", "y2026", E,
        condition="Từ ngày khai mạc đến ngày bế mạc hội diễn"),
    # an hour before the end day is a note; "Trong khoảng thời gian" inside each round
    Row("Trong khoảng thời gian từ ngày 17/12/2025 đến 17 giờ 00, ngày 01/02/2026", "p2630", W,
        D(2025, 12, 17), D(2026, 2, 1), due=D(2026, 2, 1), warning="the hour of the day is a note"),
    Row("Đợt 1: Trong khoảng thời gian từ ngày 02/3/2026 đến ngày 06/3/2026; Đợt 2: Trong khoảng "
        "thời gian từ ngày 04/5/2026 đến ngày 08/5/2026", "y2026", R, D(2026, 3, 2), D(2026, 5, 8),
        recurrence="listed", occurrences=2, first=(D(2026, 3, 2), D(2026, 3, 6)),
        last=(D(2026, 5, 4), D(2026, 5, 8))),
    # by 17:00 on 20/3: due that day, not the day before
    Row("trước 17 giờ ngày 20/3/2026", "y2026", DL, end=D(2026, 3, 20), due=D(2026, 3, 20),
        warning="the hour of the day is a note"),
    # -- not a time: never a date, a warning names the words
    Row("24/24", "y2026", U, warning='"24/24" is not a time'),
    Row("Trực 24/7", "y2026", U, warning='"Trực 24/7" is not a time'),
    Row("Thường trực 24/24 giờ trong mùa mưa bão", "y2026", U, warning="round the clock"),
    Row("Theo quy định", "y2026", U, warning='"Theo quy định" names no time'),
    Row("Thực hiện theo quy định hiện hành", "y2026", U, warning="names no time"),
    # "ngày 24/7" is a day in July, not round the clock
    Row("Trước ngày 24/7/2026", "y2026", DL, None, D(2026, 7, 23), D(2026, 7, 23)),
    # -- not read, with the reason
    Row("Năm 2026 (Quý II/2027)", "p2630", U, warning="do not overlap"),
    # -- round 10: verbs that finish by the time ("ban hành", "trình") or run through it ("thí
    # điểm"); what is done between the verb and the time
    Row("Ban hành trong quý II/2026", "p2630", DL, None, D(2026, 6, 30), D(2026, 6, 30)),
    Row("Trình trong tháng 9/2027", "p2630", DL, None, D(2027, 9, 30), D(2027, 9, 30)),
    Row("Ban hành, trước ngày 15/4/2026", "p2630", DL, None, D(2026, 4, 14), D(2026, 4, 14)),
    Row("Thí điểm năm 2027", "p2630", W, D(2027, 1, 1), D(2027, 12, 31), D(2027, 12, 31)),
    # round harvest h: a report, a sending or a filing is done by the time, like "trình"
    Row("Báo cáo trong tháng 6/2026", "p2630", DL, None, D(2026, 6, 30), D(2026, 6, 30)),
    Row("Gửi Sở Tài chính trong quý III/2026", "p2630", DL, None, D(2026, 9, 30),
        D(2026, 9, 30), warning='the words "Sở Tài chính" name no time'),
    Row("Nộp hồ sơ trong năm 2027", "p2630", DL, None, D(2027, 12, 31), D(2027, 12, 31),
        warning='the words "hồ sơ" name no time'),
    # the purpose's "để" before the verb: read as the verb
    Row("để ban hành trước ngày 26 tháng 5 năm 2026", "p2630", DL, None, D(2026, 5, 25), D(2026, 5, 25)),
    Row("để trình trong quý III/2026", "p2630", DL, None, D(2026, 9, 30), D(2026, 9, 30)),
    Row("Trình Ủy ban nhân dân tỉnh trong quý III/2026", "p2630", DL, None, D(2026, 9, 30),
        D(2026, 9, 30), warning='the words "Ủy ban nhân dân tỉnh" name no time'),
    Row("Hoàn thành lắp đặt thiết bị giai đoạn 2027 - 2028", "p2630", DL, None, D(2028, 12, 31),
        D(2028, 12, 31), warning='read as "Hoàn thành giai đoạn 2027 - 2028"'),
    Row("Tổ chức tập huấn trong tháng 4/2026", "p2630", W, D(2026, 4, 1), D(2026, 4, 30),
        D(2026, 4, 30), warning='"tập huấn"'),
    Row("Xây dựng trong năm 2026", "p2630", W, D(2026, 1, 1), D(2026, 12, 31), D(2026, 12, 31)),
    Row("Xây dựng các quy định, hướng dẫn liên quan trong giai đoạn 2026 - 2027", "p2630", W,
        D(2026, 1, 1), D(2027, 12, 31), D(2027, 12, 31), warning="các quy định, hướng dẫn"),
    Row("Hệ thống được nâng cấp hoàn thành trong quý II/2027", "p2630", DL, None, D(2027, 6, 30),
        D(2027, 6, 30), warning='read as "hoàn thành trong quý II/2027"'),
    Row("Cơ sở dữ liệu được xây dựng, kết nối hoàn thành trước năm 2028", "p2630", DL, None,
        D(2027, 12, 31), D(2027, 12, 31), warning="name no time"),
    Row("Kế hoạch năm 2027 hoàn thành trước tháng 6/2026", "p2630", U),
    # "theo …" defers to another document's time: not set aside
    Row("Thực hiện theo kế hoạch năm 2026", "p2630", U),
    Row("Triển khai theo tiến độ trong năm 2026", "p2630", U),
    # what is done names a time of its own: not set aside
    Row("Trình kế hoạch năm 2027 trong quý IV/2026", "p2630", U),
    # the work that follows the time: the time, the rest a note
    Row("Ban hành quy chế. Thực hiện từ năm 2027", "p2630", U),
    Row("Ban hành trong năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)", "p2630", DL, None,
        D(2026, 12, 31), D(2026, 12, 31), warning='followed by "Thực hiện rà soát, điều chỉnh'),
    Row("Hoàn thành trong năm 2027 và vận hành thường xuyên, liên tục", "p2630", DL, None,
        D(2027, 12, 31), D(2027, 12, 31), warning="later work, not part of the time read"),
    Row("Thí điểm trong giai đoạn 2026 - 2027 và thực hiện mở rộng từ năm 2028", "p2630", W,
        D(2026, 1, 1), D(2027, 12, 31), D(2027, 12, 31), warning="thực hiện mở rộng"),
    Row("Thực hiện trong quý I/2026, sau đó cập nhật hằng năm", "p2630", W, D(2026, 1, 1),
        D(2026, 3, 31), D(2026, 3, 31), warning="sau đó cập nhật hằng năm"),
    Row("Triển khai từ tháng 7/2026 và duy trì thường xuyên", "p2630", C, D(2026, 7, 1),
        D(2030, 12, 31), warning="duy trì thường xuyên"),
    Row("Trình Bộ Tài chính trong tháng 6/2026 và triển khai thực hiện", "p2630", DL, None,
        D(2026, 6, 30), D(2026, 6, 30), warning='"triển khai thực hiện"'),
    Row("Hoàn thành trong quý II/2026. Định kỳ cập nhật (nếu có)", "p2630", DL, None,
        D(2026, 6, 30), D(2026, 6, 30), warning="Định kỳ cập nhật"),
    # a part of the work inside the time ("Trong đó …"): the time, the part a note
    Row("Thực hiện trong giai đoạn 2026 - 2030. Trong đó thí điểm trong năm 2027", "p2630", W,
        D(2026, 1, 1), D(2030, 12, 31), D(2030, 12, 31), warning="also: Trong đó thí điểm"),
    Row("Giai đoạn 2026 - 2028; trong đó năm 2026 hoàn thành khảo sát", "p2630", W, D(2026, 1, 1),
        D(2028, 12, 31), D(2028, 12, 31), warning="also: trong đó năm 2026"),
    # "trước" a month, a quarter, a year: the last day before it begins, said
    Row("Trước năm 2030", "p2630", DL, None, D(2029, 12, 31), D(2029, 12, 31),
        warning="before 01/01/2030 (the start of what it names): due 31/12/2029"),
    Row("Trước quý III/2027", "p2630", DL, None, D(2027, 6, 30), D(2027, 6, 30),
        warning="before 01/7/2027"),
    Row("Trước tháng 10/2026", "p2630", DL, None, D(2026, 9, 30), D(2026, 9, 30),
        warning="before 01/10/2026"),
    # a stray "trong"/"vào" before "từ …": the start, never the named year alone
    Row("Thí điểm mô hình trong từ năm 2027", "p2630", C, D(2027, 1, 1), D(2030, 12, 31),
        warning='"trong" before "từ …" read as "từ năm 2027"'),
    Row("Vào từ quý III/2026", "p2630", C, D(2026, 7, 1), D(2030, 12, 31), warning="read as"),
    Row("Trong từ tháng 3 đến tháng 5/2027", "p2630", W, D(2027, 3, 1), D(2027, 5, 31),
        D(2027, 5, 31)),
    # the rules read first keep their reading
    Row("Năm 2026 và các năm tiếp theo", "p2630", C, D(2026, 1, 1), D(2030, 12, 31)),
    Row("Thường xuyên, hằng năm", "p2630", R, D(2026, 1, 1), D(2030, 12, 31), recurrence="yearly"),
    # a standing task ("Nhiệm vụ thường xuyên", a table's time cell): ongoing, no due day
    Row("Nhiệm vụ thường xuyên", "p2630", C, D(2026, 1, 1), D(2030, 12, 31)),
    Row("Hoạt động thường xuyên, liên tục", "p2630", C, D(2026, 1, 1), D(2030, 12, 31)),
    Row("Thực hiện định kỳ hằng năm; riêng năm 2026 hoàn thành trong quý II/2026", "p2630", R,
        D(2026, 1, 1), D(2030, 12, 31), recurrence="yearly", warning="also: riêng"),
    # Tết: its public holidays in the plan's year (tests/test_vn_timeframe_phrases.py)
    Row("Trước Tết Nguyên đán", "y2026", DL, None, D(2026, 2, 13), D(2026, 2, 13),
        warning="Tết Nguyên đán 2026 read as its public holidays"),
    # round 11: the whole year named, months counted in words
    Row("Cả năm 2026", "p2630", W, D(2026, 1, 1), D(2026, 12, 31), D(2026, 12, 31)),
    Row("Suốt năm 2027", "p2630", W, D(2027, 1, 1), D(2027, 12, 31), D(2027, 12, 31)),
    Row("Toàn bộ năm 2027", "p2630", W, D(2027, 1, 1), D(2027, 12, 31), D(2027, 12, 31)),
    Row("Sáu tháng đầu năm 2026", "y2026", W, D(2026, 1, 1), D(2026, 6, 30), D(2026, 6, 30)),
    Row("Ba tháng cuối năm 2026", "y2026", W, D(2026, 10, 1), D(2026, 12, 31), D(2026, 12, 31)),
    Row("Chín tháng đầu năm", "y2026", W, D(2026, 1, 1), D(2026, 9, 30), D(2026, 9, 30)),
    # "chậm nhất (là) trong/vào …": by the end of what it names
    Row("Chậm nhất trong Quý II/2026", "p2630", DL, None, D(2026, 6, 30), D(2026, 6, 30)),
    Row("Chậm nhất là trong tháng 8/2027", "p2630", DL, None, D(2027, 8, 31), D(2027, 8, 31)),
    Row("Muộn nhất vào tháng 10", "y2026", DL, None, D(2026, 10, 31), D(2026, 10, 31)),
    # "chậm nhất đến (hết) ngày D", "hạn cuối (là) ngày D": by that day (moved to the next
    # working day when it is a day off); "chậm nhất trước ngày D": before it
    Row("chậm nhất đến ngày 01 tháng 7 năm 2028", "p2630", DL, None, D(2028, 7, 3), D(2028, 7, 3),
        warning="the deadline moves to 03/7/2028"),
    Row("Chậm nhất đến hết ngày 30/6/2027", "p2630", DL, None, D(2027, 6, 30), D(2027, 6, 30)),
    Row("Muộn nhất đến ngày 15/9/2026", "y2026", DL, None, D(2026, 9, 15), D(2026, 9, 15)),
    Row("Hạn cuối là ngày 15/9/2026", "y2026", DL, None, D(2026, 9, 15), D(2026, 9, 15)),
    Row("Chậm nhất trước ngày 16/9/2026", "y2026", DL, None, D(2026, 9, 15), D(2026, 9, 15)),
    Row("Chậm nhất đến hết năm 2027", "p2630", DL, None, D(2027, 12, 31), D(2027, 12, 31)),
    # the label with no colon before the time's own operator
    Row("Thời hạn chậm nhất là ngày 15/9/2026", "y2026", DL, None, D(2026, 9, 15), D(2026, 9, 15)),
    Row("Thời hạn trước ngày 16/9/2026", "y2026", DL, None, D(2026, 9, 15), D(2026, 9, 15)),
    # "từ ngày ký" is "từ nay" (the issue day); "những năm tiếp theo … thường xuyên" is open
    Row("Từ ngày ký đến hết năm 2026", "y2026", W, D(2025, 12, 15), D(2026, 12, 31), D(2026, 12, 31)),
    Row("Năm 2026, những năm tiếp theo thực hiện thường xuyên", "y2026", C, D(2026, 1, 1),
        D(2026, 12, 31), warning="open-ended"),
    # an occasion's name in brackets is a note; "tuần lễ đầu tiên của tháng …"; one phase
    # named alone; "…; các năm tiếp theo thực hiện định kỳ hằng năm" recurs from the first
    Row("Ngày 09/11/2026 (Ngày Pháp luật Việt Nam)", "y2026", W, D(2026, 11, 9), D(2026, 11, 9),
        D(2026, 11, 9), warning="Ngày Pháp luật"),
    Row("Tháng 11/2026 (Tháng hành động)", "y2026", W, D(2026, 11, 1), D(2026, 11, 30),
        D(2026, 11, 30), warning="Tháng hành động"),
    Row("Tuần lễ đầu tiên của tháng 9/2026", "y2026", W, D(2026, 9, 1), D(2026, 9, 7), D(2026, 9, 7)),
    Row("Đợt 1: Từ tháng 3 - tháng 5/2026", "y2026", W, D(2026, 3, 1), D(2026, 5, 31), D(2026, 5, 31)),
    # a day and month with the year in words; each time's phase number in brackets, a note
    Row("Trước ngày 30/6 năm 2026", "y2026", DL, None, D(2026, 6, 29), D(2026, 6, 29)),
    Row("Ngày 15/10 năm 2026", "y2026", W, D(2026, 10, 15), D(2026, 10, 15), D(2026, 10, 15)),
    Row("Tháng 7/2026 (đợt 1), tháng 12/2026 (đợt 2)", "y2026", R, D(2026, 7, 1), D(2026, 12, 31),
        recurrence="listed", occurrences=2),
    # before an occasion its brackets date: due before the span they name begins
    Row("Trước kỳ họp HĐND tỉnh (tháng 7/2026)", "y2026", DL, None, D(2026, 6, 30), D(2026, 6, 30),
        warning="read as before"),
    Row("hoàn thành trước mùa mưa bão (tháng 10/2026)", "y2026", DL, None, D(2026, 9, 30),
        D(2026, 9, 30), warning="read as before"),
    # before a meeting whose day is not stated: it waits for that day (was unresolved)
    Row("Trước Đại hội Đảng bộ xã", "y2026", E, condition="Trước Đại hội Đảng bộ xã"),
    Row("Trước kỳ họp thứ 5 HĐND tỉnh", "y2026", E, condition="Trước kỳ họp thứ 5 HĐND tỉnh"),
    Row("Năm 2026; các năm tiếp theo thực hiện định kỳ hằng năm", "p2630", R, D(2026, 1, 1),
        D(2030, 12, 31), recurrence="yearly", occurrences=5),
    # a recurrence from a later year on; where its result is sent, a note
    Row("Trước ngày 30 tháng 6 hằng năm kể từ năm 2027", "p2630", R, D(2027, 1, 1), D(2030, 6, 28),
        recurrence="yearly", occurrences=4, warning="from 2027 on"),
    Row("Định kỳ hằng năm gửi về Bộ Tài chính", "p2630", R, D(2026, 1, 1), D(2030, 12, 31),
        recurrence="yearly", occurrences=5, warning="gửi về bộ tài chính"),
    # a span, due by the deadline its brackets name
    Row("Quý II/2026 (hoàn thành trước 30/6/2026)", "y2026", W, D(2026, 4, 1), D(2026, 6, 29),
        D(2026, 6, 29), warning="due by the deadline in brackets"),
    Row("Năm 2026 (chậm nhất ngày 15/10/2026)", "p2630", W, D(2026, 1, 1), D(2026, 10, 15),
        D(2026, 10, 15), warning="due by the deadline in brackets"),
    # a deadline outside the span is no narrowing: the words disagree
    Row("Quý II/2026 (trước 30/9/2026)", "y2026", U),
    # what the span puts first is a note, never a time of its own
    Row("Giai đoạn 2026 - 2030 (ưu tiên năm 2026)", "p2630", W, D(2026, 1, 1), D(2030, 12, 31),
        D(2030, 12, 31), warning="ưu tiên năm 2026"),
    Row("Giai đoạn 2026 - 2030, trọng tâm là năm 2027", "p2630", W, D(2026, 1, 1),
        D(2030, 12, 31), D(2030, 12, 31), warning="trọng tâm là năm 2027"),
    # "sau ngày/tháng/quý …": from the day after, no end; "sau ngày ký" waits for the event
    Row("Sau ngày 01/7/2026", "y2026", C, D(2026, 7, 2), D(2026, 12, 31),
        warning="from the day after (02/7/2026)"),
    Row("Từ sau Quý II/2027", "p2630", C, D(2027, 7, 1), D(2030, 12, 31), warning="from the day after"),
    Row("Sau ngày ký ban hành Kế hoạch", "y2026", E, condition="Sau ngày ký ban hành Kế hoạch"),
    # semesters of a school year; the school years that follow
    Row("Học kỳ I năm học 2025-2026", "school", W, D(2025, 9, 1), D(2026, 1, 15), D(2026, 1, 15),
        warning="read as 01/9/2025-15/01/2026"),
    Row("Học kỳ 2 của năm học 2025 - 2026", "school", W, D(2026, 1, 16), D(2026, 5, 31),
        D(2026, 5, 31), warning="học kỳ II"),
    Row("Năm học 2025-2026 và các năm học tiếp theo", "school", C, D(2025, 9, 1), D(2026, 5, 31)),
    # the time, and work on request besides: a note, never an event
    Row("Tháng 12 hằng năm và đột xuất", "p2630", R, D(2026, 12, 1), D(2030, 12, 31),
        recurrence="yearly", occurrences=5, warning="also: đột xuất"),
    Row("Hằng năm và đột xuất khi có yêu cầu", "y2026", R, D(2026, 1, 1), D(2026, 12, 31),
        recurrence="yearly", warning="also: đột xuất khi có yêu cầu"),
    # "năm sau": the year after a one-year plan's; in a plan of several years, which?
    Row("Trước ngày 31/3 năm sau", "y2026", DL, None, D(2027, 3, 30), D(2027, 3, 30),
        warning="read as 2027"),
    Row("Trước ngày 30 tháng 01 của năm tiếp theo", "y2025", DL, None, D(2026, 1, 29),
        D(2026, 1, 29), warning="read as 2026"),
    Row("Trước ngày 31/3 năm sau", "p2630", U),
    Row("Năm 2026 và các năm tiếp theo", "y2026", C, D(2026, 1, 1), D(2026, 12, 31)),
    # two dated deadlines: each an occurrence ending on it
    Row("Trước 15/6/2026 và 15/12/2026", "y2026", R, D(2026, 1, 1), D(2026, 12, 14),
        recurrence="listed", occurrences=2, first=(D(2026, 1, 1), D(2026, 6, 12)),
        last=(D(2026, 6, 13), D(2026, 12, 14)), warning="2 deadlines"),
    Row("Chậm nhất ngày 30/6 và 31/12/2026", "y2026", R, D(2026, 1, 1), D(2026, 12, 31),
        recurrence="listed", occurrences=2, warning="2 deadlines"),
    # the time, then what follows it: a note
    Row("Hoàn thành trước 30/6/2026, báo cáo kết quả trước 15/7/2026", "y2026", DL, None,
        D(2026, 6, 29), D(2026, 6, 29), warning="also: báo cáo kết quả trước 15/7/2026"),
    Row("Quý III/2026; tổng kết, đánh giá trong Quý IV/2026", "y2026", W, D(2026, 7, 1),
        D(2026, 9, 30), D(2026, 9, 30), warning="followed by \"tổng kết"),
    # a span "thường xuyên": ongoing over it, no due day
    Row("Năm 2026 (thường xuyên)", "p2630", C, D(2026, 1, 1), D(2026, 12, 31),
        warning="ongoing over 01/01/2026-31/12/2026"),
    # a schedule's cells: "T3" ranged to "T6/2026", "Hết tháng 6/2026", days "10-20/3/2026"
    Row("Từ T3 đến T6/2026", "y2026", W, D(2026, 3, 1), D(2026, 6, 30), D(2026, 6, 30)),
    Row("Hết tháng 6/2026", "y2026", DL, None, D(2026, 6, 30), D(2026, 6, 30)),
    Row("Hết quý III/2026", "y2026", DL, None, D(2026, 9, 30), D(2026, 9, 30)),
    Row("10-20/3/2026", "y2026", W, D(2026, 3, 10), D(2026, 3, 20), D(2026, 3, 20)),
    Row("10-11/2026", "y2026", W, D(2026, 10, 1), D(2026, 11, 30), D(2026, 11, 30),
        warning="read as the months 10 to 11/2026"),
    Row("Trước 25 hàng tháng", "y2026", R, D(2026, 1, 1), D(2026, 12, 24), recurrence="monthly",
        occurrences=12),
    Row("Mỗi năm 02 lần", "p2630", R, D(2026, 1, 1), D(2030, 12, 31), recurrence="yearly",
        warning="2 times (lần)"),
    Row("Mỗi tháng ít nhất 2 lần", "y2026", R, D(2026, 1, 1), D(2026, 12, 31),
        recurrence="monthly", warning="a minimum"),
    Row("Vào lúc 8 giờ ngày 19/5/2026", "y2026", W, D(2026, 5, 19), D(2026, 5, 19),
        D(2026, 5, 19), warning="a moment"),
    Row("Hè năm 2026", "y2026", W, D(2026, 6, 1), D(2026, 8, 31), D(2026, 8, 31),
        warning="the school summer"),
    Row("Dịp hè 2027", "p2630", W, D(2027, 6, 1), D(2027, 8, 31), D(2027, 8, 31),
        warning="the school summer"),
    # phases in the brackets of a span: read inside it (the year from the span)
    Row("Năm 2027 (Đợt 1: tháng 4; Đợt 2: tháng 10)", "p2630", R, D(2027, 4, 1),
        D(2027, 10, 31), recurrence="listed", occurrences=2, warning="2 phases"),
    Row("Quý II/2026 (đợt 1: tháng 4; đợt 2: tháng 10)", "y2026", U),
    # a recurrence from a time on runs to the plan's end (it read that year only, silently)
    Row("Hằng năm, từ năm 2027", "p2630", R, D(2027, 1, 1), D(2030, 12, 31),
        recurrence="yearly", occurrences=4),
    Row("Hằng năm, bắt đầu từ năm 2027", "p2630", R, D(2027, 1, 1), D(2030, 12, 31),
        recurrence="yearly", occurrences=4),
    Row("Hằng năm, từ năm 2027 đến năm 2028", "p2630", R, D(2027, 1, 1), D(2028, 12, 31),
        recurrence="yearly", occurrences=2),
    Row("Hằng năm đến năm 2028", "p2630", R, D(2026, 1, 1), D(2028, 12, 31),
        recurrence="yearly", occurrences=3),
    Row("Từ năm 2028 trở đi, hằng năm", "p2630", R, D(2028, 1, 1), D(2030, 12, 31),
        recurrence="yearly", occurrences=3),
    Row("Hằng năm, sau năm 2027", "p2630", R, D(2028, 1, 1), D(2030, 12, 31),
        recurrence="yearly", occurrences=3),
    Row("Trước ngày 01/10/2026 và thường xuyên cập nhật", "y2026", DL, None, D(2026, 9, 30),
        D(2026, 9, 30), warning="then its upkeep"),
    # -- round harvest j: a label naming the activity the time is of ("Thời gian quan trắc"),
    # with its colon or right before the time; never after "trong" (a condition)
    Row("thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026", "y2026", W, D(2026, 3, 1),
        D(2026, 10, 31), D(2026, 10, 31)),
    Row("Thời gian kiểm tra: Quý II/2026", "y2026", W, *Q2_26),
    Row("- Thời gian tổ chức hội nghị: tháng 6/2026", "y2026", W, *JUNE_26),
    Row("Thời gian thực hiện từ tháng 3 đến tháng 10 năm 2026", "y2026", W, D(2026, 3, 1),
        D(2026, 10, 31), D(2026, 10, 31)),
    Row("Thời gian thi đua từ ngày 01/6/2026 đến ngày 30/6/2026", "y2026", W, *JUNE_26),
    Row("trong thời gian nghỉ hè năm 2026", "y2026", E),
    Row("Thời gian kiểm tra và đánh giá trước ngày 30/6/2026", "y2026", U),
    # "Thời hạn" and "Thời điểm" label the activity so too, with the colon
    Row("Thời hạn thực hiện: tháng 6/2026", "y2026", W, *JUNE_26),
    Row("- Thời hạn nộp hồ sơ: Quý II/2026", "y2026", W, *Q2_26),
    Row("Thời điểm tổ chức hội nghị sơ kết: tháng 6/2026", "y2026", W, *JUNE_26),
    Row("Thời điểm: Quý II/2026", "y2026", W, *Q2_26),
]


def _id(row: Row) -> str:
    return f"{row.ctx}:{row.phrase[:40]}"


@pytest.mark.parametrize("row", TABLE, ids=_id)
def test_more_wordings(row: Row) -> None:
    ctx = CONTEXTS[row.ctx]
    tf = planflow_vn.parse(row.phrase, ctx, rule="literal")
    assert tf is not None, row.phrase
    assert tf.text == row.phrase
    assert tf.kind is row.kind, (tf.kind, tf.warnings)
    if row.kind is not U:
        assert (tf.start, tf.end) == (row.start, row.end), tf
        assert tf.due == row.due
    else:
        assert tf.warnings
    assert tf.recurrence == row.recurrence
    if row.occurrences is not None:
        assert len(tf.occurrences) == row.occurrences, tf.occurrences
        assert all(ctx.period_start <= a <= b <= ctx.period_end for a, b in tf.occurrences)
        assert list(tf.occurrences) == sorted(tf.occurrences)
    if row.first is not None:
        assert tf.occurrences[0] == row.first
    if row.last is not None:
        assert tf.occurrences[-1] == row.last
    if row.condition is not None:
        assert tf.condition == row.condition
    if row.warning is not None:
        assert any(row.warning in w for w in tf.warnings), tf.warnings


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Năm học 2025-2027", "a school year runs over two following years"),
        ("Tháng 3, 6 và 13 năm 2026", "there is no month 13"),
        ("Q.V/2026", "there is no quarter V"),
    ],
)
def test_more_impossible_times(text: str, what: str) -> None:
    with pytest.raises(planflow.TimeframeError) as e:
        planflow_vn.parse(text, CONTEXTS["y2026"])
    assert what in e.value.what


def test_abbreviations_do_not_touch_other_words() -> None:
    # a capital Q or T that is not a quarter or month stays as it was
    assert planflow_vn.clean("Trung tâm T3") == "Trung tâm T3"
    assert planflow_vn.clean("QĐ 12/2026") == "QĐ 12/2026"
    assert planflow_vn.clean("Q.II/2026") == "Quý II/2026"
