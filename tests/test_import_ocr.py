"""An OCR'd scan (tesseract's text under "===== Trang N =====" banners): its page furniture
and garbled pages are not text, its misread numbering and heading words are read as the
document's, its letterhead fields are read. Made-up text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planflow_import import read_text_file
from planflow_import.ocr import ocr_pages

DATA = Path(__file__).parent / "data" / "import_words"


def test_an_ocr_programme_reads_its_letterhead_and_duties():
    result = read_text_file(DATA / "ocr_programme.txt")
    d = result.plan.document
    assert (d.symbol, d.number, d.kind, d.place, d.date) == (
        "12-CTr/TU", "12", "CTr", "Quảng Nam", date(2026, 3, 12))
    # "CUA BAN THƯỜNG VỤ TỈNH UỶ" under "CHƯƠNG TRÌNH HÀNH ĐỘNG" issues it, under the letterhead's
    # body (the Party's motto joined to that line is not part of it)
    assert (d.issuer, d.parent_body) == ("Ban Thường vụ Tỉnh ủy", "Tỉnh ủy Quảng Nam")
    assert d.title.startswith("thực hiện Kết luận số 20-KL/TU")
    names = {a.id: a.name for a in result.plan.agencies}
    got = [(t.title[:22], [names[i] for i in t.lead]) for t in result.plan.tasks]
    # "HI- TỎ CHỨC THỰC HIỆN" is "III. TỔ CHỨC THỰC HIỆN"; "2, Ban …" is "2. Ban …"
    assert got == [("Chỉ đạo xây dựng kế ho", ["Đảng uỷ Uỷ ban nhân dân tỉnh"]),
                   ("Chỉ đạo rà soát quy ho", ["Đảng uỷ Uỷ ban nhân dân tỉnh"]),
                   ("Chủ trì hướng dẫn công", ["Ban Tuyên giáo và Dân vận Tỉnh uỷ"])]
    said = " ".join(result.warnings)
    assert "page(s) 3 of the OCR'd scan read as garbage" in said
    assert "'HI- TỎ CHỨC THỰC HIỆN' as 'III. TỔ CHỨC THỰC HIỆN'" in said


def test_furniture_and_garbage_never_reach_the_text():
    text, notes = ocr_pages((DATA / "ocr_programme.txt").read_text(encoding="utf-8"))
    assert "=====" not in text and "CTRTU12.DOC" not in text and "+07:00" not in text
    assert "[OCR]" not in text and "uọnn" not in text
    assert notes.garbled == (3,)
    assert ("1- MỤC ĐÍCH, YÊU CÂU", "I. MỤC ĐÍCH, YÊU CẦU") in notes.numbered
    # four banners, the harvester's note, the signer's stamp (two lines of the signer and
    # its time), two running heads
    assert notes.furniture == 10


def test_a_text_without_page_banners_is_left_as_it_is():
    text = "1- MỤC ĐÍCH\n===== Trang 1 =====\n9, Ban Tuyên giáo\n"
    assert ocr_pages(text) == (text, ocr_pages("")[1])


def test_a_numeral_out_of_sequence_is_not_a_part():
    # "1- MỤC ĐÍCH" read as "I." only as the first part: "1- KẾT QUẢ" after "I." stays an item
    text, _ = ocr_pages("===== Trang 1 =====\n1- MỤC ĐÍCH\nx\n===== Trang 2 =====\n"
                            "1- KẾT QUẢ ĐẠT ĐƯỢC\n")
    assert text.split("\n")[0] == "I. MỤC ĐÍCH"
    assert "1. KẾT QUẢ ĐẠT ĐƯỢC" in text


def test_an_eight_before_b_is_the_letter_a():
    text, notes = ocr_pages("===== Trang 1 =====\n7. Các tỉnh uỷ\n8) Xây dựng kế hoạch.\n"
                            "b) Tổ chức thực hiện.\n===== Trang 2 =====\n8) Tám mục.\n9. Hết\n")
    assert "a) Xây dựng kế hoạch." in text and "8) Tám mục." in text
    assert ("8) Xây dựng kế", "a) Xây dựng kế") in notes.numbered
