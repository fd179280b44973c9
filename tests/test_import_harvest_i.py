"""Families seen on the built-on half of the round's harvest i (gh_i01, i03, i05, i07, i09
of tests/data/reading_extra), in made-up wordings (tests/made_up.py), never copied:

* a letter (Công văn: "V/v …", "Kính gửi: …") that asks for duties ("Chủ tịch Ủy ban nhân
  dân tỉnh yêu cầu:", "… thực hiện các nội dung sau:") and lists them numbered, most under
  or opening on the bodies that carry them out: each duty is a task, its subject line the
  title; a letter that lists no such duties is still no plan;
* in such a letter, a numbered heading naming a field of work ("1. Công tác tuyên truyền")
  is addressed to every body the letter is sent to ("Kính gửi"); "Trách nhiệm chung của
  các cơ quan, đơn vị" names its bodies; an agency heading standing for several bodies
  listed in dashes ("Giao các sở … gồm:" / "- Sở X (đối với …);") then "Có trách nhiệm:"
  leads the lettered duties after it, the listed bodies set aside with a warning;
* a page number centred by spaces closing a page's block is page furniture;
* a footnote at a page's foot in pdftotext's layout (its number glued to a word above,
  "… người cao tuổi2.", then, after a blank line, "   2 Theo Luật …" up to the page's
  number) is no text: it neither cuts the duty the page broke nor adds tasks, and its
  mark leaves the word;
* a duty opening on its recurrence with no comma before its verb ("Hàng năm tổng hợp, đánh
  giá …") recurs, as "Hằng năm, tổ chức …" does; a noun's "kế hoạch … hằng năm" does not;
* a directive (Chỉ thị: "Số: 07/CT-UBND", "CHỈ THỊ" / "Về …", "… chỉ thị:") is read as
  such a letter, its title the line under "CHỈ THỊ" (up to the body's first sentence), its
  closing item ("… chịu trách nhiệm thi hành Chỉ thị này") no duty;
* a letterhead's number and place-date joined on one line ("Số 34 -NQ/TU Lào Cai, ngày 27
  tháng 12 năm 2025", a scan's or a layout-less PDF's text): the number, place and date;
* a Party body's resolution "NGHỊ QUYẾT" / "CỦA BAN THƯỜNG VỤ TỈNH ỦY" / "về …": its title
  is the "về …" paragraph, never the kind and body's line, nor the body's first paragraph;
* "tổ chức" between commas in a list of bodies ("Các cơ quan, tổ chức, đơn vị, doanh
  nghiệp được giao …") is a noun, not the verb ending the name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import planflow
from planflow_import import read_text_file

LETTER_HEAD = """\
ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 905/UBND-VX
V/v triển khai chăm sóc sức khỏe người cao tuổi năm 2026
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 16 tháng 3 năm 2026
Kính gửi:
- Các sở, ban, ngành thuộc tỉnh;
- Ủy ban nhân dân các xã, phường.
"""
SIGNED = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn B\n"


def _read(tmp_path: Path, body: str, head: str = LETTER_HEAD) -> planflow.ImportResult:
    path = tmp_path / "letter.txt"
    path.write_text(head + body + SIGNED, encoding="utf-8")
    return read_text_file(path)


def _rows(result: planflow.ImportResult) -> list[tuple[str, list[str]]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead]) for t in result.plan.tasks]


DUTIES = """\
Để chăm lo tốt hơn cho người cao tuổi, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:
1. Sở Y tế
- Tổ chức khám sức khỏe định kỳ cho người từ 75 tuổi trở lên, hoàn thành trong quý III năm 2026.
- Hướng dẫn trạm y tế xã lập hồ sơ theo dõi sức khỏe người cao tuổi.
2. Sở Tài chính
Bố trí kinh phí mua thẻ bảo hiểm y tế cho người cao tuổi chưa có thẻ.
3. Ủy ban nhân dân các xã, phường
- Rà soát danh sách người cao tuổi cô đơn, hoàn thành trước ngày 30/4/2026.
- Vận động các nhà hảo tâm tặng quà người cao tuổi dịp Tết.
"""


def test_a_letter_asking_for_numbered_duties_by_agency_is_read_as_its_tasks(tmp_path):
    """A Công văn with no plan's title and no I./II./III.: the numbered duties after the
    sentence asking for them are the tasks, each led by the body heading it, its own time
    read; the subject line "V/v …" is the title; both said in warnings."""
    result = _read(tmp_path, DUTIES)
    rows = _rows(result)
    assert [r[0][:24] for r in rows] == ["Tổ chức khám sức khỏe đị", "Hướng dẫn trạm y tế xã l",
                                         "Bố trí kinh phí mua thẻ ", "Rà soát danh sách người ",
                                         "Vận động các nhà hảo tâm"]
    assert [r[1] for r in rows] == [["Sở Y tế"], ["Sở Y tế"], ["Sở Tài chính"],
                                    ["Ủy ban nhân dân các xã, phường"],
                                    ["Ủy ban nhân dân các xã, phường"]]
    first, _, _, fourth, _ = result.plan.tasks
    assert (first.timeframe.kind, str(first.timeframe.due)) == (planflow.Kind.DEADLINE, "2026-09-30")
    assert fourth.timeframe.kind == planflow.Kind.DEADLINE
    doc = result.plan.document
    assert (doc.symbol, doc.title) == ("905/UBND-VX", "triển khai chăm sóc sức khỏe người cao tuổi năm 2026")
    keys = {getattr(w, "key", "") for w in result.warnings}
    assert {"letter_duties", "letter_subject"} <= keys and "no_title" not in keys


def test_a_letter_whose_items_open_on_their_bodies_is_read_too(tmp_path):
    """"1. Sở X chủ trì …" items (no heading line of their own) after "… giao:"."""
    body = ("Thực hiện chỉ đạo của Bộ Y tế, Chủ tịch Ủy ban nhân dân tỉnh giao:\n"
            "1. Sở Y tế chủ trì tập huấn cho nhân viên y tế thôn về chăm sóc người cao tuổi.\n"
            "2. Ủy ban nhân dân các xã, phường tổ chức ngày hội sức khỏe người cao tuổi trong "
            "tháng 10 năm 2026.\n")
    rows = _rows(_read(tmp_path, body))
    assert [r[1] for r in rows] == [["Sở Y tế"], ["Ủy ban nhân dân các xã, phường"]]


@pytest.mark.parametrize("body", [
    # a letter that asks for nothing numbered by agency: a notice, no tasks
    "Ủy ban nhân dân tỉnh thông báo lịch tiếp công dân tháng 4 năm 2026 như sau:\n"
    "1. Ngày 05/4/2026 tại trụ sở tiếp công dân tỉnh.\n2. Ngày 20/4/2026 tại xã Tam Kỳ.\n",
    # numbered items, but no sentence asking for them
    "1. Sở Y tế đã khám cho 1.200 người cao tuổi.\n2. Sở Tài chính đã cấp 500 thẻ bảo hiểm.\n",
])
def test_a_letter_without_duties_asked_of_bodies_gives_no_tasks(tmp_path, body):
    """Refused as no plan, or read with no task: never its lines as duties."""
    try:
        result = _read(tmp_path, body)
    except planflow.PlanFileError as e:
        assert "not a plan" in str(e)
        return
    assert result.plan.tasks == () or list(result.plan.tasks) == []
    assert "letter_duties" not in {getattr(w, "key", "") for w in result.warnings}


def test_a_centred_page_number_closing_a_pages_block_is_no_task(tmp_path):
    """pdftotext keeps a page's number centred by spaces on the page's last line, then a
    blank line: it is page furniture, never a duty of its own ("3") nor words of the
    duty the page cut ("… kinh 4 doanh …")."""
    body = ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
            "1. Sở Y tế\n"
            "- Tổ chức khám sức khỏe cho người cao tuổi tại các trạm y tế xã.\n"
            + " " * 40 + "2\n\n"
            "- Hướng dẫn các xã lập hồ sơ theo dõi sức khỏe, hoàn thành trong quý III năm 2026.\n"
            "2. Sở Tài chính\n"
            "- Bố trí kinh phí mua thẻ bảo hiểm y tế cho người cao tuổi chưa có thẻ, bảo đảm kinh\n"
            + " " * 38 + "3\n\n"
            "phí đúng mục đích.\n\n")
    result = _read(tmp_path, body)
    titles = [t.title for t in result.plan.tasks]
    assert len(titles) == 3 and "2" not in titles and "3" not in titles
    assert titles[2].endswith("bảo đảm kinh phí đúng mục đích")
    assert {"page_numbers", "letter_duties"} <= {getattr(w, "key", "") for w in result.warnings}


FIELDS = """\
Thực hiện chỉ đạo của Bộ Y tế, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:
1. Công tác tuyên truyền
Tổ chức tuyên truyền về chăm sóc sức khỏe người cao tuổi trên các phương tiện thông tin.
2. Trách nhiệm chung của các cơ quan, đơn vị
- Bố trí cán bộ theo dõi công tác người cao tuổi tại cơ quan.
3. Các cơ sở y tế công lập
Giao các cơ sở y tế công lập trên địa bàn gồm:
- Bệnh viện Đa khoa tỉnh (đối với khám chuyên khoa lão khoa);
- Trung tâm Y tế các khu vực (đối với khám tại tuyến cơ sở).
Có trách nhiệm:
a) Dành bàn khám riêng cho người cao tuổi.
b) Tổ chức khám lưu động tại các thôn vùng cao, hoàn thành trong quý IV năm 2026.
4. Sở Tài chính
Bố trí kinh phí mua thẻ bảo hiểm y tế cho người cao tuổi chưa có thẻ.
"""


def test_a_letters_headings_name_who_carries_its_duties_out(tmp_path):
    """A field of work's heading: the duty falls on every body the letter is sent to; a
    shared responsibility names its bodies; the bodies listed under a heading that stands
    for them are no duties: the duties after "Có trách nhiệm:" are the heading's."""
    result = _read(tmp_path, FIELDS)
    rows = _rows(result)
    assert [r[0][:22] for r in rows] == ["Tổ chức tuyên truyền v", "Bố trí cán bộ theo dõi",
                                         "Dành bàn khám riêng ch", "Tổ chức khám lưu động ",
                                         "Bố trí kinh phí mua th"]
    assert rows[0][1] == ["Các sở, ban, ngành thuộc tỉnh", "Ủy ban nhân dân các xã, phường"]
    assert "cơ quan" in rows[1][1][0].casefold()
    assert rows[2][1] == rows[3][1] and "cơ sở y tế công lập" in rows[2][1][0]
    assert rows[4][1] == ["Sở Tài chính"]
    assert str(result.plan.tasks[3].timeframe.due) == "2026-12-31"
    said = [str(w) for w in result.warnings if getattr(w, "key", "") == "letter_members"]
    assert len(said) == 1 and "Bệnh viện Đa khoa tỉnh" in said[0]


