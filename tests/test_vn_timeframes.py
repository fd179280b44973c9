"""Vietnamese timeframe words, as a careful reader of each document reads them.

Every row of TABLE is a phrase (as printed, markup and line breaks included), the
document it comes from, and what it resolves to in that document's context. Rows citing a
corpus file are checked to really occur there (markup and spacing aside) when
../shared is present; rows citing "issue" are the wordings listed in the issue.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import planflow
import planflow_vn
from planflow import Kind, TimeframeContext
from planflow.cli import cli

SHARED = Path(__file__).parents[2] / "shared"
SEED = SHARED / "seeds" / "000_51628132bfe7fd25.txt"
PLANS = SHARED / "corpus" / "plans"

D = date

# The context of each document: its period (what the plan covers) and its issue date.
CONTEXTS: dict[str, TimeframeContext] = {
    # Kế hoạch 65/KH-UBND, Lý Sơn, 23/3/2023: the year 2023
    "seed": TimeframeContext.for_year(2023, D(2023, 3, 23)),
    # "giai đoạn 2026 - 2030", issued 20/11/2025
    "01_141-KH-UBND.md": TimeframeContext(D(2026, 1, 1), D(2030, 12, 31), D(2025, 11, 20)),
    # monitoring "năm 2025", issued 19/11/2025
    "02_160-KH-UBND.md": TimeframeContext.for_year(2025, D(2025, 11, 19)),
    # Luật Việc làm in force 01/01/2026; tasks in 2025 and 2026; issued 18/11/2025
    "03_172-KH-UBND.md": TimeframeContext(D(2025, 11, 18), D(2026, 12, 31), D(2025, 11, 18)),
    # emulation campaign of 2025, issued 18/11/2025
    "04_157-KH-UBND.md": TimeframeContext.for_year(2025, D(2025, 11, 18)),
    # "đến năm 2030", issued 24/11/2025
    "05_310-KH-UBND.md": TimeframeContext(D(2025, 11, 24), D(2030, 12, 31), D(2025, 11, 24)),
    # emergency plan after the floods, issued 21/11/2025
    "06_0130-KH-UBND.md": TimeframeContext.for_year(2025, D(2025, 11, 21)),
    # strategy "đến năm 2030", issued 19/11/2025
    "07_556-KH-UBND.md": TimeframeContext(D(2025, 11, 19), D(2030, 12, 31), D(2025, 11, 19)),
    # monitoring "năm 2026", issued 18/11/2025
    "08_235-KH-UBND.md": TimeframeContext.for_year(2026, D(2025, 11, 18)),
    # the wordings the issue lists, read in a 2023 plan
    "issue": TimeframeContext.for_year(2023, D(2023, 1, 5)),
    # ... and in a 2025-2026 plan
    "issue-2025": TimeframeContext(D(2025, 1, 1), D(2026, 12, 31)),
}


@dataclass(frozen=True)
class Row:
    phrase: str
    source: str  # a corpus file name, "seed", "issue" or "issue-2025"
    kind: Kind
    start: date | None = None
    end: date | None = None
    due: date | None = None
    recurrence: str | None = None
    occurrences: int | None = None
    first: tuple[date, date] | None = None
    last: tuple[date, date] | None = None
    open_ended: bool = False
    condition: str | None = None
    warning: str | None = None  # a piece of one warning
    verbatim: bool = True  # False: a phrase condensed from a longer sentence of the source
    extra: dict[str, object] = field(default_factory=dict)


W, DL, R, C, E, U = (Kind.WINDOW, Kind.DEADLINE, Kind.RECURRING, Kind.CONTINUOUS, Kind.EVENT,
                     Kind.UNRESOLVED)  # fmt: skip

TABLE: list[Row] = [
    # -- the seed (65/KH-UBND, 2023) -------------------------------------------------------
    Row(
        "Thời gian thực hiện: Quý I năm 2023.",
        "seed",
        W,
        D(2023, 1, 1),
        D(2023, 3, 31),
        D(2023, 3, 31),
    ),
    Row("Thời gian thực hiện: Cả năm.", "seed", W, D(2023, 1, 1), D(2023, 12, 31), D(2023, 12, 31)),
    # the four report deadlines, "literal" rule: the last working day before D
    Row("báo cáo trước ngày 10/3", "seed", DL, None, D(2023, 3, 9), D(2023, 3, 9)),
    Row("(*báo cáo trước ngày 10/6*)", "seed", DL, None, D(2023, 6, 9), D(2023, 6, 9)),
    Row(
        "(*báo cáo trước 10/9*)",
        "seed",
        DL,
        None,
        D(2023, 9, 8),
        D(2023, 9, 8),
        warning="by the 'literal' rule",
    ),
    Row(
        "(*báo cáo trước 10/12*)",
        "seed",
        DL,
        None,
        D(2023, 12, 8),
        D(2023, 12, 8),
        warning="by the 'literal' rule",
    ),
    Row("hàng năm", "seed", R, D(2023, 1, 1), D(2023, 12, 31), recurrence="yearly", occurrences=1),
    # -- 01_141-KH-UBND.md (Bắc Ninh, 2026-2030) ---------------------------------------------
    Row(
        "*Thời gian thực hiện: *Thường\nxuyên.",
        "01_141-KH-UBND.md",
        C,
        D(2026, 1, 1),
        D(2030, 12, 31),
    ),
    Row(
        "*Thời gian thực hiện*: Thường\nxuyên.",
        "01_141-KH-UBND.md",
        C,
        D(2026, 1, 1),
        D(2030, 12, 31),
    ),
    Row(
        "*Thời gian thực hiện: *Thường\nxuyên, theo yêu cầu nhiệm vụ.",
        "01_141-KH-UBND.md",
        C,
        D(2026, 1, 1),
        D(2030, 12, 31),
        warning="theo yêu cầu nhiệm vụ",
    ),
    Row(
        "*Thời gian thực hiện: *Theo\nkế hoạch công tác tư pháp hàng năm.",
        "01_141-KH-UBND.md",
        E,
        condition="Theo kế hoạch công tác tư pháp hàng năm",
    ),
    Row(
        "*Thời gian thực hiện: *Theo\nKế hoạch bồi dưỡng công chức, viên chức hàng năm.",
        "01_141-KH-UBND.md",
        E,
        condition="Theo Kế hoạch bồi dưỡng công chức, viên chức hàng năm",
    ),
    Row(
        "*Thời gian thực hiện: *Giai\nđoạn 2026-2030 và những năm tiếp theo.",
        "01_141-KH-UBND.md",
        C,
        D(2026, 1, 1),
        D(2030, 12, 31),
        None,
        open_ended=True,
        warning="open-ended",
    ),
    Row(
        "*Thời gian thực hiện: *Từ\n01/7/2025.",
        "01_141-KH-UBND.md",
        C,
        D(2025, 7, 1),
        D(2030, 12, 31),
        warning="no end given",
    ),
    Row(
        "*Thời gian thực hiện: *Tháng\n12/2025.",
        "01_141-KH-UBND.md",
        W,
        D(2025, 12, 1),
        D(2025, 12, 31),
        D(2025, 12, 31),
        warning="outside the plan period",
    ),
    Row(
        "*Thời gian thực hiện: *Hằng\nnăm.",
        "01_141-KH-UBND.md",
        R,
        D(2026, 1, 1),
        D(2030, 12, 31),
        recurrence="yearly",
        occurrences=5,
        first=(D(2026, 1, 1), D(2026, 12, 31)),
        last=(D(2030, 1, 1), D(2030, 12, 31)),
    ),
    Row(
        "*- Thời gian thực hiện: *Hằng\nnăm.",
        "01_141-KH-UBND.md",
        R,
        D(2026, 1, 1),
        D(2030, 12, 31),
        recurrence="yearly",
        occurrences=5,
    ),
    Row(
        "xong trong tháng 12/2025.", "01_141-KH-UBND.md", DL, None, D(2025, 12, 31), D(2025, 12, 31)
    ),
    # "báo cáo ... hằng năm (trước ngày 15 tháng 11)": 15/11/2026 is a Sunday
    Row(
        "hằng năm (trước ngày 15 tháng 11)",
        "01_141-KH-UBND.md",
        R,
        D(2026, 1, 1),
        D(2030, 11, 14),
        recurrence="yearly",
        occurrences=5,
        first=(D(2026, 1, 1), D(2026, 11, 13)),
        last=(D(2030, 1, 1), D(2030, 11, 14)),
        verbatim=False,
    ),
    Row(
        "GIAI ĐOẠN 2026 - 2030",
        "01_141-KH-UBND.md",
        W,
        D(2026, 1, 1),
        D(2030, 12, 31),
        D(2030, 12, 31),
    ),
    # -- 02_160-KH-UBND.md (Cần Thơ, 2025) -----------------------------------------------------
    Row(
        "thường xuyên, liên tục trong năm 2025",
        "02_160-KH-UBND.md",
        C,
        D(2025, 1, 1),
        D(2025, 12, 31),
    ),
    Row(
        "giai đoạn 2021 - 2025",
        "02_160-KH-UBND.md",
        W,
        D(2021, 1, 1),
        D(2025, 12, 31),
        D(2025, 12, 31),
    ),
    Row("năm 2025", "02_160-KH-UBND.md", W, D(2025, 1, 1), D(2025, 12, 31), D(2025, 12, 31)),
    # -- 03_172-KH-UBND.md (TP Hồ Chí Minh, law implementation) -------------------------------
    Row(
        "- Thời gian thực hiện: Năm 2025\nvà các năm tiếp theo.",
        "03_172-KH-UBND.md",
        C,
        D(2025, 1, 1),
        D(2026, 12, 31),
        None,
        open_ended=True,
        warning="và các năm tiếp theo",
    ),
    Row(
        "- Thời gian thực hiện: Năm 2026\nvà các năm tiếp theo.",
        "03_172-KH-UBND.md",
        C,
        D(2026, 1, 1),
        D(2026, 12, 31),
        None,
        open_ended=True,
    ),
    Row(
        "- Thời gian thực hiện: Năm 2026",
        "03_172-KH-UBND.md",
        W,
        D(2026, 1, 1),
        D(2026, 12, 31),
        D(2026, 12, 31),
    ),
    Row(
        "khi Chính phủ và các Bộ, ngành ban hành các văn bản quy định\nchi tiết, hướng dẫn thi hành",
        "03_172-KH-UBND.md",
        E,
        condition="khi Chính phủ và các Bộ, ngành ban hành các văn bản quy định chi tiết, "
        "hướng dẫn thi hành",
    ),
    Row("từ ngày 01 tháng 01 năm 2026", "03_172-KH-UBND.md", C, D(2026, 1, 1), D(2026, 12, 31)),
    # -- 04_157-KH-UBND.md (Cần Thơ, emulation campaign 2025) -----------------------------------
    Row(
        "(từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12\nnăm 2025)",
        "04_157-KH-UBND.md",
        W,
        D(2025, 11, 20),
        D(2025, 12, 3),
        D(2025, 12, 3),
    ),
    Row(
        "trong 10 ngày làm việc (từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12\nnăm 2025)",
        "04_157-KH-UBND.md",
        W,
        D(2025, 11, 20),
        D(2025, 12, 3),
        D(2025, 12, 3),
    ),
    Row(
        "(từ ngày 08 đến ngày 10 tháng 12 năm 2025).",
        "04_157-KH-UBND.md",
        W,
        D(2025, 12, 8),
        D(2025, 12, 10),
        D(2025, 12, 10),
    ),
    Row(
        "trong 03 ngày làm việc (từ ngày 08 đến ngày 10 tháng 12 năm 2025)",
        "04_157-KH-UBND.md",
        W,
        D(2025, 12, 8),
        D(2025, 12, 10),
        D(2025, 12, 10),
    ),
    Row(
        "trước ngày 31 tháng 12 năm 2025.",
        "04_157-KH-UBND.md",
        DL,
        None,
        D(2025, 12, 30),
        D(2025, 12, 30),
    ),
    # -- 05_310-KH-UBND.md (Hà Nội, appendix table, to 2030) --------------------------------------
    Row(
        "|\nQuý III Năm 2026\n|",
        "05_310-KH-UBND.md",
        W,
        D(2026, 7, 1),
        D(2026, 9, 30),
        D(2026, 9, 30),
    ),
    Row(
        "Quý IV/2025- Quý II/2026",
        "05_310-KH-UBND.md",
        W,
        D(2025, 10, 1),
        D(2026, 6, 30),
        D(2026, 6, 30),
    ),
    Row("|\nThường xuyên\n|", "05_310-KH-UBND.md", C, D(2025, 11, 24), D(2030, 12, 31)),
    Row(
        "|\nHàng năm\n|",
        "05_310-KH-UBND.md",
        R,
        D(2025, 11, 24),
        D(2030, 12, 31),
        recurrence="yearly",
        occurrences=6,
        first=(D(2025, 11, 24), D(2025, 12, 31)),
    ),
    # 30/11/2025 is a Sunday (Saturday 29 off too); 30/11/2026 a Monday (28-29 off)
    Row(
        "định kỳ trước **ngày 30 tháng 11 hàng\nnăm **",
        "05_310-KH-UBND.md",
        R,
        D(2025, 11, 24),
        D(2030, 11, 29),
        recurrence="yearly",
        occurrences=6,
        first=(D(2025, 11, 24), D(2025, 11, 28)),
    ),
    Row("đến hết năm 2026", "05_310-KH-UBND.md", DL, None, D(2026, 12, 31), D(2026, 12, 31)),
    Row("đến năm 2030", "05_310-KH-UBND.md", DL, None, D(2030, 12, 31), D(2030, 12, 31)),
    # -- 06_0130-KH-UBND.md (Đắk Lắk, after the floods, 2025) --------------------------------------
    Row(
        "hằng ngày",
        "06_0130-KH-UBND.md",
        R,
        D(2025, 1, 1),
        D(2025, 12, 31),
        recurrence="daily",
        occurrences=365,
    ),
    Row(
        "hàng ngày trong thời gian lũ lụt xảy ra",
        "06_0130-KH-UBND.md",
        E,
        recurrence="daily",
        condition="hàng ngày trong thời gian lũ lụt xảy ra",
    ),
    Row(
        "trong 24-48 giờ sau khi nước rút",
        "06_0130-KH-UBND.md",
        E,
        condition="trong 24-48 giờ sau khi nước rút",
    ),
    Row("ngay khi nước rút", "06_0130-KH-UBND.md", E, condition="ngay khi nước rút"),
    Row("khi có dịch bùng phát", "06_0130-KH-UBND.md", E, condition="khi có dịch bùng phát"),
    # -- 07_556-KH-UBND.md (Đồng Tháp, to 2030) -------------------------------------------------
    # a day without a year in a five-year plan: not guessed
    Row("chậm nhất *ngày\n17 tháng 12.*", "07_556-KH-UBND.md", U, warning="no year given"),
    Row(
        "định kỳ hàng năm, chậm nhất ngày 17 tháng 12",
        "07_556-KH-UBND.md",
        R,
        D(2025, 11, 19),
        D(2030, 12, 17),
        recurrence="yearly",
        occurrences=6,
        first=(D(2025, 11, 19), D(2025, 12, 17)),
        last=(D(2030, 1, 1), D(2030, 12, 17)),
        verbatim=False,
    ),
    Row("đến năm 2030", "07_556-KH-UBND.md", DL, None, D(2030, 12, 31), D(2030, 12, 31)),
    Row("- Thường xuyên", "07_556-KH-UBND.md", C, D(2025, 11, 19), D(2030, 12, 31)),
    # -- 08_235-KH-UBND.md (Thanh Hóa, 2026) -------------------------------------------------------
    Row(
        "từ tháng 3 đến tháng 10\nnăm 2026",
        "08_235-KH-UBND.md",
        W,
        D(2026, 3, 1),
        D(2026, 10, 31),
        D(2026, 10, 31),
    ),
    Row(
        "08 tháng\n(từ tháng 3 đến tháng 10)",
        "08_235-KH-UBND.md",
        W,
        D(2026, 3, 1),
        D(2026, 10, 31),
        D(2026, 10, 31),
    ),
    Row(
        "vào tháng 4 và tháng 8 năm 2026",
        "08_235-KH-UBND.md",
        R,
        D(2026, 4, 1),
        D(2026, 8, 31),
        recurrence="listed",
        occurrences=2,
        first=(D(2026, 4, 1), D(2026, 4, 30)),
        last=(D(2026, 8, 1), D(2026, 8, 31)),
    ),
    Row(
        "02 tháng\n(tháng 4 và tháng 8)",
        "08_235-KH-UBND.md",
        R,
        D(2026, 4, 1),
        D(2026, 8, 31),
        recurrence="listed",
        occurrences=2,
    ),
    Row(
        "02 lần/tháng",
        "08_235-KH-UBND.md",
        R,
        D(2026, 1, 1),
        D(2026, 12, 31),
        recurrence="monthly",
        occurrences=12,
        warning="2 times",
    ),
    Row("trước ngày 15/12/2026.", "08_235-KH-UBND.md", DL, None, D(2026, 12, 14), D(2026, 12, 14)),
    # -- the wordings the issue lists ------------------------------------------------------------
    Row("Quý IV/2025", "issue-2025", W, D(2025, 10, 1), D(2025, 12, 31), D(2025, 12, 31)),
    Row("Quí IV-2025", "issue-2025", W, D(2025, 10, 1), D(2025, 12, 31), D(2025, 12, 31)),
    Row("Quý 4 năm 2025", "issue-2025", W, D(2025, 10, 1), D(2025, 12, 31), D(2025, 12, 31)),
    Row("Tháng 12/2025", "issue-2025", W, D(2025, 12, 1), D(2025, 12, 31), D(2025, 12, 31)),
    Row("Tháng 11 - 12/2025", "issue-2025", W, D(2025, 11, 1), D(2025, 12, 31), D(2025, 12, 31)),
    Row("6 tháng đầu năm 2023", "issue", W, D(2023, 1, 1), D(2023, 6, 30), D(2023, 6, 30)),
    Row("6 tháng cuối năm", "issue", W, D(2023, 7, 1), D(2023, 12, 31), D(2023, 12, 31)),
    Row("Năm 2026", "issue-2025", W, D(2026, 1, 1), D(2026, 12, 31), D(2026, 12, 31)),
    Row("Năm 2025 - 2026", "issue-2025", W, D(2025, 1, 1), D(2026, 12, 31), D(2026, 12, 31)),
    Row(
        "Từ ngày 01/01/2026 đến ngày 31/3/2026",
        "issue-2025",
        W,
        D(2026, 1, 1),
        D(2026, 3, 31),
        D(2026, 3, 31),
    ),
    Row("Cả năm", "issue-2025", W, D(2025, 1, 1), D(2026, 12, 31), D(2026, 12, 31)),
    Row("Trước ngày 30/6/2023", "issue", DL, None, D(2023, 6, 29), D(2023, 6, 29)),
    Row("Chậm nhất ngày 30/6/2023", "issue", DL, None, D(2023, 6, 30), D(2023, 6, 30)),
    # a named last day that is a day off: the next working day (BLDS 2015 Điều 148.5)
    Row(
        "Chậm nhất ngày 10/6/2023",
        "issue",
        DL,
        None,
        D(2023, 6, 12),
        D(2023, 6, 12),
        warning="Điều 148",
    ),
    Row("Hoàn thành trong năm 2025", "issue-2025", DL, None, D(2025, 12, 31), D(2025, 12, 31)),
    Row("Đến hết năm 2030", "issue-2025", DL, None, D(2030, 12, 31), D(2030, 12, 31)),
    # no issue day known: a deadline, and a warning says why
    Row("Từ nay đến hết năm 2025", "issue-2025", DL, None, D(2025, 12, 31), D(2025, 12, 31),
        warning="từ nay"),
    Row(
        "Hàng quý",
        "issue",
        R,
        D(2023, 1, 1),
        D(2023, 12, 31),
        recurrence="quarterly",
        occurrences=4,
        last=(D(2023, 10, 1), D(2023, 12, 31)),
    ),
    Row(
        "hằng tháng",
        "issue",
        R,
        D(2023, 1, 1),
        D(2023, 12, 31),
        recurrence="monthly",
        occurrences=12,
        first=(D(2023, 1, 1), D(2023, 1, 31)),
    ),
    # 20-26/1/2023 is Tết: January's report is due Thursday 19/1
    Row(
        "Trước ngày 25 hằng tháng",
        "issue",
        R,
        D(2023, 1, 1),
        D(2023, 12, 22),
        recurrence="monthly",
        occurrences=12,
        first=(D(2023, 1, 1), D(2023, 1, 19)),
        last=(D(2023, 12, 1), D(2023, 12, 22)),
    ),
    Row(
        "Từ tháng 3 đến tháng 11 hằng năm",
        "issue-2025",
        R,
        D(2025, 3, 1),
        D(2026, 11, 30),
        recurrence="yearly",
        occurrences=2,
        first=(D(2025, 3, 1), D(2025, 11, 30)),
    ),
    Row("Thường xuyên", "issue", C, D(2023, 1, 1), D(2023, 12, 31)),
    Row(
        "Sau khi Nghị định số 10/2023/NĐ-CP được ban hành",
        "issue",
        E,
        condition="Sau khi Nghị định số 10/2023/NĐ-CP được ban hành",
    ),
    Row("Khi có phát sinh", "issue", E, condition="Khi có phát sinh"),
    Row("Theo tiến độ của dự án", "issue", E, condition="Theo tiến độ của dự án"),
    Row("đến khi kết thúc đợt cao điểm", "issue", E, condition="đến khi kết thúc đợt cao điểm"),
    Row("05 ngày làm việc kể từ ngày nhận được văn bản", "issue", E, warning="05 ngày làm việc"),
    Row(
        "Quý IV/2025 - Quý II/2026", "issue-2025", W, D(2025, 10, 1), D(2026, 6, 30), D(2026, 6, 30)
    ),
    Row("Giai đoạn 2026-2030", "issue-2025", W, D(2026, 1, 1), D(2030, 12, 31), D(2030, 12, 31)),
    # a month range across the new year takes the year before for its start
    Row(
        "Từ tháng 11 đến tháng 2/2026",
        "issue-2025",
        W,
        D(2025, 11, 1),
        D(2026, 2, 28),
        D(2026, 2, 28),
    ),
    Row(
        "Hằng năm hoặc đột xuất",
        "issue",
        R,
        D(2023, 1, 1),
        D(2023, 12, 31),
        recurrence="yearly",
        occurrences=1,
        warning="also: đột xuất",
    ),
    Row(
        "Quý I năm 2023 (dự kiến)",
        "issue",
        W,
        D(2023, 1, 1),
        D(2023, 3, 31),
        D(2023, 3, 31),
        warning="tentative",
    ),
    # a day and month without a year in a plan of two years: not guessed
    Row("Trước ngày 30/6", "issue-2025", U, warning="no year given"),
    # a day of the quarter's last month (was unresolved): each quarter, that day
    Row("Hằng quý, trước ngày 15 của tháng cuối quý", "issue", R, D(2023, 1, 1), D(2023, 12, 14),
        recurrence="quarterly", occurrences=4, first=(D(2023, 1, 1), D(2023, 3, 14)),
        last=(D(2023, 10, 1), D(2023, 12, 14))),
]


def _norm(text: str) -> str:
    s = unicodedata.normalize("NFC", text).replace("*", " ").replace("|", " ")
    return " ".join(s.split()).lower()


_SOURCES: dict[str, str] = {}


def _source_text(source: str) -> str | None:
    if source.startswith("issue"):
        return None
    path = SEED if source == "seed" else PLANS / source
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpus is not checked out beside the repo")
    if source not in _SOURCES:
        _SOURCES[source] = _norm(path.read_text(encoding="utf-8"))
    return _SOURCES[source]


def _id(row: Row) -> str:
    return f"{row.source}:{' '.join(row.phrase.split())[:40]}"


@pytest.mark.parametrize("row", TABLE, ids=_id)
def test_phrase_resolves_as_a_careful_reader_would(row: Row) -> None:
    ctx = CONTEXTS[row.source]
    tf = planflow_vn.parse(row.phrase, ctx, rule="literal")
    assert tf is not None, row.phrase
    assert tf.text == row.phrase
    assert tf.kind is row.kind, (tf.kind, tf.warnings)
    if row.kind is not U:
        assert (tf.start, tf.end) == (row.start, row.end)
        assert tf.due == row.due
    assert tf.recurrence == row.recurrence
    assert tf.open_ended == row.open_ended
    if row.occurrences is not None:
        assert len(tf.occurrences) == row.occurrences
        assert all(ctx.period_start <= a <= b <= ctx.period_end for a, b in tf.occurrences)
    else:
        assert tf.occurrences == () or row.kind is R
    if row.first is not None:
        assert tf.occurrences[0] == row.first
    if row.last is not None:
        assert tf.occurrences[-1] == row.last
    if row.condition is not None:
        assert tf.condition == row.condition
    if row.warning is not None:
        assert any(row.warning in w for w in tf.warnings), tf.warnings


@pytest.mark.parametrize("row", [r for r in TABLE if r.verbatim], ids=_id)
def test_phrase_occurs_in_the_cited_document(row: Row) -> None:
    text = _source_text(row.source)
    if text is None:
        return
    assert _norm(row.phrase).strip("()|. ") in text


# -- through the core: the registered parser, NFD, markup ----------------------------------
def test_the_plugin_is_registered_and_used_by_the_core() -> None:
    assert planflow_vn.parse in planflow.default_registry().timeframe_parsers()
    ctx = CONTEXTS["seed"]
    tf = planflow.resolve_timeframe("Quý I năm 2023", ctx, planflow.default_registry().timeframe_parsers())
    assert (tf.kind, tf.start, tf.end) == (Kind.WINDOW, D(2023, 1, 1), D(2023, 3, 31))


@pytest.mark.parametrize(
    "text",
    [
        "Quý I năm 2023",
        unicodedata.normalize("NFD", "Quý I năm 2023"),
        "  quý   i  /  2023 ",
        "Quý\nI năm\r\n2023.",
        "*Quý I năm 2023*",
        "**Quý I** năm 2023.",
        "Quí I-2023",
        "QUÝ I NĂM 2023",
        "Quý 1/2023",
        "- Thời gian thực hiện: Quý I năm 2023;",
    ],
)
def test_spelling_variants_of_one_quarter(text: str) -> None:
    tf = planflow_vn.parse(text, CONTEXTS["seed"])
    assert tf is not None
    assert (tf.kind, tf.start, tf.end, tf.due) == (
        Kind.WINDOW, D(2023, 1, 1), D(2023, 3, 31), D(2023, 3, 31)
    )  # fmt: skip
    assert tf.text == text


def test_words_without_a_time_are_not_read() -> None:
    ctx = CONTEXTS["seed"]
    assert planflow_vn.parse("Phòng Lao động, Thương binh và Xã hội", ctx) is None
    assert planflow_vn.parse("", ctx) is None
    assert planflow_vn.parse("***", ctx) is None
    tf = planflow.resolve_timeframe("Phòng Tư pháp", ctx, planflow.default_registry().timeframe_parsers())
    assert tf.kind is Kind.UNRESOLVED and tf.warnings


# -- impossible times ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Quý V năm 2023", "there is no quarter V"),
        ("Quý 5/2023", "there is no quarter 5"),
        ("31/02/2023", "tháng 2 năm 2023 has 28 days"),
        ("Trước ngày 31/02/2023", "31/02/2023 does not exist"),
        ("tháng 13", "there is no month 13"),
        ("Tháng 13/2023", "there is no month 13"),
        ("Từ ngày 32/1/2023 đến ngày 5/2/2023", "32/01/2023 does not exist"),
        ("Quý IV/2026 - Quý I/2025", "after it ends"),
        ("Năm 0999", "out of range"),
    ],
)
def test_impossible_times_name_the_phrase_and_what_is_wrong(text: str, what: str) -> None:
    with pytest.raises(planflow.TimeframeError) as e:
        planflow_vn.parse(text, CONTEXTS["seed"])
    assert e.value.text == text
    assert what in e.value.what
    assert repr(text) in str(e.value)


def test_a_plan_keeps_an_impossible_time_as_unresolved() -> None:
    plan = planflow.bind(planflow.Plan(
        document=planflow.DocumentInfo(title="t", date=D(2023, 3, 23)),
        tasks=[planflow.Task(id="a", title="A", timeframe="Quý V năm 2023")],
        calendar="vn",
    ))
    tf = plan.tasks[0].timeframe
    assert tf.kind is Kind.UNRESOLVED
    assert "quarter V" in tf.warnings[0]


# -- rules and settings ----------------------------------------------------------------------
def test_the_before_rule_comes_from_the_plan_settings(monkeypatch) -> None:
    monkeypatch.delenv("PLANFLOW_VN_BEFORE_RULE", raising=False)

    def plan(settings: dict) -> planflow.Plan:
        return planflow.bind(planflow.Plan(
            document=planflow.DocumentInfo(title="t", date=D(2023, 3, 23)),
            tasks=[planflow.Task(id="r2", title="Báo cáo 6 tháng", timeframe="trước ngày 10/6")],
            calendar="vn",
            settings=settings,
        ))

    assert plan({}).tasks[0].timeframe.due == D(2023, 6, 9)
    assert plan({"vn": {"before_rule": "inclusive"}}).tasks[0].timeframe.due == D(2023, 6, 12)
    p = plan({"vn": {"before_rule": "civil_code"}})
    assert p.tasks[0].timeframe.due == D(2023, 6, 9)
    # two plans in one process, each under its own rule, whatever the order they are read in
    a, b = plan({"vn": {"before_rule": "inclusive"}}), plan({})
    assert (a.tasks[0].timeframe.due, b.tasks[0].timeframe.due) == (D(2023, 6, 12), D(2023, 6, 9))


def test_the_office_default_rule_comes_from_the_environment(monkeypatch) -> None:
    ctx = CONTEXTS["seed"]
    monkeypatch.setenv("PLANFLOW_VN_BEFORE_RULE", "inclusive")
    assert planflow_vn.parse("trước ngày 10/9", ctx).due == D(2023, 9, 11)
    own = TimeframeContext(ctx.period_start, ctx.period_end, ctx.issued, ctx.calendar,
                           {"vn": {"before_rule": "literal"}})
    assert planflow_vn.parse("trước ngày 10/9", own).due == D(2023, 9, 8)
    monkeypatch.delenv("PLANFLOW_VN_BEFORE_RULE")
    assert planflow_vn.parse("trước ngày 10/9", ctx).due == D(2023, 9, 8)


def test_working_calendar_of_the_context_is_used() -> None:
    ctx = TimeframeContext(D(2023, 1, 1), D(2023, 12, 31), None, planflow.WeekdayCalendar())
    # on a plain weekday calendar, Monday 4/9/2023 is worked: "chậm nhất ngày 2/9" ends then
    assert planflow_vn.parse("Chậm nhất ngày 2/9/2023", ctx).due == D(2023, 9, 4)
    assert planflow_vn.parse("Chậm nhất ngày 2/9/2023", CONTEXTS["seed"]).due == D(2023, 9, 5)


# -- validate_plan ------------------------------------------------------------------------------
def _signed(authority: str | None, settings: dict | None = None) -> planflow.Plan:
    return planflow.bind(planflow.Plan(
        document=planflow.DocumentInfo(title="t", date=D(2023, 3, 23)),
        tasks=[planflow.Task(id="a", title="A", timeframe="Cả năm")],
        signature=planflow.Signature(name="Lê Văn Ninh", title="PHÓ CHỦ TỊCH",
                                     authority=authority, on_behalf_of="CHỦ TỊCH"),
        calendar="vn",
        settings=settings or {},
    ))  # fmt: skip


@pytest.mark.parametrize("authority", ["KT.", "TM.", "TL.", "TUQ.", "Q.", None])
def test_allowed_signature_forms_raise_nothing(authority: str | None) -> None:
    from planflow_vn.validation import check_signature  # a submodule: not loaded by the package

    assert check_signature(_signed(authority)) == []


def test_other_signature_forms_are_warned() -> None:
    problems = planflow.validate(_signed("KT"))
    found = [p for p in problems if p.code == "vn-signature-authority"]
    assert len(found) == 1
    assert found[0].severity is planflow.Severity.WARNING
    assert "'KT.'" in found[0].message  # the hint
    assert found[0].where == "signature.authority"
    assert [p.code for p in planflow.validate(_signed("Thay mặt")) if p.code.startswith("vn-")] == [
        "vn-signature-authority"
    ]


def test_an_unknown_before_rule_setting_is_an_error() -> None:
    problems = planflow.validate(_signed("KT.", {"vn": {"before_rule": "lenient"}}))
    found = [p for p in problems if p.code == "vn-before-rule"]
    assert found and found[0].severity is planflow.Severity.ERROR


# -- the CLI ------------------------------------------------------------------------------------
def test_cli_timeframe_json() -> None:
    res = CliRunner().invoke(cli, ["timeframe", "Quý I năm 2023", "--year", "2023", "--json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert {k: d[k] for k in ("kind", "start", "end", "due", "recurrence", "condition")} == {
        "kind": "window", "start": "2023-01-01", "end": "2023-03-31", "due": "2023-03-31",
        "recurrence": None, "condition": None,
    }  # fmt: skip
    assert d["text"] == "Quý I năm 2023"
    assert d["warnings"] == []


def test_cli_timeframe_with_a_period_and_text_output() -> None:
    res = CliRunner().invoke(
        cli, ["timeframe", "Hằng năm", "--period", "2026-01-01..2030-12-31", "--calendar", "vn"]
    )
    assert res.exit_code == 0, res.output
    assert re.search(r"kind: recurring", res.output)
    assert re.search(r"recurrence: yearly", res.output)


def test_cli_timeframe_bad_input_is_one_line_and_exit_2() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "from planflow.cli import main; main()", "timeframe",
         "Quý V năm 2023", "--year", "2023"],
        capture_output=True, text=True, encoding="utf-8",
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert "Quý V năm 2023" in proc.stderr
    assert "there is no quarter V" in proc.stderr


# -- the whole corpus: every "Thời gian thực hiện" phrase is read ------------------------------
_LABELLED = re.compile(r"Thời gian thực hiện\s*\*?\s*:\s*\*?(.+?)(?:\n\s*\n|$)", re.S)


def _corpus() -> list[tuple[str, str]]:
    out = []
    files = [("seed", SEED)] + [(p.name, p) for p in sorted(PLANS.glob("0*.md"))]
    for name, path in files:
        if path.exists():
            for m in _LABELLED.finditer(unicodedata.normalize("NFC", path.read_text("utf-8"))):
                out.append((name, m.group(1)))
    return out


def test_every_labelled_time_in_the_corpus_is_read() -> None:
    found = _corpus()
    if not found:
        pytest.skip(f"{SHARED} is absent: the shared corpus is not checked out beside the repo")
    assert len(found) >= 20
    for name, phrase in found:
        tf = planflow_vn.parse(phrase, CONTEXTS[name])
        assert tf is not None and tf.kind is not Kind.UNRESOLVED, (name, phrase, tf)
