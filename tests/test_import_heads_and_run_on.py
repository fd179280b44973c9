"""Two families the k plans showed (helper fix5, round 15), in made-up letters:

* a numbered heading giving duties to the heads of bodies, written lower case after
  "Giao" ("1. Giao người đứng đầu các cơ quan chuyên môn …; Chủ tịch Ủy ban nhân dân các
  xã, phường" over bullets): before, the heading was no agency and its bullets were lost;
* a Thông báo (no letterhead, as a page prints it)'s numbered item running on over paragraphs that each open on the body doing
  them ("Bộ Quốc phòng, Bộ Công an huy động …", "Về kinh phí: Các địa phương phải …"):
  before, only the numbered item was a task, the paragraphs its words.
"""

from __future__ import annotations

from datetime import date

import planflow
from planflow_import.agencies import is_agency_start
from planflow_import.sections import agency_heading

from .made_up import SIGNED_DEPUTY, read_plan

HEADS = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 913/UBND-VX
V/v hoàn thành số hóa hồ sơ người có công
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 02 tháng 3 năm 2027
Kính gửi:
- Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh;
- Ủy ban nhân dân các xã, phường.
Để hoàn thành việc số hóa hồ sơ người có công, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Giao người đứng đầu các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường
- Hoàn thành số hóa toàn bộ hồ sơ người có công trước ngày 20 tháng 4 năm 2027.
- Chịu trách nhiệm về bảo mật dữ liệu hồ sơ của đơn vị.
2. Giao Sở Nội vụ
- Hướng dẫn, theo dõi tiến độ số hóa hồ sơ của các đơn vị.
Đề nghị các cơ quan, đơn vị khẩn trương thực hiện./.
""" + SIGNED_DEPUTY

RUN_ON = """**THÔNG BÁO**

KẾT LUẬN CỦA PHÓ THỦ TƯỚNG VỀ KHẮC PHỤC HẬU QUẢ SẠT LỞ ĐẤT

Ngày 01 tháng 3 năm 2027, Phó Thủ tướng đã kiểm tra công tác khắc phục hậu quả sạt lở đất tại tỉnh Quảng Nam và kết luận như sau:

Các cơ quan tập trung một số nhiệm vụ cần làm ngay:

1. Các địa phương khẩn trương di dời các hộ dân ra khỏi vùng sạt lở, hoàn thành trước ngày 15/3/2027.
Về kinh phí: Các địa phương chủ động bố trí ngân sách địa phương để hỗ trợ các hộ di dời.
Việc di dời phải bảo đảm an toàn cho người và tài sản của Nhân dân.
Bộ Quốc phòng, Bộ Công an huy động lực lượng hỗ trợ Nhân dân di dời.
Bộ Nông nghiệp và Môi trường hướng dẫn các địa phương bố trí đất tái định cư.
2. Bộ trưởng Bộ Y tế chỉ đạo bảo đảm vệ sinh môi trường tại các khu tái định cư.
Văn phòng Chính phủ thông báo để các cơ quan, địa phương biết, thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Nguyễn Văn C
"""


def _tasks(result: planflow.ImportResult) -> list[tuple[str, list[str], planflow.Timeframe]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead], t.timeframe) for t in result.plan.tasks]


def test_heads_of_bodies_after_giao_written_lower_case_head_their_bullets(tmp_path):
    assert is_agency_start("Giao người đứng đầu các cơ quan chuyên môn")
    assert not is_agency_start("Giao nhiệm vụ cho các cơ quan")
    names = agency_heading("1. Giao người đứng đầu các cơ quan chuyên môn; Chủ tịch UBND các xã")
    assert names is not None and names[0].startswith("Người đứng đầu các cơ quan chuyên môn")
    tasks = _tasks(read_plan(tmp_path, HEADS))
    digitise = next(x for x in tasks if x[0].startswith("Hoàn thành số hóa"))
    assert any("cơ quan chuyên môn" in n for n in digitise[1])
    assert digitise[2].due == date(2027, 4, 19)  # "trước ngày 20 tháng 4" (a Tuesday)
    assert any(t.startswith("Chịu trách nhiệm về bảo mật") for t, _, _ in tasks)
    assert next(x for x in tasks if x[0].startswith("Hướng dẫn, theo dõi"))[1] == ["Sở Nội vụ"]
    assert len(tasks) == 3


def test_a_numbered_item_running_on_over_duties_of_the_bodies_each_opens_with(tmp_path):
    tasks = _tasks(read_plan(tmp_path, RUN_ON))
    titles = [t for t, _, _ in tasks]
    assert tasks[0][1] == ["Các địa phương"] or tasks[0][1][0].endswith("địa phương")
    # "Về kinh phí: Các địa phương …": after its label, the body doing it
    funds = next(x for x in tasks if x[0] == "Về kinh phí")
    assert funds[1][0].endswith("địa phương")
    # "Bộ Quốc phòng, Bộ Công an huy động …": two bodies, "huy động" the verb
    army = next(x for x in tasks if x[0].startswith("Bộ Quốc phòng, Bộ Công an"))
    assert army[1] == ["Bộ Quốc phòng", "Bộ Công an"]
    land = next(x for x in tasks if x[0].startswith("Bộ Nông nghiệp và Môi trường"))
    assert land[1] == ["Bộ Nông nghiệp và Môi trường"]
    # a paragraph opening on no body stays the item's words; the close is no duty
    assert not any(t.startswith(("Việc di dời", "Văn phòng Chính phủ thông báo")) for t in titles)
    assert any("Bộ Y tế" in n for n in tasks[-1][1])


def test_a_notice_without_letterhead_is_issued_by_the_body_giving_notice(tmp_path):
    r = read_plan(tmp_path, RUN_ON)
    # "Văn phòng Chính phủ thông báo để các cơ quan, địa phương biết, thực hiện./."
    assert r.plan.document.issuer == "Văn phòng Chính phủ"
    assert "issuer_from_notice" in {getattr(w, "key", "") for w in r.warnings}