def test_a_duty_opening_on_its_recurrence_without_a_comma_recurs(tmp_path):
    body = ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
            "1. Sở Y tế\n"
            "- Hàng năm tổng hợp, đánh giá tình hình chăm sóc sức khỏe người cao tuổi.\n"
            "- Hằng quý báo cáo số người cao tuổi được khám về Ủy ban nhân dân tỉnh.\n"
            "- Xây dựng kế hoạch khám sức khỏe hằng năm cho người cao tuổi.\n"
            "2. Sở Tài chính\n"
            "- Bố trí kinh phí khám sức khỏe cho người cao tuổi.\n")
    yearly, quarterly, plan, _ = _read(tmp_path, body).plan.tasks
    assert (yearly.timeframe.kind, yearly.timeframe.recurrence) == (planflow.Kind.RECURRING, "yearly")
    assert (quarterly.timeframe.kind, quarterly.timeframe.recurrence) == (planflow.Kind.RECURRING, "quarterly")
    assert plan.timeframe.kind == planflow.Kind.CONTINUOUS  # "kế hoạch … hằng năm" names a noun


def test_to_chuc_between_commas_in_a_list_of_bodies_is_a_noun():
    from planflow_import.sections import agency_heading

    assert agency_heading("3. Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý các "
                          "công trình thủy lợi trên địa bàn tỉnh") == ["Các cơ quan, tổ chức, đơn vị, doanh nghiệp"]
    # the verb after a name still ends it
    assert agency_heading("2. Sở Y tế, Sở Tài chính tổ chức kiểm tra các cơ sở kinh doanh thực "
                          "phẩm trên địa bàn tỉnh") == ["Sở Y tế", "Sở Tài chính"]


