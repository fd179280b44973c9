"""Letters of duties as offices send them beyond the plain layout: a DOCX whose letterhead
and "Kính gửi" are table rows flattened with " | ", with the number and the day left blank
for the e-office system to fill in when it is signed ("Số:      /UBND-NN", "…, ngày
tháng     năm 2027"); a letter to one body whose numbered items name fields of work ("1. Về
công tác tuyên truyền" over "a) …"); a pdftotext letterhead whose number was typed into a
blank ("Số:   4390     /UBND-NLN"); "Kính gửi: …" run into the letter's first sentence.
Before, each read no task (or no number). Made-up letters, not the corpus's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow

from .made_up import read_plan

DATA = Path(__file__).parent / "data" / "import_words"


def _leads(result: planflow.ImportResult) -> list[tuple[str, list[str]]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead]) for t in result.plan.tasks]


def test_a_docx_letter_with_its_letterhead_in_table_rows_and_no_number_or_day_yet(tmp_path):
    r = read_plan(tmp_path, (DATA / "blank_date.txt").read_text(encoding="utf-8"))
    doc = r.plan.document
    assert (doc.number, doc.symbol, doc.date) == (None, None, None)  # nothing invented
    assert doc.issuer == "Ủy ban nhân dân tỉnh Hoa Mai"
    assert doc.title == "tăng cường quản lý vật tư nông nghiệp trên địa bàn tỉnh"
    assert [lead for _, lead in _leads(r)] == [
        ["Sở Nông nghiệp và Môi trường"], ["Sở Nông nghiệp và Môi trường"], ["Công an tỉnh"],
        ["Ủy ban nhân dân các xã, phường"]]
    first = r.plan.tasks[0].timeframe
    # "hoàn thành chậm nhất đến ngày 30 tháng 6 năm 2027" inside the duty: by that day
    assert (first.kind, first.due) == (planflow.Kind.DEADLINE, date(2027, 6, 30))
    words = " ".join(str(w) for w in r.warnings)
    assert "Số: /UBND-NN" in words and "ngày tháng năm 2027" in words  # said, not silent


def test_a_letter_to_one_body_whose_items_are_fields_of_work(tmp_path):
    r = read_plan(tmp_path, (DATA / "letter_fields.txt").read_text(encoding="utf-8"))
    assert _leads(r) == [
        ("Tuyên truyền để người dân chủ động vệ sinh môi trường, diệt lăng quăng",
         ["Ủy ban nhân dân các xã, phường"]),
        ("Báo cáo kết quả tuyên truyền gửi Sở Y tế trước ngày 30 tháng 6 năm 2027",
         ["Ủy ban nhân dân các xã, phường"]),
        ("Tổ chức giám sát ca bệnh tại cộng đồng, hoàn thành đợt đầu trong tháng 5 năm 2027",
         ["Ủy ban nhân dân các xã, phường"]),
        ("Phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh xử lý ổ dịch",
         ["Ủy ban nhân dân các xã, phường"]),
    ]
    assert r.plan.tasks[2].timeframe.due == date(2027, 5, 31)
    # the fields' words are not dropped: a warning names them
    fields = [w for w in r.warnings if getattr(w, "key", "") == "letter_fields"]
    assert len(fields) == 1 and "Về công tác tuyên truyền" in str(fields[0])


def test_fields_of_work_without_a_body_to_send_to_are_no_letter_of_duties(tmp_path):
    # the same letter with no "Kính gửi": nobody the fields' duties could be given to
    text = (DATA / "letter_fields.txt").read_text(encoding="utf-8")
    text = text.replace("Kính gửi: Ủy ban nhân dân các xã, phường.\n", "")
    try:
        r = read_plan(tmp_path, text)
    except planflow.PlanflowError as e:
        assert "not a plan" in str(e)
    else:
        assert all(not t.lead for t in r.plan.tasks)


LAYOUT = """\
  ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   TỈNH HOA MAI                                Độc lập - Tự do - Hạnh phúc
 Số:   4390     /UBND-NN                  Hoa Mai, ngày 27 tháng 5 năm 2026
