"""The families the m plans and last round's leftovers showed (round 16, helper fix7;
made-up text, not the corpus's):

* a class of bodies named by the work it does ("… và đơn vị thực hiện dịch vụ vệ sinh môi
  trường") heads its duties: "thực hiện" there is a word of its name, not its first verb;
* a periodic monthly report that names no day ("báo cáo số liệu định kỳ hằng tháng theo quy
  định"): monthly, with a warning, and no period tracked (never a made-up 15th);
* the number and the day left blank in a PDF's text ("Số:    /KH-UBND", "ngày    tháng 3
  năm 2026"), stamped by the office and printed at the first page's end ("75" / "11"): read
  from the stamp, said;
* a bullet's second sentence opening a line of a PDF's hard-wrapped text ("… theo quy
  định." | "Phối hợp đầu tư …"): the same duty, not one of its own;
* a resolution (Nghị quyết) whose tasks are its own: the duties of its "TỔ CHỨC THỰC HIỆN"
  ("3. Bộ X rà soát …") are read beside those of its duty section, as a directive's;
* an appendix table a PDF converter broke into fragments of any width, its rows centred
  (the number, the lead and the time on the row's middle line, its words above and below):
  rows rebuilt from their number lines; the plan's solutions ("Giải pháp …" bullets with no
  lead) are then no tasks;
* a report due on a day "của từng giai đoạn" after stages listed as ranges of years: once in
  each stage's last year, said;
* an OCR'd table's pieces read as tasks: items with no task's words (a header's words, a
  number alone, nothing) are not tasks, those holding an OCR's noise are said.
"""

from __future__ import annotations

from datetime import date

import planflow
from planflow_import.agencies import split_agencies
from planflow_import.fragments import _number_line
from planflow_import.sections import agency_heading
from planflow_vn.reporting import read_regime

from .made_up import SIGNED, plan_head, read_plan


def _tasks(result: planflow.ImportResult) -> list[tuple[str, list[str], planflow.Timeframe]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead], t.timeframe) for t in result.plan.tasks]


def test_a_class_of_bodies_named_by_the_work_it_does_keeps_its_name() -> None:
    name = "Các doanh nghiệp vận tải hành khách và đơn vị thực hiện dịch vụ chiếu sáng công cộng trên địa bàn tỉnh"
    assert agency_heading(f"{name}.") == [name]
    assert split_agencies(name) == [name]
    assert agency_heading("Các nhà thầu thực hiện gói thầu cải tạo vỉa hè:") == \
        ["Các nhà thầu thực hiện gói thầu cải tạo vỉa hè"]
    # a body that carries out the work: its verb ends its name
    assert agency_heading("Sở Xây dựng thực hiện các dự án cải tạo vỉa hè trên các tuyến phố chính.") == ["Sở Xây dựng"]
    assert agency_heading("Các đơn vị thực hiện nghiêm việc che chắn công trình xây dựng:") in (None, ["Các đơn vị"])


def test_the_duties_of_a_class_named_by_its_work_are_led_by_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = plan_head("41", "Bảo đảm vệ sinh đô thị dịp Tết Nguyên đán", "Giữ đô thị sạch đẹp.") + (
        "II. NHIỆM VỤ\n"
        "1. Sở Xây dựng:\n"
        "- Kiểm tra việc che chắn công trình xây dựng trên các tuyến phố chính.\n"
        "2. Các doanh nghiệp vận tải hành khách và đơn vị thực hiện dịch vụ chiếu sáng công cộng trên địa bàn tỉnh.\n"
        "- Vệ sinh phương tiện, nhà chờ trước ngày 10/02/2026.\n"
        "- Không để đèn chiếu sáng hư hỏng trên các tuyến phố chính.\n" + SIGNED)
    tasks = _tasks(read_plan(tmp_path, text))
    lit = [lead for title, lead, _ in tasks if title.startswith(("Vệ sinh phương tiện", "Không để đèn"))]
    assert lit and all(lead == ["Các doanh nghiệp vận tải hành khách và đơn vị thực hiện dịch vụ chiếu sáng "
                                "công cộng trên địa bàn tỉnh"] for lead in lit), tasks


