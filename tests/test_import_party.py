"""A Party body's plan (a Đảng đoàn's Kế hoạch) as a markdown transcription: duties under
bold lettered headings naming the Party's bodies ("**a) Tổ đảng ở Thường trực Ủy ban Kinh
tế**", "**b) Đảng ủy cơ quan Văn phòng Quốc hội**") or a body's leaders ("**c) Lãnh đạo
Ban Dân nguyện**"), each over "*   " bullets: every bullet a duty led by its heading's
body. Made-up text."""

from __future__ import annotations

from pathlib import Path

from planflow_import import read_text_file

PLAN = """\
**ĐẢNG ĐOÀN QUỐC HỘI**

Số 15-KH/ĐĐQH15

Hà Nội, ngày 12 tháng 02 năm 2026

**KẾ HOẠCH**

**thực hiện chuyển đổi số trong hoạt động của Quốc hội**

**I. MỤC ĐÍCH, YÊU CẦU**

Bảo đảm chuyển đổi số toàn diện.

**II. PHÂN CÔNG NHIỆM VỤ**

**a) Tổ đảng ở Thường trực Ủy ban Kinh tế**

*   Chủ trì thẩm tra các dự án luật về kinh tế số.
*   Giám sát việc thực hiện chính sách về thương mại điện tử; thực hiện cơ bản hoàn thành trong năm 2026.

**b) Đảng ủy cơ quan Văn phòng Quốc hội**

*   Lãnh đạo việc tổ chức thực hiện Đề án chuyển đổi số của Văn phòng Quốc hội.

**c) Lãnh đạo Ban Dân nguyện**

*   Chủ trì giúp Ủy ban Thường vụ Quốc hội trong công tác tiếp công dân.

**III. TỔ CHỨC THỰC HIỆN**

Văn phòng Quốc hội theo dõi, đôn đốc việc thực hiện Kế hoạch này.

**Nơi nhận:**

- Lưu VT.
"""


def test_duties_under_the_party_bodies_headings(tmp_path: Path):
    path = tmp_path / "plan.md"
    path.write_text(PLAN, encoding="utf-8")
    plan = read_text_file(path, markdown=True).plan
    names = {a.id: a.name for a in plan.agencies}
    got = [(t.title, [names[i] for i in t.lead]) for t in plan.tasks]
    assert got == [
        ("Chủ trì thẩm tra các dự án luật về kinh tế số", ["Tổ đảng ở Thường trực Ủy ban Kinh tế"]),
        ("Giám sát việc thực hiện chính sách về thương mại điện tử",
         ["Tổ đảng ở Thường trực Ủy ban Kinh tế"]),
        ("Lãnh đạo việc tổ chức thực hiện Đề án chuyển đổi số của Văn phòng Quốc hội",
         ["Đảng ủy cơ quan Văn phòng Quốc hội"]),
        ("Chủ trì giúp Ủy ban Thường vụ Quốc hội trong công tác tiếp công dân", ["Ban Dân nguyện"]),
    ]
    # "thực hiện cơ bản hoàn thành trong năm 2026": due at the year's end
    assert plan.tasks[1].timeframe.due.isoformat() == "2026-12-31"


def test_a_purpose_clause_before_the_body_that_sets_its_duties(tmp_path: Path):
    # "2.1. Để …, Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:" heads its bullets
    plan_text = PLAN.replace("**a) Tổ đảng ở Thường trực Ủy ban Kinh tế**", (
        "**2.1. Để thể chế hóa đầy đủ Nghị quyết, Đảng đoàn Quốc hội xác định các nhiệm vụ "
        "trọng tâm sau:**\n\n*   Khẩn trương rà soát các quy định về dữ liệu số.\n\n"
        "**a) Tổ đảng ở Thường trực Ủy ban Kinh tế**"))
    path = tmp_path / "plan.md"
    path.write_text(plan_text, encoding="utf-8")
    plan = read_text_file(path, markdown=True).plan
    names = {a.id: a.name for a in plan.agencies}
    first = plan.tasks[0]
    # (the issuer's name, as the letterhead's capitals give it)
    assert (first.title, [names[i].casefold() for i in first.lead]) == (
        "Khẩn trương rà soát các quy định về dữ liệu số", ["đảng đoàn quốc hội"])
