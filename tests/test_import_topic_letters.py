"""A letter of the Chairman's instructions as a legal site scrapes it: no letterhead, number
or "V/v" left, "**Kính gửi:**" and its addressees in "|" cells, then numbered topics ("1. Về
rà soát …", "2. Về thủ tục … (dự án nhóm B; …)"), each holding "Đề nghị X; Y: <duty>",
numbered notes "(1) Chủ tịch … xem xét …", sub-headings "2.1. Quy định chung", and a last
"3. Giao Sở Tài chính" over its duties. Before, the whole letter was "not a plan"; and a
paragraph after an agency line's bullets was dropped without a word. Made-up text, not the
corpus's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import.agencies import split_agencies

from .made_up import SIGNED, plan_head, read_plan

DATA = Path(__file__).parent / "data" / "import_words"


def _tasks(result: planflow.ImportResult) -> list[tuple[str, list[str], planflow.Timeframe]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead], t.timeframe) for t in result.plan.tasks]


def test_a_scraped_letter_of_topics_reads_each_duty_and_who_it_is_asked_of(tmp_path):
    r = read_plan(tmp_path, (DATA / "topic_letter.txt").read_text(encoding="utf-8"))
    tasks = _tasks(r)
    titles = [t for t, _, _ in tasks]
    # "Đề nghị các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường: rà soát …": titled by
    # the duty, led by the bodies asked (not every addressee of the letter)
    first, lead, tf = tasks[0]
    assert first.startswith("Rà soát tiến độ giải ngân từng dự án")
    assert lead == ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"]
    # "hoàn thành trước ngày 15 tháng 3 năm 2027" (a Monday): the working day before
    assert (tf.kind, tf.due) == (planflow.Kind.DEADLINE, date(2027, 3, 12))
    # the numbered notes name the body that does each: its sentence's subject
    assert tasks[1][1] == ["Chủ tịch Ủy ban nhân dân các xã, phường"]
    assert tasks[2][0].startswith("Các chủ đầu tư, tổ chức, đơn vị gửi báo cáo")
    assert tasks[2][1] == ["Các chủ đầu tư, tổ chức, đơn vị"]  # "chủ đầu tư" is no verb
    assert tasks[2][2].due == date(2027, 3, 19)
    # the words leading into the notes and the sub-heading "2.1. Quy định chung" are no tasks
    assert not any("cần lưu ý" in t or "Quy định" in t or t.startswith("2.1") for t in titles)
    # "a) Về hồ sơ điều chỉnh:" / "Thực hiện theo Điều 5 …": the item's words after its colon
    files = next(t for t in r.plan.tasks if t.title == "Về hồ sơ điều chỉnh")
    assert any("Thực hiện theo Điều 5" in c for c in files.content)
    # "b) Đối với tập thể lãnh đạo" | "Ban Quản lý dự án …:" is one item, not a heading
    # naming the board as the lead of what follows
    assert "Đối với tập thể lãnh đạo Ban Quản lý dự án đầu tư xây dựng tỉnh" in titles
    assert all("Ban Quản lý dự án đầu tư xây dựng tỉnh" not in lead for _, lead, _ in tasks)
    # "3. Giao Sở Tài chính" after the lettered items: its duties are read (were dropped)
    assert tasks[-2][1] == tasks[-1][1] == ["Sở Tài chính"]
    assert tasks[-1][2].kind == planflow.Kind.EVENT  # "theo yêu cầu của cấp có thẩm quyền"
    # the letter's last words urging it all are no duty
    assert not any("khẩn trương" in t for t in titles)
    assert any(getattr(w, "key", "") == "letter_fields" for w in r.warnings)


def test_an_office_serving_two_bodies_is_one_agency_and_ends_at_a_comma():
    assert split_agencies("Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh") == [
        "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh"]
    assert split_agencies("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã") == [
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"]
    # (before, an office's name swallowed every body listed after it)
    assert split_agencies("Văn phòng HĐND, Sở Tư pháp") == ["Văn phòng HĐND", "Sở Tư pháp"]
    assert split_agencies("Văn phòng HĐND và Sở Nội vụ") == ["Văn phòng HĐND", "Sở Nội vụ"]


def test_a_paragraph_after_an_agency_lines_bullets_is_read_not_dropped(tmp_path):
    text = plan_head("31", "Phòng, chống dịch sốt xuất huyết năm 2026", "Chủ động phòng, chống dịch.") + (
        "II. NHIỆM VỤ\n1. Trách nhiệm của các cơ quan\nSở Y tế:\n"
        "- Tổ chức giám sát ca bệnh tại cộng đồng.\n"
        "- Hướng dẫn các xã xử lý ổ dịch, hoàn thành trong tháng 5 năm 2026.\n"
        "Ngoài ra, Công an tỉnh chủ trì bảo đảm an ninh khu vực dịch, hoàn thành trong tháng 6 năm 2026.\n"
        "Ủy ban nhân dân các xã, phường:\n- Tổ chức chiến dịch diệt lăng quăng trong tháng 4 năm 2026.\n"
    ) + SIGNED
    tasks = _tasks(read_plan(tmp_path, text))
    assert [lead for _, lead, _ in tasks] == [
        ["Sở Y tế"], ["Sở Y tế"], ["Công an tỉnh"], ["Ủy ban nhân dân các xã, phường"]]
    assert tasks[2][2].due == date(2026, 6, 30)