DIRECTIVE = """\
ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 07/CT-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 05 tháng 4 năm 2026
CHỈ THỊ
Về tăng cường phòng, chống đuối nước cho trẻ em trong dịp hè năm 2026
Thời gian qua, tình trạng trẻ em bị đuối nước vẫn còn xảy ra tại một số địa phương.
Để chủ động phòng ngừa, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:
1. Sở Giáo dục và Đào tạo:
a) Chỉ đạo các trường học tổ chức dạy bơi an toàn cho học sinh, hoàn thành trước ngày 30/6/2026;
b) Phối hợp với gia đình quản lý học sinh trong thời gian nghỉ hè.
2. Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức các lớp dạy bơi miễn phí tại các bể bơi công cộng trong tháng 6 năm 2026.
3. Ủy ban nhân dân các xã, phường:
a) Rà soát, cắm biển cảnh báo tại các ao, hồ, sông, suối nguy hiểm, hoàn thành trong tháng 5 năm 2026;
b) Tuyên truyền phụ huynh không để trẻ em tắm sông, suối một mình.
4. Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Chỉ thị này.
Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn A
"""


def test_a_directive_is_read_as_a_letter_of_duties(tmp_path):
    path = tmp_path / "ct.txt"
    path.write_text(DIRECTIVE, encoding="utf-8")
    result = read_text_file(path)
    rows = _rows(result)
    assert [r[1] for r in rows] == [["Sở Giáo dục và Đào tạo"]] * 2 + [["Sở Văn hóa, Thể thao và Du lịch"]] \
        + [["Ủy ban nhân dân các xã, phường"]] * 2  # the closing item is no duty
    assert result.plan.document.title == "Về tăng cường phòng, chống đuối nước cho trẻ em trong dịp hè năm 2026"
    due = [str(t.timeframe.due) for t in result.plan.tasks]
    assert due == ["2026-06-29", "None", "2026-06-30", "2026-05-31", "None"]


