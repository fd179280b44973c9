"""Task tables as ``pdftotext -layout`` gives them, and a PDF's header cut by a page break
(round 16): a lead merged down its column, start and end sub-columns, a roadmap's years,
a table with no number column, "Số TT" and no lead column, a header cut by a page break.
The tables are made up; each line is laid out from its cells' columns, as pdftotext
places a PDF's words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import import read_text_file
from planflow_import.pdf import _join
from planflow_import.text import Table

from .made_up import SIGNED, plan_head

HEAD = plan_head("52", "Chuyển đổi số trong y tế và giáo dục năm 2026",
                 "Đưa dịch vụ số đến người dân.")


def _laid(*cells: tuple[int, str]) -> str:
    """A line with each cell's words starting at its column."""
    line = ""
    for x, words in cells:
        line = line.ljust(x) + words if line else " " * x + words
    return line


def _read(tmp_path: Path, lines: list[str]) -> planflow.ImportResult:
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + "III. TỔ CHỨC THỰC HIỆN\nCác sở thực hiện theo Phụ lục.\n" + SIGNED
                    + "PHỤ LỤC\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return read_text_file(path)


def _got(r: planflow.ImportResult) -> list[tuple[str, list[str], str]]:
    names = {a.id: a.name for a in r.plan.agencies}
    return [(t.title, [names[i] for i in t.lead], t.timeframe.text) for t in r.plan.tasks]


def _all_laid_out(r: planflow.ImportResult) -> bool:
    """Every time read from the table says its column was a guess."""
    return all(any("laid out in spaces" in str(w) for w in t.timeframe.warnings)
               for t in r.plan.tasks if t.timeframe.start or t.timeframe.end or t.timeframe.due)


# columns: number, task, lead, partners, time
_C = (0, 9, 32, 48, 64)


def _row(*cells: str) -> str:
    return _laid(*[(x, c) for x, c in zip(_C, cells, strict=True) if c])


_HEADER = [_row("STT", "Nội dung nhiệm vụ", "Cơ quan", "Cơ quan", "Thời gian"),
           _row("", "", "chủ trì", "phối hợp", "hoàn thành")]


def test_a_lead_merged_down_its_column_goes_to_the_rows_below_it_in_its_group(tmp_path):
    r = _read(tmp_path, [
        *_HEADER,
        _row("I", "Y TẾ SỐ", "", "", ""),
        _row("1", "Triển khai bệnh án", "Sở Y tế", "Bảo hiểm xã", "Quý II/2026"),
        _row("", "điện tử", "", "hội tỉnh", ""),
        _row("2", "Kết nối dữ liệu", "", "", "Tháng 9/2026"),
        _row("", "tiêm chủng", "", "", ""),
        _row("3", "Số hóa hồ sơ khám", "", "Các bệnh viện", "Năm 2027"),
        _row("", "sức khỏe", "", "", ""),
        _row("II", "GIÁO DỤC SỐ", "", "", ""),
        _row("1", "Số hóa học bạ", "Sở Giáo dục và", "", "Quý IV/2026"),
        _row("", "", "Đào tạo", "", ""),
        _row("2", "Đào tạo kỹ năng số", "", "", "Thường xuyên"),
        _row("", "cho giáo viên", "", "", ""),
    ])
    assert _got(r) == [
        ("Triển khai bệnh án điện tử", ["Sở Y tế"], "Quý II/2026"),
        ("Kết nối dữ liệu tiêm chủng", ["Sở Y tế"], "Tháng 9/2026"),
        ("Số hóa hồ sơ khám sức khỏe", ["Sở Y tế"], "Năm 2027"),
        # the group row ends the run: the next group's rows take its own first row's lead
        ("Số hóa học bạ", ["Sở Giáo dục và Đào tạo"], "Quý IV/2026"),
        ("Đào tạo kỹ năng số cho giáo viên", ["Sở Giáo dục và Đào tạo"], "Thường xuyên")]
    took = [w for w in r.warnings if "names no lead: read as" in w]
    assert len(took) == 3 and "Kết nối dữ liệu tiêm chủng" in took[0] and "Sở Y tế" in took[0]
    assert _all_laid_out(r)


def test_a_group_whose_first_row_names_no_lead_leaves_empty_leads_empty(tmp_path):
    # a run that opens with no lead is no cell merged down: nothing is guessed, in any group
    r = _read(tmp_path, [
        *_HEADER,
        _row("I", "Y TẾ SỐ", "", "", ""),
        _row("1", "Triển khai bệnh án", "Sở Y tế", "", "Quý II/2026"),
        _row("", "điện tử", "", "", ""),
        _row("2", "Kết nối dữ liệu", "", "", "Tháng 9/2026"),
        _row("II", "GIÁO DỤC SỐ", "", "", ""),
        _row("1", "Số hóa học bạ", "", "", "Quý IV/2026"),
        _row("2", "Đào tạo kỹ năng số", "Sở Giáo dục và", "", "Thường xuyên"),
        _row("", "", "Đào tạo", "", ""),
    ])
    got = _got(r)
    assert got[1] == ("Kết nối dữ liệu", [], "Tháng 9/2026")
    assert got[2] == ("Số hóa học bạ", [], "Quý IV/2026")
    assert not any("names no lead: read as" in w for w in r.warnings)


