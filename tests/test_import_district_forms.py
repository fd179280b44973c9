"""A district's plan written the ways districts write it: a time label before the unit's
label in the item's own paragraph ("… . Thời gian: thường xuyên. Đơn vị thực hiện: X."),
a target's time closing an item whose lead is given on the next line ("b) Số hóa …;
phấn đấu đến cuối năm 2026 đạt 100%." / "Giao X chủ trì."), a heading over a sentence
opening on "Tiếp tục" with its lead in brackets. Before, the first kept "Thời gian:
thường xuyên" in its title and said no time was stated; the second said no time was
stated; the third joined the heading to its sentence. Made-up plan."""

from __future__ import annotations

from datetime import date

import planflow

from .made_up import SIGNED, plan_head, read_plan

TEXT = plan_head("88", "Cải cách hành chính năm 2026", "Nâng cao chất lượng phục vụ.") + """\
II. NHIỆM VỤ TRỌNG TÂM
1. Cải cách thủ tục hành chính
a) Công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa. Thời gian: thường xuyên. Đơn vị thực hiện: Văn phòng UBND tỉnh; UBND các xã.
b) Số hóa hồ sơ giải quyết thủ tục hành chính; phấn đấu đến cuối năm 2026 đạt 100%.
Giao Sở Khoa học và Công nghệ chủ trì.
2. Cải cách tổ chức bộ máy
Tiếp tục sắp xếp các đơn vị sự nghiệp công lập (Sở Nội vụ chủ trì; trong năm 2026).
""" + SIGNED


def test_labels_and_targets_inside_a_districts_items(tmp_path):
    r = read_plan(tmp_path, TEXT)
    names = {a.id: a.name for a in r.plan.agencies}
    got = {t.title: ([names[i] for i in t.lead], t.timeframe) for t in r.plan.tasks}
    first = got["Công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa"]
    assert first[0] == ["Văn phòng UBND tỉnh", "UBND các xã"]
    assert (first[1].text, first[1].kind) == ("thường xuyên", planflow.Kind.CONTINUOUS)
    lead, tf = got["Số hóa hồ sơ giải quyết thủ tục hành chính; phấn đấu đến cuối năm 2026 đạt 100%."]
    assert lead == ["Sở Khoa học và Công nghệ"]
    # the target's time, said to be one
    assert (tf.kind, tf.due) == (planflow.Kind.DEADLINE, date(2026, 12, 31))
    assert any("target" in str(w) for w in tf.warnings)
    # a numbered heading, then its sentence closing on its lead and time in brackets
    lead, tf = got["Cải cách tổ chức bộ máy"]
    assert lead == ["Sở Nội vụ"] and tf.due == date(2026, 12, 31)


ROLES = plan_head("77", "Phát triển du lịch cộng đồng năm 2026", "Phát triển bền vững.") + """\
II. PHÂN CÔNG NHIỆM VỤ
1. Sở Văn hóa, Thể thao và Du lịch
a) Chủ trì:
- Xây dựng bộ tiêu chí điểm du lịch cộng đồng, hoàn thành trong quý II/2026.
- Tổ chức 02 lớp tập huấn kỹ năng làm du lịch cho người dân.
b) Phối hợp:
- Phối hợp Sở Tài chính bố trí kinh phí hỗ trợ các hộ làm du lịch.
2. Ủy ban nhân dân các xã
- Rà soát danh sách điểm du lịch cộng đồng trước ngày 30/4/2026.
""" + SIGNED


