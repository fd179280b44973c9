"""Families seen on last round's held-out real plans (round 10), in made-up wordings.

* the steps of a procedure ("2.3. Bước 3: …" / its description / "Thời gian hoàn tất: …"):
  the description's subject leads the step, also after a clause that sets the scene
  ("Trên cơ sở đề nghị của X, Sở Y chủ trì …", "Sau khi …, Sở Z lập …");
* a closing "sau khi …" clause without brackets is the duty's condition (an event).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow import Kind
from planflow_import import read_text_file

from .made_up import SIGNED, plan_head

HEAD = plan_head("41", "Hỗ trợ sửa chữa nhà ở cho hộ nghèo năm 2026",
                 "Hỗ trợ hộ nghèo sửa chữa nhà ở xuống cấp.")


def _read(tmp_path: Path, body: str) -> planflow.ImportResult:
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + body + SIGNED, encoding="utf-8")
    return read_text_file(path)


def _task(result: planflow.ImportResult, words: str) -> planflow.Task:
    found = [t for t in result.plan.tasks if words in " ".join([t.title, *t.content])]
    assert len(found) == 1, [t.title for t in result.plan.tasks]
    return found[0]


def _lead(result: planflow.ImportResult, task: planflow.Task) -> list[str]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [names[i] for i in task.lead]


STEPS = """\
II. NỘI DUNG THỰC HIỆN
1. Các bước thực hiện
1.1. Bước 1: Rà soát nhu cầu sửa chữa nhà ở.
Ủy ban nhân dân các xã, phường rà soát, lập danh sách hộ nghèo có nhà ở xuống cấp.
Thời gian hoàn tất: trước ngày 20 tháng 3 năm 2026.
1.2. Bước 2: Lập phương án hỗ trợ.
Trên cơ sở danh sách của các xã, phường, Sở Xây dựng chủ trì, phối hợp với Sở Tài chính lập phương án hỗ trợ.
Thời gian hoàn tất: trước ngày 30 tháng 4 năm 2026.
1.3. Bước 3: Bố trí kinh phí hỗ trợ.
Sau khi Ủy ban nhân dân tỉnh phê duyệt phương án, Sở Tài chính thẩm định và bố trí kinh phí.
Thời gian hoàn tất: trước ngày 31 tháng 5 năm 2026.
III. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân các xã, phường
- Công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn sau khi được Ủy ban nhân dân tỉnh phê duyệt.
- Theo dõi việc sửa chữa nhà ở của các hộ.
2. Sở Xây dựng
- Hướng dẫn mẫu nhà ở an toàn.
"""


def test_a_step_is_led_by_its_description_s_subject(tmp_path):
    r = _read(tmp_path, STEPS)
    t = _task(r, "Rà soát nhu cầu")
    assert _lead(r, t) == ["Ủy ban nhân dân các xã, phường"]
    assert t.timeframe.kind is Kind.DEADLINE and t.timeframe.due == date(2026, 3, 19)
    t = _task(r, "Lập phương án hỗ trợ")
    assert _lead(r, t) == ["Sở Xây dựng"]
    assert [n for i in t.partners for n in [a.name for a in r.plan.agencies if a.id == i]] == [
        "Sở Tài chính"]
    t = _task(r, "Bố trí kinh phí hỗ trợ")
    assert _lead(r, t) == ["Sở Tài chính"]


def test_a_closing_sau_khi_clause_is_the_duty_s_condition(tmp_path):
    r = _read(tmp_path, STEPS)
    t = _task(r, "Công khai danh sách")
    assert t.timeframe.kind is Kind.EVENT
    assert "Ủy ban nhân dân tỉnh phê duyệt" in (t.timeframe.condition or "")
    assert _task(r, "Theo dõi việc sửa chữa").timeframe.kind is Kind.CONTINUOUS


BLOCKS = """\
II. NỘI DUNG, NHIỆM VỤ
1. CÔNG TÁC TRUYỀN THÔNG
1. Nội dung, biện pháp
a) Tổ chức hội nghị phổ biến chính sách hỗ trợ nhà ở cho hộ nghèo;
b) Đăng tải thông tin chính sách trên cổng thông tin điện tử của tỉnh;
2. Cơ quan chủ trì, phối hợp
a) Cơ quan chủ trì
- Sở Xây dựng.
- Sở Thông tin và Truyền thông.
b) Cơ quan phối hợp
- Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.
3. Th ờ i gian thực hiện: Quý II/2026.
2. HỖ TRỢ KINH PHÍ
1. Nội dung, b i ện pháp
a) Thẩm định dự toán kinh phí hỗ trợ của các huyện;
b) Cấp phát kinh phí hỗ trợ cho các hộ nghèo;
Việc cấp phát thực hiện qua Kho bạc Nhà nước.
2. Chủ trì thực hiện
- Sở T ài chính.
3. Thời gian thực hiện: Từ tháng 5/2026 đến tháng 10/2026.
3. KIỂM TRA, GIÁM SÁT
1. Nội dung
a) Kiểm tra việc sử dụng kinh phí hỗ trợ tại các huyện.
2. Cơ quan chủ trì, phối hợp
a) Cơ quan chủ tr ì: Sở Xây dựng; Sở Tài chính.
b) Cơ quan phối hợp: Ủy ban nhân dân các huyện.
3. Thời gian thực hiện: Tháng 11/2026.
III. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng
Chủ trì theo dõi, đôn đốc thực hiện Kế hoạch này.
2. Sở Tài chính
Bảo đảm kinh phí thực hiện Kế hoạch.
"""


def test_blocks_of_content_lead_and_time_give_one_task_per_item(tmp_path):
    r = _read(tmp_path, BLOCKS)
    titles = [t.title for t in r.plan.tasks]
    assert len(titles) == 5, titles  # the items; the closing duties restate the blocks
    t = _task(r, "Tổ chức hội nghị phổ biến")
    assert _lead(r, t) == ["Sở Xây dựng", "Sở Thông tin và Truyền thông"]
    assert (t.timeframe.start, t.timeframe.due) == (date(2026, 4, 1), date(2026, 6, 30))
    t = _task(r, "Cấp phát kinh phí")
    assert _lead(r, t) == ["Sở Tài chính"]
    assert "Kho bạc Nhà nước" in " ".join(t.content)
    assert (t.timeframe.start, t.timeframe.due) == (date(2026, 5, 1), date(2026, 10, 31))
    t = _task(r, "Kiểm tra việc sử dụng")
    assert _lead(r, t) == ["Sở Xây dựng", "Sở Tài chính"]
    assert t.timeframe.due == date(2026, 11, 30)
    said = " ".join(r.warnings)
    assert "an item of a block of content, lead and time" in said


PARTY = """\
HUYỆN UỶ TÂN PHÚ                      ĐẢNG CỘNG SẢN VIỆT NAM
            *
     Số 27 -KH/HU                  Tân Phú, ngày 14 tháng 5 năm 2026


                    KẾ HOẠCH
      thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy về phòng, chống ma túy
                                    -----

      I. MỤC ĐÍCH, YÊU CẦU
      Nâng cao hiệu quả công tác phòng, chống ma túy trên địa bàn huyện.
      II. NHIỆM VỤ
      1. Ban Tuyên giáo Huyện ủy
      - Tổ chức tuyên truyền, quán triệt Chỉ thị đến cán bộ, đảng viên trong tháng 6/2026.
      2. Đảng ủy Công an huyện
      - Chủ trì rà soát, lập danh sách người nghiện trên địa bàn trong quý III/2026.