def test_start_and_end_sub_columns_laid_close_are_two_columns(tmp_path):
    # "Thời gian" over "Bắt đầu" | "Kết thúc", the two narrow columns so close that their
    # names run together on one line ("Bắt đầu Kết" over "thúc"), and a time touching the
    # product's words beside it ("12/2026 Báo" over "cáo")
    r = _read(tmp_path, [
        _laid((0, "TT"), (6, "Nội dung"), (24, "Cơ quan"), (36, "Thời gian"), (55, "Sản phẩm")),
        _laid((24, "chủ trì"), (36, "Bắt đầu Kết"), (55, "dự kiến")),
        _laid((46, "thúc")),
        _laid((0, "1"), (6, "Lắp đặt camera"), (24, "Công an"), (36, "Tháng"), (44, "Tháng")),
        _laid((6, "giao thông"), (24, "tỉnh"), (36, "3/2026"), (45, "12/2026 Báo")),
        _laid((55, "cáo")),
        _laid((0, "2"), (6, "Nâng cấp cổng"), (24, "Sở Tư pháp"), (36, "Năm"), (44, "Năm"), (55, "Cổng")),
        _laid((6, "thông tin"), (36, "2027"), (44, "2030"), (55, "mới")),
    ])
    tasks = r.plan.tasks
    assert [t.title for t in tasks] == ["Lắp đặt camera giao thông", "Nâng cấp cổng thông tin"]
    assert (tasks[0].timeframe.start, tasks[0].timeframe.end) == (date(2026, 3, 1), date(2026, 12, 31))
    assert (tasks[1].timeframe.start, tasks[1].timeframe.end) == (date(2027, 1, 1), date(2030, 12, 31))
    assert tasks[0].output == "Báo cáo"
    assert _all_laid_out(r)


def test_a_roadmaps_years_under_lo_trinh_are_columns_of_their_own(tmp_path):
    # "Lộ trình thực hiện" over the years, each marked "x" where the task runs; "Số TT"
    r = _read(tmp_path, [
        _laid((0, "Số TT"), (8, "Nhiệm vụ"), (30, "Chủ trì"), (44, "Lộ trình thực hiện")),
        _laid((44, "2026"), (51, "2027"), (58, "2028"), (65, "2029")),
        _laid((0, "1"), (8, "Xây dựng kho dữ liệu"), (30, "Sở Tài chính"), (44, "x"), (51, "x")),
        _laid((8, "ngân sách")),
        _laid((0, "2"), (8, "Mở rộng mạng 5G"), (30, "Sở Xây dựng"), (58, "x"), (65, "x")),
    ])
    tasks = r.plan.tasks
    assert [t.title for t in tasks] == ["Xây dựng kho dữ liệu ngân sách", "Mở rộng mạng 5G"]
    assert (tasks[0].timeframe.start, tasks[0].timeframe.end) == (date(2026, 1, 1), date(2027, 12, 31))
    assert (tasks[1].timeframe.start, tasks[1].timeframe.end) == (date(2028, 1, 1), date(2029, 12, 31))
    assert _all_laid_out(r)


def test_a_table_with_no_number_column_is_found_and_read(tmp_path):
    # the task's column first, each row's number opening its words; a Roman group row in
    # capitals wrapped over two lines (no section heading: the table goes on)
    r = _read(tmp_path, [
        _laid((0, "Nội dung nhiệm vụ"), (26, "Đơn vị chủ trì"), (46, "Thời gian")),
        _laid((0, "I. ỨNG DỤNG CÔNG NGHỆ")),
        _laid((0, "THÔNG TIN")),
        _laid((0, "a) Cấp chữ ký số cho"), (26, "Sở Nội vụ"), (46, "Quý I/2026")),
        _laid((0, "cán bộ cấp xã")),
        _laid((0, "b) Vận hành hệ thống"), (26, "Văn phòng UBND"), (46, "Hằng năm")),
        _laid((0, "họp trực tuyến"), (26, "tỉnh")),
        _laid((0, "II. DỮ LIỆU SỐ")),
        _laid((0, "a) Số hóa hồ sơ hộ tịch"), (26, "Sở Tư pháp"), (46, "Năm 2027")),
    ])
    assert _got(r) == [
        ("Cấp chữ ký số cho cán bộ cấp xã", ["Sở Nội vụ"], "Quý I/2026"),
        ("Vận hành hệ thống họp trực tuyến", ["Văn phòng UBND tỉnh"], "Hằng năm"),
        ("Số hóa hồ sơ hộ tịch", ["Sở Tư pháp"], "Năm 2027")]
    assert _all_laid_out(r)


