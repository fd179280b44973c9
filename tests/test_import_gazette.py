"""Plans printed in the Công báo, read from the PDF's text layer: the running heads, page
numbers and signature stamps left out, a task table printed cell after cell read back into
rows, a Nghị quyết of the Government issuing its Chương trình hành động. Every text here
is made up in the gazette's shape."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import.gazette import gazette_furniture, gazette_tables

ROOT = Path(__file__).parents[1]
HEAD = "CÔNG BÁO/Số 55/Ngày 09-09-2031 "


def _read(path: Path) -> planflow.ImportResult:
    return planflow.default_registry().importer_for(path).read(path)


def _rows(text: str) -> list[list[str]]:
    out, _ = gazette_tables(text)
    return [[c.strip() for c in s.strip("| ").split(" | ")] for s in out.split("\n")
            if s.startswith("| ") and not s.startswith("| TT")]


TABLE = """Các nhiệm vụ:
TT
Nhiệm vụ
Cơ quan chủ
trì
Cơ quan
phối hợp
Thời gian
hoàn thành
1
Lập bản đồ số các điểm sạt lở đất ven sông trên
toàn quốc
Bộ Nông nghiệp
và Môi trường
Các địa
phương
Năm 2032
2
Hướng dẫn địa phương di dời các hộ dân ở vùng có
nguy cơ cao
Ủy ban nhân
dân các tỉnh
Bộ Xây dựng
Hằng năm, thường xuyên
"""


def test_a_table_printed_cell_after_cell_reads_back_into_rows():
    rows = _rows(TABLE)
    assert rows == [
        ["1", "Lập bản đồ số các điểm sạt lở đất ven sông trên toàn quốc",
         "Bộ Nông nghiệp và Môi trường", "Các địa phương", "Năm 2032"],
        ["2", "Hướng dẫn địa phương di dời các hộ dân ở vùng có nguy cơ cao",
         "Ủy ban nhân dân các tỉnh", "Bộ Xây dựng", "Hằng năm, thường xuyên"]]
    _, found = gazette_tables(TABLE)
    assert found == [(2, 2, 5, [])]


def test_a_number_out_of_order_is_a_line_of_the_cell_not_a_row():
    text = TABLE.replace("Bộ Xây dựng\n", "Bộ Xây dựng\n5\n")
    assert [r[0] for r in _rows(text)] == ["1", "2"]


def test_a_lead_printed_on_the_tasks_last_line_is_cut_off_it():
    text = TABLE.replace("nguy cơ cao\nỦy ban nhân\ndân các tỉnh\n", "nguy cơ cao Bộ Xây dựng\n"
                         ).replace("Bộ Xây dựng\nHằng", "Các địa\nphương\nHằng")
    assert _rows(text)[1][1:4] == ["Hướng dẫn địa phương di dời các hộ dân ở vùng có nguy cơ cao",
                                   "Bộ Xây dựng", "Các địa phương"]


def test_a_section_after_the_table_ends_it():
    text = TABLE + "III. TỔ CHỨC THỰC HIỆN\nCác bộ báo cáo hằng năm.\n"
    out, _ = gazette_tables(text)
    assert out.rstrip().endswith("III. TỔ CHỨC THỰC HIỆN\nCác bộ báo cáo hằng năm.")
    assert len(_rows(text)) == 2


def test_a_text_that_is_no_gazette_is_left_as_it_is():
    text = "1\nMột dòng\nTT\nkhông phải bảng\n"
    assert gazette_tables(text) == (text, [])
    assert gazette_furniture(text) == (text, 0)


def test_running_heads_page_numbers_and_stamps_are_left_out():
    text = (f"Ký bởi: Văn phòng\nCơ quan: Văn phòng Chính phủ\n{HEAD}\n3\n \nĐoạn văn bị ngắt\n"
            f"\n{HEAD}\n4\n \ngiữa hai trang.\n")
    out, n = gazette_furniture(text)
    assert out == "Đoạn văn bị ngắt\ngiữa hai trang.\n"
    assert n == 9


def test_a_resolution_issuing_its_programme_reads_the_programme():
    result = _read(ROOT / "tests" / "data" / "import_words" / "gazette.txt")
    plan = result.plan
    assert plan.document.symbol == "41/NQ-CP"
    assert plan.document.issuer == "Chính phủ"
    assert [(t.title[:20], t.lead, t.timeframe.text) for t in plan.tasks] == [
        ("Số hóa kho sách quý ", ("bo-vhttdl",), "Năm 2032"),
        ("Xây dựng quy chuẩn k", ("bo-khcn",), "Quý IV/2031"),
        ("Bố trí kinh phí thườ", ("bo-tai-chinh",), "Hằng năm")]
    assert plan.implementation[0].startswith("Bộ Văn hóa")


def test_a_page_holding_only_a_task_table_is_its_plan():
    result = _read(ROOT / "tests" / "data" / "import_words" / "table_only.html")
    tasks = result.plan.tasks
    assert [t.lead for t in tasks] == [("khoa",), ("phong-quan-tri",), ("phong-quan-tri",)]
    assert tasks[-1].title == "Báo cáo kết quả kiểm kê cho Hiệu trưởng"


PAGED = f"""Các nhiệm vụ:
TT
Nội dung công việc
Cơ quan
chủ trì
Cơ quan
phối hợp
Sản phẩm
Thời hạn
hoàn thành
1
Hướng dẫn các địa phương sắp xếp lại mạng
lưới thư viện công cộng và một số việc sau:
(1) Rà soát kho sách của các thư viện cấp
huyện đã giải thể trong năm trước.
(2) Xây dựng quy chế luân chuyển sách giữa các
thư viện theo quy định.
(3) Trình ban hành danh mục sách cần số
Bộ Văn hóa,
Thể thao và
Du lịch;
Bộ Khoa học
và Công nghệ
Ủy ban nhân
dân các tỉnh
Văn bản
hướng dẫn
Quý III/2032

