"""Families seen in real plans found after the corpus was labelled (the extra part of
benchmarks/score_reading.py), each checked here on short made-up plans of the same shape.

* A second task under a numbered row of a scraped task table: the row has no number of
  its own and fewer cells than the table has columns; its words are the task, the cells
  after them its lead (and partners), the rest merged with the row above.
* A title that cites another document with its date ("triển khai Quyết định số 06/QĐ-TTg
  ngày 02 tháng 01 năm 2025"): that date is the cited document's, not the plan's period;
  a plan that states no period spans its tasks' years (with a warning).
* A roadmap's time in brackets with no "từ": "(2026 trở đi)" runs from then on, like
  "Từ năm 2026 trở đi".
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

import planflow
from planflow_import import read_text_file
from planflow_import.header import title_period

from .test_import_families import _scraped

HEAD = """\
|
**ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc**
|
|
Số: 45/KH-UBND
|
*Quảng Trị, ngày 03 tháng 12 năm 2025*
|

**KẾ HOẠCH**

SỐ HÓA HỒ SƠ ĐẤT ĐAI TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2026 - 2028

**I. MỤC ĐÍCH**

Hoàn thành việc số hóa hồ sơ đất đai của tỉnh.

**II. TỔ CHỨC THỰC HIỆN**

Các cơ quan triển khai các nhiệm vụ tại Phụ lục kèm theo.

|
**Nơi nhận:**
- Như trên;
- Lưu: VT.
|
**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**
Trần Văn Bình
|

**PHỤ LỤC**

NHIỆM VỤ TRIỂN KHAI

"""


def _lead(plan: planflow.Plan, task: planflow.Task) -> str:
    names = {a.id: a.name for a in plan.agencies}
    return " | ".join(names.get(i, i) for i in task.lead)


def _read(tmp_path: Path, text: str) -> planflow.ImportResult:
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    return read_text_file(path)


TABLE = [
    ["**TT**", "**Nhiệm vụ**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**", "**Thời hạn hoàn thành**",
     "**Sản phẩm**"],
    ["**I**", "**Chuẩn bị**"],
    ["1", "Rà soát toàn bộ hồ sơ địa chính\nđang lưu giữ tại các xã", "Sở Nông nghiệp và Môi trường",
     "UBND các xã, phường", "Quý II/2026", "Báo cáo rà soát"],
    # a second task under row 1: its lead only, partners, time and product shared
    ["Lập danh mục hồ sơ cần số hóa\ntrước", "Văn phòng Đăng ký đất đai"],
    ["2", "Số hóa hồ sơ địa chính các xã", "UBND các xã, phường", "Sở Nông nghiệp và Môi trường",
     "Năm 2027", "Cơ sở dữ liệu"],
    # a second task under row 2: its lead and partners, time and product shared
    ["Chuẩn bị máy quét và kho lưu trữ", "Trung tâm Chuyển đổi số tỉnh", "Sở Tài chính"],
    ["3", "Kiểm tra chất lượng dữ liệu", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Quý IV/2028",
     "Biên bản"],
]


def test_second_tasks_under_a_numbered_row_keep_their_own_words_and_lead(tmp_path):
    result = _read(tmp_path, HEAD + _scraped(TABLE))
    plan = result.plan
    got = [(t.title, _lead(plan, t), t.timeframe.kind.value, t.timeframe.end) for t in plan.tasks]
    assert got == [
        ("Rà soát toàn bộ hồ sơ địa chính đang lưu giữ tại các xã", "Sở Nông nghiệp và Môi trường",
         "window", date(2026, 6, 30)),
        ("Lập danh mục hồ sơ cần số hóa trước", "Văn phòng Đăng ký đất đai", "window", date(2026, 6, 30)),
        ("Số hóa hồ sơ địa chính các xã", "UBND các xã, phường", "window", date(2027, 12, 31)),
        ("Chuẩn bị máy quét và kho lưu trữ", "Trung tâm Chuyển đổi số tỉnh", "window", date(2027, 12, 31)),
        ("Kiểm tra chất lượng dữ liệu", "Sở Nông nghiệp và Môi trường", "window", date(2028, 12, 31)),
    ]
    names = {a.id: a.name for a in plan.agencies}
    second, third = plan.tasks[1], plan.tasks[3]
    assert [names[i] for i in second.partners] == ["UBND các xã, phường"]  # shared, from above
    assert [names[i] for i in third.partners] == ["Sở Tài chính"]  # its own
    merged = [w for w in result.warnings if "read as merged with the row above" in w]
    assert len(merged) == 2 and "Quý II/2026" in merged[0]


@pytest.mark.parametrize("first", ["1.1", "a)", "II", "đang lưu giữ tại các xã"])
def test_a_short_row_opening_with_a_number_or_lower_case_words_is_not_a_second_task(tmp_path, first):
    """Only a capitalised sentence of several words is taken for a task's words; a number
    ("1.1", "a)", "II") stays a number and lower-case words are never a new task's."""
    rows = [*TABLE[:3], [first, "Văn phòng Đăng ký đất đai"], TABLE[4]]
    plan = _read(tmp_path, HEAD + _scraped(rows)).plan
    titles = [t.title for t in plan.tasks]
    assert first not in titles and titles[-1] == "Số hóa hồ sơ địa chính các xã"