def test_bare_role_sub_headings_under_an_agency_are_no_tasks(tmp_path):
    """"a) Chủ trì:" / "b) Phối hợp:" over bullets: each bullet is the agency's duty (they
    were two tasks titled "Chủ trì" and "Phối hợp", the duties in their words)."""
    r = read_plan(tmp_path, ROLES)
    names = {a.id: a.name for a in r.plan.agencies}
    got = [(t.title[:30], [names[i] for i in t.lead], [names[i] for i in t.partners]) for t in r.plan.tasks]
    assert got == [("Xây dựng bộ tiêu chí điểm du l", ["Sở Văn hóa, Thể thao và Du lịch"], []),
                   ("Tổ chức 02 lớp tập huấn kỹ năn", ["Sở Văn hóa, Thể thao và Du lịch"], []),
                   ("Phối hợp Sở Tài chính bố trí k", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Tài chính"]),
                   ("Rà soát danh sách điểm du lịch", ["Ủy ban nhân dân các xã"], [])]


def test_a_units_or_a_posts_column_is_the_lead(tmp_path):
    """"Bộ phận thực hiện" (a department's units) and "Người thực hiện" (a commune's posts)
    head the lead's column (the first was read as one agency's column of a matrix, the
    second not at all)."""
    for head in ("Bộ phận thực hiện", "Người thực hiện"):
        text = plan_head("90", "Cải cách hành chính năm 2026", "Nâng cao chất lượng.") + (
            "II. NHIỆM VỤ\n\n"
            f"| TT | Nội dung công việc | {head} | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Niêm yết thủ tục hành chính | Công chức Văn phòng - Thống kê | Quý I/2026 |\n"
            "| 2 | Số hóa hồ sơ hộ tịch | Công chức Tư pháp - Hộ tịch | Tháng 6/2026 |\n\n") + SIGNED
        r = read_plan(tmp_path, text, "plan.md")
        names = {a.id: a.name for a in r.plan.agencies}
        assert [[names[i] for i in t.lead] for t in r.plan.tasks] == [
            ["Công chức Văn phòng - Thống kê"], ["Công chức Tư pháp - Hộ tịch"]], head


BOLD_HEADS = plan_head("99", "An toàn giao thông năm 2026", "Giảm tai nạn.") + """\
III. TỔ CHỨC THỰC HIỆN
**Công an tỉnh**
1. Tăng cường tuần tra, kiểm soát, xử lý vi phạm nồng độ cồn.
2. Tổng kết công tác bảo đảm trật tự an toàn giao thông, hoàn thành trước ngày 15/12/2026.
**Sở Xây dựng**
1. Rà soát, khắc phục điểm đen tai nạn giao thông trong quý II/2026.
2. Các cơ quan, đơn vị báo cáo kết quả về Công an tỉnh trước ngày 20/12/2026.
""" + SIGNED


def test_an_agency_lines_duties_numbered_from_one(tmp_path):
    """"**Công an tỉnh**" over "1. …", "2. …": the agency's duties (the plan read no task);
    a numbered line after an agency line's bullets still ends them (benchmarks/prose_plans.py)."""
    r = read_plan(tmp_path, BOLD_HEADS, "plan.md")
    names = {a.id: a.name for a in r.plan.agencies}
    got = [(t.title[:30], [names[i] for i in t.lead]) for t in r.plan.tasks]
    assert got[:3] == [("Tăng cường tuần tra, kiểm soát", ["Công an tỉnh"]),
                       ("Tổng kết công tác bảo đảm trật", ["Công an tỉnh"]),
                       ("Rà soát, khắc phục điểm đen ta", ["Sở Xây dựng"])]
    assert r.plan.tasks[1].timeframe.due == date(2026, 12, 14)


def test_a_page_number_alone_between_paragraphs_is_no_task():
    """A PDF converted to Markdown leaves each page's number alone between blank lines
    ("9", "10") among an agency's duties: page furniture, said, never a task titled "9"."""
    from pathlib import Path

    from planflow_import import read_text_file

    r = read_text_file(Path(__file__).parent / "data" / "import_words" / "page_numbers_bare.md")
    assert [t.title for t in r.plan.tasks] == [
        "Chủ trì triển khai Kế hoạch", "Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2026",
        "Bố trí kinh phí thực hiện Kế hoạch", "Hỗ trợ người dân làm du lịch cộng đồng"]
    assert any(getattr(w, "key", "") == "page_numbers" for w in r.warnings)
