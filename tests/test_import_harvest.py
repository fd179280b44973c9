"""Families seen in the real plans harvested for issue 13 (the gh_a* labels of the extra
part of benchmarks/score_reading.py), each checked here on short made-up plans of the same
shape (never the real texts).

* Dated duties under numbered sub-headings that only name the agency ("1.2. Sở Y tế -
  Cơ quan thường trực Ban Chỉ đạo" / "- <duty>" / "Thời gian hoàn thành: …"): every item is
  a task led by the heading's agency (the role after the dash is not part of the name);
  under "Trách nhiệm của …" the items are tasks too, the heading only groups them.
* An item closing with its own time label ("… gửi Bộ Y tế. Thời gian hoàn thành: Trước
  ngày 15/7/2026."): a task of its own with that time.
* One body named two ways in a duty heading ("Sở Nông nghiệp và Phát triển nông thôn/Sở
  Nông nghiệp và Môi trường các tỉnh, thành phố …"): the first name leads its duties, and
  the words leading into the lettered duties ("Chủ trì, … tham mưu …:") are not a duty.
* An item naming its lead in its own words ("+ Sở X: hướng dẫn …") followed by a time
  label keeps that lead.
* An appendix table in parts, each group row ("II" | heading) followed by the header again,
  its first cell "Nội dung" spanning the number and the task columns, and sub-group rows
  ("5.1" | "Thương mại" with bold marks in empty cells): the group rows are headings, not
  tasks led by their headings.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import import read_text_file

HEAD = """\
|
**ỦY BAN NHÂN DÂN
TỈNH NINH THUẬN**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc**
|
|
Số: 2210/QĐ-UBND
|
*Ninh Thuận, ngày 09 tháng 02 năm 2026*
|

**QUYẾT ĐỊNH**

VỀ VIỆC BAN HÀNH KẾ HOẠCH KIỂM TRA CƠ SỞ KHÁM BỆNH, CHỮA BỆNH NĂM 2026

**ỦY BAN NHÂN DÂN TỈNH NINH THUẬN**

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch kiểm tra cơ sở khám bệnh, chữa bệnh
năm 2026.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký./.

|
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
|
**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
Lê Văn Cường
|

**KẾ HOẠCH**

KIỂM TRA CƠ SỞ KHÁM BỆNH, CHỮA BỆNH NĂM 2026

*(Kèm theo Quyết định số 2210/QĐ-UBND ngày 09/02/2026 của UBND tỉnh)*

**I. MỤC ĐÍCH, YÊU CẦU**

Bảo đảm các cơ sở khám bệnh, chữa bệnh hoạt động đúng quy định.

"""

DUTIES = """\
**II. NHIỆM VỤ CỤ THỂ**

*1.1.
Sở Y tế - Cơ quan thường trực Ban Chỉ đạo*

- Lập danh sách các cơ sở khám bệnh, chữa bệnh cần kiểm tra.

Thời gian hoàn thành: Trước ngày 20/3/2026.

- Tổ chức kiểm tra các cơ sở theo danh sách đã lập.

Thời gian thực hiện: Tháng 4 - 6/2026.

- Tổng hợp kết quả kiểm tra, gửi Bộ Y tế. Thời gian hoàn
thành: Trước ngày 15/7/2026.

*1.2.
Ủy ban nhân dân các xã, phường*

- Thông báo lịch kiểm tra đến các cơ sở trên địa bàn.

Thời gian hoàn thành: Trước ngày 25/3/2026.

- Cử cán bộ tham gia đoàn kiểm tra khi có đề nghị.

Thời gian thực hiện: Tháng 4 - 6/2026.

*1.3.
Trách nhiệm của các cơ sở được kiểm tra:*

- Chuẩn bị hồ sơ hành nghề để đoàn kiểm tra xem xét.

Thời hạn hoàn thành: Trước ngày 31/3/2026.

- Khắc phục các tồn tại đoàn kiểm tra nêu.

Thời hạn hoàn thành: Trước ngày 31/8/2026.