@pytest.mark.parametrize(("title", "want"), [
    ("TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG", None),
    ("Thực hiện Nghị quyết số 12/NQ-HĐND ngày 05/7/2024 của HĐND tỉnh", None),
    ("Thực hiện Nghị quyết số 12/NQ-HĐND ngày 05/7/2024 của HĐND tỉnh năm 2026", (2026, 2026)),
    ("Triển khai Chỉ thị số 3/CT-TTg ngày 9 tháng 3 năm 2025, giai đoạn 2026 - 2028", (2026, 2028)),
])
def test_the_date_of_a_cited_document_is_not_the_plans_period(title, want):
    period = title_period(title, date(2025, 12, 3))
    assert (None if period is None else (period.start.year, period.end.year)) == want


def test_a_plan_citing_a_dated_decision_spans_its_tasks_years(tmp_path):
    text = HEAD.replace("SỐ HÓA HỒ SƠ ĐẤT ĐAI TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2026 - 2028",
                        "TRIỂN KHAI QUYẾT ĐỊNH SỐ 88/QĐ-TTG NGÀY 10 THÁNG 02 NĂM 2025 CỦA THỦ TƯỚNG\n"
                        "CHÍNH PHỦ VỀ SỐ HÓA HỒ SƠ ĐẤT ĐAI")
    result = _read(tmp_path, text + _scraped(TABLE))
    period = result.plan.period
    assert period is not None and (period.start, period.end) == (date(2025, 1, 1), date(2028, 12, 31))
    assert any("span of its tasks' times" in w for w in result.warnings)


@pytest.mark.parametrize(("words", "start"), [
    ("2027 trở đi", date(2027, 1, 1)), ("năm 2027 trở đi", date(2027, 1, 1)),
    ("(Năm 2028 trở đi)", date(2028, 1, 1)), ("Quý II/2027 trở đi", date(2027, 4, 1)),
    ("tháng 9/2026 trở đi", date(2026, 9, 1)),
])
def test_onward_without_tu_runs_from_then_to_the_end_of_the_period(words, start):
    ctx = planflow.TimeframeContext(date(2026, 1, 1), date(2030, 12, 31), date(2025, 12, 3))
    parsers = planflow.default_registry().timeframe_parsers()
    for form in ("NFC", "NFD"):
        tf = planflow.resolve_timeframe(unicodedata.normalize(form, words), ctx, parsers)
        assert (tf.kind, tf.start, tf.end, tf.due) == (planflow.Kind.CONTINUOUS, start, date(2030, 12, 31),
                                                       None)
        assert any("no end given" in w for w in tf.warnings)


