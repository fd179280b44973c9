"""planflow_import on forms the development corpus lacks: small synthetic plans composed
for these tests (a commune plan after the 2025 reform, a department plan, appendix task
tables with other columns, a Word document laid out in tables, Windows line endings,
NFD text). Each test states what a careful reader finds; what the importer cannot read
is pinned as a warning."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planflow
from planflow_import import read_text_file
from planflow_import.docx import read_docx
from planflow_import.importer import read_items
from planflow_import.text import blocks_from_text

COMMUNE = """\
ỦY BAN NHÂN DÂN
XÃ HÒA AN
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 25/KH-UBND

Hòa An, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Tuyên truyền phòng, chống ma túy trên địa bàn xã năm 2026

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Kế hoạch số 40/KH-UBND ngày 20/02/2026 của UBND tỉnh Đắk Lắk về phòng, chống ma túy năm 2026;
Ủy ban nhân dân xã ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của Nhân dân về tác hại của ma túy.
2. Phân công cụ thể, gắn trách nhiệm của từng cơ quan, đơn vị.

II. NHIỆM VỤ CỤ THỂ
1. Tuyên truyền trên hệ thống truyền thanh cơ sở
Chủ trì: Phòng Văn hóa - Xã hội; phối hợp: Công an xã, Đoàn Thanh niên xã; thời gian: tháng 6/2026.
2. Rà soát, thống kê người sử dụng trái phép chất ma túy
+ Lập danh sách theo từng thôn;
+ Cập nhật vào cơ sở dữ liệu.
Chủ trì: Công an xã; phối hợp: Trạm Y tế xã; thời gian: Quý II/2026.
3. Tổ chức hưởng ứng Tháng hành động phòng, chống ma túy
• Treo băng rôn, khẩu hiệu tại trụ sở và các thôn;
• Tổ chức thi tìm hiểu pháp luật cho học sinh.
Chủ trì: Đoàn Thanh niên xã. Thời gian: tháng 6/2026.

III. TỔ CHỨC THỰC HIỆN
1. Các cơ quan, đơn vị căn cứ nhiệm vụ được giao triển khai thực hiện.
2. Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12), các đơn vị báo cáo kết quả
về UBND xã (qua Phòng Văn hóa - Xã hội) để tổng hợp./.

Nơi nhận:
- UBND tỉnh (b/c);
- Thường trực Đảng ủy xã;
- Thường trực HĐND xã;
- Lưu: VT, VHXH.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Bình
"""

DEPARTMENT = """\
UBND TỈNH KHÁNH HÒA
SỞ Y TẾ

Số: 118/KH-SYT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Khánh Hòa, ngày 05 tháng 02 năm 2026

KẾ HOẠCH
PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM NĂM 2026

Căn cứ Quyết định số 210/QĐ-UBND ngày 15/01/2026 của UBND tỉnh Khánh Hòa về việc giao chỉ tiêu năm 2026;
Sở Y tế xây dựng Kế hoạch như sau:

MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Giảm tỷ lệ mắc và tử vong do bệnh truyền nhiễm.
2. Yêu cầu
Các đơn vị chủ động, phối hợp chặt chẽ.

NHIỆM VỤ VÀ GIẢI PHÁP
1. Công tác chỉ đạo, điều hành
1.1. Xây dựng kịch bản đáp ứng dịch
- Đơn vị chủ trì: Phòng Nghiệp vụ Y.
- Đơn vị phối hợp: Trung tâm Kiểm soát bệnh tật tỉnh.
- Thời hạn hoàn thành: Quý I/2026.
1.2. Kiểm tra công tác phòng, chống dịch tại các cơ sở y tế
- Đơn vị chủ trì: Thanh tra Sở.
- Đơn vị phối hợp: Phòng Nghiệp vụ Y, Trung tâm Kiểm soát bệnh tật tỉnh.
- Thời hạn hoàn thành: Quý II/2026.
2. Công tác chuyên môn
2.1. Giám sát chủ động tại cộng đồng
- Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật tỉnh.
- Đơn vị phối hợp: Các bệnh viện tuyến tỉnh.
- Thời hạn hoàn thành: Thường xuyên.

TỔ CHỨC THỰC HIỆN
1. Phòng Nghiệp vụ Y là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch.
2. Các đơn vị báo cáo kết quả thực hiện về Sở Y tế (qua Phòng Nghiệp vụ Y) theo quy định tại
Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ.