{HEAD}
12

TT
Nội dung công việc
Cơ quan
chủ trì
Cơ quan
phối hợp
Sản phẩm
Thời hạn
hoàn thành
hóa trước, gồm sách cổ và sách địa chí
của các địa phương.
2
Ban hành quy định về định mức nhân lực cho
các thư viện công cộng
Bộ Nội vụ
Các bộ, cơ
quan ngang bộ
Nghị định
Năm 2032
(sau khi Luật
Thư viện sửa đổi
được thông qua, bảo đảm

{HEAD}
13

TT
Nội dung công việc
Cơ quan
chủ trì
Cơ quan
phối hợp
Sản phẩm
Thời hạn
hoàn thành
đồng bộ với các
luật có liên quan)
"""


def test_a_lead_cell_listing_two_agencies_keeps_both():
    # "Bộ Văn hóa, Thể thao và Du lịch;" over "Bộ Khoa học và Công nghệ": a list goes on
    # after a semicolon, the second name is no partner
    row = _rows(PAGED)[0]
    assert row[2] == "Bộ Văn hóa, Thể thao và Du lịch; Bộ Khoa học và Công nghệ"
    assert row[3] == "Ủy ban nhân dân các tỉnh"


def test_a_task_holding_numbered_items_keeps_them_over_the_page():
    # "(1) …", "thư viện theo quy định." over "(3) …": no other cell opens on an item;
    # the rest after the page break goes on the task
    row = _rows(PAGED)[0]
    assert row[1].startswith("Hướng dẫn các địa phương")
    assert "thư viện theo quy định. (3) Trình ban hành danh mục sách cần số hóa trước" in row[1]
    assert row[1].endswith("sách địa chí của các địa phương.")
    assert row[4:] == ["Văn bản hướng dẫn", "Quý III/2032"]


def test_a_time_cut_by_the_page_takes_its_rest():
    # "… bảo đảm" then, after the break, "đồng bộ với …)": the time cell goes on, not
    # the product cell
    row = _rows(PAGED)[1]
    assert row[4] == "Nghị định"
    assert row[5] == ("Năm 2032 (sau khi Luật Thư viện sửa đổi được thông qua, bảo đảm "
                      "đồng bộ với các luật có liên quan)")


def test_a_resolution_adding_tasks_in_its_appendix_table():
    # a Nghị quyết that is no plan's cover: its title is the plan's, its appendix's table
    # the tasks (a row giving a second lead, result and time is two tasks), and its article
    # restating a task as a numbered list of labels one more
    result = _read(ROOT / "tests" / "data" / "import_words" / "resolution_table.txt")
    plan = result.plan
    assert plan.document.symbol == "58/NQ-CP"
    assert plan.document.title.startswith("Bổ sung nhiệm vụ trong Chương trình hành động")
    assert plan.document.title.endswith("phát triển văn hóa đọc trong cộng đồng")
    got = [(t.title[:20], t.lead, t.timeframe.text, t.timeframe.kind.value) for t in plan.tasks]
    assert got == [
        ("Tổ chức Ngày Sách và", ("bo-co-quan-ngang-bo",), "2031 và hằng năm", "recurring"),
        ("Rà soát chế độ mua s", ("bo-gddt",), "Tháng 6/2031", "window"),
        ("Rà soát chế độ mua s", ("bo-gddt",), "Tháng 12/2031", "window"),
        ("Phát động cuộc thi Đ", ("bo-gddt",), "2031", "window"),
        ("Xây dựng mạng lưới t", ("bo-vhttdl",), "Quý III/2031", "window")]
    assert [t.output for t in plan.tasks[1:3]] == ["Báo cáo rà soát", "Thông tư sửa đổi"]
    assert any("row(s) 2 give their cells after the task twice" in w for w in result.warnings)


def test_a_year_in_the_results_words_opens_no_time():
    # "Cuộc thi" / "2031 được tổ" / "chức thành công" / "2031": the result's words go on
    # from the year; the time is the last line
    rows = _rows(Path(ROOT / "tests" / "data" / "import_words" / "resolution_table.txt")
                 .read_text(encoding="utf-8"))
    assert rows[-1][-2:] == ["Cuộc thi 2031 được tổ chức thành công", "2031"]


def test_a_table_whose_time_columns_are_the_waves_of_the_year():
    # "Đợt 1 | Đợt 2 | Đợt 3" under "Các đợt trong năm 2031": a row's times in the waves'
    # cells read together; no lead column: the group row naming who ("Thí sinh (TS):"),
    # else the body the row's words open on; lettered items in one cell each a task; a
    # part's own header row ("STT | Nội dung công việc | Năm 2031") skipped; "II.1" with its
    # own time and no rows under it a task
    result = _read(ROOT / "tests" / "data" / "import_words" / "waves.html")
    names = {a.id: a.name for a in result.plan.agencies}
    got = [(t.title[:24], [names[i] for i in t.lead], t.timeframe.kind.value)
           for t in result.plan.tasks]
    assert got == [
        ("Nộp hồ sơ đăng ký dự thi", ["Thí sinh (TS)"], "recurring"),
        ("Nộp lệ phí thi theo thôn", ["Thí sinh (TS)"], "recurring"),
        ("Phòng Khảo thí lập danh ", ["Phòng Khảo thí"], "recurring"),
        ("GV chấm bài thi viết của", ["GV"], "window"),
        ("Cấp chứng chỉ cho thí si", [], "event")]
    first = result.plan.tasks[0].timeframe
    assert [a.month for a, _ in first.occurrences] == [3, 7, 11]
    assert result.plan.tasks[3].timeframe.start == date(2031, 4, 15)


NAMES_CUT = f"""Các nhiệm vụ:
TT
Nội dung công việc
Cơ quan
chủ trì
Cơ quan
phối hợp
Thời hạn
hoàn thành
1
Rà soát, sắp xếp lại các thư viện công cộng cấp
xã sau khi hợp nhất đơn vị hành chính theo
hướng dẫn của cơ quan có thẩm quyền và báo
cáo kết quả
Ủy ban nhân
dân các tỉnh,
thành
Bộ Nội vụ; Bộ
Tài chính
Quý IV/2031

