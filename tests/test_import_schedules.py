"""Families of the second harvest's built-on plans (tests/data/reading_extra/gh_e01,
gh_e03, gh_e05): a schedule flattened to " | "-separated lines with the time first, its
group numbers in the time column and its time cells merged down; bare month ranges
("3-5/2026"); an agency whose name ends in "xây dựng". Every text here is made up
(tests/made_up.py), never copied from those plans."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import import read_text_file
from planflow_import.agencies import split_agencies

from .made_up import SIGNED, plan_head

HEAD = plan_head("37", "Tổ chức lập Đề án phát triển vật liệu xây dựng không nung năm 2026",
                 "Hoàn thành Đề án đúng tiến độ.")

# a schedule as text extracted from a word-processor table: "A | B | C" lines, the time
# first, a two-row header ("Thực hiện" over "Đơn vị chủ trì" | "Đơn vị phối hợp", the second
# row keeping its empty cells), group rows numbered in the time column, and the time
# cell merged over the rows under it (scraped, those rows open on " | ")
SCHEDULE = """\
II. TIẾN ĐỘ
Thời gian | Nội dung công việc | Cơ quan chịu trách nhiệm theo quy định | Thực hiện
 |  |  | Đơn vị chủ trì | Đơn vị phối hợp
I | GIAI ĐOẠN 1: CHUẨN BỊ
1 | Khảo sát
3-4/2026 | Khảo sát nhu cầu gạch không nung tại các công trình | Cơ quan lập đề án | Phòng Quản lý xây dựng | Sở Tài chính
 | Tổng hợp số liệu khảo sát | Cơ quan lập đề án | Trung tâm Kiểm định | Phòng Quản lý xây dựng
