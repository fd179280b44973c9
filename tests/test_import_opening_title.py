"""A plan with no letterhead and no "KẾ HOẠCH" line (a chunk store's text): the line in
capitals that opens it is its title, and the body its preamble names as drawing up the
plan ("…, Ban Chỉ huy … xây dựng kế hoạch thực hiện như sau:") its issuer. Made-up text."""

from __future__ import annotations

from pathlib import Path

from planflow_import import read_text_file

DATA = Path(__file__).parent / "data" / "import_words"


def test_the_opening_capitals_and_the_drawing_up_sentence(tmp_path):
    d = read_text_file(DATA / "no_letterhead_body.txt").plan.document
    assert d.title.startswith("TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 210/QĐ-UBND")
    assert d.issuer == "Ban Chỉ huy phòng thủ dân sự tỉnh"


def test_an_opening_sentence_is_no_title_and_a_phrase_no_body(tmp_path):
    text = (DATA / "no_letterhead_body.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    text = text.replace("Ban Chỉ huy phòng thủ dân sự tỉnh xây dựng",
                        "tình hình sạt lở năm 2025 xây dựng")
    path = tmp_path / "plan.txt"
    path.write_text("Kế hoạch này triển khai Đề án phòng, chống sạt lở bờ sông năm 2026.\n" + text,
                    encoding="utf-8")
    d = read_text_file(path).plan.document
    assert not d.issuer
    assert not (d.title or "").startswith("Kế hoạch này")