"""


def test_a_party_letterhead_in_columns_gives_number_symbol_and_issuer(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PARTY, encoding="utf-8")
    doc = read_text_file(path).plan.document
    assert (doc.number, doc.symbol) == ("27", "27-KH/HU")
    assert doc.issuer == "Huyện ủy Tân Phú"
    assert doc.date == date(2026, 5, 14)


RESULTS = """\
II. NHIỆM VỤ
1. Sở Xây dựng
- Hướng dẫn mẫu nhà ở an toàn trong quý II/2026.
2. Sở Tài chính
- Bố trí kinh phí hỗ trợ trong quý III/2026.
III. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng có trách nhiệm:
a) Hướng dẫn các huyện triển khai Kế hoạch.
b) Theo dõi, đôn đốc việc thực hiện Kế hoạch và tổng hợp, báo cáo Chủ tịch UBND tỉnh về kết quả triển khai thực hiện.
"""


def test_a_duty_that_reports_the_results_to_the_head_is_a_report(tmp_path):
    r = _read(tmp_path, RESULTS)
    regime = r.plan.regime
    assert regime is not None and regime.cadence == "unresolved"
    assert "báo cáo Chủ tịch UBND tỉnh về kết quả triển khai thực hiện" in regime.text


LETTERED_LABELS = """\
II. NHIỆM VỤ CỤ THỂ
1. Công tác tuyên truyền
a) Tuyên truyền trên báo chí
- Nội dung: Đăng tải tin, bài về chính sách hỗ trợ nhà ở.
- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Thời gian: Quý II/2026.
b) Tập huấn cho cán bộ xã
- Nội dung: Tổ chức 05 lớp tập huấn về thủ tục hỗ trợ.
- Cơ quan thực hiện: Sở Xây dựng.
- Thời gian: Tháng 8/2026.
2. Công tác kiểm tra
a) Kiểm tra việc hỗ trợ tại các xã
Nội dung: Kiểm tra hồ sơ, danh sách hộ được hỗ trợ.
Cơ quan chủ trì: Thanh tra tỉnh.
Thời gian: Quý IV/2026.
"""


def test_lettered_items_each_with_their_labels_are_one_task_each(tmp_path):
    r = _read(tmp_path, LETTERED_LABELS)
    assert [t.title for t in r.plan.tasks] == [
        "Tuyên truyền trên báo chí", "Tập huấn cho cán bộ xã", "Kiểm tra việc hỗ trợ tại các xã"]
    t = _task(r, "Tập huấn cho cán bộ xã")
    assert _lead(r, t) == ["Sở Xây dựng"]
    assert "Tổ chức 05 lớp tập huấn" in " ".join(t.content)
    assert t.timeframe.due == date(2026, 8, 31)
    assert _lead(r, _task(r, "Kiểm tra việc hỗ trợ")) == ["Thanh tra tỉnh"]


LONE_TIMES = """\
II. NHIỆM VỤ
1. Sở Xây dựng
- Ban hành mẫu nhà ở an toàn trước bão.
Quý II năm 2026.
- Hướng dẫn các xã kiểm tra nhà ở sau khi sửa chữa.
Trong tháng 9/2026
- Theo dõi tiến độ sửa chữa nhà ở.
2. Sở Tài chính
- Bố trí kinh phí hỗ trợ.
Năm 2026
"""


def test_a_time_alone_on_the_line_after_a_duty_is_its_time(tmp_path):
    r = _read(tmp_path, LONE_TIMES)
    assert len(r.plan.tasks) == 4, [t.title for t in r.plan.tasks]
    t = _task(r, "Ban hành mẫu nhà ở")
    assert (t.timeframe.start, t.timeframe.due) == (date(2026, 4, 1), date(2026, 6, 30))
    t = _task(r, "Hướng dẫn các xã kiểm tra")
    assert t.timeframe.due == date(2026, 9, 30)
    assert _task(r, "Theo dõi tiến độ").timeframe.kind is Kind.CONTINUOUS
    assert _task(r, "Bố trí kinh phí").timeframe.due == date(2026, 12, 31)
    assert "the time 'Quý II năm 2026' alone on its line is the time of the duty above it" in \
        " ".join(r.warnings)


DATA = Path(__file__).parent / "data" / "import_words"


def test_a_task_table_laid_out_in_spaces_is_read_row_by_row():
    # a Party programme's appendix as pdftotext -layout gives it: the row number in the
    # middle of its row, cells wrapped, two cells touching with one space, the person in
    # charge beside the lead, a page number between rows, group rows "I", "II"
    r = read_text_file(DATA / "spaced.txt")
    names = {a.id: a.name for a in r.plan.agencies}
    got = [(t.title[:30], [names[i] for i in t.lead], t.timeframe.kind, t.timeframe.due)
           for t in r.plan.tasks]
    assert got == [
        ("Tổ chức quán triệt Chương trìn", ["Các cấp ủy, tổ chức đảng"], Kind.DEADLINE,
         date(2026, 4, 14)),
        ("Xây dựng Đề án chuyển đổi cơ c", ["Đảng ủy UBND huyện"], Kind.WINDOW, date(2027, 12, 31)),
        ("Xây dựng vùng trồng rau an toà", ["Đảng ủy UBND huyện"], Kind.WINDOW, date(2030, 12, 31)),
    ]
    # the person in charge is no part of the title or the lead: the cell is kept as the
    # task's words, under its column's name
    assert "Đồng chí" not in " ".join(t.title for t in r.plan.tasks)
    assert [c for t in r.plan.tasks for c in t.content if "Đồng chí" in c][0].startswith(
        "Cá nhân phụ trách: Đồng chí")
    assert any("laid out in columns of spaces" in w for w in r.warnings)


def test_a_group_closed_by_who_directs_it_is_a_task_of_that_body(tmp_path):
    # "3.2. <group>" / dash bullets / "Trách nhiệm chỉ đạo thực hiện: <bodies>." (a Party
    # programme's ongoing duties); an item that only points to the appendix is no task
    r = _read(tmp_path, "II. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Các nhiệm vụ cần làm ngay\n"
              "Các nhiệm vụ cần làm ngay được xác định tại Phụ lục kèm theo Kế hoạch này.\n"
              "2. Nhiệm vụ thường xuyên\n2.1. Nâng cao nhận thức về nhà ở an toàn\n"
              "- Tuyên truyền về nhà ở an toàn trước mùa mưa bão.\n"
              "- Biểu dương các hộ gia đình làm tốt.\n"
              "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh; các cấp ủy, tổ chức đảng.\n"
              "2.2. Kiểm tra, giám sát\n- Kiểm tra việc sử dụng kinh phí hỗ trợ.\n"
              "Trách nhiệm chỉ đạo thực hiện: Ủy ban Kiểm tra Tỉnh ủy.\n")
    assert [t.title for t in r.plan.tasks] == ["Nâng cao nhận thức về nhà ở an toàn",
                                               "Kiểm tra, giám sát"]
    assert _lead(r, r.plan.tasks[0]) == ["Đảng ủy Ủy ban nhân dân tỉnh", "các cấp ủy, tổ chức đảng"]
    assert _lead(r, r.plan.tasks[1]) == ["Ủy ban Kiểm tra Tỉnh ủy"]


def test_a_body_written_out_then_with_ubnd_keeps_the_short_spelling():
    from planflow_import.agencies import AgencyBook

    book = AgencyBook()
    aid = book.add("Đảng ủy Ủy ban nhân dân tỉnh")
    assert book.add("Đảng ủy UBND tỉnh") == aid
    assert (book.agencies[0].name, book.agencies[0].short_name) == (
        "Đảng ủy Ủy ban nhân dân tỉnh", "Đảng ủy UBND tỉnh")


CAPITAL = """\
| S TT | Danh mục dự án/ Cơ quan, đơn vị, địa phương thực hiện | Kế hoạch vốn năm 2026 | Ghi chú |
|---|---|---|---|
|  | TỔNG SỐ | 9.000 |  |
| I | SỞ Y TẾ | 4.000 |  |
| 1 | Trạm y tế xã Tam Dân: Xây dựng mới nhà trạm | 2.000 |  |
| 2 | Trạm y tế xã Tam Lãnh: Sửa chữa, nâng cấp | 2.000 |  |
| II | HUYỆN PHÚ NINH | 5.000 |  |
| 1 | Trường Tiểu học Tam Thành: Nhà lớp học 02 tầng 08 phòng | 5.000 |  |
"""


def test_a_capital_plan_s_projects_are_led_by_the_unit_their_group_row_names(tmp_path):
    # "Danh mục dự án/ Cơ quan, đơn vị, địa phương thực hiện": the projects under group rows
    # naming the department or the locality (its People's Committee) that carries them out
    path = tmp_path / "plan.md"
    path.write_text(HEAD + "II. DANH MỤC DỰ ÁN\n\n" + CAPITAL + "\n" + SIGNED, encoding="utf-8")
    r = read_text_file(path, markdown=True)
    got = {t.title[:25]: _lead(r, t) for t in r.plan.tasks}
    assert got == {"Trạm y tế xã Tam Dân: Xây": ["Sở Y tế"], "Trạm y tế xã Tam Lãnh: Sử": ["Sở Y tế"],
                   "Trường Tiểu học Tam Thành": ["Ủy ban nhân dân huyện Phú Ninh"]}


def test_a_decision_without_letterhead_is_numbered_by_its_plan_s_note():
    # a chatbot's chunks: the decision's title, "QUYẾT ĐỊNH:", Điều 1 issuing the plan, no
    # letterhead, no place and date; the plan's note names the decision
    r = read_text_file(DATA / "decision_no_letterhead.md", markdown=True)
    doc = r.plan.document
    assert (doc.number, doc.symbol, doc.date) == ("412", "412/QĐ-UBND", date(2026, 3, 16))
    assert "Chủ tịch Ủy ban nhân dân tỉnh" in doc.issuer
    said = " ".join(r.warnings)
    assert "a Quyết định that issues the plan" in said and "read from the attached plan's note" in said
    assert len(r.plan.tasks) == 2


#: an appendix as ``pdftotext -layout`` gives a Word table of narrow columns: the header's
#: cells wrap ("Cơ quan chủ" over "trì", "Cơ quan phối" over "hợp"), and the page break
#: (a form feed) lays the next page's columns out narrower (made up)
_WRAPPED_HEADER = 'TT             Nhiệm vụ          Cơ quan chủ   Cơ quan phối   Thời gian\n                                 trì           hợp            hoàn thành\nI              HẠ TẦNG SỐ\n1              Nâng cấp          Sở Khoa học   Các sở,        Quý II/2026\n               mạng truyền       và Công       ngành\n               số liệu           nghệ\n               chuyên dùng\n2              Triển khai                                     Quý III/2026\n               điện toán\n               đám mây\n3              Rà soát hạ                      Viettel        Tháng\n               tầng trung                      Quảng Ngãi     9/2026\n               tâm dữ liệu\nII             DỮ LIỆU SỐ\n1              Xây dựng cơ       Sở Nông       UBND các       Năm 2026\n               sở dữ liệu        nghiệp và     xã, phường\n\x0c    đất đai        Môi trường\n2   Số hóa hồ sơ   Sở Tư pháp   Trước ngày\n    hộ tịch                     30/6/2026\n\x0c'


def test_a_spaced_table_whose_header_cells_wrap_keeps_the_partners_column(tmp_path):
    r = _read(tmp_path, "III. TỔ CHỨC THỰC HIỆN\nCác sở thực hiện theo Phụ lục.\n" + SIGNED
              + "PHỤ LỤC\n\n" + _WRAPPED_HEADER + "\n")
    names = {a.id: a.name for a in r.plan.agencies}
    got = [(t.title, [names[i] for i in t.lead], [names[i] for i in t.partners], t.timeframe.text)
           for t in r.plan.tasks]
    assert got[0] == ("Nâng cấp mạng truyền số liệu chuyên dùng", ["Sở Khoa học và Công nghệ"],
                      ["Các sở, ngành"], "Quý II/2026")
    # no lead written in the rows below (a lead merged down the column shows in its first row
    # only): they take the row above's, each with a warning naming its task
    assert got[1][1:] == (["Sở Khoa học và Công nghệ"], [], "Quý III/2026")
    assert got[2][1:] == (["Sở Khoa học và Công nghệ"], ["Viettel Quảng Ngãi"], "Tháng 9/2026")
    took = [w for w in r.warnings if "names no lead: read as" in w]
    assert len(took) == 2 and "Triển khai điện toán đám mây" in took[0]
    assert got[3] == ("Xây dựng cơ sở dữ liệu đất đai", ["Sở Nông nghiệp và Môi trường"],
                      ["UBND các xã, phường"], "Năm 2026")
    assert got[4] == ("Số hóa hồ sơ hộ tịch", ["Sở Tư pháp"], [], "Trước ngày 30/6/2026")


#: a table of six columns ("Sản phẩm" after the time) as ``pdftotext -layout`` gives it,
#: the second page laid out narrower (made up)
_SIX_COLUMNS = 'TT            Nhiệm vụ    Cơ quan    Cơ quan    Thời gian   Sản phẩm\n                          chủ trì    phối hợp   hoàn\n                                                thành\nI             HẠ TẦNG SỐ\n1             Nâng cấp   Sở Khoa     Các sở,    Quý         Hệ thống\n              mạng       học và      ngành      II/2026     được nâng\n              truyền số  Công nghệ                          cấp\n              liệu\n              chuyên\n              dùng\n2             Triển khai                        Quý         Báo cáo\n              điện toán                         III/2026\n              đám mây\n3             Rà soát hạ             Viettel    Tháng       Báo cáo rà\n              tầng trung             Quảng      9/2026      soát\n              tâm dữ                 Ngãi\n\x0c     liệu\nII   DỮ LIỆU SỐ\n1    Xây dựng   Sở Nông     UBND các   Năm 2026    Cơ sở dữ\n     cơ sở dữ   nghiệp và   xã,                    liệu\n     liệu đất   Môi         phường\n     đai        trường\n2    Số hóa hồ  Sở Tư                  Trước       Dữ liệu số\n     sơ hộ tịch pháp                   ngày\n                                       30/6/2026'


def test_a_spaced_table_of_other_columns_is_read_by_where_its_words_stand(tmp_path):
    r = _read(tmp_path, "III. TỔ CHỨC THỰC HIỆN\nCác sở thực hiện theo Phụ lục.\n" + SIGNED
              + "PHỤ LỤC\n\n" + _SIX_COLUMNS + "\n")
    names = {a.id: a.name for a in r.plan.agencies}
    got = [(t.title, [names[i] for i in t.lead], [names[i] for i in t.partners], t.timeframe.text)
           for t in r.plan.tasks]
    assert got == [
        ("Nâng cấp mạng truyền số liệu chuyên dùng", ["Sở Khoa học và Công nghệ"],
         ["Các sở, ngành"], "Quý II/2026"),
        # (the lead merged down the first group's rows, shown in its first row only)
        ("Triển khai điện toán đám mây", ["Sở Khoa học và Công nghệ"], [], "Quý III/2026"),
        ("Rà soát hạ tầng trung tâm dữ liệu", ["Sở Khoa học và Công nghệ"], ["Viettel Quảng Ngãi"],
         "Tháng 9/2026"),
        ("Xây dựng cơ sở dữ liệu đất đai", ["Sở Nông nghiệp và Môi trường"],
         ["UBND các xã, phường"], "Năm 2026"),
        ("Số hóa hồ sơ hộ tịch", ["Sở Tư pháp"], [], "Trước ngày 30/6/2026")]
    # the product column is the task's product, never part of its time
    assert r.plan.tasks[0].output == "Hệ thống được nâng cấp"
    # which column a time's words stood in is a guess: each time read so says it
    assert all(any("laid out in spaces" in str(w) for w in t.timeframe.warnings)
               for t in r.plan.tasks)


def test_the_page_number_a_converter_runs_into_the_page_s_first_paragraph_is_no_task(tmp_path):
    # a PDF converted to Markdown page by page: the page's marker, then the number printed at
    # the page's top run into its first lines (made up)
    body = ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Du lịch\n- Chủ trì triển khai Kế hoạch.\n\n"
            "## Trang 6\n\n6\n2. Sở Tài chính\n- Bố trí kinh phí thực hiện Kế hoạch.\n\n"
            "## Trang 7/9\n\n7\n3. Sở Xây dựng\n- Thẩm định các dự án hạ tầng du lịch.\n")
    r = _read(tmp_path, body)
    assert [(t.title, _lead(r, t)) for t in r.plan.tasks] == [
        ("Chủ trì triển khai Kế hoạch", ["Sở Du lịch"]),
        ("Bố trí kinh phí thực hiện Kế hoạch", ["Sở Tài chính"]),
        ("Thẩm định các dự án hạ tầng du lịch", ["Sở Xây dựng"])]
