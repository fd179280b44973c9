"""The families the l plans showed (round 15, helper fix6; made-up text, not the corpus's):

* "+" items under a body's "- Chủ trì, phối hợp với … tham mưu UBND tỉnh:" are each a duty
  of the body (they were one duty's words);
* a duty's sentence broken over a blank line, the line above stopping on a word a sentence
  cannot end on, is one duty (it was read as two).
"""

from __future__ import annotations

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
