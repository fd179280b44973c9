"""Families of how a plan is laid out, found in real plans labelled after the corpus (the
built-on gh_a*/gh_b* plans of tests/data/reading_extra): duties by agency in the content
section, the plan's own time in its own section, agencies named over a line break. Every
text here is made up (tests/made_up.py), never copied from those plans."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import import read_text_file

from .made_up import SIGNED, plan_head


def _read(tmp_path: Path, head: str, body: str) -> planflow.ImportResult:
    path = tmp_path / "plan.txt"
    path.write_text(head + body + SIGNED, encoding="utf-8")
    return read_text_file(path)


def _rows(result: planflow.ImportResult) -> list[tuple[str, list[str]]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead]) for t in result.plan.tasks]


HEAD = plan_head("212", "Triển khai Chỉ thị về phát triển thư viện cộng đồng năm 2026",
                 "Nâng cao hiệu quả hoạt động của thư viện cơ sở.")


def test_duties_by_agency_in_the_content_section_win_over_a_short_organising_section(tmp_path):
    """"II. NỘI DUNG THỰC HIỆN" gives each agency its duties under its heading; "III. TỔ
    CHỨC THỰC HIỆN" names two agencies again only to organise: the content's duties are
    the tasks."""
    result = _read(tmp_path, HEAD, """\
II. NỘI DUNG THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch
a) Hướng dẫn các xã xây dựng tủ sách cộng đồng;
b) Tổ chức luân chuyển sách giữa các thư viện cơ sở.
2. Sở Tài chính
Tham mưu bố trí kinh phí mua sách cho thư viện cơ sở.
3. Sở Giáo dục và Đào tạo
Chỉ đạo các trường mở cửa thư viện cho người dân vào cuối tuần.
III. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch
Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.
2. Ủy ban nhân dân các xã
Căn cứ chức năng, nhiệm vụ tổ chức thực hiện Kế hoạch.
""")
    rows = _rows(result)
    assert [r[1] for r in rows] == [["Sở Văn hóa, Thể thao và Du lịch"]] * 2 + [
        ["Sở Tài chính"], ["Sở Giáo dục và Đào tạo"]]
    assert rows[0][0].startswith("Hướng dẫn các xã")
    assert rows[3][0].startswith("Chỉ đạo các trường")


def _times(result: planflow.ImportResult) -> list[tuple[str, date | None, date | None]]:
    return [(t.timeframe.kind.value, t.timeframe.start, t.timeframe.end) for t in result.plan.tasks]


BRIDGE_HEAD = plan_head("87", "Nâng cấp cầu dân sinh trên địa bàn tỉnh đến năm 2030",
                        "Bảo đảm đi lại an toàn cho người dân.")
DUTIES = """\
IV. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng
- Khảo sát hiện trạng các cầu dân sinh;
- Lập danh mục cầu cần nâng cấp.
2. Sở Tài chính
Tham mưu bố trí vốn nâng cấp cầu.
"""


def test_the_plans_own_time_in_a_sub_item_of_a_time_and_scope_section(tmp_path):
    """"II. THỜI GIAN VÀ PHẠM VI" over "1. Thời gian: từ nay đến năm 2030.": the plan's
    own time, given to the duties that state none (from the issue day), with a warning."""
    result = _read(tmp_path, BRIDGE_HEAD, """\
II. THỜI GIAN VÀ PHẠM VI
1. Thời gian: từ nay đến năm 2030.
2. Phạm vi: các xã miền núi của tỉnh.
III. NỘI DUNG
Nâng cấp các cầu yếu, cầu tạm.
""" + DUTIES)
    assert _times(result) == [("continuous", date(2026, 2, 12), date(2030, 12, 31))] * 3
    assert any(w.key == "plan_time_applied" for w in result.warnings)


def test_the_plans_own_time_under_a_shared_heading(tmp_path):
    """"II. THỜI GIAN, ĐỊA BÀN" with the time in the paragraph under it."""
    result = _read(tmp_path, BRIDGE_HEAD, """\
II. THỜI GIAN, ĐỊA BÀN
Từ năm 2027 đến năm 2030, tại các xã miền núi của tỉnh.
""" + DUTIES)
    assert _times(result) == [("continuous", date(2027, 1, 1), date(2030, 12, 31))] * 3


def test_an_agency_name_broken_before_its_duty_sentence_is_one_name(tmp_path):
    """"3. Bộ Chỉ huy" / "Quân sự tỉnh chủ trì, phối hợp với …" (the name broken over the
    line in a scrape): the agency is the whole name, the joined sentence its duty; no
    agency is defined by the broken half."""
    result = _read(tmp_path, HEAD, """\
III. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch
Chủ trì hướng dẫn các xã xây dựng tủ sách cộng đồng.
2. Bộ Chỉ huy
Quân sự tỉnh chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch đưa sách vào các
đồn biên phòng.
3. Sở Tài chính
Tham mưu bố trí kinh phí mua sách.
""")
    rows = _rows(result)
    assert rows[1] == ("Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du "
                       "lịch đưa sách vào các đồn biên phòng", ["Bộ Chỉ huy Quân sự tỉnh"])
    names = {a.name for a in result.plan.agencies}
    assert "Bộ Chỉ huy" not in names
    assert result.plan.tasks[1].partners and rows[0][1] == ["Sở Văn hóa, Thể thao và Du lịch"]


def _undefined(plan: planflow.Plan) -> list[tuple[str, str]]:
    ids = {a.id for a in plan.agencies}
    return [(t.id, a) for t in plan.tasks for a in (*t.lead, *t.partners) if a not in ids]


def test_an_imported_plan_never_names_an_agency_it_does_not_define(tmp_path):
    """Every lead and partner of every task of a read plan is one of its agencies (the
    made-up plans of this file and of tests/prose_gen.py), and validation finds no unknown
    agency."""
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.prose_gen import generate, write

    plans = []
    for k, body in enumerate([DUTIES, """\
II. NỘI DUNG THỰC HIỆN
1. Sở Tài chính
a) Tham mưu bố trí vốn;
b) Phối hợp với Sở Xây dựng và Ủy ban nhân dân các xã kiểm tra việc sử dụng vốn.
2. Bộ Chỉ huy
Quân sự tỉnh chủ trì, phối hợp với Công an tỉnh bảo vệ công trình.
"""]):
        (tmp_path / str(k)).mkdir()
        plans.append(_read(tmp_path / str(k), BRIDGE_HEAD, body).plan)
    for seed in range(12):
        folder = tmp_path / f"gen{seed}"
        folder.mkdir()
        path = write(generate(seed), "scraped", folder)
        plans.append(planflow.default_registry().importer_for(path).read(path).plan)
    for plan in plans:
        assert _undefined(plan) == []
        assert not [p for p in planflow.validate(plan) if p.key in ("unknown_lead", "unknown_partner")]


def test_role_sub_headings_under_an_agency_are_not_duties_their_bullets_are(tmp_path):
    """"a) Chủ trì, phối hợp với …" / "b) Phối hợp với …" (no stop) over "- " bullets under
    an agency heading: each bullet is a duty led by the agency, the bodies named its
    partners; the sub-headings are no tasks."""
    result = _read(tmp_path, HEAD, """\
III. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch
a) Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân các xã
- Hướng dẫn các xã xây dựng tủ sách cộng đồng.
- Tổ chức ngày hội đọc sách hằng năm.
b) Phối hợp với Sở Tài chính
- Lập dự toán kinh phí mua sách.
2. Ủy ban nhân dân các xã
- Bố trí chỗ đặt tủ sách tại nhà văn hóa.
""")
    rows = _rows(result)
    assert [r[0][:20] for r in rows] == ["Hướng dẫn các xã xây", "Tổ chức ngày hội đọc",
                                         "Lập dự toán kinh phí", "Bố trí chỗ đặt tủ sá"]
    assert [r[1] for r in rows[:3]] == [["Sở Văn hóa, Thể thao và Du lịch"]] * 3
    names = {a.id: a.name for a in result.plan.agencies}
    assert [names[p] for p in result.plan.tasks[0].partners] == ["Sở Giáo dục và Đào tạo",
                                                                 "Ủy ban nhân dân các xã"]
    assert [names[p] for p in result.plan.tasks[2].partners] == ["Sở Tài chính"]


def test_an_issuing_deadline_label_is_the_items_time(tmp_path):
    """"+ Thời hạn ban hành: trước ngày …" / "- Thời gian trình: …" under a label-line
    item: its time (not the plan's period)."""
    result = _read(tmp_path, HEAD, """\
II. NHIỆM VỤ CỤ THỂ
1. Xây dựng văn bản hướng dẫn
- Quy định về tiêu chuẩn thư viện cộng đồng
+ Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
+ Thời hạn ban hành: trước ngày 01 tháng 10 năm 2026.
- Quy chế luân chuyển sách giữa các xã
+ Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
+ Thời gian trình: tháng 11/2026.
""")
    got = [(t.timeframe.kind.value, t.timeframe.due) for t in result.plan.tasks]
    assert got == [("deadline", date(2026, 9, 30)), ("window", date(2026, 11, 30))]


def test_a_heading_listing_its_bodies_in_brackets_names_the_leads(tmp_path):
    """"1.2. Các sở quản lý công trình (gồm các sở: Xây dựng, Giáo dục và Đào tạo và Y
    tế)" over dated duties: each body listed (its kind put before its field; a field
    holding "và" stays one body) leads them."""
    result = _read(tmp_path, HEAD, """\
II. NHIỆM VỤ CỤ THỂ
1.1. Sở Văn hóa, Thể thao và Du lịch
- Lập danh mục thư viện cơ sở cần sửa chữa.
Thời gian hoàn thành: Tháng 6/2026.
1.2. Các sở quản lý công trình (gồm các sở: Xây dựng, Giáo dục và Đào tạo và Y tế)
- Cử cán bộ tham gia đoàn kiểm tra thư viện cơ sở.
Thời gian thực hiện: Tháng 9/2026.
""")
    rows = _rows(result)
    assert rows[1] == ("Cử cán bộ tham gia đoàn kiểm tra thư viện cơ sở.",
                       ["Sở Xây dựng", "Sở Giáo dục và Đào tạo", "Sở Y tế"])


def test_an_unnumbered_appendix_row_with_an_agency_first_is_a_second_lead(tmp_path):
    """"| | Ủy ban nhân dân các xã | Sở Xây dựng |" under a numbered row of a scraped task
    table (its number, title and time merged with that row's): the same work led by the
    second agency, its partners the row's own, with a warning; a second task whose words
    come first keeps its own title."""
    from .test_import_extra import HEAD as TABLE_HEAD
    from .test_import_extra import _scraped

    table = [
        ["**TT**", "**Tên đề án**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**", "**Thời hạn**"],
        ["1", "Đề án số hóa bản đồ địa chính cấp xã", "Sở Nông nghiệp và Môi trường",
         "Sở Tài chính", "Năm 2027"],
        ["Ủy ban nhân dân các xã, phường", "Văn phòng Đăng ký đất đai"],
        ["2", "Đề án kho lưu trữ hồ sơ đất đai", "Sở Nội vụ", "Sở Tài chính", "Năm 2028"],
    ]
    path = tmp_path / "plan.md"
    path.write_text(TABLE_HEAD + _scraped(table), encoding="utf-8")
    result = read_text_file(path)
    names = {a.id: a.name for a in result.plan.agencies}
    got = [(t.title, [names[i] for i in t.lead], [names[i] for i in t.partners], t.timeframe.end)
           for t in result.plan.tasks]
    assert got[1] == ("Đề án số hóa bản đồ địa chính cấp xã", ["Ủy ban nhân dân các xã, phường"],
                      ["Văn phòng Đăng ký đất đai"], date(2027, 12, 31))
    assert len(got) == 3 and got[2][1] == ["Sở Nội vụ"]
    assert any("row 3 has fewer cells" in str(w) for w in result.warnings)


RESOLUTION = """\
NGHỊ QUYẾT

VỀ VIỆC PHÁT TRIỂN CHỢ ĐÊM
PHỤC VỤ DU KHÁCH

HỘI ĐỒNG NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương;

QUYẾT NGHỊ:

I. NHIỆM VỤ

1. Sở Công Thương chủ trì quy hoạch các điểm chợ đêm, hoàn thành trong năm 2026.

PHỤ LỤC

(Kèm theo {kind} số 08/NQ-HĐND ngày 14/4/2026 của Hội đồng nhân dân tỉnh)

Các điểm chợ đêm.
"""


def test_a_document_with_no_letterhead_says_itself_in_its_appendix_note(tmp_path):
    """A Nghị quyết printed with no letterhead: its number, symbol, date and issuer from
    its appendix's note "(Kèm theo Nghị quyết số …)", its title from the capitals under
    "NGHỊ QUYẾT" (without "VỀ VIỆC"), with a warning; a note naming another kind of
    document says nothing of this one."""
    path = tmp_path / "plan.txt"
    path.write_text(RESOLUTION.format(kind="Nghị quyết"), encoding="utf-8")
    result = read_text_file(path)
    doc = result.plan.document
    assert (doc.number, doc.symbol, doc.date, doc.issuer, doc.title) == (
        "08", "08/NQ-HĐND", date(2026, 4, 14), "Hội đồng nhân dân tỉnh",
        "PHÁT TRIỂN CHỢ ĐÊM PHỤC VỤ DU KHÁCH")
    assert any(w.key == "own_from_note" for w in result.warnings)
    path.write_text(RESOLUTION.format(kind="Quyết định"), encoding="utf-8")
    other = read_text_file(path)
    assert other.plan.document.symbol is None and other.plan.document.date is None
    assert not any(w.key == "own_from_note" for w in other.warnings)


DUTIES_BESIDE_PROJECTS = """\
II. NHIỆM VỤ, GIẢI PHÁP
1. Phát động phong trào đọc sách trong cộng đồng
a) Ủy ban nhân dân các xã, phường
- Tổ chức ngày hội đọc sách vào ngày thứ Bảy hoặc Chủ nhật hàng tuần tại nhà văn hóa thôn.
- Vận động các hộ gia đình xây dựng tủ sách gia đình.
b) Sở Nội vụ rà soát, bổ sung tiêu chí khen thưởng phong trào đọc sách, hoàn thành trước ngày 30/9/2026.
c) Đề nghị Trung ương Hội Khuyến học Việt Nam
- Chỉ đạo hội khuyến học cơ sở tặng sách cho học sinh vùng khó khăn.
2. Nâng cao hiệu quả hoạt động thư viện
a) Hoàn thiện cơ chế, chính sách
- Sở Văn hóa, Thể thao và Du lịch
+ Ban hành hướng dẫn luân chuyển sách giữa thư viện tỉnh và thư viện xã.
+ Xây dựng bộ tiêu chí thư viện thân thiện.
- Sở Tài chính
+ Bố trí kinh phí mua sách bổ sung hằng năm.
- Ngân hàng Nhà nước chi nhánh tỉnh rà soát, hỗ trợ vốn vay cho các nhà sách ở nông thôn.
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành triển khai thực hiện Kế hoạch này.
"""

PROJECTS = """
PHỤ LỤC
DANH MỤC ĐỀ ÁN ƯU TIÊN

| TT | Tên đề án | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành |
|---|---|---|---|---|
| 1 | Đề án số hóa tài liệu địa chí của tỉnh | Sở Văn hóa, Thể thao và Du lịch | Sở Tài chính | Năm 2027 |
"""


def test_duties_by_agency_beside_an_appendix_of_projects_are_both_read(tmp_path):
    """A "NHIỆM VỤ, GIẢI PHÁP" section assigning duties agency by agency beside an
    appendix table of a few projects: the duties are tasks too. Under fields of work, an
    agency line ("a) Ủy ban nhân dân …", "- Sở Văn hóa …" over "+" items, "c) Đề nghị
    Trung ương Hội …") leads the items beneath it; an item at its level opening on
    another agency and a duty ("b) Sở Nội vụ rà soát …", "- Ngân hàng … rà soát …") is
    that agency's own duty."""
    path = tmp_path / "plan.md"
    path.write_text(HEAD + DUTIES_BESIDE_PROJECTS + SIGNED + PROJECTS, encoding="utf-8")
    result = read_text_file(path)
    rows = [(title[:30], lead) for title, lead in _rows(result)]
    assert rows == [
        ("Tổ chức ngày hội đọc sách vào ", ["Ủy ban nhân dân các xã, phường"]),
        ("Vận động các hộ gia đình xây d", ["Ủy ban nhân dân các xã, phường"]),
        ("Sở Nội vụ rà soát, bổ sung tiê", ["Sở Nội vụ"]),
        ("Chỉ đạo hội khuyến học cơ sở t", ["Trung ương Hội Khuyến học Việt Nam"]),
        ("Ban hành hướng dẫn luân chuyển", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Xây dựng bộ tiêu chí thư viện ", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Bố trí kinh phí mua sách bổ su", ["Sở Tài chính"]),
        ("Ngân hàng Nhà nước chi nhánh t", ["Ngân hàng Nhà nước chi nhánh tỉnh"]),
        ("Đề án số hóa tài liệu địa chí ", ["Sở Văn hóa, Thể thao và Du lịch"])]
    tasks = result.plan.tasks
    # a day of the week inside the duty's sentence is its time, said so
    assert tasks[0].timeframe.kind is planflow.Kind.RECURRING
    assert tasks[0].timeframe.recurrence == "weekly"
    assert tasks[2].timeframe.due == date(2026, 9, 29)
    assert tasks[6].timeframe.kind is planflow.Kind.RECURRING


def test_a_numbered_reporting_line_after_an_agency_line_is_no_duty(tmp_path):
    # "3. Các sở, ngành định kỳ 6 tháng … báo cáo kết quả …" after "- Sở Tài chính" / "+ …":
    # the numbered line keeps the headings' own rules (the plan's report, not a task)
    body = DUTIES_BESIDE_PROJECTS.replace(
        "- Ngân hàng Nhà nước chi nhánh tỉnh rà soát, hỗ trợ vốn vay cho các nhà sách ở nông thôn.\n",
        "3. Các sở, ngành định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12) báo "
        "cáo kết quả thực hiện về Sở Văn hóa, Thể thao và Du lịch để tổng hợp.\n")
    path = tmp_path / "plan.md"
    path.write_text(HEAD + body + SIGNED + PROJECTS, encoding="utf-8")
    titles = [t.title for t in read_text_file(path).plan.tasks]
    assert len(titles) == 8 and not any("định kỳ 6 tháng" in t for t in titles), titles