Nơi nhận:
- UBND tỉnh (để b/c);
- Giám đốc, các PGĐ Sở;
- Lưu: VT, NVY.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Thị Cúc
"""

_WARD_TOP = """\
ỦY BAN NHÂN DÂN
PHƯỜNG TÂN AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 52/KH-UBND

Tân An, ngày 02 tháng 4 năm 2026

KẾ HOẠCH
Chuyển đổi số trên địa bàn phường năm 2026

Thực hiện Kế hoạch số 61/KH-UBND ngày 10/3/2026 của UBND tỉnh Đắk Lắk về chuyển đổi số năm 2026,
Ủy ban nhân dân phường ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Đẩy mạnh ứng dụng công nghệ số trong hoạt động của chính quyền phường.

II. NHIỆM VỤ
Nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.

III. TỔ CHỨC THỰC HIỆN
Định kỳ hằng quý (trước ngày 20 của tháng cuối quý), các đơn vị báo cáo kết quả về UBND phường
(qua Phòng Văn hóa - Xã hội).

Nơi nhận:
- UBND tỉnh;
- Thường trực Đảng ủy phường;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Hoàng Minh Đức

PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 52/KH-UBND ngày 02/4/2026 của UBND phường Tân An)

"""

_ROWS = [
    ["TT", "Nội dung công việc", "Thời hạn hoàn thành", "Đơn vị chủ trì", "Đơn vị phối hợp",
     "Kết quả/sản phẩm", "Ghi chú"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
    ["I", "Công tác tuyên truyền", "", "", "", "", ""],
    ["1", "Tuyên truyền về chuyển đổi số\ntrên Trang thông tin điện tử phường", "Thường xuyên",
     "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND phường", "Tin, bài được\nđăng tải", ""],
    ["2", "Tập huấn kỹ năng số\ncho cán bộ, công chức", "Quý III/2026",
     "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội;\nCông an phường", "Lớp tập huấn", ""],
    ["II", "Hạ tầng số", "", "", "", "", ""],
    ["3", "Rà soát, nâng cấp\nmạng nội bộ", "Tháng 9/2026", "Phòng Kinh tế, Hạ tầng và Đô thị",
     "Văn phòng HĐND và UBND phường", "Báo cáo kết quả", "Theo dự toán"],
]


def _scraped_table(rows: list[list[str]]) -> str:
    """The scrape's form: each cell between '|' lines, its lines kept."""
    out = []
    for row in rows:
        out.append("|")
        for c in row:
            out += c.split("\n") if c else []
            out.append("|")
    return "\n".join(out) + "\n"


def _gfm_table(rows: list[list[str]]) -> str:
    """GitHub-flavoured Markdown: one line a row, '<br>' inside cells."""
    lines = ["| " + " | ".join(c.replace("\n", "<br>") for c in r) + " |" for r in rows]
    lines.insert(1, "|" + "---|" * len(rows[0]))
    return "\n".join(lines) + "\n"


def _read(tmp_path: Path, text: str, name: str = "plan.txt",
          data: bytes | None = None) -> planflow.ImportResult:
    path = tmp_path / name
    path.write_bytes(data if data is not None else text.encode())
    return read_text_file(path)


def _task(plan: planflow.Plan, k: int) -> tuple[list[str], list[str], str]:
    t = plan.tasks[k]
    return list(t.lead), list(t.partners), t.timeframe.text


# -- a commune plan (two-tier local government, 2025) --------------------------------

