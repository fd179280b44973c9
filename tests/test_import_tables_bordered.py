"""A Markdown task table with a bar at both ends of each row but no "|---|" rule under its
header (typed by hand, or a converter that dropped it) is a table like any other: it was
read as text, and the plan had no tasks. Made-up plans."""

from __future__ import annotations

from pathlib import Path

import pytest

from planflow_import import read_text_file
from planflow_import.text import blocks_from_text

from .made_up import SIGNED, plan_head

ROWS = ["| TT | Nội dung công việc | Đơn vị thực hiện | Đơn vị phối hợp | Tiến độ |",
        "| 1 | Rà soát dữ liệu dân cư | Công an tỉnh | Sở Tư pháp | Tháng 3/2026 |",
        "| 2 | Số hóa hồ sơ hộ tịch | Sở Tư pháp | Công an tỉnh | Quý II/2026 |"]


@pytest.mark.parametrize("rule", [False, True])
def test_a_bordered_table_without_its_rule(tmp_path: Path, rule: bool) -> None:
    rows = [ROWS[0], "|---|---|---|---|---|", *ROWS[1:]] if rule else ROWS
    path = tmp_path / "plan.md"
    path.write_text(plan_head("33", "Thực hiện Đề án 06 năm 2026", "Nâng cao hiệu quả.")
                    + "II. NHIỆM VỤ\nCó Phụ lục kèm theo.\n" + SIGNED + "\nPHỤ LỤC\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")
    plan = read_text_file(path).plan
    names = {a.id: a.name for a in plan.agencies}
    got = [(t.title, [names[a] for a in t.lead], [names[a] for a in t.partners], t.timeframe.due)
           for t in plan.tasks]
    assert [(title, lead, partners) for title, lead, partners, _ in got] == [
        ("Rà soát dữ liệu dân cư", ["Công an tỉnh"], ["Sở Tư pháp"]),
        ("Số hóa hồ sơ hộ tịch", ["Sở Tư pháp"], ["Công an tỉnh"])]
    assert [str(due) for *_, due in got] == ["2026-03-31", "2026-06-30"]


def test_text_between_bars_is_no_table() -> None:
    """One bordered line, or bordered lines of different widths, stay text."""
    lines = ["| Ghi chú: số liệu tạm tính |", "| a | b |", "| a | b | c |"]
    assert not [b for b in blocks_from_text("\n".join(lines)) if type(b).__name__ == "Table"]
