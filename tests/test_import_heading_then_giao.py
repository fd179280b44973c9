"""A numbered heading naming a field of work, then a paragraph whose later sentence gives
the work to a body ("1. Hoàn thiện cơ chế" / "Rà soát … . Giao Sở X chủ trì, phối hợp với
Y thực hiện, hoàn thành trong quý II năm 2026."): each heading is a task led by that body,
timed by that sentence; a time inside the sentence after "vào" ("Tổ chức Tuần lễ … vào
tháng 9 năm 2026 (Trung tâm X chủ trì).") is the task's, with a note. Before, such a
plan read no task at all. Made-up plans (tests/made_up.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import planflow
from planflow_import import read_text_file

from .made_up import SIGNED, plan_head, read_plan

BODY = (
    "II. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Hoàn thiện cơ chế, chính sách\n"
    "Rà soát, đề xuất sửa đổi các chính sách hỗ trợ phát triển du lịch cộng đồng. Giao Sở Văn hóa, "
    "Thể thao và Du lịch chủ trì, phối hợp với Sở Tài chính thực hiện, hoàn thành trong quý II năm 2026.\n"
    "2. Phát triển sản phẩm du lịch\n"
    "Xây dựng ít nhất 05 sản phẩm du lịch cộng đồng đặc trưng. Giao UBND các huyện miền núi chủ trì "
    "thực hiện; thời gian thực hiện: năm 2026.\n"
    "3. Xúc tiến, quảng bá\n"
    "Tổ chức Tuần lễ du lịch cộng đồng vào tháng 9 năm 2026 (Trung tâm Xúc tiến Đầu tư, Thương mại và "
    "Du lịch chủ trì).\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "Các sở, ngành, UBND các huyện căn cứ nhiệm vụ được giao triển khai thực hiện.\n")


def read(tmp_path: Path, text: str) -> planflow.ImportResult:
    return read_plan(tmp_path, text, "plan.txt")


@pytest.fixture()
def result(tmp_path: Path) -> planflow.ImportResult:
    return read(tmp_path, plan_head("50", "Phát triển du lịch cộng đồng năm 2026",
                                    "- Phát triển du lịch cộng đồng.") + BODY + SIGNED)


def test_each_heading_is_a_task_led_by_the_body_its_paragraph_names(result):
    names = {a.id: a.name for a in result.plan.agencies}
    got = [(t.title, [names[i] for i in t.lead], [names[i] for i in t.partners])
           for t in result.plan.tasks]
    assert got == [
        ("Hoàn thiện cơ chế, chính sách", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Tài chính"]),
        ("Phát triển sản phẩm du lịch", ["UBND các huyện miền núi"], []),
        ("Xúc tiến, quảng bá", ["Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch"], []),
    ]


def test_the_times_the_sentences_state(result):
    first, second, third = result.plan.tasks
    assert (first.timeframe.kind, first.timeframe.due) == (planflow.Kind.DEADLINE, date(2026, 6, 30))
    assert second.timeframe.end == date(2026, 12, 31)
    assert (third.timeframe.start, third.timeframe.end) == (date(2026, 9, 1), date(2026, 9, 30))
    assert any("vào tháng 9 năm 2026" in str(w) for w in result.warnings)  # said, not silent


def test_a_heading_whose_paragraph_names_no_body_is_no_task_of_a_body(tmp_path):
    # the same headings with descriptions only: no lead is invented
    body = ("II. NHIỆM VỤ, GIẢI PHÁP\n1. Hoàn thiện cơ chế, chính sách\n"
            "Rà soát các chính sách hỗ trợ phát triển du lịch cộng đồng.\n"
            "2. Phát triển sản phẩm du lịch\nXây dựng các sản phẩm du lịch đặc trưng.\n")
    r = read(tmp_path, plan_head("51", "Du lịch năm 2026", "- Phát triển du lịch.") + body + SIGNED)
    assert all(not t.lead for t in r.plan.tasks)


def test_headings_over_sentences_that_open_on_their_body(tmp_path):
    # "1. Công tác tuyên truyền" / "Các sở, ngành … đẩy mạnh tuyên truyền …, thực hiện
    # thường xuyên trong năm 2026.": only one of the three sentences says "chủ trì"
    body = ("II. NHIỆM VỤ TRỌNG TÂM\n1. Công tác tuyên truyền\n"
            "Các sở, ngành, UBND các huyện đẩy mạnh tuyên truyền về du lịch cộng đồng trên các "
            "phương tiện thông tin đại chúng, thực hiện thường xuyên trong năm 2026.\n"
            "2. Công tác quy hoạch\nSở Xây dựng chủ trì, phối hợp với UBND các huyện rà soát "
            "quy hoạch các điểm du lịch, hoàn thành trước ngày 30/9/2026.\n"
            "3. Công tác đào tạo\nTrường Cao đẳng Văn hóa Nghệ thuật tỉnh tổ chức đào tạo nghề "
            "du lịch cho lao động nông thôn trong năm 2026.\n")
    r = read(tmp_path, plan_head("52", "Du lịch năm 2026", "- Phát triển du lịch.") + body + SIGNED)
    names = {a.id: a.name for a in r.plan.agencies}
    got = [(t.title, [names[i] for i in t.lead], t.timeframe.kind) for t in r.plan.tasks]
    assert got == [
        ("Công tác tuyên truyền", ["Các sở, ngành", "UBND các huyện"], planflow.Kind.CONTINUOUS),
        ("Công tác quy hoạch", ["Sở Xây dựng"], planflow.Kind.DEADLINE),
        ("Công tác đào tạo", ["Trường Cao đẳng Văn hóa Nghệ thuật tỉnh"], planflow.Kind.WINDOW),
    ]


def test_a_duty_after_its_bodys_name_and_a_colon_is_titled_by_its_words(tmp_path):
    body = ("II. PHÂN CÔNG NHIỆM VỤ\n"
            "- Sở Văn hóa, Thể thao và Du lịch: chủ trì xây dựng bộ tiêu chí du lịch cộng đồng, "
            "hoàn thành trước ngày 30/6/2026.\n"
            "- UBND các huyện: tổ chức khảo sát, lựa chọn điểm du lịch cộng đồng, hoàn thành "
            "trong quý III/2026.\n")
    r = read(tmp_path, plan_head("53", "Du lịch năm 2026", "- Phát triển du lịch.") + body + SIGNED)
    names = {a.id: a.name for a in r.plan.agencies}
    got = [(t.title[:40], [names[i] for i in t.lead]) for t in r.plan.tasks]
    assert got == [("Chủ trì xây dựng bộ tiêu chí du lịch cộn", ["Sở Văn hóa, Thể thao và Du lịch"]),
                   ("Tổ chức khảo sát, lựa chọn điểm du lịch ", ["UBND các huyện"])]


def test_the_body_named_in_a_later_paragraph_under_the_heading(tmp_path):
    body = ("II. NHIỆM VỤ, GIẢI PHÁP\n1. Hoàn thiện cơ chế, chính sách\n"
            "Rà soát, đề xuất sửa đổi các chính sách hỗ trợ phát triển du lịch cộng đồng.\n"
            "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tài chính thực hiện, "
            "hoàn thành trong quý II năm 2026.\n"
            "2. Phát triển sản phẩm du lịch\nXây dựng ít nhất 05 sản phẩm du lịch đặc trưng.\n"
            "Giao UBND các huyện miền núi chủ trì thực hiện; thời gian thực hiện: năm 2026.\n")
    r = read(tmp_path, plan_head("54", "Du lịch năm 2026", "- Phát triển du lịch.") + body + SIGNED)
    names = {a.id: a.name for a in r.plan.agencies}
    got = [(t.title, [names[i] for i in t.lead], t.timeframe.end) for t in r.plan.tasks]
    assert got == [("Hoàn thiện cơ chế, chính sách", ["Sở Văn hóa, Thể thao và Du lịch"], date(2026, 6, 30)),
                   ("Phát triển sản phẩm du lịch", ["UBND các huyện miền núi"], date(2026, 12, 31))]


def test_label_bullets_run_into_the_tasks_line(tmp_path):
    body = ("II. NHIỆM VỤ\n1. Rà soát các chính sách hỗ trợ du lịch cộng đồng. - Chủ trì: Sở Văn "
            "hóa, Thể thao và Du lịch. - Phối hợp: Sở Tài chính. - Thời gian: Quý II/2026.\n"
            "2. Xây dựng sản phẩm du lịch đặc trưng. - Chủ trì: UBND các huyện. - Thời gian: "
            "Năm 2026.\n")
    r = read(tmp_path, plan_head("55", "Du lịch năm 2026", "- Phát triển du lịch.") + body + SIGNED)
    names = {a.id: a.name for a in r.plan.agencies}
    got = [([names[i] for i in t.lead], [names[i] for i in t.partners], t.timeframe.text)
           for t in r.plan.tasks]
    assert got == [(["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Tài chính"], "Quý II/2026"),
                   (["UBND các huyện"], [], "Năm 2026")]


def test_a_time_label_after_an_agencys_duties_times_each_of_them():
    r = read_text_file(Path(__file__).parent / "data" / "import_words" / "block_time.txt")
    names = {a.id: a.name for a in r.plan.agencies}
    got = [(t.title[:30], [names[i] for i in t.lead], t.timeframe.text) for t in r.plan.tasks]
    assert got == [("Xây dựng bộ tiêu chí du lịch c", ["Sở Văn hóa, Thể thao và Du lịch"], "Quý II/2026"),
                   ("Tổ chức tập huấn nghiệp vụ du ", ["Sở Văn hóa, Thể thao và Du lịch"], "Quý II/2026"),
                   ("Tham mưu bố trí kinh phí thực ", ["Sở Tài chính"], "năm 2026")]
    assert sum("Quý II/2026" in str(w) and "read as the time of each" in str(w) for w in r.warnings) == 2


def test_a_heading_ending_on_a_field_is_not_joined_to_its_first_bullet(tmp_path):
    # "2. Phát triển sản phẩm du lịch" / "- Xây dựng …": no agency's name wrapped at its dash
    body = ("II. NHIỆM VỤ, GIẢI PHÁP\n1. Hoàn thiện cơ chế, chính sách\n"
            "- Rà soát các chính sách hỗ trợ du lịch.\n"
            "- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.\n- Thời gian hoàn thành: Quý II năm 2026.\n"
            "2. Phát triển sản phẩm du lịch\n- Xây dựng ít nhất 05 sản phẩm du lịch đặc trưng.\n"
            "- Đơn vị thực hiện: UBND các huyện miền núi.\n- Thời gian: Năm 2026.\n")
    r = read(tmp_path, plan_head("56", "Du lịch năm 2026", "- Phát triển du lịch.") + body + SIGNED)
    assert [t.title for t in r.plan.tasks] == ["Hoàn thiện cơ chế, chính sách", "Phát triển sản phẩm du lịch"]


def test_dated_items_under_a_heading_that_names_its_lead_are_its_tasks():
    # "1. Hoàn thiện thể chế (Sở Tư pháp chủ trì, phối hợp với …)" / "a) Rà soát …, hoàn
    # thành trong quý II/2026." / "b) …": the items were dropped without a word
    r = read_text_file(Path(__file__).parent / "data" / "import_words" / "led_heading_items.txt")
    names = {a.id: a.name for a in r.plan.agencies}
    got = [(t.title[:25], [names[i] for i in t.lead], t.timeframe.end) for t in r.plan.tasks]
    assert got == [("Rà soát văn bản quy phạm ", ["Sở Tư pháp"], date(2026, 6, 30)),
                   ("Xây dựng quy định về quản", ["Sở Tư pháp"], date(2026, 12, 31)),
                   ("Nâng cấp đường vào các đi", ["Sở Xây dựng"], date(2026, 12, 31)),
                   ("Xây dựng bãi đỗ xe tại kh", ["Sở Xây dựng"], date(2026, 11, 27))]


def test_undated_items_under_a_led_heading_are_its_words(tmp_path):
    body = ("II. NHIỆM VỤ, GIẢI PHÁP\n1. Hoàn thiện thể chế, chính sách (Sở Tư pháp chủ trì)\n"
            "a) Rà soát văn bản quy phạm pháp luật về du lịch.\nb) Xây dựng quy định về homestay.\n"
            "2. Phát triển hạ tầng du lịch (Sở Xây dựng chủ trì, hoàn thành trong năm 2026)\n")
    r = read(tmp_path, plan_head("57", "Du lịch năm 2026", "- Phát triển du lịch.") + body + SIGNED)
    first = r.plan.tasks[0]
    assert first.title == "Hoàn thiện thể chế, chính sách"
    assert "Rà soát văn bản quy phạm pháp luật về du lịch." in first.content


@pytest.mark.parametrize("text,names", [
    ("Các Sở: Tài chính, Xây dựng, Nội vụ", ["Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ"]),
    ("các Bộ: Công Thương, Giao thông vận tải và Xây dựng",
     ["Bộ Công Thương", "Bộ Giao thông vận tải", "Bộ Xây dựng"]),
    ("Các Sở Văn hóa, Thể thao và Du lịch, Công Thương; UBND các xã",
     ["Sở Văn hóa, Thể thao và Du lịch", "Sở Công Thương", "UBND các xã"]),
    # one body's own name, commas and "và" inside it: never split
    ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("Sở Tài nguyên và Môi trường", ["Sở Tài nguyên và Môi trường"]),
    # "Công an tỉnh" is a body of its own, not "Sở Công an"
    ("Sở Y tế và Công an tỉnh", ["Sở Y tế", "Công an tỉnh"]),
])
def test_a_list_written_once_for_several_departments_names_each(text, names):
    from planflow_import.agencies import split_agencies

    assert split_agencies(text) == names


def test_a_heading_listing_several_ministries_leads_with_each(tmp_path):
    body = ("II. NHIỆM VỤ CỤ THỂ\n1. Các Sở: Tài chính, Xây dựng, Nội vụ:\n"
            "- Rà soát thủ tục hành chính thuộc lĩnh vực quản lý, hoàn thành trong quý II/2026.\n"
            "2. Sở Y tế:\n- Kiểm tra an toàn thực phẩm tại các điểm du lịch trong năm 2026.\n")
    r = read(tmp_path, plan_head("58", "Du lịch năm 2026", "- Phát triển du lịch.") + body + SIGNED)
    names = {a.id: a.name for a in r.plan.agencies}
    assert [names[i] for i in r.plan.tasks[0].lead] == ["Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ"]