@pytest.mark.parametrize(("line", "symbol", "place"), [
    ("Số 34 -NQ/TU Quảng Nam, ngày 27 tháng 12 năm 2025", "34-NQ/TU", "Quảng Nam"),
    ("Số: 12 /KH-UBND Tam Kỳ, ngày 27 tháng 12 năm 2025", "12/KH-UBND", "Tam Kỳ"),
])
def test_a_number_and_place_date_on_one_line_are_read(line, symbol, place):
    from planflow_import.header import read_header
    from planflow_import.importer import layout_cells
    from planflow_import.text import blocks_from_text, paragraphs

    text = f"TỈNH ỦY QUẢNG NAM\n\n*\n\n{line}\n\nNGHỊ QUYẾT\nvề phát triển du lịch\n\nTrong năm qua, du lịch tăng trưởng.\n"
    paras = [p for p in layout_cells(paragraphs(blocks_from_text(text))) if hasattr(p, "text")]
    info = read_header(paras).info
    assert (info.symbol, info.place, str(info.date)) == (symbol, place, "2025-12-27")


RESOLUTION = """\
TỈNH ỦY QUẢNG NAM

*

Số 21 -NQ/TU Tam Kỳ, ngày 14 tháng 01 năm 2026

NGHỊ QUYẾT
CỦA BAN THƯỜNG VỤ TỈNH ỦY

về phát triển du lịch cộng đồng vùng núi

Những năm qua, du lịch cộng đồng ở các huyện miền núi đã có bước phát triển
nhưng còn nhỏ lẻ, thiếu liên kết.

I. MỤC TIÊU
Đón 200.000 lượt khách năm 2026.

II. TỔ CHỨC THỰC HIỆN
1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện Nghị quyết (hoàn thành trong tháng 02/2026).
2. Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo tuyên truyền Nghị quyết.

Nơi nhận:
- Các huyện ủy;
- Lưu Văn phòng Tỉnh ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nguyễn Văn C
"""


def test_a_party_resolutions_title_is_its_subject_line(tmp_path):
    path = tmp_path / "nq.txt"
    path.write_text(RESOLUTION, encoding="utf-8")
    doc = read_text_file(path).plan.document
    assert doc.title == "về phát triển du lịch cộng đồng vùng núi"
    assert (doc.symbol, doc.place, str(doc.date)) == ("21-NQ/TU", "Tam Kỳ", "2026-01-14")


def test_a_titles_last_line_may_close_with_its_stop(tmp_path):
    """Under "NGHỊ QUYẾT" a title of two lines whose last closes with a stop keeps it; the
    body's first sentence (a line of prose closed by its stop) is not the title."""
    text = DIRECTIVE.replace("Về tăng cường phòng, chống đuối nước cho trẻ em trong dịp hè năm 2026\n",
                             "Về tăng cường phòng, chống đuối nước cho trẻ em\ntrong dịp hè năm 2026.\n")
    path = tmp_path / "ct.txt"
    path.write_text(text, encoding="utf-8")
    assert read_text_file(path).plan.document.title == \
        "Về tăng cường phòng, chống đuối nước cho trẻ em trong dịp hè năm 2026"


def test_a_footnote_at_a_pages_foot_is_no_text(tmp_path):
    body = ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
            "1. Sở Y tế\n"
            "- Tổ chức khám sức khỏe định kỳ cho người cao tuổi2; ưu tiên người\n"
            "cao tuổi sống một mình ở vùng\n\n"
            "   2 Theo Luật Người cao tuổi năm 2009 và các văn bản hướng dẫn thi hành của\n\n"
            "Bộ Y tế về chăm sóc sức khỏe ban đầu.\n"
            + " " * 40 + "2\n\n"
            "sâu, vùng xa.\n"
            "- Hướng dẫn trạm y tế xã lập hồ sơ theo dõi sức khỏe.\n"
            "2. Sở Tài chính\n"
            "- Bố trí kinh phí khám sức khỏe cho người cao tuổi.\n\n")
    result = _read(tmp_path, body)
    tasks = result.plan.tasks
    assert len(tasks) == 3
    first = " ".join([tasks[0].title, *tasks[0].content])
    assert "cao tuổi;" in first and "sống một mình ở vùng sâu, vùng xa" in first
    assert "Luật Người cao tuổi" not in " ".join(t.title + " ".join(t.content) for t in tasks)
    assert "footnotes" in {getattr(w, "key", "") for w in result.warnings}
