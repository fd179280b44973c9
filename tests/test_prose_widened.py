"""Prose plans written in wordings the first generator did not make (round 16, helper
prose2): each rule the importer reads them by, on wordings made up here (tests/made_up.py
gives the head and the signature). See docs/import.md, "Prose plans, widened", and the
timeframe families in docs/vietnamese-rules.md."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import planflow
from planflow_import import read_text_file

from .made_up import SIGNED, plan_head

HEAD = plan_head("88", "Phát triển thư viện số năm 2026", "- Bảo đảm thiết thực, hiệu quả.")
CLOSE = ("IV. TỔ CHỨC THỰC HIỆN\n"
         "Định kỳ trước ngày 10/12 hằng năm, các cơ quan báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch.\n")


def _read(tmp_path: Path, body: str, head: str = HEAD, close: str = CLOSE) -> planflow.ImportResult:
    path = tmp_path / "plan.txt"
    path.write_text(head + body + close + SIGNED, encoding="utf-8")
    return read_text_file(path)


def _rows(result: planflow.ImportResult) -> list[tuple[str, list[str], str, date | None, date | None]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names.get(i, i) for i in t.lead], t.timeframe.kind.value, t.timeframe.start,
             t.timeframe.end) for t in result.plan.tasks]


def _one(rows, needle):  # type: ignore[no-untyped-def]
    found = [r for r in rows if needle in r[0]]
    assert len(found) == 1, rows
    return found[0]


# -- timeframes ---------------------------------------------------------------------------------

def test_a_minimum_after_dinh_ky_is_a_recurrence():
    """"định kỳ ít nhất 02 lần/năm": the minimum read after "định kỳ" as it is without it."""
    parsers = planflow.default_registry().timeframe_parsers()
    ctx = planflow.TimeframeContext(date(2026, 1, 1), date(2026, 12, 31), date(2026, 2, 12))
    for words in ("định kỳ ít nhất 02 lần/năm", "Định kỳ tối thiểu mỗi quý một lần"):
        assert planflow.resolve_timeframe(words, ctx, parsers).kind is planflow.Kind.RECURRING


def test_closing_times_of_the_wider_families(tmp_path):
    """Times closing a duty's sentence in the families the first generator lacked: each
    read as its kind and dates."""
    result = _read(tmp_path, """\
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tài chính số hóa kho sách cổ, định kỳ ít nhất 02 lần/năm.
2. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp kiện toàn đội ngũ cộng tác viên thư viện, trong suốt thời gian thực hiện Kế hoạch.
3. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính cải tạo nhà đọc sách cộng đồng, từ tháng 5/2026 cho đến khi hoàn thành.
4. Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ biên soạn sổ tay bạn đọc, 06 tháng cuối năm 2026.
5. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ lập dự toán mua sắm sách; thời gian thực hiện: Quý II, III/2026.
6. Sở Y tế chủ trì, phối hợp với Sở Nội vụ tuyên truyền sách sức khỏe, hằng năm theo quy định.
7. Sở Công Thương chủ trì, phối hợp với Sở Nội vụ thí điểm quầy sách lưu động, chậm nhất trước ngày 20/10/2026.
""")
    rows = _rows(result)
    assert _one(rows, "kho sách cổ")[2] == "recurring"
    assert _one(rows, "cộng tác viên")[2] == "continuous"
    assert _one(rows, "nhà đọc sách")[2] == "continuous"
    assert _one(rows, "sổ tay bạn đọc")[2:] == ("window", date(2026, 7, 1), date(2026, 12, 31))
    assert _one(rows, "dự toán mua sắm")[2:] == ("window", date(2026, 4, 1), date(2026, 9, 30))
    assert _one(rows, "sách sức khỏe")[2] == "recurring"
    # "trước ngày 20/10": the day before, by the "trước ngày" rule
    assert _one(rows, "quầy sách")[2:] == ("deadline", None, date(2026, 10, 19))
    assert all(r[1] and r[1][0].startswith("Sở") for r in rows)


def test_a_reporter_or_a_programme_is_no_submission(tmp_path):
    """"… đội ngũ báo cáo viên … trong năm 2026", "… quy trình … trong Quý III/2026": the
    words are nouns, not a report or a submission done within the time: a window."""
    result = _read(tmp_path, """\
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ kiện toàn đội ngũ báo cáo viên pháp luật trong năm 2026.
2. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp chuẩn hóa quy trình mượn sách trong Quý III/2026.
""")
    rows = _rows(result)
    assert _one(rows, "báo cáo viên")[2:] == ("window", date(2026, 1, 1), date(2026, 12, 31))
    assert _one(rows, "quy trình mượn")[2:] == ("window", date(2026, 7, 1), date(2026, 9, 30))


# -- the lead in the sentence -------------------------------------------------------------------

def test_the_lead_in_new_places_of_the_sentence(tmp_path):
    """The body that leads after the issuer that gives the work, after a purpose clause,
    after a time opening the sentence, after the task's words and a colon, or after ", do"."""
    result = _read(tmp_path, """\
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp rà soát danh mục vị trí thủ thư; hoàn thành trong Quý II/2026.
2. Để phục vụ bạn đọc vùng cao, Sở Y tế chủ trì, phối hợp với Sở Tài chính trang bị tủ sách trạm y tế; thời gian thực hiện: năm 2026.
3. Trong Quý III/2026, Sở Xây dựng chủ trì, phối hợp với Sở Tài chính sửa chữa mái thư viện tỉnh.
4. Biên soạn thư mục sách địa chí: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ thực hiện; hoàn thành trước ngày 15/9/2026.
5. Số hóa bản đồ cổ, do Sở Công Thương chủ trì, phối hợp với Sở Tư pháp thực hiện; hoàn thành trong năm 2026.
6. Tổ chức ngày hội đọc sách: Ủy ban nhân dân các xã, phường phối hợp với Tỉnh Đoàn thực hiện; thời gian thực hiện: Quý IV/2026.
""")
    rows = _rows(result)
    assert _one(rows, "vị trí thủ thư")[1:] == (["Sở Nội vụ"], "deadline", None, date(2026, 6, 30))
    assert _one(rows, "tủ sách trạm y tế")[1] == ["Sở Y tế"]
    assert _one(rows, "mái thư viện")[1:] == (["Sở Xây dựng"], "window", date(2026, 7, 1), date(2026, 9, 30))
    assert _one(rows, "thư mục sách địa chí")[1:] == (["Sở Tư pháp"], "deadline", None, date(2026, 9, 14))
    assert _one(rows, "bản đồ cổ")[1:] == (["Sở Công Thương"], "deadline", None, date(2026, 12, 31))
    assert _one(rows, "ngày hội đọc sách")[1] == ["Ủy ban nhân dân các xã, phường"]
    assert not any("giao" in n for r in rows for n in r[1])


