"""A crawl saved for a search index: each chunk opens with the document's name ("Quyết định
1203/QĐ-UBND năm 2026.") and the programme's name ("CHƯƠNG TRÌNH HÀNH ĐỘNG."), the
letterhead is run together over three lines, item numbers close the line before ("… 1.1")
or stand alone ("1.2."), and a label runs on after a dash ("… -Thời gian thực hiện: …").
Made-up text."""

from __future__ import annotations

from datetime import date

import planflow
from planflow_import import read_text_file
from planflow_import.crawl import drop_breadcrumbs

CRUMB = "Quyết định 1203/QĐ-UBND năm 2026."

TEXT = f"""\
{CRUMB} ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 1203/QĐ-UBND Quảng Nam, ngày 12 tháng 3 năm 2026 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG VỀ PHÁT TRIỂN THỊ TRƯỜNG LAO ĐỘNG NĂM 2026 ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:
{CRUMB} Điều 1.
Ban hành kèm theo Quyết định này Chương trình hành động về phát triển thị trường lao động năm 2026.

{CRUMB} Điều 2.
Giám đốc Sở Nội vụ và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như điều 2;
- Lưu VT.
TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A

{CRUMB} CHƯƠNG TRÌNH HÀNH ĐỘNG. VỀ PHÁT TRIỂN THỊ TRƯỜNG LAO ĐỘNG NĂM 2026 (Ban hành kèm theo Quyết định số 1203/QĐ-UBND ngày 12 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Quảng Nam)
I. MỤC ĐÍCH, YÊU CẦU
Kết nối cung - cầu lao động trên địa bàn tỉnh.

{CRUMB} CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG HOẠT ĐỘNG
1. Hoàn thiện thông tin thị trường lao động 1.1
Xây dựng cơ sở dữ liệu người lao động trên địa bàn tỉnh.
- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Ủy ban nhân dân các xã.
- Thời gian thực hiện: Hoàn thành trong quý III/2026.
1.2.
Tổ chức phiên giao dịch việc làm tại các xã.
- Cơ quan thực hiện: Trung tâm Dịch vụ việc làm tỉnh -Thời gian thực hiện: Trong tháng 10/2026.
{CRUMB} CHƯƠNG TRÌNH HÀNH ĐỘNG. III. TỔ CHỨC THỰC HIỆN
Các cơ quan báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.
"""


def test_breadcrumbs_taken_off_line_for_line():
    text, n = drop_breadcrumbs(TEXT)
    assert n == 6
    assert CRUMB not in text
    lines = text.split("\n")
    assert "CHƯƠNG TRÌNH HÀNH ĐỘNG" in lines  # kept once, over the attached plan's title
    assert "II. NỘI DUNG HOẠT ĐỘNG" in lines and "III. TỔ CHỨC THỰC HIỆN" in lines
    assert "1.1. Xây dựng cơ sở dữ liệu người lao động trên địa bàn tỉnh." in lines
    assert "1.2. Tổ chức phiên giao dịch việc làm tại các xã." in lines
    # a text without three lines opening with the same document's name is left as it was
    assert drop_breadcrumbs("Quyết định 12/QĐ-UBND năm 2026. Điều 1.\nKẾ HOẠCH\n") == (
        "Quyết định 12/QĐ-UBND năm 2026. Điều 1.\nKẾ HOẠCH\n", 0)


def test_a_crawled_programme_reads_as_its_page(tmp_path):
    path = tmp_path / "crawl.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = read_text_file(path)
    plan = result.plan
    assert (plan.document.symbol, plan.document.date) == ("1203/QĐ-UBND", date(2026, 3, 12))
    assert plan.document.issuer == "Ủy ban nhân dân tỉnh Quảng Nam"
    names = {a.id: a.name for a in plan.agencies}
    got = [(t.title, [names[i] for i in t.lead], t.timeframe.kind, t.timeframe.due)
           for t in plan.tasks]
    assert got == [
        ("Xây dựng cơ sở dữ liệu người lao động trên địa bàn tỉnh", ["Sở Nội vụ"],
         planflow.Kind.DEADLINE, date(2026, 9, 30)),
        # the time label run on after a dash is the task's time, not part of its lead
        ("Tổ chức phiên giao dịch việc làm tại các xã", ["Trung tâm Dịch vụ việc làm tỉnh"],
         planflow.Kind.WINDOW, date(2026, 10, 31)),
    ]
    assert any("crawl's breadcrumb" in w for w in result.warnings)