def test_commune_plan(tmp_path):
    result = _read(tmp_path, COMMUNE)
    plan = result.plan
    doc = plan.document
    assert (doc.symbol, doc.date, doc.place) == ("25/KH-UBND", date(2026, 3, 10), "Hòa An")
    assert doc.issuer == "Ủy ban nhân dân xã Hòa An"
    assert doc.title == "Tuyên truyền phòng, chống ma túy trên địa bàn xã năm 2026"
    assert len(plan.tasks) == 3
    # the lead, partners and time on one line, separated by ";" or "."
    assert _task(plan, 0) == (["phong-van-hoa-xa-hoi"], ["cong-an-xa", "doan-thanh-nien-xa"],
                              "tháng 6/2026")
    assert _task(plan, 1) == (["cong-an-xa"], ["tram-yt-xa"], "Quý II/2026")
    assert _task(plan, 2) == (["doan-thanh-nien-xa"], [], "tháng 6/2026")
    assert plan.tasks[1].title == "Rà soát, thống kê người sử dụng trái phép chất ma túy"
    assert plan.tasks[1].content == ("Lập danh sách theo từng thôn;", "Cập nhật vào cơ sở dữ liệu.")
    assert plan.tasks[2].content[0] == "Treo băng rôn, khẩu hiệu tại trụ sở và các thôn;"
    assert all(t.timeframe.kind is not planflow.Kind.UNRESOLVED for t in plan.tasks)
    assert plan.tasks[1].timeframe.end == date(2026, 6, 30)
    # the legal basis
    refs = {r.symbol: r for r in plan.references}
    assert refs["40/KH-UBND"].role == "basis" and refs["40/KH-UBND"].issuer == "UBND tỉnh Đắk Lắk"
    assert plan.preamble[0].startswith("Căn cứ Luật Tổ chức chính quyền địa phương")
    # recipients, signature
    assert "Thường trực Đảng ủy xã" in plan.recipients
    assert plan.recipients[-1] == "Lưu: VT, VHXH"
    assert plan.signature == planflow.Signature("Trần Văn Bình", title="CHỦ TỊCH", authority="TM.",
                                                on_behalf_of="ỦY BAN NHÂN DÂN")
    # "Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)": the sentence is found
    # and read by the registered reader (which today reads the half-year report only; see
    # docs/import.md, Limits)
    regime = plan.regime
    assert regime is not None and regime.cadence not in ("explicit", "unresolved")
    issuer = next(a.id for a in plan.agencies if a.name == doc.issuer)
    assert (regime.recipient, regime.via) == (issuer, "phong-van-hoa-xa-hoi")
    assert not any("no lead" in w or "no timeframe" in w or "kept as text" in w
                   for w in result.warnings), result.warnings


def test_labels_in_brackets_closing_a_numbered_task(tmp_path):
    text = COMMUNE.replace(
        "cơ sở\nChủ trì: Phòng Văn hóa - Xã hội; phối hợp: Công an xã, Đoàn Thanh niên xã; "
        "thời gian: tháng 6/2026.",
        "cơ sở (chủ trì: Phòng Văn hóa - Xã hội; phối hợp: Công an xã; thời gian: tháng 6/2026).")
    assert text != COMMUNE
    plan = _read(tmp_path, text).plan
    assert len(plan.tasks) == 3
    assert plan.tasks[0].title == "Tuyên truyền trên hệ thống truyền thanh cơ sở"
    assert _task(plan, 0) == (["phong-van-hoa-xa-hoi"], ["cong-an-xa"], "tháng 6/2026")


def test_windows_line_endings_and_nfd_read_as_the_same_plan(tmp_path):
    want = _read(tmp_path, COMMUNE).plan
    data = unicodedata.normalize("NFD", COMMUNE).replace("\n", "\r\n").encode()
    got = _read(tmp_path, "", name="crlf.txt", data=b"\xef\xbb\xbf" + data).plan
    assert got == want


# -- a department plan: "SỞ Y TẾ", headings without numerals, 1.1. sub-items -----------

def test_department_plan(tmp_path):
    result = _read(tmp_path, DEPARTMENT)
    plan = result.plan
    doc = plan.document
    assert (doc.symbol, doc.kind, doc.date) == ("118/KH-SYT", "KH", date(2026, 2, 5))
    assert doc.issuer == "Sở Y tế"
    assert doc.parent_body == "Ủy ban nhân dân tỉnh Khánh Hòa"
    assert doc.title == "PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM NĂM 2026"
    assert plan.objectives == ("Giảm tỷ lệ mắc và tử vong do bệnh truyền nhiễm.",)
    assert plan.requirements == ("Các đơn vị chủ động, phối hợp chặt chẽ.",)
    # "1. Công tác chỉ đạo, điều hành" groups 1.1. and 1.2.: three tasks
    assert [t.title for t in plan.tasks] == [
        "Xây dựng kịch bản đáp ứng dịch",
        "Kiểm tra công tác phòng, chống dịch tại các cơ sở y tế",
        "Giám sát chủ động tại cộng đồng"]
    assert _task(plan, 0) == (["phong-nghiep-vu-y"], ["trung-tam-kiem-soat-benh-tat-tinh"],
                              "Quý I/2026")
    assert _task(plan, 1) == (["thanh-tra-so"],
                              ["phong-nghiep-vu-y", "trung-tam-kiem-soat-benh-tat-tinh"],
                              "Quý II/2026")
    assert _task(plan, 2) == (["trung-tam-kiem-soat-benh-tat-tinh"], ["benh-vien-tuyen-tinh"],
                              "Thường xuyên")
    assert len(plan.implementation) == 2
    assert plan.references[0].symbol == "210/QĐ-UBND"
    assert plan.signature == planflow.Signature("Lê Thị Cúc", title="PHÓ GIÁM ĐỐC",
                                                authority="KT.", on_behalf_of="GIÁM ĐỐC")
    # "báo cáo … theo quy định tại Nghị định số 09/2019/NĐ-CP"
    regime = plan.regime
    assert regime is not None and regime.cadence == "nd09"
    assert (regime.recipient, regime.via) == ("so-yt", "phong-nghiep-vu-y")
    assert not any("not read" in w for w in result.warnings), result.warnings