@pytest.mark.parametrize("words", ["trở đi", "sau đó trở đi", "khi có kết quả trở đi"])
def test_onward_with_no_time_before_it_is_not_a_date(words):
    ctx = planflow.TimeframeContext(date(2026, 1, 1), date(2030, 12, 31), date(2025, 12, 3))
    tf = planflow.resolve_timeframe(words, ctx, planflow.default_registry().timeframe_parsers())
    assert tf.start is None and tf.due is None


DUTIES = """\
**KẾ HOẠCH**

THEO DÕI CHẤT LƯỢNG NƯỚC VÙNG NUÔI NGHÊU GIAI ĐOẠN 2026 - 2028

**I. MỤC ĐÍCH**

Cảnh báo sớm cho người nuôi.

**II. TỔ CHỨC THỰC HIỆN**

**1. Sở Nông nghiệp và Môi trường**

- Chủ trì lấy mẫu, phân tích mẫu nước tại các điểm đã chọn.

- Định kỳ hằng năm báo cáo kết quả về UBND tỉnh trước ngày 10 tháng 12.

**2. UBND các xã ven biển**

- Gửi số liệu nuôi nghêu về Sở Nông nghiệp và Môi trường hằng tháng, trước ngày 05.

- Thông tin cảnh báo cho người nuôi, hoàn thành trước ngày 30/6/2026.

|
**Nơi nhận:**
- Lưu: VT.
|
**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**
Trần Văn Bình
|
"""


def test_a_duty_keeps_the_recurrence_its_sentence_names_for_a_day_with_no_year(tmp_path):
    """In a plan of several years "trước ngày 05" alone cannot be dated; the recurrence the
    sentence names with it ("hằng tháng, trước ngày 05"; "Định kỳ hằng năm … trước ngày 10
    tháng 12") makes it a recurring time."""
    head = HEAD.split("**KẾ HOẠCH**")[0]
    plan = _read(tmp_path, head + DUTIES).plan
    got = [(t.timeframe.text, t.timeframe.kind.value, t.timeframe.recurrence) for t in plan.tasks]
    assert got[1:] == [("Định kỳ hằng năm, trước ngày 10 tháng 12", "recurring", "yearly"),
                       ("hằng tháng, trước ngày 05", "recurring", "monthly"),
                       ("hoàn thành trước ngày 30/6/2026", "deadline", None)]


@pytest.mark.parametrize("heading", ["**3. Chế độ báo cáo**", "3. Chế độ thông tin, báo cáo", "b) Báo cáo kết quả",
                                     "**Chế độ báo cáo định kỳ**"])
def test_two_reports_joined_by_a_semicolon_and_a_report_heading(tmp_path, heading):
    """A reporting sub-heading in sentence case is a heading, not a sentence; "các đơn vị
    báo cáo … trước ngày D1; Sở X tổng hợp, báo cáo Y trước ngày D2" is two obligations,
    the units' to Sở X (who compiles them) and Sở X's to Y."""
    head = HEAD.split("**KẾ HOẠCH**")[0]
    text = head + DUTIES.replace("|\n**Nơi nhận:**", heading + "\n\nCác xã gửi báo cáo kết quả trước ngày "
                                 "05/12 hằng năm; Sở Nông nghiệp và Môi trường tổng hợp, báo cáo UBND tỉnh trước "
                                 "ngày 15/12 hằng năm.\n\n|\n**Nơi nhận:**")
    plan = _read(tmp_path, text).plan
    reports = [(r["text"][:12], r["cadence"], r["params"].get("days"), r["params"].get("recipient_name"))
               for r in plan.settings["import"]["reports"]]
    assert reports == [("Các xã gửi b", "fixed_days", ["5/12"], "Sở Nông nghiệp và Môi trường"),
                       ("Sở Nông nghi", "fixed_days", ["15/12"], "UBND tỉnh")]


ROADMAP_ROWS = [
    ["1", "Chuẩn hóa quy trình cấp phép xây dựng", "Sở Xây dựng", "x", "", ""],
    ["2", "Kết nối dữ liệu cấp phép với cổng dịch vụ công", "Sở Xây dựng", "x", "x", ""],
    ["3", "Đánh giá giữa kỳ và cuối kỳ", "Sở Khoa học và Công nghệ", "x", "", "x"],
]
ROADMAP_WANT = [("Năm 2026", "window", date(2026, 1, 1), date(2026, 12, 31)),
                ("Năm 2026 - 2027", "window", date(2026, 1, 1), date(2027, 12, 31)),
                ("Các năm 2026, 2028", "recurring", date(2026, 1, 1), date(2028, 12, 31))]


