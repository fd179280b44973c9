"""Plans whose tasks are written in prose, as a family: plans made up by tests/prose_gen.py
(the lead as the sentence's subject, lead and time in brackets, label lines, duties under
agency headings, event timelines; at several depths; some issued by a Quyết định), read
in the corpus scrape's form and as a Word document; and each rule on wordings of our own.

Properties, whatever the plan: reading never raises (but the documented one-line error);
no heading, objective or target is read as a task; a lead or time read wrong always
carries a warning naming the task; no date is silently wrong; windows are ordered. A
fixed set of seeds is read whole as a floor for the benchmark
(``python benchmarks/prose_plans.py``).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planflow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.prose_plans import score  # noqa: E402

from tests.prose_gen import generate, write  # noqa: E402


@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 100_000), form=st.sampled_from(["scraped", "docx"]))
def test_prose_plans_never_wrong_silently(seed, form):
    if form == "docx":
        pytest.importorskip("docx")
    gen = generate(seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = write(gen, form, Path(tmp))
        try:
            result = planflow.default_registry().importer_for(path).read(path)
        except planflow.PlanFileError as e:  # the documented error: one line
            assert "\n" not in str(e)
            return
        tally, _ = score(gen, path)
    assert tally.nontasks == 0, tally.misses  # a heading, an objective or a target is no task
    assert tally.unflagged == 0, tally.misses  # wrong, always with a warning naming it
    assert tally.silent == 0, tally.misses
    for task in result.plan.tasks:
        tf = task.timeframe
        if tf.start is not None and tf.end is not None:
            assert tf.start <= tf.end, (task.title, tf)


FLOOR = range(0, 30)


@pytest.mark.parametrize("form", ["scraped", "docx"])
def test_generated_prose_plans_read_right(tmp_path, form):
    """A floor: of the tasks of 30 generated plans (six of each family), at least 95 %
    read wholly right in each form, none wrong without a warning, no silent date."""
    if form == "docx":
        pytest.importorskip("docx")
    tasks = right = 0
    for seed in FLOOR:
        gen = generate(seed)
        folder = tmp_path / str(seed)
        folder.mkdir()
        tally, _ = score(gen, write(gen, form, folder))
        assert tally.failed == 0, tally.misses
        assert tally.unflagged == 0 and tally.silent == 0, tally.misses
        tasks += tally.tasks
        right += tally.full
    assert right >= 0.95 * tasks, (right, tasks)


def test_the_generated_truth_is_what_the_words_say():
    """The generator's own truth: every task has its words, a lead and a time kind; the
    needles are unique in a plan; every family occurs."""
    families = set()
    for seed in range(25):
        gen = generate(seed)
        families.add(gen.family)
        needles = [t.needle for t in gen.tasks]
        assert len(set(needles)) == len(needles)
        assert all(t.lead and t.kind for t in gen.tasks)
        assert all(t.needle in t.title for t in gen.tasks)
    assert families == {"subject", "brackets", "labels", "agency", "event"}


# -- each rule, on wordings of our own ----------------------------------------------------

HEAD = """\
ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 31/KH-UBND

Lai Châu, ngày 12 tháng 02 năm 2025

KẾ HOẠCH
Phát triển du lịch cộng đồng năm 2025

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Các doanh nghiệp lữ hành phối hợp quảng bá sản phẩm du lịch của tỉnh.
2. Yêu cầu
- Bảo đảm thiết thực, hiệu quả.

"""
TAIL = """
III. TỔ CHỨC THỰC HIỆN
Định kỳ trước ngày 10/12 hằng năm, các cơ quan báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lò Văn Hùng
"""


def _read(tmp_path: Path, body: str) -> planflow.ImportResult:
    path = tmp_path / "plan.md"
    path.write_text(HEAD + body + TAIL, encoding="utf-8")
    return planflow.default_registry().importer_for(path).read(path)


def _tasks(result: planflow.ImportResult) -> list[tuple[str, list[str], str, str | None, str | None]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names.get(i, i) for i in t.lead], t.timeframe.kind.value,
             str(t.timeframe.start) if t.timeframe.start else None,
             str(t.timeframe.end) if t.timeframe.end else None) for t in result.plan.tasks]


def test_lead_as_the_subject(tmp_path):
    got = _tasks(_read(tmp_path, """II. NHIỆM VỤ CỤ THỂ
