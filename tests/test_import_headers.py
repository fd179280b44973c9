"""Document headers as public pages print them (round 4, the ``pages`` part of
benchmarks/score_reading.py): every family below was met at the top of real pages of
issued plans and decisions; each document here is written for these tests in our own
words on that shape, no page text is copied.

- the website's furniture above the letterhead (a URL line, menus and buttons, its
  attribute table "Số hiệu | … |", a list of related documents, the page's own title):
  not read, with one warning;
- letterhead cells cut by "|" at the end of a line, or read across in rows ("ỦY BAN NHÂN
  DÂN | CỘNG HÒA … |" over "XÃ AN LẠC | Độc lập … |");
- a number printed with spaces ("Số: 36 /KH - UBND"), a kind the symbol names with lower
  case ("28/CTr-UBND") or with its dash lost ("5556/QĐBYT"), a Quyết định whose number
  prints another kind;
- a place cut over two lines in a cell ("Thành phố Hồ Chí" | "Minh, ngày …");
- a page that dropped the "KẾ HOẠCH" line: the capitals under the date are the title;
- a letterhead that lost its place ("ỦY BAN NHÂN DÂN" alone): the issuer completed from
  the decider's line, the sentence that issues, or the place line (always warned);
- the Prime Minister's letterhead.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

import planflow
from planflow_import import read_text_file
from planflow_import.header import complete_issuer, site_footer, site_furniture
from planflow_import.text import Para

from .test_reading_score import _scorer

BODY = """
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm an toàn cho người dân trong mùa mưa lũ.

II. NHIỆM VỤ
1. Sở Nông nghiệp và Môi trường chủ trì rà soát các khu dân cư ven sông; hoàn thành trong quý II/2025.
"""


def _read(tmp_path: Path, text: str, name: str = "page.txt") -> planflow.ImportResult:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_text_file(path)


# -- furniture above the letterhead ---------------------------------------------------

FURNITURE = [
    "https://vanban.example.vn/ke-hoach-14-kh-ubnd-2025-phong-chong-lu.html\n",
    "Trang chủ > Văn bản > Tài nguyên - Môi trường\nTải về\nLưu trữ Góp ý\n  • Thuộc tính\n"
    "  • Nội dung\n",
    "Kế hoạch 14/KH-UBND năm 2025 phòng chống lũ tỉnh Sông Mây\nSố hiệu | 14/KH-UBND |\n"
    "Ngày ban hành | 07/04/2025 |\nLoại văn bản | Kế hoạch |\nCơ quan ban hành | Tỉnh Sông Mây |\n",
    "Số hiệu: 14/KH-UBND Loại văn bản: Kế hoạch\nNơi ban hành: Tỉnh Sông Mây Người ký: Lê Văn A\n"
    "Ngày ban hành: 07/04/2025 Tình trạng: Đã biết\n",
    "- 1Quyết định 11/2020/QĐ-TTg về quy chế cảnh báo lũ do Thủ tướng Chính phủ ban hành\n"
    "- 2Nghị định 20/2021/NĐ-CP hướng dẫn Luật Phòng, chống thiên tai\n",
    "Đang tải nội dung, vui lòng chờ giây lát...\nĐăng nhập\n",
]

LETTERHEAD = """ỦY BAN NHÂN DÂN
TỈNH SÔNG MÂY
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 14/KH-UBND

Sông Mây, ngày 07 tháng 4 năm 2025

