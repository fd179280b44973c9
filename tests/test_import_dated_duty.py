"""A task table beside "Tổ chức thực hiện" duties agency by agency: a duty that states its
own dated time ("- Xây dựng kế hoạch … trước ngày 30 tháng 4 năm 2026.") is a task too,
led by its agency; the duties with no dated time are roles, kept as text. Made-up text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planflow_import import read_text_file

PLAN = Path(__file__).parent / "data" / "import_words" / "dated_duty.md"


def test_a_dated_duty_beside_the_task_table_is_a_task(tmp_path):
    result = read_text_file(PLAN, markdown=True)
    names = {a.id: a.name for a in result.plan.agencies}
    got = {t.title: ([names[i] for i in t.lead], t.timeframe.due) for t in result.plan.tasks}
    assert len(got) == 3
    assert got["Nâng cấp cổng dịch vụ công của tỉnh"][0] == ["Sở Khoa học và Công nghệ"]
    assert got["Rà soát các thủ tục hành chính"][0] == ["Văn phòng UBND tỉnh"]
    dated = next(v for k, v in got.items() if k.startswith("Xây dựng kế hoạch chuyển đổi số"))
    # "trước ngày 30 tháng 4 năm 2026" (a Thursday): due the working day before
    assert dated == (["Các sở, ban, ngành"], date(2026, 4, 29))
    # the undated duties stay text
    assert not any(t.title.startswith(("Làm đầu mối", "Tổ chức thực hiện")) for t in result.plan.tasks)
