"""Families of prose plans found in real plans labelled after the corpus (the built-on half
of tests/data/reading_extra/gh_b*): label lines written a little otherwise, duties under
agency headings written a little otherwise, reports due at an event. Every text here is
made up (tests/made_up.py), never copied from those plans."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import import read_text_file

from .made_up import SIGNED, plan_head


def _read(tmp_path: Path, head: str, body: str) -> planflow.ImportResult:
    path = tmp_path / "plan.txt"
    path.write_text(head + body + SIGNED, encoding="utf-8")
    return read_text_file(path)


def _rows(result: planflow.ImportResult) -> list[tuple[str, list[str], str, date | None]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead], t.timeframe.kind.value, t.timeframe.due)
            for t in result.plan.tasks]


LAW_HEAD = plan_head("141", "Triển khai thi hành Luật Đo lường sửa đổi trên địa bàn tỉnh",
                     "Bảo đảm triển khai thống nhất, kịp thời.")


def test_a_time_label_without_its_colon_is_still_the_items_time(tmp_path):
    """"Thời gian thực hiện sau khi …" (no colon): the item's time, an event; a colon-less
    "Thời hạn hoàn thành trước ngày …" a deadline."""
    result = _read(tmp_path, LAW_HEAD, """\
II. NỘI DUNG KẾ HOẠCH
1. Tập huấn cho công chức làm công tác đo lường
- Cơ quan chủ trì: Sở Khoa học và Công nghệ.
- Thời gian thực hiện: Quý III/2026.
2. Tổ chức triển khai Chương trình đo lường quốc gia
Thời gian thực hiện sau khi Chương trình đo lường quốc gia được phê duyệt.
3. Rà soát các quy chế đo lường của tỉnh
- Cơ quan chủ trì: Sở Tư pháp.
Thời hạn hoàn thành trước ngày 30/9/2026.
""")
    rows = _rows(result)
    assert [r[0] for r in rows] == ["Tập huấn cho công chức làm công tác đo lường",
                                    "Tổ chức triển khai Chương trình đo lường quốc gia",
                                    "Rà soát các quy chế đo lường của tỉnh"]
    assert rows[1][2] == "event"
    assert result.plan.tasks[1].timeframe.text.startswith("sau khi Chương trình")
    # "trước ngày 30/9": due the day before, by the "trước ngày" rule
    assert rows[2][1:] == (["Sở Tư pháp"], "deadline", date(2026, 9, 29))


def test_a_prose_sentence_about_the_time_is_not_a_label(tmp_path):
    """A sentence that begins with the words but says no time ("Thời gian thực hiện các
    nhiệm vụ được tính …") stays words of the item."""
    result = _read(tmp_path, LAW_HEAD, """\
II. NỘI DUNG KẾ HOẠCH
1. Tập huấn cho công chức làm công tác đo lường
Thời gian thực hiện các lớp được bố trí ngoài giờ hành chính.
- Cơ quan chủ trì: Sở Khoa học và Công nghệ.
- Thời gian thực hiện: Quý III/2026.
""")
    (task,) = result.plan.tasks
    assert task.timeframe.text.startswith("Quý III/2026")
    assert any("ngoài giờ hành chính" in c for c in task.content)


def test_a_task_label_nhiem_vu_holds_the_words_not_a_lead(tmp_path):
    """"a) Nhiệm vụ: …" is the item's words like "Nội dung: …": a clause inside them
    ("Trường hợp không đủ kinh phí, các đơn vị …") is neither a lead nor a task."""
    result = _read(tmp_path, LAW_HEAD, """\
II. NHIỆM VỤ
1. Bảo đảm kinh phí thực hiện
a) Nhiệm vụ: Các đơn vị lập dự toán kinh phí thực hiện các nhiệm vụ của Kế hoạch.
Trường hợp không đủ kinh phí, các đơn vị đề xuất gửi Sở Tài chính tổng hợp, chủ trì,
phối hợp với Sở Nội vụ trình UBND tỉnh bổ sung.
b) Cơ quan thực hiện:
- Đơn vị chủ trì: Các sở, ban, ngành.
- Đơn vị phối hợp: Sở Tài chính.
c) Thời gian thực hiện: Hoàn thành trong năm 2026.
2. Bồi dưỡng cán bộ làm công tác tiêu chuẩn
a) Nhiệm vụ: Mở 02 lớp bồi dưỡng nghiệp vụ tiêu chuẩn.
b) Cơ quan thực hiện:
- Đơn vị chủ trì: Sở Khoa học và Công nghệ.
c) Thời gian thực hiện: Thực hiện thường xuyên.
""")
    rows = _rows(result)
    assert rows == [("Bảo đảm kinh phí thực hiện", ["Các sở, ban, ngành"], "deadline", date(2026, 12, 31)),
                    ("Bồi dưỡng cán bộ làm công tác tiêu chuẩn", ["Sở Khoa học và Công nghệ"],
                     "continuous", None)]
    assert result.plan.tasks[0].content[0].startswith("Các đơn vị lập dự toán")
    assert not any("Trường hợp" in a.name for a in result.plan.agencies)


CAMPAIGN_HEAD = plan_head("152", "Triển khai Tháng hành động vì người cao tuổi năm 2026",
                          "Nâng cao nhận thức về chăm sóc người cao tuổi.")


def test_targets_with_a_campaign_time_are_not_tasks_and_activities_are(tmp_path):
    """"II. MỤC TIÊU …" with numbered targets ("1.1. Mục tiêu 1 …" / "- Chỉ tiêu 1: …") and
    the campaign's "b) Thời gian: …": no task. Each "a) Hoạt động N" under a numbered field
    of work is a task named by its "Nội dung:" (the field heading is no task), and a bare
    "- Cơ quan thực hiện:" takes the bodies its "+" items name."""
    result = _read(tmp_path, CAMPAIGN_HEAD, """\
II. MỤC TIÊU CỦA KẾ HOẠCH
1. Phấn đấu đến cuối năm 2026 đạt các chỉ tiêu sau:
1.1. Mục tiêu 1. Chăm sóc sức khỏe
- Chỉ tiêu 1: 95% người cao tuổi được khám sức khỏe định kỳ.
2. Tháng hành động
a) Chủ đề: "Người cao tuổi khỏe mạnh, hạnh phúc".
b) Thời gian: Từ ngày 01/10/2026 đến ngày 31/10/2026.
III. NỘI DUNG HOẠT ĐỘNG
1. Nâng cao nhận thức của cộng đồng về người cao tuổi
a) Hoạt động 1
- Nội dung: Tổ chức lễ phát động Tháng hành động.
- Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với Hội Người cao tuổi tỉnh.
b) Hoạt động 2
- Nội dung: Truyền thông trên báo, đài về chăm sóc người cao tuổi.
- Cơ quan thực hiện:
+ Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo Quảng Nam.
+ Sở Xây dựng đăng tải thông điệp trên các nhà chờ xe buýt.
2. Chăm sóc sức khỏe người cao tuổi
a) Hoạt động 1
- Nội dung:
+ Khám sức khỏe miễn phí cho người cao tuổi neo đơn.
+ Tập huấn kỹ năng chăm sóc tại nhà.
- Cơ quan thực hiện: Sở Y tế chủ trì.
""")
    rows = [(t, lead) for t, lead, _, _ in _rows(result)]
    assert rows == [
        ("Hoạt động 1: Tổ chức lễ phát động Tháng hành động.", ["Sở Y tế"]),
        ("Hoạt động 2: Truyền thông trên báo, đài về chăm sóc người cao tuổi.",
         ["Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng"]),
        ("Hoạt động 1: Khám sức khỏe miễn phí cho người cao tuổi neo đơn.", ["Sở Y tế"]),
    ]
    names = {a.id: a.name for a in result.plan.agencies}
    assert [names[i] for i in result.plan.tasks[1].partners] == ["Báo Quảng Nam"]
    assert not any("Mục tiêu" in t.title or "Tháng hành động" == t.title for t in result.plan.tasks)


def test_targets_and_tasks_in_one_section_still_give_tasks(tmp_path):
    """"II. MỤC TIÊU, NHIỆM VỤ" writing labelled tasks: its tasks are read."""
    result = _read(tmp_path, CAMPAIGN_HEAD, """\
II. MỤC TIÊU, NHIỆM VỤ
1. Khám sức khỏe cho người cao tuổi neo đơn
- Cơ quan chủ trì: Sở Y tế.
- Thời gian thực hiện: Tháng 10/2026.
""")
    assert [r[:2] for r in _rows(result)] == [("Khám sức khỏe cho người cao tuổi neo đơn", ["Sở Y tế"])]


EMULATION_HEAD = plan_head("163", "Phát động đợt thi đua chào mừng Đại hội Đoàn thanh niên tỉnh",
                           "Tạo khí thế thi đua sôi nổi.")


def test_a_numbered_duty_sentence_over_bullets_is_a_duty_and_an_event_report_is_read(tmp_path):
    """"1. Các cơ quan, đơn vị căn cứ … xây dựng kế hoạch …" over "- …" bullets: the sentence
    is a duty too. "- Báo cáo UBND tỉnh … khi tổng kết đợt thi đua." is a report due at
    that event (ad hoc, its condition kept), not a silent guess of a day. A heading that
    only announces its duties ("… thực hiện các nội dung sau") is no duty of its own."""
    result = _read(tmp_path, EMULATION_HEAD, """\
II. NỘI DUNG THI ĐUA
Thi đua hoàn thành các chỉ tiêu năm 2026.
III. TỔ CHỨC THỰC HIỆN
1. Các cơ quan, đơn vị, địa phương căn cứ nhiệm vụ được giao xây dựng kế hoạch hưởng ứng đợt thi đua.
- Lựa chọn gương điển hình để tuyên truyền.
- Báo cáo UBND tỉnh về kết quả đợt thi đua (qua Sở Nội vụ) khi tổng kết đợt thi đua.
2. Sở Nội vụ chủ trì, phối hợp với các cơ quan thực hiện các nội dung sau
- Hướng dẫn khen thưởng đợt thi đua.
- Tham mưu tổng kết đợt thi đua.
3. Các sở, ngành chủ trì, quản lý các dự án thuộc Chương trình
- Phê duyệt kế hoạch thi đua của dự án.
""")
    titles = [t.title for t in result.plan.tasks]
    assert titles[0].startswith("Các cơ quan, đơn vị, địa phương căn cứ nhiệm vụ được giao xây dựng kế hoạch")
    assert "Lựa chọn gương điển hình để tuyên truyền" in titles
    assert "Hướng dẫn khen thưởng đợt thi đua" in titles
    assert not any(t.startswith("Sở Nội vụ chủ trì") for t in titles)
    # a heading that names who (no stop closing it) is no duty: only its bullet is
    assert not any(t.startswith("Các sở, ngành chủ trì") for t in titles)
    assert "Phê duyệt kế hoạch thi đua của dự án" in titles
    regimes = [result.plan.regime] + [planflow.Regime(**{k: r[k] for k in ("cadence", "text")})
                                      for r in result.plan.settings.get("import", {}).get("reports", [])]
    event = [r for r in regimes if r is not None and "khi tổng kết" in r.text]
    assert event and event[0].cadence == "ad_hoc"
    assert result.plan.regime is not None and result.plan.regime.params.get("condition", "").startswith(
        "khi tổng kết")


def test_an_agency_heading_broken_over_two_lines_names_all_its_bodies(tmp_path):
    """"3. Đề nghị Ủy ban Mặt trận …, Hội Liên hiệp" / "Phụ nữ tỉnh và các tổ chức thành
    viên" (a heading a scrape prints as two bold runs) over "- …": one heading; its second
    line is no duty. A line that does say a duty ("Tổ chức …") is not joined."""
    result = _read(tmp_path, EMULATION_HEAD, """\
II. NỘI DUNG THI ĐUA
Thi đua hoàn thành các chỉ tiêu năm 2026.
III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Hướng dẫn khen thưởng đợt thi đua.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp
Phụ nữ tỉnh và các tổ chức thành viên của Mặt trận
- Vận động hội viên tham gia đợt thi đua.
3. Ủy ban nhân dân các xã, phường
Tổ chức phát động thi đua tại địa phương
- Lựa chọn điển hình tiên tiến.
""")
    names = {a.id: a.name for a in result.plan.agencies}
    rows = [(t.title, [names[i] for i in t.lead]) for t in result.plan.tasks]
    assert ("Vận động hội viên tham gia đợt thi đua",
            ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Liên hiệp Phụ nữ tỉnh",
             "các tổ chức thành viên của Mặt trận"]) in rows
    assert not any(t.startswith("Phụ nữ tỉnh") for t, _ in rows)
    assert any(t.startswith("Tổ chức phát động thi đua") for t, _ in rows)


def test_a_report_after_an_event_that_opens_the_sentence(tmp_path):
    """"5. Kết thúc đợt thi đua, Sở Nội vụ tổng hợp báo cáo …" (the event opens the sentence,
    no "khi"): a report due at that event (ad hoc, its condition kept), never dropped."""
    result = _read(tmp_path, EMULATION_HEAD, """\
II. NỘI DUNG THI ĐUA
Thi đua hoàn thành các chỉ tiêu năm 2026.
III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ hướng dẫn khen thưởng đợt thi đua.
2. Kết thúc đợt thi đua, Sở Nội vụ chịu trách nhiệm tổng hợp báo cáo kết quả đợt thi đua gửi về UBND tỉnh theo quy định.
""")
    regimes = [result.plan.regime] + [planflow.Regime(**{k: r[k] for k in ("cadence", "text")})
                                      for r in result.plan.settings.get("import", {}).get("reports", [])]
    event = [r for r in regimes if r is not None and "Kết thúc đợt thi đua" in r.text]
    assert event and event[0].cadence == "ad_hoc"