KẾ HOẠCH
Phòng, chống lũ quét và sạt lở đất năm 2025
"""


@pytest.mark.parametrize("furniture", FURNITURE)
def test_the_websites_furniture_above_the_letterhead_is_not_read(tmp_path, furniture):
    result = _read(tmp_path, furniture + LETTERHEAD + BODY)
    doc = result.plan.document
    assert (doc.number, doc.symbol, doc.date) == ("14", "14/KH-UBND", date(2025, 4, 7))
    assert doc.issuer == "Ủy ban nhân dân tỉnh Sông Mây"
    assert doc.title == "Phòng, chống lũ quét và sạt lở đất năm 2025"
    assert any("above the letterhead" in w for w in result.warnings)


def test_furniture_glued_to_the_letterhead_with_no_blank_line(tmp_path):
    text = ("https://vanban.example.vn/qd-90.html\nỦY\nBAN NHÂN DÂN\nTỈNH SÔNG MÂY\n-------\n|\n"
            "CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
            "Số: 14/KH-UBND\n|\nSông Mây, ngày 07 tháng 4 năm 2025\n|\nKẾ HOẠCH\n"
            "PHÒNG, CHỐNG LŨ QUÉT NĂM 2025\n" + BODY)
    doc = _read(tmp_path, text).plan.document
    assert doc.issuer == "Ủy ban nhân dân tỉnh Sông Mây"
    assert (doc.symbol, doc.place) == ("14/KH-UBND", "Sông Mây")


def test_nothing_is_blanked_without_a_letterhead_or_above_a_plain_one():
    assert site_furniture(LETTERHEAD + BODY) == (LETTERHEAD + BODY, 0)
    plain = "Ghi chép cuộc họp\nKhông có tiêu đề văn bản\n"
    assert site_furniture(plain) == (plain, 0)
    # a body's name in capitals with no motto and number line close by is not a letterhead
    text = "BẢN TIN\nSỞ Y TẾ THÔNG BÁO LỊCH TIÊM\nNội dung\n"
    assert site_furniture(text) == (text, 0)


def test_the_lines_blanked_keep_their_places():
    text, n = site_furniture("https://a.example/x\nTải về\n" + LETTERHEAD)
    assert n == 2 and text.split("\n")[2] == "ỦY BAN NHÂN DÂN"


# -- furniture below the document ------------------------------------------------------

FOOTER = """Kế hoạch 14/KH-UBND năm 2025 phòng chống lũ quét do tỉnh Sông Mây ban hành
Văn bản này chưa cập nhật nội dung Tiếng Anh
Kế hoạch 14/KH-UBND ngày 07/4/2025 phòng chống lũ quét do tỉnh Sông Mây ban hành
## Văn bản liên quan
Ban hành:
02/01/2025
Hiệu lực: Đã biết
|
NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN
|
**Địa chỉ:**
|
1 Đường Mẫu, TP. Sông Mây
|
**Mã số thuế:**
|
0000000000
|
"""

TABLE_BODY = """
II. NHIỆM VỤ
|
**STT**
|
**Nội dung**
|
**Cơ quan chủ trì**
|
**Thời gian**
|
|
1
|
Rà soát các khu dân cư ven sông
|
Sở Nông nghiệp và Môi trường
|
Quý II/2025
|
|
2
|
Diễn tập sơ tán dân
|
Ủy ban nhân dân các xã
|
Quý III/2025
|
"""


def test_the_websites_furniture_below_the_document_is_not_read(tmp_path):
    """The page's title of the document, "Văn bản này chưa cập nhật nội dung Tiếng Anh", the
    related documents and the site's address after the task table: no task, no time."""
    result = _read(tmp_path, LETTERHEAD + TABLE_BODY + FOOTER)
    titles = [t.title for t in result.plan.tasks]
    assert titles == ["Rà soát các khu dân cư ven sông", "Diễn tập sơ tán dân"]
    assert any("below the document" in w for w in result.warnings)


def test_the_footer_is_blanked_from_the_page_title_and_keeps_the_places():
    text = LETTERHEAD + TABLE_BODY + FOOTER
    out, n = site_footer(text)
    assert out.count("\n") == text.count("\n")
    assert "Diễn tập sơ tán dân" in out and "Quý III/2025" in out
    assert "ban hành" not in out.split("Quý III/2025")[1] and "Mã số thuế" not in out
    assert n == sum(1 for ln in FOOTER.split("\n") if any(c.isalnum() for c in ln))


def test_nothing_is_blanked_without_the_sites_footer_or_in_the_first_half():
    assert site_footer(LETTERHEAD + BODY) == (LETTERHEAD + BODY, 0)
    # "Văn bản liên quan" early on (a plan's own heading near the top) is not the footer
    text = "Văn bản liên quan\n" + LETTERHEAD + BODY
    assert site_footer(text) == (text, 0)


# -- letterhead cells -----------------------------------------------------------------

def test_cells_that_end_each_line_with_a_bar(tmp_path):
    text = ("ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM |\nSố: 0207/KH-UBND |\n"
            "Sông Mây, ngày 02 tháng 7 năm 2024 |\nKẾ HOẠCH\nKIỂM TRA CÔNG TÁC VĂN THƯ NĂM 2024\n"
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm tra như sau:\n" + BODY)
    result = _read(tmp_path, text)
    doc = result.plan.document
    assert (doc.number, doc.symbol, doc.place) == ("0207", "0207/KH-UBND", "Sông Mây")
    # the letterhead kept only its first line: completed from the issuing sentence's level
    # and the place line, warned
    assert doc.issuer == "Ủy ban nhân dân tỉnh Sông Mây"
    assert any("letterhead names no place" in w for w in result.warnings)


def test_letterhead_rows_read_across(tmp_path):
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "XÃ AN LẠC | Độc lập - Tự do - Hạnh phúc |\nSố: 36 /KH - UBND |\n"
            "An Lạc, ngày 07 tháng 5 năm 2025 |\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2025\n" + BODY)
    doc = _read(tmp_path, text).plan.document
    assert (doc.number, doc.symbol) == ("36", "36/KH-UBND")
    assert doc.issuer == "Ủy ban nhân dân xã An Lạc"
    assert doc.date == date(2025, 5, 7)


