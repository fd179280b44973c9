"""Numbered items that share one group of labels: "1.1. <task>" right before "1.2. <task>"
and its "- Cơ quan thực hiện: …" / "- Thời gian thực hiện: …" (a plan that writes the
labels once for items done together). The first is a task of its own with the labels of
the next item of its level, noted; never across a change of level. Made-up text."""

from __future__ import annotations

from pathlib import Path

import planflow
from planflow_import import read_text_file

from .made_up import SIGNED, plan_head

HEAD = plan_head("141", "Xây dựng quan hệ lao động hài hòa năm 2026",
                 "Nâng cao nhận thức về quan hệ lao động.")


def _read(tmp_path: Path, body: str) -> planflow.ImportResult:
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + body + SIGNED, encoding="utf-8")
    return read_text_file(path)


def _rows(result: planflow.ImportResult) -> list[tuple[str, list[str], str | None]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead], t.timeframe.text or None)
            for t in result.plan.tasks]


def test_two_items_over_one_group_of_labels(tmp_path):
    result = _read(tmp_path, """\
II. NỘI DUNG HOẠT ĐỘNG
1. Tăng cường sự lãnh đạo của chính quyền các cấp
1.1. Tổ chức tuyên truyền, phổ biến các văn bản mới về quan hệ lao động
1.2. Nâng cao trách nhiệm của người đứng đầu trong xây dựng quan hệ lao động
- Cơ quan thực hiện: Sở Nội vụ.
- Thời gian thực hiện: Quý II/2026.
1.3. Kiểm tra việc thực hiện pháp luật lao động tại các doanh nghiệp
- Cơ quan thực hiện: Thanh tra tỉnh.
- Thời gian thực hiện: Quý IV/2026.
""")
    assert _rows(result) == [
        ("Tổ chức tuyên truyền, phổ biến các văn bản mới về quan hệ lao động", ["Sở Nội vụ"],
         "Quý II/2026"),
        ("Nâng cao trách nhiệm của người đứng đầu trong xây dựng quan hệ lao động", ["Sở Nội vụ"],
         "Quý II/2026"),
        ("Kiểm tra việc thực hiện pháp luật lao động tại các doanh nghiệp", ["Thanh tra tỉnh"],
         "Quý IV/2026"),
    ]
    assert any("shares those of the next item" in str(w) for w in result.warnings)


def test_no_sharing_across_a_change_of_level(tmp_path):
    # "1.1." closes group 1; "2.1." under "2." is no next item of its
    result = _read(tmp_path, """\
II. NỘI DUNG HOẠT ĐỘNG
1. Tăng cường sự lãnh đạo của chính quyền các cấp
1.1. Tổ chức tuyên truyền, phổ biến các văn bản mới về quan hệ lao động
2. Hoàn thiện thể chế về quan hệ lao động
2.1. Rà soát các quy định về giải quyết tranh chấp lao động của tỉnh
- Cơ quan thực hiện: Sở Tư pháp.
- Thời gian thực hiện: Quý III/2026.
""")
    assert [title for title, _, _ in _rows(result)] == [
        "Rà soát các quy định về giải quyết tranh chấp lao động của tỉnh"]