@pytest.mark.parametrize("layout", ["one-row", "two-row", "two-row-nam"])
def test_a_roadmaps_marks_under_year_columns_are_the_rows_time(tmp_path, layout):
    """A roadmap table marks the years a task runs ("x" under "2026 | 2027 | 2028", in one
    header row or under "Lộ trình thực hiện"): the marked years are its time; years that
    do not follow each other are each an occurrence."""
    years = ["**2026**", "**2027**", "**2028**"] if layout != "two-row-nam" else \
        ["**Năm 2026**", "**Năm 2027**", "**Năm 2028**"]
    if layout == "one-row":
        rows = [["**TT**", "**Nhiệm vụ**", "**Cơ quan chủ trì**", *years], *ROADMAP_ROWS]
    else:
        rows = [["**TT**", "**Nhiệm vụ**", "**Cơ quan chủ trì**", "**Lộ trình thực hiện**", "**Ghi chú**"], years,
                *([*r, "Báo cáo"] for r in ROADMAP_ROWS)]
    result = _read(tmp_path, HEAD + _scraped(rows))
    plan = result.plan
    got = [(t.timeframe.text, t.timeframe.kind.value, t.timeframe.start, t.timeframe.end) for t in plan.tasks]
    assert got == ROADMAP_WANT
    assert [_lead(plan, t) for t in plan.tasks] == ["Sở Xây dựng", "Sở Xây dựng", "Sở Khoa học và Công nghệ"]


def test_agency_cells_one_name_a_line_and_names_wrapped_in_the_middle(tmp_path):
    """A lead or partner cell listing agencies one a line names each ("UBND các xã,
    phường" over "Sở Tài chính"), while a name wrapped in its middle ("Sở Khoa học và" /
    "Công nghệ", "Trung tâm Chuyển đổi số" / "tỉnh") stays one name."""
    rows = [TABLE[0],
            ["1", "Rà soát hồ sơ địa chính", "UBND các xã, phường\nSở Tài chính", "Sở Khoa học và\nCông nghệ",
             "Quý II/2026", "Báo cáo"],
            ["2", "Số hóa hồ sơ địa chính", "Trung tâm Chuyển đổi số\ntỉnh", "Sở Nội vụ,\nSở Tài chính",
             "Năm 2027", "Dữ liệu"]]
    plan = _read(tmp_path, HEAD + _scraped(rows)).plan
    names = {a.id: a.name for a in plan.agencies}
    got = [([names[i] for i in t.lead], [names[i] for i in t.partners]) for t in plan.tasks]
    assert got == [(["UBND các xã, phường", "Sở Tài chính"], ["Sở Khoa học và Công nghệ"]),
                   (["Trung tâm Chuyển đổi số tỉnh"], ["Sở Nội vụ", "Sở Tài chính"])]


@pytest.mark.parametrize(("top", "below", "issuer", "parent"), [
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "SỞ Y TẾ", "Sở Y tế", "Ủy ban nhân dân tỉnh Quảng Trị"),
    ("UBND TỈNH QUẢNG TRỊ", "BAN CHỈ ĐẠO 35", "Ban Chỉ đạo 35", "Ủy ban nhân dân tỉnh Quảng Trị"),
    ("UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường",
     "Ủy ban nhân dân thành phố Hải Phòng"),
    ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Ủy ban nhân dân tỉnh Quảng Trị", None),
    ("ỦY BAN NHÂN DÂN", "XÃ HƯỚNG HÓA", "Ủy ban nhân dân xã Hướng Hóa", None),
])
def test_a_department_issuing_under_its_peoples_committee(tmp_path, top, below, issuer, parent):
    """A letterhead of two bodies in one cell ("UBND TỈNH …" over "SỞ Y TẾ"): the
    department issues the plan, the committee is its parent body; the department named
    again in the tasks is the same agency."""
    text = HEAD.replace("**ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ**", f"**{top}\n{below}**")
    plan = _read(tmp_path, text + _scraped(TABLE)).plan
    assert (plan.document.issuer, plan.document.parent_body) == (issuer, parent)
    assert len([a for a in plan.agencies if a.name == "Sở Nông nghiệp và Môi trường"]) == 1