**III. TỔ CHỨC THỰC HIỆN**

Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này./.
"""


def _read(tmp_path: Path, text: str) -> planflow.ImportResult:
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    return read_text_file(path)


def _lead(plan: planflow.Plan, task: planflow.Task) -> str:
    names = {a.id: a.name for a in plan.agencies}
    return " | ".join(names.get(i, i) for i in task.lead)


def test_dated_duties_under_headings_naming_their_agency_are_its_tasks(tmp_path):
    plan = _read(tmp_path, HEAD + DUTIES).plan
    got = [(t.title, _lead(plan, t), t.timeframe.text) for t in plan.tasks]
    assert got == [
        ("Lập danh sách các cơ sở khám bệnh, chữa bệnh cần kiểm tra.", "Sở Y tế",
         "Trước ngày 20/3/2026"),
        ("Tổ chức kiểm tra các cơ sở theo danh sách đã lập.", "Sở Y tế", "Tháng 4 - 6/2026"),
        ("Tổng hợp kết quả kiểm tra, gửi Bộ Y tế.", "Sở Y tế", "Trước ngày 15/7/2026"),
        ("Thông báo lịch kiểm tra đến các cơ sở trên địa bàn.", "Ủy ban nhân dân các xã, phường",
         "Trước ngày 25/3/2026"),
        ("Cử cán bộ tham gia đoàn kiểm tra khi có đề nghị.", "Ủy ban nhân dân các xã, phường",
         "Tháng 4 - 6/2026"),
        ("Chuẩn bị hồ sơ hành nghề để đoàn kiểm tra xem xét.", "", "Trước ngày 31/3/2026"),
        ("Khắc phục các tồn tại đoàn kiểm tra nêu.", "", "Trước ngày 31/8/2026"),
    ]
    assert [(t.timeframe.kind.value, t.timeframe.due) for t in plan.tasks[:3]] == [
        ("deadline", date(2026, 3, 19)), ("window", date(2026, 6, 30)), ("deadline", date(2026, 7, 14))]


def test_a_role_after_a_dash_is_not_part_of_the_agencys_name(tmp_path):
    text = (HEAD + DUTIES).replace("Sở Y tế - Cơ quan thường trực Ban Chỉ đạo", "Sở Y tế – cơ quan chủ trì")
    plan = _read(tmp_path, text).plan
    assert {a.name for a in plan.agencies} >= {"Sở Y tế"}
    assert not any("chủ trì" in a.name or "thường trực" in a.name for a in plan.agencies)


def test_a_numbered_heading_that_is_a_duty_keeps_its_item_as_description(tmp_path):
    """A numbered heading that says what to do ("1. Tập huấn cho cán bộ y tế xã") over a
    bullet and the labels is still the task, the bullet its words, as before."""
    text = HEAD + """\
**II. NHIỆM VỤ**

1. Tập huấn nghiệp vụ kiểm tra cho cán bộ y tế xã

- Nội dung tập huấn theo tài liệu của Bộ Y tế.

Cơ quan chủ trì: Sở Y tế.

Thời gian thực hiện: Quý II/2026.
"""
    plan = _read(tmp_path, text).plan
    assert [(t.title, _lead(plan, t)) for t in plan.tasks] == [
        ("Tập huấn nghiệp vụ kiểm tra cho cán bộ y tế xã", "Sở Y tế")]


TWO_NAMES = """\
**II. TỔ CHỨC THỰC HIỆN**

**1. Cục Trồng trọt**

*a) *Hướng dẫn các địa phương rà soát diện tích cây trồng chủ lực.

*b) *Tổng hợp kết quả rà soát của các địa phương.

**2. Sở Nông nghiệp và Phát triển nông thôn/Sở Nông nghiệp và Môi trường các tỉnh, thành
phố trực thuộc Trung ương**

Chủ trì, phối hợp với các cơ quan có liên quan tham mưu Ủy ban nhân dân cấp tỉnh:

*a) *Rà soát diện tích cây trồng chủ lực trên địa bàn tỉnh.

