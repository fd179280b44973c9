"""A schedule section whose lines open with the time ("- Từ ngày 04/02/2026 đến ngày
10/02/2026: Văn phòng UBND xã tổ chức …"): one task per line, the time before the colon,
the body the words after it name; a body's name ends where what it does begins, "hoàn
thành", "sơ kết" included ("Các thôn hoàn thành việc rà soát" is done by "Các thôn").
Made-up plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import import read_text_file

from .made_up import SIGNED

PLAN = """ỦY BAN NHÂN DÂN
XÃ TÂN LẬP
Số: 21/KH-UBND
Tân Lập, ngày 02 tháng 02 năm 2026

KẾ HOẠCH
Tổ chức Ngày hội đại đoàn kết toàn dân tộc năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Phát huy tinh thần đoàn kết.

II. NỘI DUNG
Tổ chức ngày hội tại các thôn.

III. THỜI GIAN THỰC HIỆN
- Từ ngày 04/02/2026 đến ngày 10/02/2026: Văn phòng UBND xã tổ chức hội nghị triển khai.
- Trước ngày 15/3/2026: Các thôn hoàn thành việc rà soát hộ nghèo.
- Tháng 4/2026: Ban Công tác Mặt trận các thôn sơ kết, báo cáo kết quả.
- Tháng 11/2026: Các chi hội phổ biến kết quả tới hội viên.

IV. TỔ CHỨC THỰC HIỆN
Văn phòng UBND xã theo dõi, đôn đốc.
"""


def test_time_first_lines_are_tasks_led_by_the_body_they_name(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN + SIGNED, encoding="utf-8")
    plan = read_text_file(path).plan
    names = {a.id: a.name for a in plan.agencies}
    got = [([names[i] for i in t.lead], t.timeframe.kind, t.timeframe.start, t.timeframe.due)
           for t in plan.tasks]
    assert got == [
        (["Văn phòng UBND xã"], planflow.Kind.WINDOW, date(2026, 2, 4), date(2026, 2, 10)),
        (["Các thôn"], planflow.Kind.DEADLINE, None, date(2026, 3, 13)),
        (["Ban Công tác Mặt trận các thôn"], planflow.Kind.WINDOW, date(2026, 4, 1),
         date(2026, 4, 30)),
        (["Các chi hội"], planflow.Kind.WINDOW, date(2026, 11, 1), date(2026, 11, 30)),
    ], got