def test_labels_in_a_later_sentence_are_read_as_labels(tmp_path):
    """Among tasks whose labels are in brackets on the line below, one whose labels follow
    its words on its own line ("… . Cơ quan chủ trì: X; thời gian hoàn thành: …"): X leads
    ("Cơ quan" is never the subject of "chủ trì")."""
    result = _read(tmp_path, """\
II. NHIỆM VỤ VÀ GIẢI PHÁP

1) Xây dựng câu lạc bộ đọc sách trên địa bàn

(Cơ quan chủ trì thực hiện: Sở Nội vụ; đơn vị phối hợp thực hiện: Sở Tư pháp;
thời gian thực hiện: 6 tháng đầu năm 2026).

2) Đánh giá chất lượng phục vụ của thư viện huyện;

(Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: Sở Nội vụ; thời gian: Năm 2026).

3) Đẩy mạnh tuyên truyền sách nông nghiệp. Cơ quan chủ trì: Sở Nông nghiệp và Môi trường; thời
gian hoàn thành: Tháng 4 năm 2026.

""")
    rows = _rows(result)
    assert _one(rows, "sách nông nghiệp")[1:] == (["Sở Nông nghiệp và Môi trường"], "window",
                                                  date(2026, 4, 1), date(2026, 4, 30))
    assert len(rows) == 3