# -- an appendix task table, columns in another order -------------------------------

@pytest.mark.parametrize("form", ["scraped", "gfm"])
def test_appendix_table_with_other_columns(tmp_path, form):
    table = _scraped_table(_ROWS) if form == "scraped" else _gfm_table(_ROWS)
    result = _read(tmp_path, _WARD_TOP + table, name="plan.md")
    plan = result.plan
    assert plan.document.issuer == "Ủy ban nhân dân phường Tân An"
    assert plan.document.symbol == "52/KH-UBND"
    # the numbering row "(1) … (7)" and the group rows I, II are not tasks
    assert [t.title for t in plan.tasks] == [
        "Tuyên truyền về chuyển đổi số trên Trang thông tin điện tử phường",
        "Tập huấn kỹ năng số cho cán bộ, công chức", "Rà soát, nâng cấp mạng nội bộ"]
    office = "van-phong-hdnd-va-ubnd-phuong"
    assert _task(plan, 0) == (["phong-van-hoa-xa-hoi"], [office], "Thường xuyên")
    assert _task(plan, 1) == ([office], ["phong-van-hoa-xa-hoi", "cong-an-phuong"], "Quý III/2026")
    assert _task(plan, 2) == (["phong-kinh-te-ha-tang-va-do-thi"], [office], "Tháng 9/2026")
    assert plan.tasks[0].output == "Tin, bài được đăng tải"
    assert plan.tasks[2].timeframe.end == date(2026, 9, 30)
    names = {a.id: a.name for a in plan.agencies}
    assert names[office] == "Văn phòng HĐND và UBND phường"
    assert plan.regime is not None and plan.regime.cadence == "quarterly"
    assert plan.regime.via == "phong-van-hoa-xa-hoi"
    assert plan.signature is not None and plan.signature.name == "Hoàng Minh Đức"
    assert not any("not a task table" in w for w in result.warnings), result.warnings


# -- a Word document laid out in tables -----------------------------------------------