*b) *Bố trí kinh phí thực hiện rà soát từ ngân sách địa phương.
"""


def test_one_body_named_two_ways_leads_the_duties_beneath_it(tmp_path):
    plan = _read(tmp_path, HEAD + TWO_NAMES).plan
    got = [(t.title, _lead(plan, t)) for t in plan.tasks]
    assert got == [
        ("Hướng dẫn các địa phương rà soát diện tích cây trồng chủ lực", "Cục Trồng trọt"),
        ("Tổng hợp kết quả rà soát của các địa phương", "Cục Trồng trọt"),
        ("Rà soát diện tích cây trồng chủ lực trên địa bàn tỉnh", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Bố trí kinh phí thực hiện rà soát từ ngân sách địa phương",
         "Sở Nông nghiệp và Phát triển nông thôn"),
    ]


def test_the_last_item_naming_its_lead_before_a_time_label_keeps_its_lead(tmp_path):
    """"+ Sở X: hướng dẫn …" items under a duty, the last one followed by the time label:
    that item names its lead in its own words like the others."""
    text = HEAD + """\
**II. NHIỆM VỤ CỤ THỂ**

*1.1.
Các sở quản lý ngành*

- Hướng dẫn các đơn vị rà soát số liệu. Trong đó:

+ Sở Xây dựng: hướng dẫn rà soát số liệu công trình giao thông.

+ Sở Công Thương: hướng dẫn rà soát số liệu chợ.

Thời gian thực hiện: Tháng 3/2026.
"""
    plan = _read(tmp_path, text).plan
    last = [t for t in plan.tasks if "số liệu chợ" in t.title]
    assert len(last) == 1 and _lead(plan, last[0]) == "Sở Công Thương"


def _row(*cells: str) -> str:
    return "|\n" + "\n|\n".join(cells) + "\n|\n"


def _table_row(number: str, task: str, lead: str, time: str = "2026 - 2030") -> str:
    return _row(number, task, lead, "Các sở, ban, ngành", time, "Kế hoạch")


def test_group_rows_above_a_header_spanning_number_and_task_are_headings(tmp_path):
    head = ("**Nội dung**", "**Đơn vị thực hiện**", "**Đơn vị phối hợp**",
            "**Thời gian thực hiện**", "**Sản phẩm đầu ra**")
    part = (_row("**B**", "**PHÁT TRIỂN NGÀNH, LĨNH VỰC**") + _row("**I**", "**Nông nghiệp**")
            + _row(*head) + _table_row("1.1", "Xây dựng nền tảng truy xuất nông sản", "Sở Nông nghiệp và Môi trường")
            + _table_row("1.2", "Cập nhật bộ tiêu chí nông thôn mới", "Sở Nông nghiệp và Môi trường")
            + _row("**II**", "**Y tế**") + _row(*head)
            + _table_row("2.1", "Triển khai hồ sơ bệnh án điện tử", "Sở Y tế")
            + _row("**III**", "**Thương mại, công nghiệp**") + _row(*head)
            + _row("**3.1**", "** **", "**Thương mại**", "** **", "** **", "** **", "** **")
            + _table_row("3.1.1", "Triển khai sàn thương mại điện tử", "Sở Công Thương")
            + _table_row("3.1.2", "Hỗ trợ người dân bán hàng trực tuyến", "Sở Công Thương", "2027"))
    appendix = ("**PHỤ LỤC**\n\nDANH MỤC NHIỆM VỤ\n\n*(Kèm theo Quyết định số 2210/QĐ-UBND "
                "ngày 09/02/2026 của UBND tỉnh)*\n\n" + part)
    result = _read(tmp_path, HEAD + "**II. TỔ CHỨC THỰC HIỆN**\n\nCác sở thực hiện theo Phụ lục.\n\n"
                   + appendix)
    plan = result.plan
    titles = [t.title for t in plan.tasks]
    assert titles == ["Xây dựng nền tảng truy xuất nông sản", "Cập nhật bộ tiêu chí nông thôn mới",
                      "Triển khai hồ sơ bệnh án điện tử", "Triển khai sàn thương mại điện tử",
                      "Hỗ trợ người dân bán hàng trực tuyến"]
    assert [_lead(plan, t) for t in plan.tasks][2:4] == ["Sở Y tế", "Sở Công Thương"]
    assert plan.tasks[-1].timeframe.kind is planflow.Kind.WINDOW
    assert all("agency" not in a.id for a in plan.agencies)