def test_a_place_cut_inside_its_cell(tmp_path):
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ SÔNG MÂY\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n|\nSố: 415/KH-UBND\n|\nThành phố Sông Mây Hạ\n"
            "Lưu, ngày 08 tháng 11 năm 2022\n|\nKẾ HOẠCH\nPHÒNG CHÁY, CHỮA CHÁY NĂM 2023\n" + BODY)
    doc = _read(tmp_path, text).plan.document
    assert doc.place == "Thành phố Sông Mây Hạ Lưu"
    assert doc.date == date(2022, 11, 8)


def test_a_date_split_after_the_day(tmp_path):
    text = LETTERHEAD.replace("Sông Mây, ngày 07 tháng 4 năm 2025",
                              "Sông Mây, ngày 07\ntháng 4 năm 2025") + BODY
    doc = _read(tmp_path, text).plan.document
    assert (doc.place, doc.date) == ("Sông Mây", date(2025, 4, 7))


# -- numbers and kinds ----------------------------------------------------------------

@pytest.mark.parametrize("printed, symbol, number, kind", [
    ("Số: 28/CTr-UBND", "28/CTr-UBND", "28", "CTr"),
    ("Số: 55/2007/QĐ-UBND", "55/2007/QĐ-UBND", "55", "QĐ"),
    ("Số: 1528/QĐ-UBND", "1528/QĐ-UBND", "1528", "QĐ"),
    ("Số: 5556/QĐBYT", "5556/QĐBYT", "5556", "QĐ"),
    ("Số: 06/2024/QĐ-UBND", "06/2024/QĐ-UBND", "06", "QĐ"),
    ("Số:   65 / KH-UBND", "65/KH-UBND", "65", "KH"),
])
def test_numbers_as_printed_and_the_kind_their_symbol_names(tmp_path, printed, symbol, number, kind):
    doc = _read(tmp_path, LETTERHEAD.replace("Số: 14/KH-UBND", printed) + BODY).plan.document
    assert (doc.symbol, doc.number, doc.kind) == (symbol, number, kind)


def test_a_decision_whose_number_prints_another_kind(tmp_path):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH SÔNG MÂY\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "Số: 55/2007/CT-UBND\n\nSông Mây, ngày 05 tháng 3 năm 2007\n\nQUYẾT ĐỊNH\n\n"
            "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ GIAI ĐOẠN 2006 - 2010\n\n"
            "ỦY BAN NHÂN DÂN TỈNH SÔNG MÂY\n\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban "
            "nhân dân;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch hành "
            "động vì sự tiến bộ của phụ nữ giai đoạn 2006 - 2010.\n")
    result = _read(tmp_path, text)
    doc = result.plan.document
    assert (doc.kind, doc.number, doc.symbol) == ("QĐ", "55", "55/2007/CT-UBND")
    assert doc.date == date(2007, 3, 5)
    assert any("names 'CT' but the document is a Quyết định" in w for w in result.warnings)


def test_the_prime_ministers_letterhead(tmp_path):
    text = ("THỦ\nTƯỚNG CHÍNH PHỦ\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "Số: 719/QĐ-TTg\n\nHà Nội, ngày 15 tháng 6 năm 2012\n\nKẾ HOẠCH\n"
            "Tổ chức các hoạt động kỷ niệm ngày thành lập\n" + BODY)
    doc = _read(tmp_path, text).plan.document
    assert doc.issuer == "Thủ tướng Chính phủ"


# -- a title with no "KẾ HOẠCH" line --------------------------------------------------

def test_the_capitals_under_the_date_are_the_title_when_the_plan_word_is_gone(tmp_path):
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 32/KH-UBND | Sông Mây, ngày 16 tháng 3 năm 2018 |\n"
            "ỨNG PHÓ SỰ CỐ SẠT LỞ BỜ SÔNG TRÊN ĐỊA BÀN TỈNH SÔNG MÂY ĐẾN NĂM 2020\n"
            "Thực hiện Quyết định số 10/QĐ-TTg ngày 24/6/2014 của Thủ tướng Chính phủ, Ủy ban "
            "nhân dân tỉnh ban hành Kế hoạch ứng phó như sau:\n" + BODY)
    result = _read(tmp_path, text)
    doc = result.plan.document
    assert doc.title == "ỨNG PHÓ SỰ CỐ SẠT LỞ BỜ SÔNG TRÊN ĐỊA BÀN TỈNH SÔNG MÂY ĐẾN NĂM 2020"
    assert doc.kind == "KH" and doc.symbol == "32/KH-UBND"
    assert any("no 'KẾ HOẠCH' line" in w for w in result.warnings)
    assert result.plan.period == planflow.Period(date(2018, 1, 1), date(2020, 12, 31))


def test_a_heading_in_capitals_above_the_plan_word_is_not_the_title(tmp_path):
    text = LETTERHEAD.replace("KẾ HOẠCH\n", "DỰ THẢO LẦN HAI CỦA VĂN PHÒNG\n\nKẾ HOẠCH\n") + BODY
    doc = _read(tmp_path, text).plan.document
    assert doc.title == "Phòng, chống lũ quét và sạt lở đất năm 2025"