def _merged_docx(path: Path) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    head = d.add_table(rows=2, cols=2)
    head.cell(0, 0).text = "UBND TỈNH LÂM ĐỒNG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    head.cell(1, 0).text = "Số: 87/KH-SGDĐT"
    head.cell(1, 1).text = "Lâm Đồng, ngày 12 tháng 01 năm 2026"
    for s in ["KẾ HOẠCH", "Kiểm tra nội bộ năm học 2025 - 2026",
              "Căn cứ Kế hoạch số 15/KH-UBND ngày 05/01/2026 của UBND tỉnh Lâm Đồng về công tác "
              "kiểm tra năm 2026;",
              "Sở Giáo dục và Đào tạo ban hành Kế hoạch như sau:",
              "I. MỤC ĐÍCH, YÊU CẦU", "Đánh giá đúng việc thực hiện nhiệm vụ năm học.",
              "II. NHIỆM VỤ CỤ THỂ", "(Chi tiết tại bảng dưới đây)"]:
        d.add_paragraph(s)
    tab = d.add_table(rows=5, cols=6)
    for k, h in enumerate(["STT", "Nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian", "Sản phẩm"]):
        tab.cell(0, k).text = h
    tab.cell(1, 2).text, tab.cell(1, 3).text = "Chủ trì", "Phối hợp"
    for k in (0, 1, 4, 5):
        tab.cell(0, k).merge(tab.cell(1, k))
    tab.cell(0, 2).merge(tab.cell(0, 3))
    rows = [["1", "Xây dựng kế hoạch kiểm tra nội bộ", "Phòng Giáo dục Trung học", "Văn phòng Sở",
             "Tháng 02/2026", "Kế hoạch được ban hành"],
            ["2", "Kiểm tra việc thực hiện chương trình", "", "Thanh tra Sở; Các trường THPT",
             "Quý II/2026", "Báo cáo kết quả kiểm tra"],
            ["3", "Tổng kết năm học", "Văn phòng Sở", "Các phòng chuyên môn", "Tháng 6/2026",
             "Báo cáo tổng kết"]]
    for r, row in enumerate(rows, 2):
        for k, v in enumerate(row):
            if v:
                tab.cell(r, k).text = v
    tab.cell(2, 2).merge(tab.cell(3, 2))  # one lead for tasks 1 and 2
    for s in ["III. TỔ CHỨC THỰC HIỆN",
              "Định kỳ hằng tháng (trước ngày 25), các đơn vị báo cáo kết quả về Sở Giáo dục và "
              "Đào tạo (qua Văn phòng Sở)."]:
        d.add_paragraph(s)
    sig = d.add_table(rows=1, cols=2)
    sig.cell(0, 0).text = "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT, KHTC."
    sig.cell(0, 1).text = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nNguyễn Thị Hoa"
    d.save(str(path))


def test_docx_with_table_letterhead_merged_task_table_and_signature_table(tmp_path):
    path = tmp_path / "plan.docx"
    _merged_docx(path)
    result = read_docx(path)
    plan = result.plan
    doc = plan.document
    assert (doc.symbol, doc.date) == ("87/KH-SGDĐT", date(2026, 1, 12))
    assert doc.issuer == "Sở Giáo dục và Đào tạo"
    assert doc.parent_body == "Ủy ban nhân dân tỉnh Lâm Đồng"
    assert doc.title == "Kiểm tra nội bộ năm học 2025 - 2026"
    assert [t.title for t in plan.tasks] == ["Xây dựng kế hoạch kiểm tra nội bộ",
                                             "Kiểm tra việc thực hiện chương trình",
                                             "Tổng kết năm học"]
    # a two-row header ("Đơn vị thực hiện" over "Chủ trì" | "Phối hợp"), a lead cell
    # merged over two rows
    assert _task(plan, 0) == (["phong-giao-duc-trung-hoc"], ["van-phong-so"], "Tháng 02/2026")
    assert _task(plan, 1) == (["phong-giao-duc-trung-hoc"], ["thanh-tra-so", "truong-thpt"],
                              "Quý II/2026")
    assert _task(plan, 2) == (["van-phong-so"], ["phong-chuyen-mon"], "Tháng 6/2026")
    assert plan.tasks[1].output == "Báo cáo kết quả kiểm tra"
    assert plan.recipients == ("UBND tỉnh", "Lưu: VT, KHTC")
    assert plan.signature == planflow.Signature("Nguyễn Thị Hoa", title="PHÓ GIÁM ĐỐC",
                                                authority="KT.", on_behalf_of="GIÁM ĐỐC")
    assert plan.regime is not None and plan.regime.cadence == "monthly"
    assert plan.regime.via == "van-phong-so"
    assert not any("not a task table" in w for w in result.warnings), result.warnings


# -- the new forms keep the fuzz property ----------------------------------------------

_PIECES = [
    "KẾ HOẠCH", "MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ", "1.1.", "Chủ trì: Công an xã; phối hợp:",
    "; thời gian:", "Quý II/2026", "+ ", "• ", "| TT | Nội dung công việc | Đơn vị chủ trì |",
    "|---|---|", "| (1) | (2) | (3) |", "<br>", "|", "\r\n", "\n", "\n\n", "SỞ Y TẾ",
    "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nơi nhận:", "Văn phòng HĐND và UBND xã", "09/2019/NĐ-CP",
    "Số: 1/KH-SYT", "Hòa An, ngày 10 tháng 3 năm 2026", "Đơn vị thực hiện", "Phối hợp", " ",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=40))
def test_arbitrary_text_with_the_new_forms_raises_only_plan_file_errors(parts):
    try:
        read_items(blocks_from_text(" ".join(parts)), "fuzz.txt")
    except planflow.PlanFileError:
        pass