def test_a_numbered_line_cut_inside_a_body_name_goes_on(tmp_path):
    """"2) … : Bộ Chỉ huy" | "Quân sự tỉnh chủ trì …": the item's line is no short heading;
    "1. Sở Tài chính" alone stays an agency's heading."""
    result = _read(tmp_path, """\
II. NHIỆM VỤ VÀ GIẢI PHÁP
1) Tập huấn cứu hộ tại thư viện: Bộ Chỉ huy
Quân sự tỉnh chủ trì thực hiện; hoàn thành trong tháng 6/2026.
2) Để bạn đọc khiếm thị tiếp cận sách nói, Sở Công
Thương chủ trì, phối hợp với Sở Tài chính trang bị máy đọc sách; thời gian thực hiện: năm 2026.
""")
    rows = _rows(result)
    assert _one(rows, "cứu hộ")[1] == ["Bộ Chỉ huy Quân sự tỉnh"]
    assert _one(rows, "máy đọc sách")[1] == ["Sở Công Thương"]


# -- label lines ----------------------------------------------------------------------------------

def test_a_label_alone_takes_the_next_paragraph_as_its_value(tmp_path):
    """"- Tiến độ hoàn thành:" | (blank line) | "Quý II/2026.": the value, not a task."""
    result = _read(tmp_path, """\
II. NHIỆM VỤ VÀ GIẢI PHÁP

1. Xây dựng mạng lưới thư viện trường học.

- Cơ quan đầu mối:

Sở Giáo dục và Đào tạo.

- Tiến độ hoàn thành:

Quý II/2026.

2. Nâng cấp phần mềm quản lý bạn đọc.

- Đơn vị chủ trì: Sở Khoa học và Công nghệ.

- Thời gian hoàn tất: Quý III/2026.

""")
    rows = _rows(result)
    assert rows == [
        ("Xây dựng mạng lưới thư viện trường học", ["Sở Giáo dục và Đào tạo"], "window",
         date(2026, 4, 1), date(2026, 6, 30)),
        ("Nâng cấp phần mềm quản lý bạn đọc", ["Sở Khoa học và Công nghệ"], "window",
         date(2026, 7, 1), date(2026, 9, 30))]


def test_a_label_cut_after_its_colon_in_text_with_no_blank_lines(tmp_path):
    """A PDF's text has no blank lines: "Nội dung: …; Cơ quan đầu mối:" | "Sở X; …"."""
    result = _read(tmp_path, """\
II. NHIỆM VỤ VÀ GIẢI PHÁP
a. Xây dựng bộ sưu tập ảnh tư liệu.
Nội dung: Khảo sát nhu cầu bạn đọc; Cơ quan đầu mối:
Sở Văn hóa, Thể thao và Du lịch; Đơn vị phối hợp thực hiện: Sở Nội vụ; Thời
gian: Năm 2026-2027.
b. Hoàn thiện kho sách điện tử.
Cơ quan chủ trì: Sở Khoa học và Công nghệ; Thời gian: Quý IV/2026.
""")
    rows = _rows(result)
    assert _one(rows, "ảnh tư liệu")[1:] == (["Sở Văn hóa, Thể thao và Du lịch"], "window",
                                             date(2026, 1, 1), date(2027, 12, 31))


# -- headings, reports, layouts --------------------------------------------------------------------

def test_a_coordinating_body_reporting_on_is_the_report_not_a_task(tmp_path):
    """Under the agencies' duties: "3. Sở X tổng hợp, báo cáo UBND tỉnh trước ngày …" and
    "4. Sở X tham mưu UBND tỉnh báo cáo kết quả … về Bộ … trước ngày …" report on."""
    result = _read(tmp_path, "", close="""\
II. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Chủ trì, phối hợp với các sở, ngành liên quan kiện toàn mạng lưới thư viện cơ sở.
- Tuyên truyền phong trào đọc sách trong cán bộ, công chức.
2. Sở Tài chính
- Bố trí kinh phí mua sách cho thư viện xã.
- Phối hợp với Sở Nội vụ thẩm định dự toán số hóa tài liệu.
3. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.
4. Sở Nội vụ tham mưu UBND tỉnh báo cáo kết quả thực hiện về Bộ Nội vụ trước ngày 20/12 hằng năm.
""")
    titles = [t.title for t in result.plan.tasks]
    assert len(titles) == 4, titles
    assert not any("báo cáo" in t for t in titles)