V/v triển khai thực hiện
Nghị định số 18/2026/NĐ-CP
                 Kính gửi: Ủy ban nhân dân các xã, phường Ngày 02 tháng 4 năm 2026, Chính phủ
        ban hành Nghị định số 18/2026/NĐ-CP về quản lý giống cây trồng.
        Để triển khai thực hiện, Ủy ban nhân dân tỉnh đề nghị Ủy ban nhân dân các xã,
        phường thực hiện các nội dung sau:
        1. Về quản lý giống
        a) Rà soát các cơ sở sản xuất giống trên địa bàn, hoàn thành trước ngày 30/9/2026.
        b) Kiểm tra chất lượng giống lưu thông trên thị trường.
        2. Về thông tin, báo cáo
        a) Báo cáo kết quả thực hiện gửi Sở Nông nghiệp và Môi trường trước ngày 15 tháng 12
        hằng năm.
        3. Tổ chức thực hiện
        Các xã, phường nghiêm túc thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn C
"""


def test_a_number_typed_into_its_blank_and_an_addressee_run_into_the_first_sentence(tmp_path):
    r = read_plan(tmp_path, LAYOUT)
    doc = r.plan.document
    assert (doc.number, doc.symbol, doc.date) == ("4390", "4390/UBND-NN", date(2026, 5, 27))
    assert [lead for _, lead in _leads(r)] == [["Ủy ban nhân dân các xã, phường"]] * 3
    first, _, last = r.plan.tasks
    assert first.timeframe.due == date(2026, 9, 29)  # "trước ngày 30/9/2026"
    assert last.timeframe.kind is planflow.Kind.RECURRING


def test_a_letter_is_printed_again_as_a_letter_and_reads_back_the_same(tmp_path):
    # the letter's kind is a Công văn's ("Số: 4390/UBND-NN": no kind's code), printed with
    # its subject line and addressees in the header, never a kind's name over a title
    import docx

    from planflow import RenderContext
    from planflow_docs import render_docx, render_text
    from planflow_import.docx import read_docx

    r = read_plan(tmp_path, (DATA / "blank_date.txt").read_text(encoding="utf-8"))
    plan = r.plan
    assert plan.document.kind == "CV"
    text = render_text(plan, RenderContext()).decode()
    head = text.split("Để bảo đảm")[0]
    assert "V/v tăng cường quản lý vật tư nông nghiệp trên địa bàn tỉnh" in head
    assert "Kính gửi:" in head and "- Ủy ban nhân dân các xã, phường" in head
    assert "Số:      /UBND" in head
    assert "CV\n" not in head and "KẾ HOẠCH" not in head
    assert text.count("V/v ") == 1  # the subject line once, not again as a paragraph
    out = tmp_path / "letter.docx"
    out.write_bytes(render_docx(plan, RenderContext()))
    assert any(p.text.startswith("V/v ") for p in docx.Document(str(out)).paragraphs) or \
        "V/v " in "".join(c.text for t in docx.Document(str(out)).tables for row in t.rows for c in row.cells)
    back = read_docx(out).plan
    assert [(t.title, t.lead, t.timeframe.due) for t in back.tasks] == \
        [(t.title, t.lead, t.timeframe.due) for t in plan.tasks]
    assert (back.document.kind, back.document.title) == ("CV", plan.document.title)


def test_the_kind_of_a_number_with_no_kinds_code_is_a_letters():
    from planflow_import.header import _kind_of

    assert [_kind_of(s) for s in ("4390/UBND-NLN", "9389/BNNMT-BĐKH", "5/SYT-NVY", "123/TTg-KTN",
                                  "65/KH-UBND", "104-CTr/TU", "55/2007/CT-UBND", "12/BC-UBND")] == \
        ["CV", "CV", "CV", "CV", "KH", "CTr", "CT", "BC"]