FIELDS = """\
**KẾ HOẠCH**

BẢO TỒN NGHỀ DỆT THỔ CẨM GIAI ĐOẠN 2026 - 2028

**I. MỤC TIÊU**

Giữ gìn nghề dệt truyền thống của đồng bào.

**II. NHIỆM VỤ, GIẢI PHÁP**

**1. Điều tra, lưu giữ**

a) Kiểm kê các làng nghề dệt còn hoạt động (Sở Văn hóa, Thể thao và Du lịch chủ trì; hoàn thành trong Quý III/2026).

b) Số hóa mẫu hoa văn cổ. Giao Trung tâm Chuyển đổi số tỉnh chủ trì, phối hợp với Bảo tàng tỉnh thực hiện, hoàn thành trước ngày 31/12/2027.

**2. Truyền nghề**

a) Mở lớp truyền nghề cho thanh niên. Cơ quan chủ trì: UBND các xã có nghề dệt; thời gian: năm 2026 - 2028.

Hỗ trợ nghệ nhân tham gia hội chợ (Sở Công Thương chủ trì).

**III. TỔ CHỨC THỰC HIỆN**

Sở Văn hóa, Thể thao và Du lịch theo dõi, đôn đốc thực hiện Kế hoạch.

|
**Nơi nhận:**
- Lưu: VT.
|
**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**
Trần Văn Bình
|
"""


def test_lettered_items_under_fields_of_work_that_name_their_lead_are_tasks(tmp_path):
    """Under headings naming fields of work ("1. Điều tra, lưu giữ"), lettered items that
    name their own lead (in brackets closing the item, in a later "Giao X chủ trì …"
    sentence, or as labels after the item's words) are tasks with that lead and time, and
    so is a paragraph after them naming its lead in brackets."""
    head = HEAD.split("**KẾ HOẠCH**")[0]
    plan = _read(tmp_path, head + FIELDS).plan
    got = [(t.title, _lead(plan, t), t.timeframe.text) for t in plan.tasks]
    assert got == [
        ("Kiểm kê các làng nghề dệt còn hoạt động", "Sở Văn hóa, Thể thao và Du lịch",
         "hoàn thành trong Quý III/2026"),
        ("Số hóa mẫu hoa văn cổ", "Trung tâm Chuyển đổi số tỉnh", "hoàn thành trước ngày 31/12/2027"),
        ("Mở lớp truyền nghề cho thanh niên", "UBND các xã có nghề dệt", "năm 2026 - 2028"),
        ("Hỗ trợ nghệ nhân tham gia hội chợ", "Sở Công Thương", ""),
    ]
    names = {a.id: a.name for a in plan.agencies}
    assert [names[i] for i in plan.tasks[1].partners] == ["Bảo tàng tỉnh"]