{HEAD}
20

TT
Nội dung công việc
Cơ quan
chủ trì
Cơ quan
phối hợp
Thời hạn
hoàn thành
phố trực thuộc
trung ương
2
Xây dựng cơ sở dữ liệu thư viện số dùng chung
cho cả nước
Bộ Văn hóa,
Thể thao và
Du lịch
Các bộ, cơ
quan ngang bộ
Năm 2032
"""


def test_names_cut_at_a_line_or_a_page_are_read_whole():
    # "Bộ Nội vụ; Bộ" over "Tài chính": a name's first word ends no cell; "các tỉnh,
    # thành" then, after the break, "phố trực thuộc" / "trung ương": the lead goes on
    rows = _rows(NAMES_CUT)
    assert rows[0][2:] == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
                           "Bộ Nội vụ; Bộ Tài chính", "Quý IV/2031"]
    assert rows[1][2:] == ["Bộ Văn hóa, Thể thao và Du lịch", "Các bộ, cơ quan ngang bộ",
                           "Năm 2032"]


# a row whose partner cell is empty: the text layer prints a lone blank line for it
EMPTY_CELL = TABLE.replace("Bộ Nông nghiệp\nvà Môi trường\nCác địa\nphương\nNăm 2032",
                           "Bộ Khoa học\nvà Công nghệ\n \nNăm 2032").replace(
    "Ủy ban nhân\ndân các tỉnh\nBộ Xây dựng\n", "Ban Chỉ đạo\nPhòng thủ dân\nsự quốc gia\nBan Chỉ huy\nPTDS\ncác cấp\n")


def test_a_lone_blank_line_in_a_row_is_its_empty_cell():
    """"Bộ Khoa học" / "và Công nghệ" / " " / "Năm 2032": the lead wrapped over two lines and
    no partner (the blank line marks the empty cell; each cell used to take a line)."""
    rows = _rows(EMPTY_CELL)
    assert rows[0][2:] == ["Bộ Khoa học và Công nghệ", "", "Năm 2032"]


def test_phong_thu_or_phong_chong_opens_no_agency_cell():
    """"Ban Chỉ đạo" / "Phòng thủ dân" / "sự quốc gia" / "Ban Chỉ huy" …: "Phòng thủ" (defence),
    like "Phòng, chống", is no department: the lead's name goes on to "quốc gia"."""
    rows = _rows(EMPTY_CELL)
    assert rows[1][2:] == ["Ban Chỉ đạo Phòng thủ dân sự quốc gia", "Ban Chỉ huy PTDS các cấp",
                           "Hằng năm, thường xuyên"]


