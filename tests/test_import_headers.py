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
from planflow_import.header import complete_issuer, site_furniture
from planflow_import.text import Para

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