1. Phát triển sản phẩm
a) Trạm Khuyến nông huyện chủ trì, phối hợp với các hợp tác xã hướng dẫn trồng
hoa ven đường du lịch; hoàn thành trước ngày 29/5/2025.
b) Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ thẩm định phương án hỗ trợ
homestay, hoàn thành trong Quý III/2025.
c) Đề nghị Ủy ban MTTQ Việt Nam tỉnh vận động hội viên giữ gìn nghề dệt thổ cẩm,
thực hiện thường xuyên.
"""))
    assert [g[1] for g in got] == [["Trạm Khuyến nông huyện"], ["Sở Tài chính"], ["Ủy ban MTTQ Việt Nam tỉnh"]]
    assert got[0][2:] == ("deadline", None, "2025-05-28")
    assert got[1][2:] == ("deadline", None, "2025-09-30")
    assert got[2][2] == "continuous"
    assert all("Phát triển sản phẩm" not in g[0] for g in got)  # the group heading is no task


def test_lead_and_time_in_brackets(tmp_path):
    got = _tasks(_read(tmp_path, """II. NHIỆM VỤ VÀ GIẢI PHÁP
1. In bản đồ du lịch song ngữ (Cơ quan chủ trì, tham mưu: Sở Văn hóa, Thể thao và Du lịch; thời hạn
thực hiện: Quý II/2025).
2. Mở lớp dạy tiếng Anh cho người làm du lịch (Chủ trì:
Sở Giáo dục và Đào tạo; Thời gian: Tháng 8/2025)
3. Cắm biển chỉ dẫn điểm ngắm cảnh (Sở Xây dựng chủ trì; hoàn thành trong năm 2025).
"""))
    assert [g[1] for g in got] == [["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Giáo dục và Đào tạo"],
                                   ["Sở Xây dựng"]]
    assert got[0][2:] == ("window", "2025-04-01", "2025-06-30")
    assert got[1][2:] == ("window", "2025-08-01", "2025-08-31")
    assert got[2][2:] == ("deadline", None, "2025-12-31")


def test_label_lines_under_activities(tmp_path):
    got = _tasks(_read(tmp_path, """II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Quảng bá điểm đến
Tăng cường quảng bá trên nền tảng số.
Các hoạt động chính:
- Làm phim ngắn về bản Sin Suối Hồ.
+ Đơn vị chủ trì thực hiện: Đài Phát thanh và Truyền hình tỉnh.
+ Thời hạn thực hiện: Tháng 6/2025.
+ Kinh phí: Ngân sách tỉnh.
- Dựng gian hàng tại hội chợ du lịch.
+ Đơn vị chủ trì thực hiện: Sở Công Thương.
+ Thời hạn thực hiện: Quý IV/2025.
"""))
    assert [g[0] for g in got] == ["Làm phim ngắn về bản Sin Suối Hồ.", "Dựng gian hàng tại hội chợ du lịch."]
    assert got[0][1:] == (["Đài Phát thanh và Truyền hình tỉnh"], "window", "2025-06-01", "2025-06-30")
    assert got[1][1:] == (["Sở Công Thương"], "window", "2025-10-01", "2025-12-31")


def test_duties_under_a_dash_agency_line(tmp_path):
    got = _tasks(_read(tmp_path, """II. PHÂN CÔNG NHIỆM VỤ
