"""Duties by agency: a body's staff heading their own duties ("2. Chuyên viên Văn phòng …"),
and a request to other bodies after an agency's duties ("Đề nghị Văn phòng X, Văn phòng
Y phối hợp …"), led by the bodies it asks. Made-up text."""

from __future__ import annotations

from pathlib import Path

from planflow_import import read_text_file

from .made_up import SIGNED, plan_head

BODY = """II. TỔ CHỨC THỰC HIỆN
1. Ban Thường trực Ủy ban Mặt trận Tổ quốc xã
- Xây dựng kế hoạch tổ chức hội nghị, hoàn thành chậm nhất ngày 20/3/2026.
- Triệu tập đại biểu dự hội nghị đúng quy định.
2. Chuyên viên Văn phòng Ủy ban Mặt trận Tổ quốc xã
- Chuyên viên phụ trách tổng hợp chuẩn bị nội dung, tài liệu phục vụ hội nghị.
- Thực hiện công tác thư ký hội nghị, ghi biên bản hội nghị.
Đề nghị Văn phòng Đảng ủy, Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã phối hợp chuẩn bị hội trường phục vụ hội nghị.
"""


def test_staff_heading_and_a_request_to_other_bodies(tmp_path: Path):
    path = tmp_path / "plan.txt"
    path.write_text(plan_head("80", "Tổ chức hội nghị hiệp thương năm 2026", "Tổ chức hội nghị đúng luật.")
                    + BODY + SIGNED, encoding="utf-8")
    plan = read_text_file(path).plan
    names = {a.id: a.name for a in plan.agencies}
    got = [(t.title[:24], [names[i] for i in t.lead]) for t in plan.tasks]
    staff = ["Chuyên viên Văn phòng Ủy ban Mặt trận Tổ quốc xã"]
    assert got[2:] == [
        ("Chuyên viên phụ trách tổ", staff),
        ("Thực hiện công tác thư k", staff),
        ("Đề nghị Văn phòng Đảng ủ", ["Văn phòng Đảng ủy",
                                     "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"]),
    ]
