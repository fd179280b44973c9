"""A task table's columns that no field of a task reads ("Kinh phí", "Ghi chú", a second
column of the task's words such as "Chỉ tiêu đạt được") are kept as each task's words
("Kinh phí: 200 triệu đồng"): they were dropped without a word. Made-up plans."""

from __future__ import annotations

from pathlib import Path

import planflow
from planflow import RenderContext
from planflow_docs import render_text

from .made_up import SIGNED, plan_head, read_plan

TABLE = (
    "II. NHIỆM VỤ\n\n"
    "| STT | Nhiệm vụ | Chỉ tiêu đạt được | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Kinh phí | Ghi chú |\n"
    "|---|---|---|---|---|---|---|---|\n"
    "| 1 | Xây dựng cơ sở dữ liệu đất đai | 100% thửa đất được số hóa | Sở Nông nghiệp và Môi trường | Sở Tài chính | Quý IV/2026 | 2.500 triệu đồng | Vốn sự nghiệp |\n"
    "| 2 | Tập huấn cán bộ địa chính cấp xã | 300 lượt cán bộ | Sở Nội vụ | UBND các xã | Tháng 9/2026 | | |\n\n")


def read(tmp_path: Path, text: str) -> planflow.ImportResult:
    return read_plan(tmp_path, text, "plan.md")


def test_cells_no_field_reads_are_kept_as_the_tasks_words(tmp_path):
    r = read(tmp_path, plan_head("31", "Chuyển đổi số ngành đất đai năm 2026",
                                 "- Hoàn thành cơ sở dữ liệu đất đai.") + TABLE + SIGNED)
    first, second = r.plan.tasks
    assert first.title.startswith("Xây dựng cơ sở dữ liệu đất đai")
    assert first.content == ("Chỉ tiêu đạt được: 100% thửa đất được số hóa",
                             "Kinh phí: 2.500 triệu đồng", "Ghi chú: Vốn sự nghiệp")
    assert second.content == ("Chỉ tiêu đạt được: 300 lượt cán bộ",)  # empty cells: nothing
    assert first.timeframe.text == "Quý IV/2026" and second.timeframe.text == "Tháng 9/2026"
    text = render_text(r.plan, RenderContext()).decode("utf-8")
    assert "Kinh phí: 2.500 triệu đồng" in text and "Ghi chú: Vốn sự nghiệp" in text


def test_a_table_whose_every_column_is_read_adds_nothing(tmp_path):
    table = ("II. NHIỆM VỤ\n\n| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành | Sản phẩm |\n"
             "|---|---|---|---|---|\n"
             "| 1 | Xây dựng cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường | Quý IV/2026 | Cơ sở dữ liệu |\n\n")
    r = read(tmp_path, plan_head("32", "Chuyển đổi số năm 2026", "- Hoàn thành.") + table + SIGNED)
    (task,) = r.plan.tasks
    assert task.content == () and task.output == "Cơ sở dữ liệu"