def test_top_sections_lettered_with_roman_groups(tmp_path):
    """"A. MỤC ĐÍCH" … "C. NHIỆM VỤ" / "I. <group>" / "1. <task>" … "E. TỔ CHỨC THỰC HIỆN":
    the lettered headings are the sections; the closing section's sentences are no tasks."""
    path = tmp_path / "plan.txt"
    head = HEAD.replace("I. MỤC ĐÍCH, YÊU CẦU", "A. MỤC ĐÍCH, YÊU CẦU")
    path.write_text(head + """\
B. MỤC TIÊU
- Phấn đấu đến hết năm 2026, 100% xã có tủ sách cộng đồng.
C. NHIỆM VỤ VÀ GIẢI PHÁP
I. Phát triển hạ tầng
1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính cải tạo phòng đọc thiếu nhi; hoàn thành trong Quý III/2026.
2. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ lắp đặt mạng không dây tại thư viện; hoàn thành trong năm 2026.
II. Công tác thông tin, tuyên truyền
1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Tỉnh Đoàn tổ chức tuần lễ đọc sách; hoàn thành trước ngày 15/5/2026.
D. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện từ ngân sách tỉnh.
E. TỔ CHỨC THỰC HIỆN
1. Các cơ quan, đơn vị căn cứ nội dung Kế hoạch, chủ động xây dựng kế hoạch triển khai thực hiện.
2. Định kỳ trước ngày 10/12 hằng năm, các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Nội vụ để tổng hợp.
""" + SIGNED, encoding="utf-8")
    rows = _rows(read_text_file(path))
    assert [r[1] for r in rows] == [["Sở Xây dựng"], ["Sở Khoa học và Công nghệ"],
                                    ["Sở Văn hóa, Thể thao và Du lịch"]]


def test_a_word_document_of_printed_lines_is_read_as_text(tmp_path):
    """A Word document whose every printed line is a paragraph (a PDF converted to Word):
    its sentences run on over the paragraphs as a scrape's do over its lines."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    lines = (HEAD.replace("\n", "\n")).splitlines() + [
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "1. Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ kiện toàn đội ngũ hòa giải viên ở",
        "các thôn, bản trên địa bàn tỉnh; thời gian thực hiện: Quý",
        "IV/2026.",
        "2. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính xây dựng đề án tinh giản biên chế",
        "thư viện cấp xã bảo đảm phù hợp với tình hình thực tế của địa phương, hoàn thành",
        "trong tháng 9/2026.",
        "3. Sở Y tế chủ trì, phối hợp với Sở Tài chính tổ chức khám sức khỏe định kỳ cho",
        "người cao tuổi tại các nhà văn hóa thôn, bản và tổ dân phố; hoàn thành trước ngày",
        "15/10/2026.",
        "4. Sở Công Thương chủ trì, phối hợp với Sở Tài chính khảo sát các chợ truyền thống",
        "cần cải tạo, nâng cấp trên địa bàn các huyện miền núi, hoàn thành trong Quý",
        "III/2026.",
        "5. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát các công trình công cộng",
        "xuống cấp cần sửa chữa trên địa bàn các xã vùng cao, hoàn thành trong tháng 8/2026.",
        "6. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ triển khai nền tảng số",
        "phục vụ tra cứu thủ tục hành chính cho người dân và doanh nghiệp; hoàn thành trong",
        "năm 2026.",
        *CLOSE.splitlines(), *SIGNED.splitlines()]
    for line in lines:
        d.add_paragraph(line)
    path = tmp_path / "plan.docx"
    d.save(str(path))
    rows = _rows(planflow.default_registry().importer_for(path).read(path))
    assert _one(rows, "hòa giải viên")[1:] == (["Sở Tư pháp"], "window", date(2026, 10, 1), date(2026, 12, 31))
    assert _one(rows, "tinh giản")[2:] == ("deadline", None, date(2026, 9, 30))
    assert len(rows) == 6