def test_a_periodic_monthly_report_with_no_day_is_monthly_and_makes_up_no_day(tmp_path) -> None:  # type: ignore[no-untyped-def]
    said = "Các phòng, ban gửi số liệu báo cáo định kỳ hằng tháng về Văn phòng theo quy định tại Kế hoạch này."
    regime = read_regime(said)
    assert regime is not None and regime.cadence == "monthly"
    assert regime.params.get("day_stated") is False and "day" not in regime.params
    assert any("no due day" in str(w) for w in regime.warnings)
    # with its day, a monthly report is tracked as before
    dated = read_regime("Các phòng, ban gửi báo cáo định kỳ trước ngày 20 hằng tháng về Văn phòng.")
    assert dated is not None and dated.cadence == "monthly" and dated.params["day"] == 20
    assert "day_stated" not in dated.params
    # a month's turn in a duty's words, no periodic regime named: not read as one
    loose = read_regime("Tổng hợp kết quả, trình Lãnh đạo Sở báo cáo Chủ tịch UBND tỉnh hằng tháng.")
    assert loose is not None and loose.cadence == "unresolved"
    text = plan_head("42", "Theo dõi giá vật liệu xây dựng năm 2026", "Nắm chắc diễn biến giá.") + (
        "II. NHIỆM VỤ\n1. Sở Xây dựng theo dõi giá vật liệu xây dựng trên địa bàn.\n"
        "III. TỔ CHỨC THỰC HIỆN\n" + said + "\n" + SIGNED)
    result = read_plan(tmp_path, text)
    plan = result.plan
    assert plan.regime is not None and plan.regime.cadence == "monthly"
    assert planflow.report_periods(plan) == []
    # written and read back, the day is still unstated (never the default 15th)
    (tmp_path / "plan.toml").write_text(planflow.dumps_plan(plan), encoding="utf-8")
    back = planflow.load(tmp_path / "plan.toml")
    assert back.regime is not None and back.regime.params.get("day_stated") is False
    assert planflow.report_periods(back) == []


def _stamped(number_line: str, date_line: str, stamp: str) -> str:
    return ("## Trang 1\n\nỦY BAN NHÂN DÂN\nTỈNH HOA MAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            f"Độc lập - Tự do - Hạnh phúc\n{number_line}\n{date_line}\nKẾ HOẠCH\n"
            "Bảo tồn làng nghề dệt thổ cẩm giai đoạn 2026 - 2028\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "- Giữ gìn nghề dệt truyền thống, tạo việc làm ổn định cho lao động nông thôn\n"
            f"tại các thôn có nghề.\n{stamp}\n## Trang 2\n\n2\nII. NHIỆM VỤ\n"
            "1. Sở Công Thương\n- Hỗ trợ các hộ dệt tham gia hội chợ hàng thủ công, hằng năm.\n" + SIGNED)


def test_the_number_and_day_left_blank_are_read_from_the_stamp_at_the_first_page_end(tmp_path) -> None:  # type: ignore[no-untyped-def]
    blank_number, blank_day = "Số:            /KH-UBND", "Hoa Mai, ngày         tháng 3 năm 2026"
    r = read_plan(tmp_path, _stamped(blank_number, blank_day, "64\n9\n"), "plan.md")
    doc = r.plan.document
    assert (doc.number, doc.symbol, doc.date, doc.place) == ("64", "64/KH-UBND", date(2026, 3, 9), "Hoa Mai")
    assert any("'64', '9'" in w and "64/KH-UBND, 09/03/2026" in w for w in r.warnings), r.warnings
    # only the number blank: one stamped number fills it, the printed date stays
    r = read_plan(tmp_path, _stamped(blank_number, "Hoa Mai, ngày 05 tháng 3 năm 2026", "64\n"), "plan.md")
    assert (r.plan.document.symbol, r.plan.document.date) == ("64/KH-UBND", date(2026, 3, 5))
    # no stamp, or numbers that do not fit the blanks (one for two, a day the month has not):
    # nothing is read, the blanks are said
    for stamp in ("", "64\n", "64\n31\n", "12\n64\n9\n"):
        r = read_plan(tmp_path, _stamped(blank_number, blank_day.replace("tháng 3", "tháng 2"), stamp), "plan.md")
        assert (r.plan.document.number, r.plan.document.date) == (None, None), stamp
        assert not any("stamp" in w for w in r.warnings)
    # the page's own number alone is no stamp
    r = read_plan(tmp_path, _stamped(blank_number, "Hoa Mai, ngày 05 tháng 3 năm 2026", "1\n"), "plan.md")
    assert r.plan.document.number is None