def test_a_table_grouped_by_agency_with_no_lead_column_is_found(tmp_path):
    # no lead column: each group row names the agency that leads the tasks under it
    r = _read(tmp_path, [
        _laid((0, "TT"), (8, "Nội dung"), (34, "Tiến độ thực hiện")),
        _laid((0, "I"), (8, "SỞ Y TẾ")),
        _laid((0, "1"), (8, "Triển khai bệnh án điện"), (34, "Quý IV/2026")),
        _laid((8, "tử tại bệnh viện tỉnh")),
        _laid((0, "II"), (8, "SỞ TƯ PHÁP")),
        _laid((0, "1"), (8, "Số hóa sổ hộ tịch"), (34, "Tháng 9/2026")),
    ])
    got = _got(r)
    assert [(t, tf) for t, _, tf in got] == [
        ("Triển khai bệnh án điện tử tại bệnh viện tỉnh", "Quý IV/2026"),
        ("Số hóa sổ hộ tịch", "Tháng 9/2026")]
    assert [lead for _, lead, _ in got] == [["Sở Y tế"], ["Sở Tư pháp"]]


def test_a_header_cut_by_a_page_break_takes_the_next_pages_columns(tmp_path):
    # the header's first line at the foot of a page, its second after the form feed, the
    # next page laid out anew (its columns further left); "Thời gian" over "Bắt đầu" |
    # "Kết thúc" on that page
    r = _read(tmp_path, [
        _laid((0, "STT"), (13, "Nội dung"), (28, "Cơ quan"), (42, "Thời gian")),
        "\f" + _laid((5, "nhiệm vụ"), (24, "chủ trì"), (38, "Bắt đầu"), (49, "Kết thúc")),
        _laid((0, "1"), (5, "Xây dựng bản đồ"), (24, "Sở Xây dựng"), (38, "Tháng"), (49, "Tháng")),
        _laid((5, "quy hoạch số"), (38, "3/2026"), (49, "12/2026")),
        _laid((0, "2"), (5, "Cập nhật giá đất"), (24, "Sở Tài chính"), (38, "Năm 2027"), (49, "Năm 2028")),
        _laid((0, "3"), (5, "Công khai thủ tục"), (24, "Sở Tư pháp"), (38, "Năm 2026"), (49, "Năm 2027")),
    ])
    got = _got(r)
    assert [(t, lead) for t, lead, _ in got] == [
        ("Xây dựng bản đồ quy hoạch số", ["Sở Xây dựng"]), ("Cập nhật giá đất", ["Sở Tài chính"]),
        ("Công khai thủ tục", ["Sở Tư pháp"])]
    tf = r.plan.tasks[0].timeframe
    assert (tf.start, tf.end) == (date(2026, 3, 1), date(2026, 12, 31))
    tf = r.plan.tasks[1].timeframe
    assert (tf.start, tf.end) == (date(2027, 1, 1), date(2028, 12, 31))
    assert _all_laid_out(r)


def test_a_pdf_header_row_cut_by_a_page_break_is_joined_column_by_column():
    # page 1 ends with the header's first part (six columns: "Thời gian" over two), page 2
    # opens with its second part and the rows (seven columns); the columns' left edges
    # (points) say which cell above stands over which column below
    before = Table("page 1, table 2", 1, (("TT", "Nội", "Cơ quan", "Phối", "Thời gian", "Sản"),))
    after = Table("page 2, table 1", 2, (
        ("", "dung", "chủ trì", "hợp", "Bắt đầu", "Hoàn thành", "phẩm"),
        ("1", "Xây dựng cổng dữ liệu", "Sở Tài chính", "", "Năm 2026", "Năm 2027", "Báo cáo")))
    edges = {id(before): (before, [85.0, 146.0, 208.0, 270.0, 331.0, 455.0]),
             id(after): (after, [85.0, 146.0, 208.0, 270.0, 331.0, 393.0, 455.0])}
    joined = _join([before], after, frozenset(), True, edges)
    assert joined is not None
    assert joined.rows[0] == ("TT", "Nội dung", "Cơ quan chủ trì", "Phối hợp", "Thời gian Bắt đầu",
                              "Thời gian Hoàn thành", "Sản phẩm")
    assert joined.rows[1] == after.rows[1]
    # a table below whose columns no cell above stands over is a table of its own
    edges[id(after)] = (after, [40.0, 146.0, 208.0, 270.0, 331.0, 393.0, 455.0])
    assert _join([before], after, frozenset(), True, edges) is None
    # nor is a table whose first row is a numbered row (the header ended on the page above)
    numbered = Table("page 2, table 1", 2, (after.rows[1],))
    edges[id(numbered)] = (numbered, [85.0, 146.0, 208.0, 270.0, 331.0, 393.0, 455.0])
    assert _join([before], numbered, frozenset(), True, edges) is None