# -- a letterhead that lost its place ---------------------------------------------------

def _paras(*texts: str) -> list[Para]:
    return [Para(f"line {k + 1}", k + 1, t, (t,)) for k, t in enumerate(texts)]


@pytest.mark.parametrize("texts, place, issuer, where", [
    (("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG MÂY", "Căn cứ Luật Tổ chức chính quyền địa phương;"),
     "Bến Nghé", "Ủy ban nhân dân tỉnh Sông Mây", "decider"),
    (("Ủy ban nhân dân tỉnh Sông Mây xây dựng Kế hoạch phòng, chống dịch như sau:",),
     "Sông Mây", "Ủy ban nhân dân tỉnh Sông Mây", "issues"),
    (("Chủ tịch UBND tỉnh ban hành Kế hoạch phòng, chống dịch năm 2024 như sau:",),
     "Sông Mây", "Ủy ban nhân dân tỉnh Sông Mây", "place line"),
    (("Để chủ động phòng, chống dịch, các cơ quan triển khai như sau:",),
     "TP. Sông Mây", "Ủy ban nhân dân thành phố Sông Mây", "place line"),
    (("Để chủ động phòng, chống dịch, các cơ quan triển khai như sau:",),
     "Sông Mây", "Ủy ban nhân dân Sông Mây", "level (tỉnh, thành phố) unknown"),
])
def test_a_bare_issuer_completed_and_said_from_where(texts, place, issuer, where):
    got = complete_issuer("Ủy ban nhân dân", place, _paras(*texts))
    assert got is not None and got[0] == issuer and where in got[1]