# a row whose task cell is followed by "-" sub-rows, each with its own lead, the time
# printed once (a merged cell)
SUB_ROWS = TABLE.replace("""2
Hướng dẫn địa phương di dời các hộ dân ở vùng có
nguy cơ cao
Ủy ban nhân
dân các tỉnh
Bộ Xây dựng
Hằng năm, thường xuyên
""", """2
Rà soát tiêu chuẩn thiết kế công trình hạ tầng
chống chịu thiên tai cực đoan
-
Công trình đê điều, hồ đập.
Bộ Nông nghiệp
và Môi trường
Các địa
phương
Năm 2032
-
Công trình giao thông.
Bộ Xây dựng
-
Công trình hạ tầng năng lượng.
Bộ Công
Thương
""")


def test_dash_sub_rows_are_rows_sharing_the_time_printed_once():
    """"2" / the task / "-" / "Công trình đê điều …" / lead / partner / "Năm 2032" / "-" /
    "Công trình giao thông." / "Bộ Xây dựng" / …: each sub-row a row of its own (numbered
    2.1, 2.2 …), its task after the row's, the time printed once given to each; a lead
    wrapped after "Bộ Công" stays one name."""
    rows = _rows(SUB_ROWS)
    assert [r[0] for r in rows] == ["1", "2.1", "2.2", "2.3"]
    assert rows[2][1] == ("Rà soát tiêu chuẩn thiết kế công trình hạ tầng chống chịu thiên tai cực đoan"
                          " – Công trình giao thông.")
    assert [r[2:] for r in rows[1:]] == [
        ["Bộ Nông nghiệp và Môi trường", "Các địa phương", "Năm 2032"],
        ["Bộ Xây dựng", "", "Năm 2032"],
        ["Bộ Công Thương", "", "Năm 2032"]]


def test_a_line_closing_the_tasks_open_bracket_is_the_tasks():
    # "… (đăng ký theo hệ thống" / "PCT/Madrid/Hague…).": the short line in capitals closes
    # the bracket the task left open; it opens no lead cell
    text = TABLE.replace("Lập bản đồ số các điểm sạt lở đất ven sông trên\ntoàn quốc\n",
                         "Lập bản đồ số các điểm sạt lở đất ven sông trên\n"
                         "toàn quốc (theo chuẩn dữ liệu mở của hệ thống\nOGC/WMS/WFS…).\n")
    rows = _rows(text)
    assert rows[0] == ["1", "Lập bản đồ số các điểm sạt lở đất ven sông trên toàn quốc (theo "
                       "chuẩn dữ liệu mở của hệ thống OGC/WMS/WFS…).",
                       "Bộ Nông nghiệp và Môi trường", "Các địa phương", "Năm 2032"]