- Công an tỉnh:
+ Bảo đảm an ninh tại các điểm du lịch.
+ Phối hợp với Sở Y tế kiểm tra cơ sở lưu trú, hoàn thành trước ngày 29/10/2025.
- UBND các xã, phường:
+ Vận động người dân giữ gìn cảnh quan.
"""))
    leads = [g[1] for g in got]
    assert leads[:2] == [["Công an tỉnh"], ["Công an tỉnh"]]
    assert leads[2][0] in ("Ủy ban nhân dân các xã, phường", "UBND các xã, phường")
    assert len(got) == 3
    assert got[1][2:] == ("deadline", None, "2025-10-28")


def test_steps_of_an_event_with_their_dates(tmp_path):
    got = _tasks(_read(tmp_path, """II. CÁC BƯỚC TIẾN HÀNH
- Từ ngày 03/3 đến 14/3/2025: Sở Văn hóa, Thể thao và Du lịch tổ chức tuyển chọn đội văn nghệ.
- Tháng 4/2025: Công an tỉnh xây dựng phương án giữ xe.
- Ngày 27/4/2025: UBND các xã, phường tổ chức đón khách.
- Giai đoạn 2 (từ ngày 05/5 đến ngày 20/5/2025): Tổng kết lễ hội; Văn phòng UBND tỉnh chủ trì thực hiện.
"""))
    assert [g[1] for g in got][:3] == [["Sở Văn hóa, Thể thao và Du lịch"], ["Công an tỉnh"],
                                       [got[2][1][0]]]
    assert got[0][2:] == ("window", "2025-03-03", "2025-03-14")
    assert got[1][2:] == ("window", "2025-04-01", "2025-04-30")
    assert got[2][2:] == ("window", "2025-04-27", "2025-04-27")
    assert got[3][1] == ["Văn phòng UBND tỉnh"]
    assert got[3][2:] == ("window", "2025-05-05", "2025-05-20")


def test_aims_and_funding_sentences_naming_an_agency_are_no_tasks(tmp_path):
    result = _read(tmp_path, """II. NHIỆM VỤ CỤ THỂ
1. Sở Xây dựng chủ trì cắm biển chỉ dẫn, hoàn thành trong Quý II/2025.
2. Sở Y tế chủ trì kiểm tra an toàn thực phẩm tại lễ hội, hoàn thành trong Quý III/2025.

III. KINH PHÍ THỰC HIỆN
1. Sở Tài chính chủ trì, phối hợp với các sở tham mưu bố trí kinh phí.
2. Các cơ quan lập dự toán theo quy định.
""")
    titles = [t.title for t in result.plan.tasks]
    assert len(titles) == 2, titles
    assert not any("doanh nghiệp lữ hành" in t or "kinh phí" in t for t in titles)


def test_steps_numbered_by_their_word_and_times_in_brackets(tmp_path):
    got = _tasks(_read(tmp_path, """II. CÁC BƯỚC TIẾN HÀNH
Bước 1: Văn phòng UBND tỉnh gửi giấy mời đại biểu (trước ngày 09/5/2025).
Bước 2: Sở Y tế bố trí đội cấp cứu tại khu vực lễ hội (tháng 5/2025).
Bước 3: Công an tỉnh phân luồng giao thông (từ ngày 17/5 đến 19/5/2025).
"""))
    assert [g[1] for g in got] == [["Văn phòng UBND tỉnh"], ["Sở Y tế"], ["Công an tỉnh"]]
    assert got[0][2:] == ("deadline", None, "2025-05-08")
    assert got[1][2:] == ("window", "2025-05-01", "2025-05-31")
    assert got[2][2:] == ("window", "2025-05-17", "2025-05-19")


def test_a_label_colon_at_the_end_of_a_line_and_a_lead_on_the_next_paragraph(tmp_path):
    got = _tasks(_read(tmp_path, """II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Hạ tầng du lịch
a) Sửa chữa nhà vệ sinh công cộng tại bến thuyền.
Sở Xây dựng chủ trì, phối hợp với UBND các xã thực hiện; hoàn thành trong Quý III/2025.
b) Lắp đèn chiếu sáng đường lên thác (Cơ quan chủ trì, tham mưu:
Sở Công Thương; thời gian:
Quý IV/2025).
"""))
    assert [g[1] for g in got] == [["Sở Xây dựng"], ["Sở Công Thương"]]
    assert got[0][2:] == ("deadline", None, "2025-09-30")
    assert got[1][2:] == ("window", "2025-10-01", "2025-12-31")
    assert "nhà vệ sinh" in got[0][0]


def test_a_numbered_report_request_under_the_duties_is_no_task(tmp_path):
    result = _read(tmp_path, """II. PHÂN CÔNG NHIỆM VỤ