II | GIAI ĐOẠN 2: LẬP ĐỀ ÁN
5-9/2026 | Xây dựng dự thảo Đề án | Cơ quan lập đề án | Phòng Quản lý xây dựng | Trung tâm Kiểm định
12/2026 | Trình Ủy ban nhân dân tỉnh phê duyệt Đề án | Cơ quan trình | Phòng Quản lý xây dựng | Văn phòng
"""


def _read(tmp_path: Path, body: str) -> planflow.ImportResult:
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + body + SIGNED, encoding="utf-8")
    return read_text_file(path)


def test_a_schedule_with_the_time_first_gives_a_task_per_work_row(tmp_path):
    """The work rows are the tasks (group rows numbered in the time column are headings);
    a row opening on " | " keeps the time of the row above, with a warning; the lead is
    the "Đơn vị chủ trì" column under "Thực hiện", not the column naming the office
    responsible in general."""
    result = _read(tmp_path, SCHEDULE)
    names = {a.id: a.name for a in result.plan.agencies}
    got = [(t.title, [names[i] for i in t.lead], t.timeframe.start, t.timeframe.end)
           for t in result.plan.tasks]
    assert got == [
        ("Khảo sát nhu cầu gạch không nung tại các công trình", ["Phòng Quản lý xây dựng"],
         date(2026, 3, 1), date(2026, 4, 30)),
        ("Tổng hợp số liệu khảo sát", ["Trung tâm Kiểm định"], date(2026, 3, 1), date(2026, 4, 30)),
        ("Xây dựng dự thảo Đề án", ["Phòng Quản lý xây dựng"], date(2026, 5, 1), date(2026, 9, 30)),
        ("Trình Ủy ban nhân dân tỉnh phê duyệt Đề án", ["Phòng Quản lý xây dựng"],
         date(2026, 12, 1), date(2026, 12, 31)),
    ]
    said = [str(w) for w in result.warnings]
    assert any("its time cell is empty" in w and "'3-4/2026'" in w for w in said)
    assert any("'3-4/2026' read as the months 3 to 4/2026" in w for w in said)


def test_a_name_ending_in_xay_dung_keeps_it_a_verb_after_it_does_not():
    """"xây dựng" closing an agency's name is part of it ("Vụ Vật liệu xây dựng"); followed
    by what is built, it is the duty and the name ends before it."""
    assert split_agencies("Vụ Vật liệu xây dựng; Sở Tài chính") == ["Vụ Vật liệu xây dựng",
                                                                  "Sở Tài chính"]
    assert split_agencies("Cục Quản lý hoạt động xây dựng chủ trì") == [
        "Cục Quản lý hoạt động xây dựng"]
    assert split_agencies("Sở Tư pháp xây dựng kế hoạch") == ["Sở Tư pháp"]


# an appendix whose Markdown table kept only its header: the body's cells one per line,
# each row opening on its number, the header's last cell left as a line under the rule,
# one row's task and lead cells wrapped (their second lines after the row's other cells)
CELLS_PER_LINE = """\
PHỤ LỤC
| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |
| --- | --- | --- | --- |
Thời gian thực hiện
1
Hướng dẫn các địa phương
a)
Tập huấn cán bộ thư viện cấp xã
Sở Văn hóa, Thể thao
Phòng Văn hóa - Xã hội
Quý II/2026
b)
Biên soạn sổ tay nghiệp vụ thư viện cộng đồng cho
Thư viện tỉnh, Trung tâm
Hội Thư viện tỉnh
Quý III/2026
người làm công tác thư viện
Văn hóa tỉnh
2
Kiểm tra việc thực hiện tại các xã
Sở Văn hóa, Thể thao
Ủy ban nhân dân các xã
Thường xuyên
"""


def test_a_table_whose_cells_stand_one_per_line_is_rebuilt_into_rows(tmp_path):
    """The rows are rebuilt from the numbers opening them ("1" above "a)" a group row);
    the wrapped row's extra lines go on its task and lead cells, in order; a warning says
    the rows were rebuilt."""
    path = tmp_path / "plan.md"
    path.write_text(HEAD + CELLS_PER_LINE + SIGNED, encoding="utf-8")
    result = read_text_file(path)
    names = {a.id: a.name for a in result.plan.agencies}
    got = [(t.title, [names[i] for i in t.lead], t.timeframe.text) for t in result.plan.tasks]
    assert got == [
        ("Tập huấn cán bộ thư viện cấp xã", ["Sở Văn hóa, Thể thao"], "Quý II/2026"),
        ("Biên soạn sổ tay nghiệp vụ thư viện cộng đồng cho người làm công tác thư viện",
         ["Thư viện tỉnh", "Trung tâm Văn hóa tỉnh"], "Quý III/2026"),
        ("Kiểm tra việc thực hiện tại các xã", ["Sở Văn hóa, Thể thao"], "Thường xuyên"),
    ]
    assert any("rows rebuilt from the numbers opening them" in str(w) for w in result.warnings)


DUTIES = """\
III. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương
- Hướng dẫn thương nhân đăng ký kinh doanh tại chợ mới.
2. Ủy ban nhân dân cấp xã
- Tuyên truyền cho thương nhân về việc di dời.
- Ủy ban nhân dân xã Yên Lạc chủ trì, phối hợp với Sở Công Thương xây dựng phương án sắp xếp chợ tạm, hoàn thành phê duyệt phương án trong năm 2026.
"""


def test_a_duty_naming_its_own_lead_and_completing_within_a_year(tmp_path):
    """A duty under an agency heading that names its own lead ("Ủy ban nhân dân xã X chủ
    trì") is led by it, with a warning; "hoàn thành <the work> trong năm 2026" is due at the
    year's end (a deadline)."""
    result = _read(tmp_path, DUTIES)
    names = {a.id: a.name for a in result.plan.agencies}
    got = [([names[i] for i in t.lead], t.timeframe.kind, t.timeframe.due) for t in result.plan.tasks]
    assert got[1] == (["Ủy ban nhân dân cấp xã"], planflow.Kind.CONTINUOUS, None)
    assert got[2] == (["Ủy ban nhân dân xã Yên Lạc"], planflow.Kind.DEADLINE, date(2026, 12, 31))
    assert any("names its own lead" in str(w) for w in result.warnings)


def test_a_time_closing_a_sentence_leaves_the_next_sentence_out():
    """"…, hoàn thành trong quý III năm 2026. Việc di dời theo phương án …": the time closes
    the duty's sentence; the sentence after it is no part of the time."""
    from planflow_import.sections import own_time

    assert own_time("Ủy ban nhân dân phường Bắc Sơn chủ trì giải phóng mặt bằng, hoàn thành trong "
                    "quý III năm 2026. Việc di dời theo phương án được duyệt.") \
        == "hoàn thành trong quý III năm 2026"


def test_a_letterhead_laid_out_in_two_columns_of_spaces_is_read(tmp_path):
    """A PDF's text kept in its layout: the issuer and "Số: 18 /KH-UBND" on the left, the
    motto and the place and date on the right, on the same lines: number, symbol, date and
    issuer read, with a warning; the title line (one column) is not touched."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "     HUYỆN MƯỜNG TÈ                 Độc lập - Tự do - Hạnh phúc\n\n"
        "    Số: 18 /KH-UBND                Mường Tè, ngày 05 tháng 3 năm 2026\n\n\n"
        "                            KẾ HOẠCH\n"
        "          Trồng rừng thay thế trên địa bàn huyện năm 2026\n\n"
        "      I. MỤC ĐÍCH, YÊU CẦU\n      Hoàn thành chỉ tiêu trồng rừng được giao.\n"
        "      II. NHIỆM VỤ\n"
        "      1. Phòng Nông nghiệp và Môi trường chủ trì khảo sát quỹ đất trồng rừng, hoàn thành\n"
        "trong quý II năm 2026.\n" + SIGNED, encoding="utf-8")
    result = read_text_file(path)
    doc = result.plan.document
    assert (doc.number, doc.symbol, doc.date) == ("18", "18/KH-UBND", date(2026, 3, 5))
    assert "Mường Tè" in (doc.issuer or "")
    assert doc.title == "Trồng rừng thay thế trên địa bàn huyện năm 2026"
    assert any("two columns of spaces" in str(w) for w in result.warnings)


def test_a_plan_to_draw_up_a_planning_runs_over_its_own_times_not_the_plannings(tmp_path):
    """"Tổ chức lập Quy hoạch … thời kỳ 2027-2035", issued in 2025, its steps in 2025 and
    2026: the plan's period is 2025-2026 (its issue year and its tasks' times), with a
    warning; the title's 2027-2035 is the planning's."""
    path = tmp_path / "plan.txt"
    head = plan_head("88", "Tổ chức lập Quy hoạch vùng huyện thời kỳ 2027-2035",
                     "Lập quy hoạch đúng trình tự.").replace("12 tháng 02 năm 2026", "12 tháng 10 năm 2025")
    path.write_text(head + "II. NHIỆM VỤ\n"
                    "1. Sở Xây dựng chủ trì lựa chọn đơn vị tư vấn, hoàn thành trong quý IV năm 2025.\n"
                    "2. Sở Xây dựng chủ trì trình phê duyệt nhiệm vụ quy hoạch, hoàn thành trong "
                    "quý II năm 2026.\n" + SIGNED, encoding="utf-8")
    result = read_text_file(path)
    assert (result.plan.period.start, result.plan.period.end) == (date(2025, 1, 1), date(2026, 12, 31))
    assert any("is that of the document it draws up" in str(w) for w in result.warnings)


def test_an_item_among_tasks_naming_their_leads_is_not_lost(tmp_path):
    """Under a numbered heading, bullets that each name their lead ("X chủ trì …") are tasks;
    a bullet among them whose lead cannot be read is a task of its own (with no lead and a
    warning), not dropped."""
    path = Path(__file__).parent / "data" / "import_words" / "sibling_item.txt"
    result = read_text_file(path)
    titles = [t.title for t in result.plan.tasks]
    assert any(t.startswith("Chủ đầu tư hạ tầng cụm công nghiệp san lấp mặt bằng") for t in titles)
    assert len(titles) == 5
    assert any("its own lead not read" in str(w) for w in result.warnings)