def test_a_plan_another_committee_issued_does_not_complete_the_issuer():
    texts = _paras("Căn cứ Kế hoạch số 61/KH-UBND ngày 01/3/2021 của Ủy ban nhân dân tỉnh Hà Mây;",
                   "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
    got = complete_issuer("Ủy ban nhân dân", "Sông Mây", texts)
    assert got is not None and got[0] == "Ủy ban nhân dân tỉnh Sông Mây"


def test_a_full_issuer_is_left_as_it_is():
    assert complete_issuer("Ủy ban nhân dân tỉnh Sông Mây", "Sông Mây", []) is None
    assert complete_issuer("Sở Y tế", "Sông Mây", []) is None


# -- whatever the page, the import loads or fails in one line -------------------------

@pytest.mark.parametrize("cut", [120, 260, 420, 600, 900])
def test_a_page_cut_anywhere_imports_and_loads_or_fails_in_one_line(tmp_path, cut):
    text = (FURNITURE[2] + LETTERHEAD + BODY)[:cut]
    path = tmp_path / "cut.txt"
    path.write_text(text, encoding="utf-8")
    try:
        result = read_text_file(path)
    except planflow.PlanFileError as e:
        assert "\n" not in str(e)
        return
    out = tmp_path / "cut.toml"
    out.write_text(planflow.dumps_plan(result.plan), encoding="utf-8")
    problems = planflow.validate(planflow.load(out))
    assert not [p for p in problems if p.severity is planflow.Severity.ERROR]


def test_the_header_reads_the_same_in_nfc_and_nfd(tmp_path):
    text = FURNITURE[2] + LETTERHEAD.replace("ỦY BAN", "UỶ BAN") + BODY
    a = _read(tmp_path, text, "a.txt").plan.document
    b = _read(tmp_path, unicodedata.normalize("NFD", text), "b.txt").plan.document
    assert a == b and a.issuer == "Ủy ban nhân dân tỉnh Sông Mây"


# -- a decision issuing or approving a plan, as pages print it ------------------------

DECISION_TOP = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 848/QĐ-UBND | Sông Mây, ngày 12 tháng 04 năm 2016 |
"""
DECISION_BODY = """CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG MÂY
Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013;
Xét đề nghị của Sở Nông nghiệp tại Tờ trình số 74/TTr-SNN ngày 14 tháng 3 năm 2016.
QUYẾT ĐỊNH:
Điều 1. Nay ban hành kèm theo Quyết định này Kế hoạch phòng, chống thiên tai năm 2016.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Nơi nhận: | TM. ỦY BAN NHÂN DÂN TỈNH |
PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN TỈNH SÔNG MÂY NĂM 2016
(Ban hành kèm theo Quyết định số 848/QĐ-UBND ngày 12 tháng 4 năm 2016 của Chủ tịch UBND tỉnh)
Nhằm chủ động ứng phó với thiên tai, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH
Giảm thiểu thiệt hại.
"""


def _decided(result: planflow.ImportResult) -> bool:
    return any("Quyết định that issues" in w or "decision's" in w for w in result.warnings)


def test_a_decision_with_neither_its_title_word_nor_the_plans(tmp_path):
    """No "QUYẾT ĐỊNH" line (the decider opens it) and no "KẾ HOẠCH" line over the
    attachment (its title in capitals over "(Ban hành kèm theo …)"), cells cut by "|"."""
    result = _read(tmp_path, DECISION_TOP + DECISION_BODY)
    doc = result.plan.document
    assert _decided(result)
    assert (doc.kind, doc.symbol, doc.date) == ("QĐ", "848/QĐ-UBND", date(2016, 4, 12))
    assert doc.title == "PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN TỈNH SÔNG MÂY NĂM 2016"
    # the letterhead kept only "ỦY BAN NHÂN DÂN": the decider's line names the province
    assert doc.issuer == "Ủy ban nhân dân tỉnh Sông Mây"


@pytest.mark.parametrize("title, article", [
    ("VỀ VIỆC BAN HÀNH CHƯƠNG TRÌNH PHỔ BIẾN PHÁP LUẬT TỪ NĂM 2016 ĐẾN NĂM 2020",
     "Điều 1. Ban hành kèm theo Quyết định này Chương trình phổ biến pháp luật."),
    ("QUYẾT ĐỊNH\nPHÊ DUYỆT KẾ HOẠCH PHỔ BIẾN PHÁP LUẬT TỪ NĂM 2016 ĐẾN NĂM 2020",
     "Điều 1. Phê duyệt kèm theo Quyết định này Kế hoạch phổ biến pháp luật."),
    ("QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH PHỔ BIẾN PHÁP LUẬT TỪ NĂM 2016 ĐẾN NĂM 2020",
     "Điều 1. Banhành kèm theo Quyết định này Kế hoạch phổ biến pháp luật."),
])
def test_how_a_decision_says_it_issues_the_plan(tmp_path, title, article):
    text = (DECISION_TOP + title + "\nỦY BAN NHÂN DÂN TỈNH SÔNG MÂY\nCăn cứ Luật Phổ biến, giáo "
            "dục pháp luật;\nQUYẾT ĐỊNH:\n" + article + "\nNơi nhận:\n- Như Điều 1;\n"
            "KẾ HOẠCH\nPHỔ BIẾN PHÁP LUẬT TỪ NĂM 2016 ĐẾN NĂM 2020\nI. MỤC ĐÍCH\nNâng cao hiểu biết.\n")
    result = _read(tmp_path, text)
    assert _decided(result)
    assert result.plan.document.title == "PHỔ BIẾN PHÁP LUẬT TỪ NĂM 2016 ĐẾN NĂM 2020"
    assert result.plan.period == planflow.Period(date(2016, 1, 1), date(2020, 12, 31))


def test_a_decision_naming_a_programme_whose_attachment_is_not_in_the_page(tmp_path):
    text = ("BỘ NÔNG NGHIỆP\nVÀ PHÁT TRIỂN NÔNG THÔN\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập – Tự do – Hạnh phúc\n|\nSố:\n3298/QĐ-BNN-HTQT\n|\nHà Nội, ngày 16\n"
            "tháng 11 năm 2009\n|\nQUYẾT ĐỊNH\nBAN\nHÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG VỀ NUÔI TRỒNG THỦY SẢN"
            " BỀN VỮNG GIAI ĐOẠN 2010-2012\nBỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n"
            "Căn cứ Nghị định số 01/2008/NĐ-CP;\nQUYẾT ĐỊNH:\nĐiều 1. Ban\nhành kèm theo quyết định"
            " này Chương trình hành động về nuôi trồng thủy sản bền vững.\nĐiều 2. Quyết\nđịnh n")
    result = _read(tmp_path, text)
    doc = result.plan.document
    assert _decided(result)
    assert doc.issuer == "Bộ Nông nghiệp và Phát triển nông thôn"
    assert (doc.symbol, doc.date) == ("3298/QĐ-BNN-HTQT", date(2009, 11, 16))
    assert doc.title == "VỀ NUÔI TRỒNG THỦY SẢN BỀN VỮNG GIAI ĐOẠN 2010-2012"


def test_an_attached_title_the_page_cut_off_is_read_whole_from_the_decision(tmp_path):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH SÔNG MÂY\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố:\n"
            "4858/QĐ-UBND\n|\nSông Mây, ngày 31 tháng 12 năm 2021\n|\nQUYẾT ĐỊNH\nPHÊ DUYỆT KẾ HOẠCH"
            " TRIỂN KHAI CHIẾN LƯỢC AN TOÀN GIAO THÔNG ĐƯỜNG BỘ GIAI ĐOẠN 2021-2030\nỦY BAN NHÂN DÂN "
            "TỈNH SÔNG MÂY\nCăn cứ Luật Giao thông đường bộ;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt kèm theo"
            " Quyết định này Kế hoạch triển khai Chiến lược an toàn giao thông đường bộ.\nNơi nhận:\n"
            "- Như Điều 1;\n|\nKT. CHỦ TỊCH\n|\nKẾ HOẠCH\nTRIỂN KHAI CHIẾN LƯỢC AN TOÀN ")
    result = _read(tmp_path, text)
    assert result.plan.document.title == ("TRIỂN KHAI CHIẾN LƯỢC AN TOÀN GIAO THÔNG ĐƯỜNG BỘ GIAI "
                                          "ĐOẠN 2021-2030")
    assert any("title is cut off" in w for w in result.warnings)


def test_a_plan_with_no_title_at_all_reads_the_sentence_that_issues_it(tmp_path):
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 7822/KH-UBND | Sông Mây, "
            "ngày 26 tháng 11 năm 2021 |\nCăn cứ Quyết định số 16/QĐ-TTg ngày 04/10/2021 của Thủ "
            "tướng Chính phủ;\nỦy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án bảo vệ rừng "
            "ven biển giai đoạn 2021-2030 (gọi tắt là Đề án), gồm các nội dung chủ yếu như sau:\n"
            "1. Mục đích\nQuản lý, bảo vệ rừng ven biển.")
    result = _read(tmp_path, text)
    doc = result.plan.document
    assert doc.title == "thực hiện Đề án bảo vệ rừng ven biển giai đoạn 2021-2030"
    assert doc.issuer == "Ủy ban nhân dân tỉnh Sông Mây"
    assert not any("section 'ỦY BAN" in w or "section 'Số:" in w for w in result.warnings)


def test_a_plans_number_and_no_title_is_still_a_plan_but_prose_alone_is_not(tmp_path):
    prose = "Trong những năm qua việc triển khai công tác phòng cháy có nhiều chuyển biến tích cực.\n"
    result = _read(tmp_path, "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 2215/KH-UBND"
                   " | TP. Sông Mây, ngày 20 tháng 5 năm 2009 |\n" + prose, "a.txt")
    assert result.plan.document.symbol == "2215/KH-UBND"
    assert result.plan.document.issuer == "Ủy ban nhân dân thành phố Sông Mây"
    with pytest.raises(planflow.PlanFileError, match="not a plan"):
        _read(tmp_path, prose * 3, "b.txt")


@pytest.mark.parametrize("title, issued, period", [
    ("Phổ biến pháp luật từ năm 2008 đến năm 2012", date(2008, 8, 21), (2008, 2012)),
    ("Phổ biến pháp luật từ năm 2026 đến hết năm 2030", date(2025, 12, 1), (2026, 2030)),
    # what a supervision looks back on is not the plan's time
    ("Triển khai nghị quyết giám sát việc thực hiện pháp luật từ năm 2009 đến hết năm 2023",
     date(2025, 5, 19), None),
    ("Tổng kết 10 năm thi hành luật năm 2012", date(2025, 5, 19), None),
    ("Phòng, chống dịch bệnh năm 2018", date(2017, 11, 29), (2018, 2018)),
    ("Phòng, chống dịch bệnh năm 2024", date(2025, 1, 3), (2024, 2024)),
])
def test_the_span_a_title_names(title, issued, period):
    from planflow_import.header import title_period

    got = title_period(title, issued)
    assert (got.start.year, got.end.year) == period if period else got is None


@pytest.mark.parametrize("after", ["Phần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024",
                                   "Thực hiện Chương trình hành động số 38-CTr/TU của Tỉnh ủy,"])
def test_a_title_joined_with_what_follows_it_ends_where_the_body_starts(tmp_path, after):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH SÔNG MÂY\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 33/KH-UBND\n\n"
            "Sông Mây, ngày 14 tháng 3 năm 2019\n\nKẾ HOẠCH\nCÔNG TÁC BẢO ĐẢM TRẬT TỰ AN TOÀN GIAO THÔNG\n"
            "NĂM 2019\n" + after + " UBND tỉnh xây dựng Kế hoạch như sau:\n" + BODY)
    doc = _read(tmp_path, text).plan.document
    assert doc.title == "CÔNG TÁC BẢO ĐẢM TRẬT TỰ AN TOÀN GIAO THÔNG NĂM 2019"


def test_a_letterhead_a_pdf_flattened_on_one_line(tmp_path):
    text = ("Quyết định số 77/2021/QĐ-BYT (tiêu đề của trang)\n\n  1. BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
            "VIỆT NAM  Độc lập  Tự do  Hạnh phúc   Số: 77/QĐBYT Hà Nội, ngày 04 tháng 12 năm 2021    "
            "QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG PHÒNG CHỐNG BỆNH SỐT RÉT  VÙNG BIÊN GIỚI"
            " GIAI ĐOẠN 2021-2025 BỘ TRƯỞNG BỘ Y TẾ Căn cứ Nghị định số 75/2017/NĐCP ngày 20 tháng 6 "
            "năm 2017 của Chính phủ; Căn cứ Nghị quyết số 20NQ/TW ngày 25/10/2017 của Hội nghị")
    result = _read(tmp_path, text)
    doc = result.plan.document
    assert (doc.issuer, doc.symbol, doc.kind) == ("Bộ Y tế", "77/QĐBYT", "QĐ")
    assert (doc.place, doc.date) == ("Hà Nội", date(2021, 12, 4))
    assert doc.title.startswith("HÀNH ĐỘNG PHÒNG CHỐNG BỆNH SỐT RÉT VÙNG BIÊN GIỚI")
    assert any("printed on one line" in w for w in result.warnings)


def test_a_sentence_naming_the_committee_with_other_words_before_its_verb():
    got = complete_issuer("Ủy ban nhân dân", "Sông Mây", _paras(
        "Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 12/KH-UBND; nay ban hành Kế hoạch như sau:"))
    assert got is not None and got[0] == "Ủy ban nhân dân tỉnh Sông Mây"


def test_two_letterhead_columns_woven_on_one_flattened_line(tmp_path):
    text = ("Kế hoạch số 25/KH-UBND (tiêu đề của trang)\n\n 1. THÀNH PHỐ SÔNG MÂY CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
            "VIỆT ỦY BAN NHÂN DÂN HUYỆN NAM BẾN LỞ Độc lập – Tự do – Hạnh phúc ----- ------- Số: 25/KH-UBND"
            " Bến Lở, ngày 26 tháng 3 năm 2008 KẾ HOẠCH TỔ CHỨC CÁC NGÀY LỄ LỚN TRONG NĂM 2008 1. Kỷ niệm "
            "ngày thành lập Đảng: 1.1. Hình thức tổ chức: - Tuyên truyền trên đài truyền thanh. - Họp mặt.")
    result = _read(tmp_path, text)
    doc = result.plan.document
    assert doc.issuer == "Ủy ban nhân dân huyện Bến Lở"
    assert (doc.symbol, doc.place, doc.date) == ("25/KH-UBND", "Bến Lở", date(2008, 3, 26))
    assert doc.title == "TỔ CHỨC CÁC NGÀY LỄ LỚN TRONG NĂM 2008"


# -- the labels of the pages part and its scorer ---------------------------------------

ROOT = Path(__file__).resolve().parents[1]
LABELS_PAGES = ROOT / "tests" / "data" / "reading_pages"
FIELDS = {"kind", "number", "symbol", "date", "issuer", "place", "title", "decision"}


def test_page_labels_are_short_and_well_formed():
    import tomllib

    files = sorted(LABELS_PAGES.glob("*.toml"))
    assert len(files) >= 40
    for f in files:
        label = tomllib.loads(f.read_text(encoding="utf-8"))
        assert label["file"] == f"{f.stem}.txt"
        doc = label["document"]
        assert set(doc) <= FIELDS and {"number", "symbol", "date", "issuer"} <= set(doc), f
        assert doc["symbol"].startswith(doc["number"]), f
        assert all(len(str(v)) <= 60 for v in doc.values()), f
        for t in label.get("task", []):
            assert len(t["title"]) <= 60, (f.name, t["title"])


def test_the_pages_part_skips_when_its_texts_are_absent_and_scores_a_page(tmp_path, capsys, monkeypatch):
    scorer = _scorer()
    monkeypatch.setenv("PLANFLOW_EXTRA_CORPUS", str(tmp_path / "nowhere"))
    assert scorer.main(["--part", "pages"]) == 0
    assert "skipped" in capsys.readouterr().out
    # one page written here in our own words, scored against a label of the same form
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "001.txt").write_text("https://example.vn/kh-14\n" + LETTERHEAD + BODY, encoding="utf-8")
    label = tmp_path / "001.toml"
    label.write_text('file = "001.txt"\n[document]\nkind = "KH"\nnumber = "14"\nsymbol = "14/KH-UBND"\n'
                     'date = 2025-04-07\nissuer = "Sông Mây"\nplace = "Sông Mây"\n'
                     'title = "lũ quét và sạt lở"\ndecision = false\n', encoding="utf-8")
    s = scorer.score_file(label, pages, roundtrip=True)
    assert s.doc == [8, 8] and (s.wrong, s.missing, s.silent, s.crashed, s.unloadable) == (0, 0, 0, 0, 0)
    text, total = scorer.header_table({"001": s})
    assert "1/1 files fully right" in text and total.doc == [8, 8]


PARTY_LINES = """\
ĐẢNG BỘ TỈNH QUẢNG NAM
TỈNH ỦY
*
Số 104-CTr/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Quảng Nam, ngày 12 tháng 02 năm 2026

CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết của Bộ Chính trị về chuyển đổi số

I. MỤC ĐÍCH, YÊU CẦU
Quán triệt đầy đủ nội dung Nghị quyết.

II. NHIỆM VỤ
1. Tổ chức quán triệt Nghị quyết
- Cơ quan chủ trì: Ban Tuyên giáo và Dân vận Tỉnh ủy
- Thời gian: Quý I/2026
"""


@pytest.mark.parametrize("star", ["*", "  *  ", "***"])
def test_a_party_letterhead_one_line_a_paragraph_with_its_star(tmp_path, star):
    """A Party body's letterhead as a Word file's paragraphs give it: its name over the star
    ("*"), the number with no colon ("Số 104-CTr/TU"), then "ĐẢNG CỘNG SẢN VIỆT NAM" and
    the place and date. The star is a mark, not emphasis joining the lines; the kind is
    the code before the slash ("CTr"), not the body after it ("TU")."""
    text = PARTY_LINES.replace("\n*\n", f"\n{star}\n")
    doc = _read(tmp_path, text).plan.document
    assert (doc.number, doc.symbol, doc.kind) == ("104", "104-CTr/TU", "CTr")
    assert (doc.issuer, doc.parent_body) == ("Tỉnh ủy", "Đảng bộ tỉnh Quảng Nam")
    assert (doc.place, doc.date) == ("Quảng Nam", date(2026, 2, 12))
    assert doc.title == "thực hiện Nghị quyết của Bộ Chính trị về chuyển đổi số"


@pytest.mark.parametrize(("symbol", "kind"), [
    ("104-CTr/TU", "CTr"), ("27 -KH/HU", "KH"), ("15-NQ/ĐU", "NQ"), ("65/KH-UBND", "KH"),
    ("12/2026/QĐ-UBND", "QĐ"), ("3-CT/TU", "CT"),
])
def test_the_kind_of_a_number_state_and_party_forms(symbol, kind):
    from planflow_import.header import _kind_of

    assert _kind_of(symbol) == kind


def test_a_party_signature_keeps_its_form_and_passes_the_check(tmp_path):
    text = PARTY_LINES + ("\nNơi nhận:\n- Ban Bí thư,\n- Lưu Văn phòng Tỉnh ủy.\n"
                          "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nNguyễn Văn An\n")
    plan = _read(tmp_path, text).plan
    sig = plan.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "T/M", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Văn An")
    assert sig.lines() == ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC")
    assert not [p for p in planflow.validate(plan) if p.code == "vn-signature-authority"]
    # a form neither the State's nor the Party's is still said
    import attrs

    bad = attrs.evolve(plan, signature=planflow.Signature(
        "Nguyễn Văn An", title="BÍ THƯ", authority="T/X", on_behalf_of="BAN THƯỜNG VỤ"))
    assert [p.code for p in planflow.validate(bad) if p.code == "vn-signature-authority"]


@pytest.mark.parametrize("first", ["/ỦY BAN MTTQ VIỆT NAM", "ỦY BAN MTTQ VIỆT NAM"])
@pytest.mark.parametrize("motto", ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
def test_a_stray_slash_before_the_letterhead_and_the_motto_spelt_hoà(tmp_path, first, motto):
    # "/ỦY BAN MTTQ VIỆT NAM" (a stray "/" a Word file kept): the letterhead still starts
    # there, its three lines name the issuer; "HOÀ" is the motto as "HÒA" is
    text = (f"{first}\n\nXÃ SÔNG MÂY\n\nBAN THƯỜNG TRỰC\n\nSố:      /KH-MTTQ-BTT\n\n{motto}\n\n"
            "Độc lập - Tự do - Hạnh phúc\n\nSông Mây, ngày 07 tháng 4 năm 2025\n\nKẾ HOẠCH\n\n"
            "Giám sát công tác phòng, chống lũ năm 2025\n" + BODY)
    result = _read(tmp_path, text)
    assert result.plan.document.issuer == "Ban Thường trực Ủy ban MTTQ Việt Nam xã Sông Mây"
    assert result.plan.document.title == "Giám sát công tác phòng, chống lũ năm 2025"


@pytest.mark.parametrize("kind", ["KẾ HOẠCH HÀNH ĐỘNG", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH"])
def test_the_kind_line_right_under_the_date_keeps_the_title(tmp_path, kind):
    """A ministry's letterhead one line a paragraph, its rules of underscores, and the kind
    "KẾ HOẠCH HÀNH ĐỘNG" right under the place and date: the kind is a paragraph of its
    own (it was joined to the date line, and the title under it was lost)."""
    text = ("BỘ Y TẾ\n________\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "________________\nSố: 567/KH-BYT\nHà Nội, ngày 20 tháng 5 năm 2026\n"
            f"{kind}\nPhòng, chống bệnh không lây nhiễm giai đoạn 2026 - 2030\n"
            "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao sức khỏe.\nII. NHIỆM VỤ\n1. Tổ chức truyền thông\n"
            "- Cơ quan chủ trì: Cục Quản lý khám, chữa bệnh\n- Thời gian: Quý II/2026\n")
    doc = _read(tmp_path, text).plan.document
    assert (doc.symbol, doc.issuer, doc.date) == ("567/KH-BYT", "Bộ Y tế", date(2026, 5, 20))
    assert doc.title == "Phòng, chống bệnh không lây nhiễm giai đoạn 2026 - 2030"
