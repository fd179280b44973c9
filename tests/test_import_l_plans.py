"""The families the l plans showed (round 15, helper fix6; made-up text, not the corpus's):

* "+" items under a body's "- Chủ trì, phối hợp với … tham mưu UBND tỉnh:" are each a duty
  of the body (they were one duty's words);
* a duty's sentence broken over a blank line, the line above stopping on a word a sentence
  cannot end on, is one duty (it was read as two);
* a task table after the signature (its title no "PHỤ LỤC") that a PDF converter broke into
  fragments (small "|" tables and plain lines between them, a row's number in its middle)
  is joined back into one table and read (its rows were lost as text after the signer).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .made_up import SIGNED, plan_head, read_plan

DUTIES = plan_head("41", "KẾ HOẠCH phòng, chống dịch bệnh trên đàn gia súc năm 2026",
                   "Chủ động phòng, chống dịch bệnh.") + """II. NHIỆM VỤ

1. Các sở, ngành, địa phương

- Tổ chức tuyên truyền sâu rộng Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy về công tác phòng, chống dịch bệnh trên đàn gia súc đến toàn thể cán bộ, nhân dân theo hướng dẫn của

Sở Nông nghiệp và Môi trường và Ủy ban nhân dân các xã, phường trên địa bàn tỉnh.

- Bố trí kinh phí phòng, chống dịch bệnh trong dự toán hằng năm.

2. Sở Nông nghiệp và Môi trường

- Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan tham mưu Ủy ban nhân dân tỉnh:

+ Ban hành Kế hoạch tiêm phòng vắc xin cho đàn gia súc năm 2026 (hoàn thành trong Quý I/2026).

+ Tổ chức sơ kết việc thực hiện Chỉ thị số 12-CT/TU và đề xuất khen thưởng các tập thể có thành tích.

- Hướng dẫn các địa phương giám sát dịch bệnh, hoàn thành trước ngày 30/6/2026.

""" + SIGNED


def _task(plan, words):  # type: ignore[no-untyped-def]
    hits = [t for t in plan.tasks if words in t.title]
    assert len(hits) == 1, [t.title for t in plan.tasks]
    return hits[0]


def test_plus_items_under_an_advising_role_line_are_duties_of_the_body(tmp_path):
    plan = read_plan(tmp_path, DUTIES).plan
    names = {a.id: a.name for a in plan.agencies}
    issue = _task(plan, "Ban hành Kế hoạch tiêm phòng")
    review = _task(plan, "Tổ chức sơ kết việc thực hiện")
    for t in (issue, review):
        assert [names[i] for i in t.lead] == ["Sở Nông nghiệp và Môi trường"]
        assert t.content[0].startswith("Chủ trì, phối hợp với các sở")  # the role line kept
    assert issue.timeframe.due is not None and issue.timeframe.due.isoformat() == "2026-03-31"
    assert not any(t.title.startswith("Chủ trì, phối hợp") for t in plan.tasks)
    assert _task(plan, "Hướng dẫn các địa phương giám sát").timeframe.due.isoformat() == "2026-06-29"  # "trước ngày"


def test_a_duty_broken_over_a_blank_line_is_one_duty(tmp_path):
    plan = read_plan(tmp_path, DUTIES).plan
    duty = _task(plan, "Tổ chức tuyên truyền sâu rộng")
    assert "Ủy ban nhân dân các xã, phường trên địa bàn tỉnh" in " ".join(duty.content)
    assert not any(t.title.startswith("Sở Nông nghiệp và Môi trường và") for t in plan.tasks)
    # the next bullet is a duty of its own
    assert _task(plan, "Bố trí kinh phí phòng, chống")


def test_a_numbered_heading_after_the_blank_line_is_not_the_sentence_s_rest(tmp_path):
    # the sentence above stops on "của" and no full stop, but the block after the blank
    # line opens with a list number: a heading of its own
    text = DUTIES.replace(" đàn gia súc năm 2026.\n\n- Hướng dẫn", " đàn gia súc năm 2026.\n\n- Hướng dẫn")
    text = text.replace("trong dự toán hằng năm.", "trong dự toán hằng năm theo đề nghị của các cơ quan chuyên môn, bảo đảm kịp thời, đúng đối tượng và đúng quy định của")
    plan = read_plan(tmp_path, text).plan
    assert _task(plan, "Bố trí kinh phí phòng, chống").title.endswith("quy định của")
    assert [a.name for a in plan.agencies if a.id in _task(plan, "Ban hành Kế hoạch tiêm").lead] \
        == ["Sở Nông nghiệp và Môi trường"]


FRAGMENTS = (Path(__file__).parent / "data" / "import_words" / "fragments.md").read_text(encoding="utf-8")


def _lead(plan, task):  # type: ignore[no-untyped-def]
    names = {a.id: a.name for a in plan.agencies}
    return [names[i] for i in task.lead]


def test_a_broken_task_table_after_the_signer_is_joined_and_read(tmp_path):
    result = read_plan(tmp_path, FRAGMENTS, "plan.md")
    plan = result.plan
    assert len(plan.tasks) == 4, [t.title for t in plan.tasks]
    veg = _task(plan, "Xây dựng vùng trồng rau an toàn")
    # the row's words before and after its number, its lead from two cells ("UBND" | "các
    # địa phương"), its time from the number's own fragment
    assert veg.title.endswith("tại các xã ven sông")
    assert _lead(plan, veg) == ["UBND các địa phương"]
    assert (veg.timeframe.start, veg.timeframe.end) == (date(2026, 1, 1), date(2027, 12, 31))
    store = _task(plan, "Hỗ trợ hợp tác xã xây dựng kho lạnh bảo quản nông sản")
    assert _lead(plan, store) == ["Sở Công Thương"]  # the first body of a plain line
    assert store.timeframe.end == date(2026, 12, 31)
    train = _task(plan, "Tổ chức tập huấn kỹ thuật canh tác hữu cơ cho nông dân và hợp tác xã")
    assert _lead(plan, train) == ["Sở Nông nghiệp"]  # the justified line's words run together
    assert train.timeframe.kind.value == "continuous"  # "Thường" | "xuyên"
    review = _task(plan, "Rà soát quy hoạch vùng nguyên liệu chè và quế")
    assert _lead(plan, review) == ["UBND các địa phương"]  # "UBND các" | "địa phương"
    assert (review.timeframe.start, review.timeframe.end) == (date(2026, 1, 1), date(2026, 6, 30))
    groups = [sub.heading for sec in plan.sections for sub in sec.subsections]
    assert "VÙNG ĐỒNG BẰNG VEN SÔNG" in groups and "VÙNG TRUNG DU" in groups
    assert any(getattr(w, "key", "") == "table_fragments" for w in result.warnings)


def test_two_fragments_are_no_broken_table(tmp_path):
    # the header and two fragments after it: too little to say the table was broken
    cut = FRAGMENTS[: FRAGMENTS.index("| bảo quản nông sản")]
    plan = read_plan(tmp_path, cut, "plan.md").plan
    assert not any(t.title.startswith("Xây dựng vùng trồng rau") for t in plan.tasks)
