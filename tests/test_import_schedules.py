"""Families of the second harvest's built-on plans (tests/data/reading_extra/gh_e01,
gh_e03, gh_e05): a schedule flattened to " | "-separated lines with the time first, its
group numbers in the time column and its time cells merged down; bare month ranges
("3-5/2026"); an agency whose name ends in "xây dựng". Every text here is made up
(tests/made_up.py), never copied from those plans."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import import read_text_file
from planflow_import.agencies import split_agencies

from .made_up import SIGNED, plan_head

HEAD = plan_head("37", "Tổ chức lập Đề án phát triển vật liệu xây dựng không nung năm 2026",
                 "Hoàn thành Đề án đúng tiến độ.")

# a schedule as text extracted from a word-processor table: "A | B | C" lines, the time
# first, a two-row header ("Thực hiện" over "Đơn vị chủ trì" | "Đơn vị phối hợp", the second
# row keeping its empty cells), group rows numbered in the time column, and the time
# cell merged over the rows under it (scraped, those rows open on " | ")
SCHEDULE = """\
II. TIẾN ĐỘ
Thời gian | Nội dung công việc | Cơ quan chịu trách nhiệm theo quy định | Thực hiện
 |  |  | Đơn vị chủ trì | Đơn vị phối hợp
I | GIAI ĐOẠN 1: CHUẨN BỊ
1 | Khảo sát
3-4/2026 | Khảo sát nhu cầu gạch không nung tại các công trình | Cơ quan lập đề án | Phòng Quản lý xây dựng | Sở Tài chính
 | Tổng hợp số liệu khảo sát | Cơ quan lập đề án | Trung tâm Kiểm định | Phòng Quản lý xây dựng
II | GIAI ĐOẠN 2: LẬP ĐỀ ÁN
5-9/2026 | Xây dựng dự thảo Đề án | Cơ quan lập đề án | Phòng Quản lý xây dựng | Trung tâm Kiểm định
12/2026 | Trình Ủy ban nhân dân tỉnh phê duyệt Đề án | Cơ quan trình | Phòng Quản lý xây dựng | Văn phòng
"""


def _read(tmp_path: Path, body: str) -> planflow.ImportResult:
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + body + SIGNED, encoding="utf-8")
    return read_text_file(path)


def test_a_schedule_with_the_time_first_gives_a_task_per_work_row(tmp_path):
    """The work rows are the tasks (group rows numbered in the time column are headings);
    a row opening on " | " keeps the time of the row above, with a warning; the lead is
    the "Đơn vị chủ trì" column under "Thực hiện", not the column naming the office
    responsible in general."""
    result = _read(tmp_path, SCHEDULE)
    names = {a.id: a.name for a in result.plan.agencies}
    got = [(t.title, [names[i] for i in t.lead], t.timeframe.start, t.timeframe.end)
           for t in result.plan.tasks]
    assert got == [
        ("Khảo sát nhu cầu gạch không nung tại các công trình", ["Phòng Quản lý xây dựng"],
         date(2026, 3, 1), date(2026, 4, 30)),
        ("Tổng hợp số liệu khảo sát", ["Trung tâm Kiểm định"], date(2026, 3, 1), date(2026, 4, 30)),
        ("Xây dựng dự thảo Đề án", ["Phòng Quản lý xây dựng"], date(2026, 5, 1), date(2026, 9, 30)),
        ("Trình Ủy ban nhân dân tỉnh phê duyệt Đề án", ["Phòng Quản lý xây dựng"],
         date(2026, 12, 1), date(2026, 12, 31)),
    ]
    said = [str(w) for w in result.warnings]
    assert any("its time cell is empty" in w and "'3-4/2026'" in w for w in said)
    assert any("'3-4/2026' read as the months 3 to 4/2026" in w for w in said)


def test_a_name_ending_in_xay_dung_keeps_it_a_verb_after_it_does_not():
    """"xây dựng" closing an agency's name is part of it ("Vụ Vật liệu xây dựng"); followed
    by what is built, it is the duty and the name ends before it."""
    assert split_agencies("Vụ Vật liệu xây dựng; Sở Tài chính") == ["Vụ Vật liệu xây dựng",
                                                                  "Sở Tài chính"]
    assert split_agencies("Cục Quản lý hoạt động xây dựng chủ trì") == [
        "Cục Quản lý hoạt động xây dựng"]
    assert split_agencies("Sở Tư pháp xây dựng kế hoạch") == ["Sở Tư pháp"]
