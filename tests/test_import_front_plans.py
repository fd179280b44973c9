"""planflow_import on a commune Front committee's plan written the way DOCX text comes out
(one paragraph per line): made-up texts for the families of round 9's third harvest.

* a letterhead over three paragraphs ("ỦY BAN MTTQ VIỆT NAM" / "XÃ …" / "BAN THƯỜNG
  TRỰC"): the issuer is the standing board of that body, the initialism kept;
* a section that opens with its content and then names the assignment ("II. NỘI DUNG,
  TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN") holding labelled items: its items are the
  tasks (never taken for the closing duties of "Tổ chức thực hiện");
* a numbered heading whose first item opens on a body and its duty ("3. Giám sát …" /
  "- Ban Thường trực … theo dõi, đôn đốc …"): that body leads the heading's task;
* a duty done when something happens ("Báo cáo ngay … khi phát sinh vụ việc …"): an event.
"""

from __future__ import annotations

from datetime import date

import planflow
from planflow_import import read_text_file

PLAN = """\
ỦY BAN MTTQ VIỆT NAM

XÃ TÂN LẬP

BAN THƯỜNG TRỰC

Số: 09/KH-MTTQ-BTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Tân Lập, ngày 05 tháng 01 năm 2026

KẾ HOẠCH

Vận động Nhân dân tham gia xây dựng nông thôn mới năm 2026

I. MỤC ĐÍCH, YÊU CẦU

- Phát huy vai trò của Mặt trận trong xây dựng nông thôn mới.

II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN

1. Tuyên truyền, vận động

1.1. Xây dựng tài liệu tuyên truyền về bộ tiêu chí nông thôn mới.

- Thời gian hoàn thành: Dự kiến tháng 3/2026 (sau khi Ủy ban nhân dân xã ban hành Kế hoạch).

- Đơn vị chủ trì: Đồng chí Phó Chủ tịch phụ trách công tác tuyên truyền

- Đơn vị phối hợp: Các đoàn thể xã.

1.2. Tổ chức hội nghị phổ biến tại các thôn.

- Thời gian hoàn thành: Quý II/2026;

- Đơn vị chủ trì: Đồng chí Phó Chủ tịch phụ trách công tác tuyên truyền

- Đơn vị phối hợp: Ban Công tác Mặt trận các thôn.

2. Giám sát việc sử dụng kinh phí đóng góp của Nhân dân

- Ban Thường trực Ủy ban MTTQ xã theo dõi, đôn đốc việc công khai các khoản đóng góp.

- Kiến nghị xử lý các trường hợp thu sai quy định.

III. TỔ CHỨC THỰC HIỆN

1. Ban Thường trực Ủy ban MTTQ Việt Nam xã

- Chỉ đạo chung việc thực hiện Kế hoạch này.

2. Ban Công tác Mặt trận các thôn

- Nắm bắt ý kiến của Nhân dân về các công trình ở thôn.

- Báo cáo ngay với Ban Thường trực Ủy ban MTTQ xã khi phát sinh vụ việc phức tạp tại thôn.

TM. BAN THƯỜNG TRỰC

CHỦ TỊCH

Nguyễn Thị Hoa
"""


def _read(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    return read_text_file(path)


def _task(plan: planflow.Plan, words: str) -> planflow.Task:
    return next(t for t in plan.tasks if words in t.title)


def _lead_names(plan: planflow.Plan, task: planflow.Task) -> list[str]:
    names = {a.id: a.name for a in plan.agencies}
    return [names.get(i, i) for i in task.lead]


def test_three_paragraph_letterhead_names_the_standing_board_and_its_place(tmp_path):
    doc = _read(tmp_path).plan.document
    assert doc.issuer == "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập"
    assert (doc.symbol, doc.date) == ("09/KH-MTTQ-BTT", date(2026, 1, 5))


def test_content_section_that_names_the_assignment_holds_the_tasks(tmp_path):
    plan = _read(tmp_path).plan
    first = _task(plan, "Xây dựng tài liệu tuyên truyền")
    assert any("Phó Chủ tịch" in n for n in _lead_names(plan, first))
    tf = first.timeframe
    # "Dự kiến tháng 3/2026 (sau khi …)": the month, tentative, the condition a note
    assert (tf.kind, tf.start, tf.due) == (planflow.Kind.WINDOW, date(2026, 3, 1), date(2026, 3, 31))
    second = _task(plan, "Tổ chức hội nghị phổ biến")
    assert second.timeframe.due == date(2026, 6, 30)


def test_heading_led_by_the_body_its_first_item_opens_on(tmp_path):
    plan = _read(tmp_path).plan
    task = _task(plan, "Giám sát việc sử dụng kinh phí")
    assert _lead_names(plan, task) and "Ban Thường trực" in _lead_names(plan, task)[0]


def test_duty_done_when_something_happens_is_an_event(tmp_path):
    plan = _read(tmp_path).plan
    task = _task(plan, "Báo cáo ngay")
    assert task.timeframe.kind is planflow.Kind.EVENT