def test_a_bullets_next_sentence_opening_a_wrapped_line_is_the_same_duty(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = plan_head("43", "Phát triển giao thông nông thôn giai đoạn 2026 - 2030", "Kết nối các thôn.") + (
        "II. NHIỆM VỤ\n"
        "1. Sở Xây dựng\n"
        "- Theo chức năng, nhiệm vụ được giao có trách nhiệm thẩm định các dự án đường\n"
        "giao thông nông thôn, bảo đảm đúng quy hoạch và đúng tiêu chuẩn kỹ thuật hiện hành.\n"
        "Phối hợp nâng cấp các tuyến đường liên xã, cầu dân sinh tại các thôn vùng sâu,\n"
        "bảo đảm đi lại an toàn trong mùa mưa.\n"
        "- Hướng dẫn các xã lập kế hoạch bảo trì đường giao thông nông thôn hằng năm.\n"
        "Tổng hợp kết quả.\n"
        "2. Ủy ban nhân dân các xã\n"
        "- Vận động nhân dân hiến đất mở rộng đường.\n"
        "Huy động các nguồn lực xã hội hóa để làm đường giao thông nông thôn.\n" + SIGNED)
    tasks = read_plan(tmp_path, text).plan.tasks
    titles = [t.title for t in tasks]
    assert any(t.title.startswith("Theo chức năng") and "Phối hợp nâng cấp" in " ".join([t.title, *t.content])
               for t in tasks), titles
    assert not any(t.startswith("Phối hợp nâng cấp") for t in titles), titles
    # a line closing a sentence short of the margin ends the bullet: what follows is its own
    assert any(t.startswith("Huy động các nguồn lực") for t in titles), titles


RESOLUTION = """CHÍNH PHỦ
Số: 77/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 02 năm 2026
NGHỊ QUYẾT
VỀ CÁC GIẢI PHÁP PHỤC HỒI SẢN XUẤT SAU ĐỢT RÉT ĐẬM, RÉT HẠI
CHÍNH PHỦ
QUYẾT NGHỊ:
I. QUAN ĐIỂM
Khôi phục nhanh sản xuất nông nghiệp, bảo đảm sinh kế của người dân vùng bị ảnh hưởng.
II. CÁC NHIỆM VỤ, GIẢI PHÁP
1. Bộ Tài chính:
- Bố trí kinh phí hỗ trợ giống cây trồng, vật nuôi cho các tỉnh bị thiệt hại.
- Hướng dẫn thủ tục thanh toán kinh phí hỗ trợ, hoàn thành trước ngày 31 tháng 3 năm 2026.
2. Ủy ban nhân dân các tỉnh miền núi phía Bắc:
- Rà soát, thống kê thiệt hại về cây trồng, vật nuôi trên địa bàn.
III. TỔ CHỨC THỰC HIỆN
1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh tập trung chỉ đạo
triển khai kịp thời các giải pháp hỗ trợ, không để xảy ra thất thoát, lãng phí.
2. Bộ Nông nghiệp và Môi trường nghiên cứu xây dựng bộ giống cây trồng chịu rét, phù hợp với
điều kiện các tỉnh miền núi phía Bắc.
3. Đài Truyền hình Việt Nam tuyên truyền kịp thời các biện pháp phòng, chống rét cho cây trồng, vật nuôi./.
Nơi nhận:
- Như trên;
- Lưu: VT, NN.
TM. CHÍNH PHỦ
THỦ TƯỚNG
Nguyễn Văn D
"""


def test_a_resolutions_organising_duties_are_read_beside_its_duty_section(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = read_plan(tmp_path, RESOLUTION)
    assert result.plan.document.kind == "NQ"
    tasks = _tasks(result)
    led = {title[:40]: lead for title, lead, _ in tasks}
    assert any(t.startswith("Bố trí kinh phí hỗ trợ giống") for t in led), tasks
    breed = [lead for title, lead, _ in tasks if "bộ giống cây trồng chịu rét" in title]
    assert breed == [["Bộ Nông nghiệp và Môi trường"]], tasks
    assert any("tuyên truyền kịp thời" in title.lower() for title, _, _ in tasks), tasks
    assert any("resolution" in w and "sections each assign duties" in w for w in result.warnings)


def test_a_banded_appendix_rebuilt_from_its_number_lines_and_solutions_are_no_tasks() -> None:
    from pathlib import Path

    from planflow_import import read_text_file

    result = read_text_file(Path(__file__).parent / "data" / "import_words" / "fragments_banded.md", markdown=True)
    tasks = _tasks(result)
    assert [(t[:30], lead, tf.kind.value) for t, lead, tf in tasks] == [
        ("Xây dựng tuyến du lịch trải ng", ["Sở Du lịch"], "window"),
        ("Phục dựng chợ phiên vùng cao g", ["Sở Văn hóa và Thể thao"], "recurring"),
        ("Hỗ trợ các hộ dân cải tạo nhà ", ["Sở Xây dựng"], "window"),
        ("Tổ chức hội chợ nông sản gắn v", ["Sở Công Thương"], "continuous")]
    assert tasks[0][2].end == date(2027, 12, 31) and tasks[2][2].start == date(2028, 1, 1)
    assert "vải thiều tại các xã vùng đồi và ven sông" in tasks[0][0]
    # the solutions' bullets are not tasks beside the table
    assert not any(t.startswith(("Đa dạng hóa", "Đẩy mạnh quảng bá")) for t, _, _ in tasks)
    assert any("4 rows rebuilt from their number lines" in w for w in result.warnings)


def test_a_number_line_holds_the_rows_number_words_lead_and_time() -> None:
    assert _number_line("1.2 Cơ chế hỗ trợ thuê mặt bằng kinh doanh  Sở Tài chính 2026-2027") == \
        ("1.2", "Cơ chế hỗ trợ thuê mặt bằng kinh doanh", "Sở Tài chính", "2026-2027")
    # the lead run into the words by one space, partners and the money marks after it, the
    # last column's words after the time
    assert _number_line("3.4 06 làng nghề đạt chuẩn du lịch Sở Du lịch UBND các xã, x x 2026-2030 các làng") == \
        ("3.4", "06 làng nghề đạt chuẩn du lịch", "Sở Du lịch", "2026-2030")
    assert _number_line("5 sông Hồng và bãi bồi ven sông  Sở Xây dựng  x  Hằng năm")[2:] == ("Sở Xây dựng", "Hằng năm")
    # a group's heading: words in capitals' case, no lead, no mark, no time
    assert _number_line("3.3 Du lịch chăm sóc sức khỏe") is None
    assert _number_line("2 Chính sách hỗ trợ tạo ra sản phẩm du lịch") is None
    # a row's middle with no time printed on it: still a row, its time left unread
    assert _number_line("13 thành phố để xử lý các vấn đề về môi  Sở Du lịch") == \
        ("13", "thành phố để xử lý các vấn đề về môi", "Sở Du lịch", "")


def test_a_report_due_on_a_day_of_each_stage_is_due_in_each_stages_last_year() -> None:
    said = ("Các đơn vị báo cáo kết quả thực hiện gửi Sở Nông nghiệp theo giai đoạn (từ năm 2026 - 2027; "
            "2028 - 2030), thời gian gửi báo cáo trước ngày 20/11 của từng giai đoạn.")
    regime = read_regime(said)
    assert regime is not None and regime.cadence == "once"
    assert regime.params["dates"] == ["2027-11-20", "2030-11-20"]
    assert any("each stage" in str(w) for w in regime.warnings)
    # no stages listed: the day names no year, said, as before
    bare = read_regime("Các đơn vị báo cáo kết quả thực hiện trước ngày 20/11 của từng giai đoạn.")
    assert bare is not None and "dates" not in bare.params


def test_items_with_no_task_words_are_no_tasks_and_ocr_noise_is_said() -> None:
    from pathlib import Path

    from planflow_import import read_text_file
    from planflow_import.importer import _no_task_words

    assert all(_no_task_words(t) for t in ("STT", "Don vị chú trì", "Nội dung hoạt động", "3", "1.2.", "", "II"))
    assert not any(_no_task_words(t) for t in ("Rà soát quy trình", "Sở Tài chính chủ trì", "Năm 2026 tổ chức tổng kết"))
    result = read_text_file(Path(__file__).parent / "data" / "import_words" / "ocr_pieces.txt")
    titles = [t.title for t in result.plan.tasks]
    assert len(titles) == 3 and not any(t in ("STT", "3") for t in titles), titles
    assert any("'STT', '3'" in w and "not read as tasks" in w for w in result.warnings)
    assert any("OCR's noise" in w and "Xây dựng ứng dụng" in w for w in result.warnings)