def test_an_unnumbered_group_row_under_the_task_column_before_rows_numbered_again(tmp_path):
    # "Nhiệm vụ cụ thể" in the task's column, no number, its cells empty: the last lines of
    # the row above, before the numbers start again at 1, are the group's heading
    r = _read(tmp_path, [
        *_HEADER,
        _row("1", "Rà soát quy chế", "Sở Nội vụ", "", "Quý II/2026"),
        _row("", "quản lý dữ liệu", "", "", ""),
        _row("2", "Cập nhật cổng thông", "Sở Tư pháp", "", "Năm 2027"),
        _row("", "tin điện tử của", "", "", ""),
        _row("", "Ủy ban nhân dân tỉnh", "", "", ""),
        _row("", "Nhiệm vụ cụ thể", "", "", ""),
        _row("1", "Đo đạc bản đồ", "Sở Xây dựng", "", "Tháng 9/2026"),
        _row("", "địa chính", "", "", ""),
    ])
    assert [t.title for t in r.plan.tasks] == [
        "Rà soát quy chế quản lý dữ liệu", "Cập nhật cổng thông tin điện tử của Ủy ban nhân dân tỉnh",
        "Đo đạc bản đồ địa chính"]


def test_a_cell_listing_tasks_and_a_group_row_merged_across(tmp_path):
    # "1" over "1.1", "1.2": its words run across the columns on one line (merged across),
    # not cut at them; a row's task cell lists two tasks ("• …"), its time cell their times
    r = _read(tmp_path, [
        *_HEADER,
        _laid((0, "1"), (9, "Hạ tầng số dùng chung cho các cơ quan nhà nước")),
        _row("1.1", "• Lắp đặt mạng", "Sở Khoa học và", "", "• Quý I/2026"),
        _row("", "nội bộ", "Công nghệ", "", "• Quý III/2026"),
        _row("", "• Mua sắm máy", "", "", ""),
        _row("", "chủ dùng chung", "", "", ""),
        _row("1.2", "Thuê dịch vụ lưu", "Văn phòng UBND", "", "Năm 2027"),
        _row("", "trữ đám mây", "tỉnh", "", ""),
    ])
    got = _got(r)
    assert got == [("Lắp đặt mạng nội bộ", ["Sở Khoa học và Công nghệ"], "Quý I/2026"),
                   ("Mua sắm máy chủ dùng chung", ["Sở Khoa học và Công nghệ"], "Quý III/2026"),
                   ("Thuê dịch vụ lưu trữ đám mây", ["Văn phòng UBND tỉnh"], "Năm 2027")], got
    assert not any("Hạ tầng số" in t.title for t in r.plan.tasks)


def test_header_cells_touching_with_one_space_are_cut_where_the_rows_columns_start(tmp_path):
    # a narrow table: "Nội dung Cơ quan" and "Thời gian Sản" one run each on the header's
    # first line; the rows below start their columns where "Cơ quan" and "Sản" start
    r = _read(tmp_path, [
        _laid((0, "Số TT"), (8, "Nội dung Cơ quan"), (30, "Thời gian Sản")),
        _laid((17, "chủ trì"), (40, "phẩm")),
        _laid((0, "1"), (8, "Kiểm kê"), (17, "Sở Tài"), (30, "Quý II"), (42, "Báo cáo")),
        _laid((8, "tài sản"), (17, "chính"), (30, "năm 2026")),
        _laid((8, "công")),
        _laid((0, "2"), (8, "Đánh giá"), (17, "Thanh tra"), (30, "Năm 2027"), (42, "Kết luận")),
        _laid((8, "nợ đọng"), (17, "tỉnh")),
        _laid((0, "3"), (8, "Rà soát"), (17, "Sở Nội vụ"), (30, "Năm 2028"), (42, "Quyết định")),
        _laid((8, "biên chế")),
    ])
    assert _got(r) == [("Kiểm kê tài sản công", ["Sở Tài chính"], "Quý II năm 2026"),
                       ("Đánh giá nợ đọng", ["Thanh tra tỉnh"], "Năm 2027"),
                       ("Rà soát biên chế", ["Sở Nội vụ"], "Năm 2028")]
    assert r.plan.tasks[0].output == "Báo cáo"
