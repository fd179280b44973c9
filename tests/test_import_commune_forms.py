"""Plans as communes and districts write them, read task by task: a commune's posts given
the work ("Giao công chức Văn hóa - Xã hội chủ trì thực hiện." among a task's labels,
"Trưởng các thôn", "Công chức Tư pháp - Hộ tịch"), a lead label that names its partners
with no "chủ trì" ("Đơn vị thực hiện: Đoàn Thanh niên xã phối hợp với Hội Liên hiệp Phụ nữ
xã"), tasks numbered by name ("Nhiệm vụ 1: …"), an agency heading with a comma in its name
over its duties ("2. Phòng Văn hóa, Khoa học và Thông tin" / "- Xây dựng …"), a start
inside a duty ("… từ ngày 01/5/2026"), an item's brackets whose time is an event ("(Văn
phòng UBND tỉnh; khi có quyết định của Bộ)"). Before, each lost a lead, a task or a time
(the last two without a word). Made-up plans, not the corpus's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import planflow
from planflow_import.agencies import is_agency_start

from .made_up import SIGNED_DEPUTY, read_plan

#: a province's letterhead over the plan's title line (the number filled in)
_HEAD = """ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
Số: {number}/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 20 tháng 11 năm 2025
KẾ HOẠCH
"""

COMMUNE = """ỦY BAN NHÂN DÂN
XÃ TÂN LẬP
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Lập, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao nhận thức của người dân về vai trò của sách.
2. Yêu cầu
- Tổ chức thiết thực, tiết kiệm.
II. NỘI DUNG HOẠT ĐỘNG
1. Tuyên truyền trên hệ thống loa truyền thanh
- Thời gian: từ ngày 01/4 đến ngày 21/4/2026.
- Giao công chức Văn hóa - Xã hội chủ trì thực hiện.
2. Trưng bày sách tại Nhà văn hóa xã
- Thời gian: ngày 21/4/2026.
- Đơn vị thực hiện: Đoàn Thanh niên xã phối hợp với Hội Liên hiệp Phụ nữ xã.
3. Phát động phong trào đọc sách trong trường học
- Thời gian: tháng 4/2026.
- Đơn vị thực hiện: Trường Tiểu học Tân Lập, Trường THCS Tân Lập.
III. TỔ CHỨC THỰC HIỆN
1. Công chức Văn hóa - Xã hội
Tham mưu UBND xã triển khai Kế hoạch; tổng hợp, báo cáo kết quả về UBND xã trước ngày 30/4/2026.
2. Trưởng các thôn
Tuyên truyền, vận động nhân dân tham gia các hoạt động hưởng ứng.
3. Công an xã
Bảo đảm an ninh, trật tự trong thời gian tổ chức các hoạt động.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn D
"""

EVENT = """ỦY BAN NHÂN DÂN
HUYỆN HOA SƠN
Số: 88/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hoa Sơn, ngày 02 tháng 4 năm 2026
KẾ HOẠCH
Tổ chức Lễ kỷ niệm 50 năm Ngày thành lập huyện Hoa Sơn
I. MỤC ĐÍCH, YÊU CẦU
- Giáo dục truyền thống cách mạng.
II. THỜI GIAN, ĐỊA ĐIỂM
1. Thời gian: 08 giờ 00 ngày 19/5/2026.
2. Địa điểm: Hội trường Trung tâm Văn hóa - Thể thao huyện.
III. THÀNH PHẦN
- Lãnh đạo Huyện ủy, HĐND, UBND huyện.
IV. PHÂN CÔNG NHIỆM VỤ
1. Văn phòng HĐND và UBND huyện
- Tham mưu giấy mời, chuẩn bị hội trường, khánh tiết.
- Chuẩn bị diễn văn kỷ niệm, hoàn thành trước ngày 10/5/2026.
2. Phòng Văn hóa, Khoa học và Thông tin
- Xây dựng chương trình văn nghệ chào mừng.
- Tuyên truyền về Lễ kỷ niệm trên hệ thống thông tin cơ sở từ ngày 01/5/2026.
3. Công an huyện
- Bảo đảm an ninh trật tự, an toàn giao thông trong thời gian diễn ra Lễ kỷ niệm.
4. Phòng Tài chính - Kế hoạch
- Tham mưu bố trí kinh phí tổ chức Lễ kỷ niệm.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn E
"""

TASKS_BY_NAME = """\
ỦY BAN NHÂN DÂN
TỈNH HOA MAI
Số: 211/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hoa Mai, ngày 20 tháng 11 năm 2025
KẾ HOẠCH
Thực hiện Chương trình chuyển đổi số năm 2026
I. MỤC ĐÍCH, YÊU CẦU
- Đẩy mạnh chuyển đổi số.
II. NHIỆM VỤ CỤ THỂ
Nhiệm vụ 1: Hoàn thiện hạ tầng số
- Nội dung: Nâng cấp mạng truyền số liệu chuyên dùng đến cấp xã.
- Cơ quan chủ trì: Sở Khoa học và Công nghệ.
- Cơ quan phối hợp: UBND các xã, phường.
- Thời gian hoàn thành: Quý III/2026.
Nhiệm vụ 2: Đào tạo kỹ năng số
- Nội dung: Tập huấn kỹ năng số cho cán bộ, công chức cấp xã.
- Cơ quan chủ trì: Sở Nội vụ.
- Thời gian hoàn thành: Quý II/2026.
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành căn cứ Kế hoạch triển khai thực hiện.
""" + SIGNED_DEPUTY

BRACKETS = """ỦY BAN NHÂN DÂN
TỈNH HOA MAI
Số: 301/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hoa Mai, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Cải cách hành chính năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao chỉ số cải cách hành chính.
2. Yêu cầu
- Gắn trách nhiệm người đứng đầu.
II. CHỈ TIÊU
- 100% thủ tục hành chính được công khai.
III. NHIỆM VỤ, GIẢI PHÁP
1. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật do tỉnh ban hành (Sở Tư pháp; Quý III/2026).
- Kiểm tra việc thi hành pháp luật tại các xã (Sở Tư pháp, các sở ngành liên quan; thường xuyên).
2. Cải cách thủ tục hành chính
- Công bố danh mục thủ tục hành chính (Văn phòng UBND tỉnh; khi có quyết định của Bộ).
- Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính (Sở Khoa học và Công nghệ; trước 30/11/2026).
IV. TỔ CHỨC THỰC HIỆN
Các sở, ngành căn cứ Kế hoạch triển khai thực hiện; báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn F
"""


def _rows(result: planflow.ImportResult) -> list[tuple[str, list[str], list[str]]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead], [names[i] for i in t.partners])
            for t in result.plan.tasks]


@pytest.mark.parametrize("name", ["Công chức Văn hóa - Xã hội", "công chức Tư pháp - Hộ tịch",
                                  "Trưởng các thôn", "Trưởng Công an xã", "Bí thư Chi bộ các thôn",
                                  "Chỉ huy trưởng Ban Chỉ huy Quân sự xã",
                                  "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội",
                                  "Chủ đầu tư dự án hạ tầng kỹ thuật", "Đồn Công an Khu công nghiệp",
                                  "Đội Cảnh sát giao thông", "Nhà Thiếu nhi tỉnh"])
def test_a_communes_posts_and_other_bodies_are_given_work(name):
    assert is_agency_start(name)


@pytest.mark.parametrize("words", ["Công chức, viên chức được tập huấn", "công chức cấp xã",
                                   "Đội ngũ cán bộ, công chức", "Nhà đầu tư thứ cấp"])
def test_civil_servants_in_general_are_no_post(words):
    assert not is_agency_start(words)


def test_a_commune_plan_gives_its_work_to_posts_and_unions(tmp_path):
    r = read_plan(tmp_path, COMMUNE)
    assert _rows(r) == [
        ("Tuyên truyền trên hệ thống loa truyền thanh", ["Công chức Văn hóa - Xã hội"], []),
        ("Trưng bày sách tại Nhà văn hóa xã", ["Đoàn Thanh niên xã"], ["Hội Liên hiệp Phụ nữ xã"]),
        ("Phát động phong trào đọc sách trong trường học",
         ["Trường Tiểu học Tân Lập", "Trường THCS Tân Lập"], []),
    ]
    first = r.plan.tasks[0].timeframe
    assert (first.start, first.due) == (date(2026, 4, 1), date(2026, 4, 21))


def test_an_event_plans_duties_by_body_keep_every_duty(tmp_path):
    r = read_plan(tmp_path, EVENT)
    rows = _rows(r)
    culture = "Phòng Văn hóa, Khoa học và Thông tin"
    assert ("Xây dựng chương trình văn nghệ chào mừng", [culture], []) in rows
    assert all(lead != [f"{culture} - Xây dựng chương trình văn nghệ chào mừng"] for _, lead, _ in rows)
    spread = next(t for t in r.plan.tasks if t.title.startswith("Tuyên truyền về Lễ kỷ niệm"))
    # "… từ ngày 01/5/2026": from that day on (to the plan's end), said
    assert (spread.timeframe.kind, spread.timeframe.start) == (planflow.Kind.CONTINUOUS, date(2026, 5, 1))
    assert len(rows) == 6


def test_tasks_numbered_by_name(tmp_path):
    r = read_plan(tmp_path, TASKS_BY_NAME)
    assert _rows(r) == [("Hoàn thiện hạ tầng số", ["Sở Khoa học và Công nghệ"], ["UBND các xã, phường"]),
                        ("Đào tạo kỹ năng số", ["Sở Nội vụ"], [])]


def test_an_event_in_an_items_brackets_is_its_time(tmp_path):
    r = read_plan(tmp_path, BRACKETS)
    publish = next(t for t in r.plan.tasks if t.title.startswith("Công bố"))
    assert publish.timeframe.kind is planflow.Kind.EVENT
    assert "khi có quyết định của Bộ" in publish.timeframe.text  # kept, not dropped


PARTS = _HEAD.format(number="221") + """Triển khai thực hiện Đề án phát triển du lịch cộng đồng năm 2026
Phần thứ nhất
MỤC ĐÍCH, YÊU CẦU
1. Mục đích: Phát triển du lịch cộng đồng.
2. Yêu cầu: Bảo đảm tiến độ.
Phần thứ hai
NHIỆM VỤ VÀ GIẢI PHÁP
I. HOÀN THIỆN CƠ CHẾ
1. Rà soát chính sách hỗ trợ du lịch cộng đồng.
- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Thời gian hoàn thành: Quý II/2026.
2. Ban hành tiêu chí điểm du lịch cộng đồng.
- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Thời gian hoàn thành: Quý III/2026.
II. PHÁT TRIỂN SẢN PHẨM
1. Xây dựng 05 sản phẩm du lịch đặc trưng.
- Cơ quan chủ trì: UBND các huyện.
- Thời gian hoàn thành: Năm 2026.
Phần thứ ba
TỔ CHỨC THỰC HIỆN
1. Các sở, ngành, UBND các huyện căn cứ nhiệm vụ được giao triển khai thực hiện.
""" + SIGNED_DEPUTY


def test_a_plan_in_parts_keeps_its_title_and_its_closing_part(tmp_path):
    # "Phần thứ nhất" / "MỤC ĐÍCH, YÊU CẦU" … "Phần thứ ba" / "TỔ CHỨC THỰC HIỆN": the part's
    # marker was joined to the title above it and the closing part's sentence read as a task
    r = read_plan(tmp_path, PARTS)
    assert r.plan.document.title == "Triển khai thực hiện Đề án phát triển du lịch cộng đồng năm 2026"
    assert [t.title for t in r.plan.tasks] == [
        "Rà soát chính sách hỗ trợ du lịch cộng đồng", "Ban hành tiêu chí điểm du lịch cộng đồng",
        "Xây dựng 05 sản phẩm du lịch đặc trưng"]
    heads = [(s.number, s.heading) for s in r.plan.sections]
    assert ("Phần thứ ba", "TỔ CHỨC THỰC HIỆN") in heads and ("Phần thứ nhất", "MỤC ĐÍCH, YÊU CẦU") in heads


@pytest.mark.parametrize("roman, number, letter", [("I/", "1/", "a/"), ("I-", "1-", "a-")])
def test_list_numbers_written_with_a_slash_or_a_dash(tmp_path, roman, number, letter):
    # "I/ MỤC ĐÍCH", "1/ Rà soát …", "a/ Khảo sát …" (older and commune documents): only the
    # first task was read, titled "1/ …", the lettered ones lost
    text = PARTS.split("Phần thứ nhất")[0].replace("Triển khai", "Kế hoạch triển khai")
    text = (PARTS.split("Phần thứ nhất")[0]
            + f"{roman} MỤC ĐÍCH, YÊU CẦU\n- Phát triển du lịch cộng đồng.\n"
            + f"{roman.replace('I', 'II')} NHIỆM VỤ CỤ THỂ\n"
            + f"{number} Rà soát chính sách hỗ trợ du lịch cộng đồng\n"
            + "- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.\n- Thời gian hoàn thành: Quý II/2026.\n"
            + f"{number.replace('1', '2')} Xây dựng sản phẩm du lịch đặc trưng\n"
            + f"{letter} Khảo sát điểm du lịch (UBND các huyện chủ trì; Quý II/2026).\n"
            + f"{letter.replace('a', 'b')} Hỗ trợ hộ làm du lịch (Sở Tài chính chủ trì; Quý III/2026).\n"
            + f"{roman.replace('I', 'III')} TỔ CHỨC THỰC HIỆN\n"
            + "Các sở, ngành căn cứ nhiệm vụ được giao triển khai thực hiện.\n"
            + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn B\n")
    r = read_plan(tmp_path, text)
    assert _rows(r) == [
        ("Rà soát chính sách hỗ trợ du lịch cộng đồng", ["Sở Văn hóa, Thể thao và Du lịch"], []),
        ("Khảo sát điểm du lịch", ["UBND các huyện"], []),
        ("Hỗ trợ hộ làm du lịch", ["Sở Tài chính"], []),
    ]
    assert any(getattr(w, "key", "") == "slash_markers" for w in r.warnings)


def test_dates_and_lone_dashes_are_no_list_numbers():
    from planflow_import.text import Block, slash_markers

    lines = ("15/6/2026 - hạn cuối", "2026 - 2030: giai đoạn", "a- một mình", "V/v tăng cường")
    items, found = slash_markers([Block("line 1", 1, lines)])
    assert found == [] and items[0].lines == lines  # type: ignore[union-attr]


INNER = _HEAD.format(number="223") + """Triển khai thực hiện Đề án phát triển du lịch cộng đồng năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa.
2. Yêu cầu
- Bảo đảm đúng tiến độ.
II. NHIỆM VỤ CỤ THỂ
1. Sở Y tế
- Trong quý I năm 2026, tổ chức rà soát mạng lưới y tế cơ sở.
- Hoàn thành việc cấp mã định danh y tế xong trước tháng 6/2026.
- Năm 2026, triển khai bệnh án điện tử tại 100% bệnh viện tuyến tỉnh.
- Tổ chức tập huấn cho nhân viên y tế thôn, bản trong tháng 4 và tháng 5/2026.
- Định kỳ hằng quý kiểm tra chất lượng khám chữa bệnh.
2. Sở Tài chính
- Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán năm 2026.
- Hướng dẫn thanh quyết toán kinh phí theo quy định.
3. UBND các xã, phường
- Chậm nhất ngày 15/3/2026, báo cáo danh sách trạm y tế cần nâng cấp về Sở Y tế.
- Tổ chức truyền thông về bảo hiểm y tế từ tháng 3 đến tháng 6/2026.
III. TỔ CHỨC THỰC HIỆN
1. Các sở, ngành, UBND các huyện căn cứ nhiệm vụ được giao triển khai thực hiện.
""" + SIGNED_DEPUTY


def test_the_times_a_duty_states_at_its_start_or_as_a_list(tmp_path):
    # "Năm 2026, triển khai …" and "… trong tháng 4 và tháng 5/2026" were read as no time
    r = read_plan(tmp_path, INNER)
    def by(start: str) -> planflow.Timeframe:
        return next(t.timeframe for t in r.plan.tasks if t.title.startswith(start))

    year = by("Năm 2026, triển khai")
    assert (year.kind, year.start, year.due) == (planflow.Kind.WINDOW, date(2026, 1, 1), date(2026, 12, 31))
    months = by("Tổ chức tập huấn")
    assert (months.start, months.due) == (date(2026, 4, 1), date(2026, 5, 31))
    # a budget's year is no duty's time
    assert by("Tham mưu bố trí kinh phí").kind is planflow.Kind.CONTINUOUS


def test_an_events_time_and_place_section_and_a_step_counted_from_it(tmp_path):
    """"II. THỜI GIAN, ĐỊA ĐIỂM" / "- Thời gian: Từ ngày … đến ngày …" says when the event
    runs, no task (it was a task with no title); "4. Sau Ngày hội 10 ngày: Ủy ban Mặt trận
    Tổ quốc xã tổng hợp …" is a step led by the body it opens on, timed by the event (it
    had no lead and took the event's dates)."""
    text = (Path(__file__).parent / "data" / "import_words" / "event_timeline.txt").read_text(encoding="utf-8")
    r = read_plan(tmp_path, text)
    names = {a.id: a.name for a in r.plan.agencies}
    got = [(t.title[:25], [names[i] for i in t.lead], t.timeframe.kind) for t in r.plan.tasks]
    assert got == [("Ban Công tác Mặt trận các", ["Ban Công tác Mặt trận các thôn"], planflow.Kind.DEADLINE),
                   ("Công chức Văn hóa - Xã hộ", ["Công chức Văn hóa - Xã hội"], planflow.Kind.WINDOW),
                   ("Tổ chức Ngày hội tại các ", ["Trưởng các thôn"], planflow.Kind.WINDOW),
                   ("Ủy ban Mặt trận Tổ quốc x", ["Ủy ban Mặt trận Tổ quốc xã"], planflow.Kind.EVENT)]