def test_a_lead_named_in_passing_does_not_make_a_field_a_list_of_tasks(tmp_path):
    """One lettered item of four naming a lead ("… (Sở X chủ trì)") is a description of the
    field, not its list of tasks: the duties by agency are read, as before."""
    text = FIELDS.replace(" (Sở Văn hóa, Thể thao và Du lịch chủ trì; hoàn thành trong Quý III/2026)", "")
    text = text.replace(". Giao Trung tâm Chuyển đổi số tỉnh chủ trì, phối hợp với Bảo tàng tỉnh thực hiện, "
                        "hoàn thành trước ngày 31/12/2027", "")
    text = text.replace("**III. TỔ CHỨC THỰC HIỆN**\n\nSở Văn hóa, Thể thao và Du lịch theo dõi, đôn đốc thực hiện "
                        "Kế hoạch.",
                        "**III. TỔ CHỨC THỰC HIỆN**\n\n**1. Sở Văn hóa, Thể thao và Du lịch**\n\n- Chủ trì kiểm kê "
                        "làng nghề.\n\n- Tổng hợp kết quả hằng năm.\n\n**2. Sở Công Thương**\n\n- Hỗ trợ nghệ nhân "
                        "tham gia hội chợ.")
    text = text.replace("a) Mở lớp truyền nghề cho thanh niên. Cơ quan chủ trì: UBND các xã có nghề dệt; thời gian: "
                        "năm 2026 - 2028.", "a) Mở lớp truyền nghề cho thanh niên.\n\nb) Biên soạn tài liệu dạy nghề.")
    plan = _read(tmp_path, HEAD.split("**KẾ HOẠCH**")[0] + text).plan
    assert [(t.title, _lead(plan, t)) for t in plan.tasks] == [
        ("Chủ trì kiểm kê làng nghề", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Tổng hợp kết quả hằng năm", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Hỗ trợ nghệ nhân tham gia hội chợ", "Sở Công Thương"),
    ]


DECISION = """\
**QUYẾT ĐỊNH**

BAN HÀNH {kind_caps} PHÁT TRIỂN KINH TẾ BIỂN

**ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này {kind} phát triển kinh tế biển giai đoạn 2026 - 2030.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

|
**Nơi nhận:**
- Lưu: VT.
|
**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**
Trần Văn Bình
|

**{kind_caps}**

PHÁT TRIỂN KINH TẾ BIỂN GIAI ĐOẠN 2026 - 2030

*(Ban hành kèm theo Quyết định số 1234/QĐ-UBND ngày 03/12/2025 của UBND tỉnh)*

**I. MỤC TIÊU**

Kinh tế biển tăng trưởng bền vững.

**II. NHIỆM VỤ CỤ THỂ**

**1. Sở Nông nghiệp và Môi trường**

- Rà soát quy hoạch không gian biển, hoàn thành trong Quý II/2026.

- Kiểm tra vùng nuôi biển hằng năm.

**2. Sở Tài chính**

- Bố trí kinh phí thực hiện hằng năm.
"""


@pytest.mark.parametrize(("kind", "kind_caps"), [("Chương trình hành động", "CHƯƠNG TRÌNH HÀNH ĐỘNG"),
                                                 ("Kế hoạch hành động", "KẾ HOẠCH HÀNH ĐỘNG"),
                                                 ("Chương trình", "CHƯƠNG TRÌNH")])
def test_a_decision_issuing_an_action_programme(tmp_path, kind, kind_caps):
    """A Quyết định that issues a "Chương trình hành động" (or "Kế hoạch hành động") reads
    the attached programme like an attached plan: its title under the kind's line, its
    period and its duties."""
    top = HEAD.split("**KẾ HOẠCH**")[0].replace("Số: 45/KH-UBND", "Số: 1234/QĐ-UBND")
    plan = _read(tmp_path, top + DECISION.format(kind=kind, kind_caps=kind_caps)).plan
    assert plan.document.symbol == "1234/QĐ-UBND"
    # printed in capitals; the decision writes it as running text (planflow_import.titles)
    assert plan.document.title == "Phát triển kinh tế biển giai đoạn 2026 - 2030"
    assert plan.period is not None and (plan.period.start, plan.period.end) == (date(2026, 1, 1),
                                                                               date(2030, 12, 31))
    assert [_lead(plan, t) for t in plan.tasks] == ["Sở Nông nghiệp và Môi trường"] * 2 + ["Sở Tài chính"]


def test_an_action_plan_on_its_own_reads_its_title(tmp_path):
    text = HEAD.replace("**KẾ HOẠCH**", "**KẾ HOẠCH HÀNH ĐỘNG**")
    plan = _read(tmp_path, text + _scraped(TABLE)).plan
    assert plan.document.title == "SỐ HÓA HỒ SƠ ĐẤT ĐAI TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2026 - 2028"
    assert len(plan.tasks) == 5