1. Sở Y tế
- Kiểm tra an toàn thực phẩm tại các nhà hàng.
2. Công an tỉnh
- Bảo đảm an ninh tại các điểm du lịch.
3. Các sở, ngành định kỳ hằng quý (trước ngày 20 của tháng cuối quý) báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch.
""")
    titles = [t.title for t in result.plan.tasks]
    assert len(titles) == 2, titles
    assert not any("báo cáo kết quả" in t for t in titles)


def test_labels_with_content_two_leads_and_a_field_heading_above_the_items(tmp_path):
    got = _tasks(_read(tmp_path, """II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Nhiệm vụ trọng tâm
a) Về quảng bá
- Xuất bản cẩm nang ẩm thực vùng cao.
+ Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch;
Sở Công Thương.
+ Nội dung: Sưu tầm món ăn của đồng bào các dân tộc.
+ Thời hạn thực hiện: Quý III/2025.
b) Về nhân lực
- Bồi dưỡng kỹ năng cho hướng dẫn viên tại điểm.
• Thời gian: Tháng 7/2025; Nội dung:
Mở hai lớp tại bản Sì Thâu Chải; Đơn vị thực hiện: Sở Nội vụ.
"""))
    assert [g[0] for g in got] == ["Xuất bản cẩm nang ẩm thực vùng cao.",
                                   "Bồi dưỡng kỹ năng cho hướng dẫn viên tại điểm."]
    assert got[0][1] == ["Sở Văn hóa, Thể thao và Du lịch", "Sở Công Thương"]
    assert got[0][2:] == ("window", "2025-07-01", "2025-09-30")
    assert got[1][1:] == (["Sở Nội vụ"], "window", "2025-07-01", "2025-07-31")


def test_do_x_chu_tri_a_role_after_the_agency_heading_and_a_time_line_under_a_duty(tmp_path):
    got = _tasks(_read(tmp_path, """II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Biên tập bộ ảnh về mùa lúa chín (do Sở Văn hóa, Thể thao và Du lịch chủ trì, hoàn thành trong Quý III/2025).
2. Khảo sát sức chứa bãi đỗ xe tại chân đèo (do Sở Xây dựng chủ trì, hoàn thành trong năm 2025).
"""))
    assert [g[1] for g in got] == [["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Xây dựng"]]
    assert got[0][2:] == ("deadline", None, "2025-09-30")
    got = _tasks(_read(tmp_path, """II. PHÂN CÔNG NHIỆM VỤ
1. SỞ NỘI VỤ (cơ quan thường trực)
- Theo dõi việc thực hiện Kế hoạch.
+ Thời gian thực hiện: Quý IV/2025.
2. Công an tỉnh
- Bảo đảm an ninh tại các điểm du lịch.
"""))
    assert [g[1] for g in got] == [["Sở Nội vụ"], ["Công an tỉnh"]]
    assert got[0][2:] == ("window", "2025-10-01", "2025-12-31")


def test_an_item_wrapped_before_a_capitalised_word_is_one_item(tmp_path):
    got = _tasks(_read(tmp_path, """II. NHIỆM VỤ VÀ GIẢI PHÁP
1.1. Trang trí đường phố dịp
Tết (Sở Xây dựng chủ trì; thời gian: Tháng 1/2025).
1.2. Lập danh sách hộ làm homestay đạt chuẩn. Ban
Quản lý các khu du lịch chủ trì thực hiện; hoàn thành trong Quý II/2025.
"""))
    assert [g[1] for g in got] == [["Sở Xây dựng"], ["Ban Quản lý các khu du lịch"]]
    assert got[0][0].endswith("dịp Tết")
    assert got[1][2:] == ("deadline", None, "2025-06-30")
