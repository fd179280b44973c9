"""An indicator table ("TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì …") is a task
table only when each indicator is assigned to a body that leads it; a column naming the
body that monitors it ("Cơ quan chủ trì theo dõi, đánh giá") makes it a table of targets,
kept as text. Made-up text."""

from __future__ import annotations

from pathlib import Path

import pytest

import planflow
from planflow_import import read_text_file

from .made_up import SIGNED, plan_head

HEAD = plan_head("161", "Phát triển dịch vụ công trực tuyến giai đoạn 2026 - 2028",
                 "Nâng cao chất lượng dịch vụ công trực tuyến.")
BODY = """\
II. NHIỆM VỤ
1. Sở Khoa học và Công nghệ chủ trì nâng cấp cổng dịch vụ công của tỉnh; hoàn thành trong quý IV/2026.
2. Văn phòng UBND tỉnh chủ trì rà soát các thủ tục hành chính; hoàn thành trong quý II/2026.

"""
TABLE = """\
| TT | Chỉ tiêu | Đơn vị | Kết quả | {lead} |
|---|---|---|---|---|
| 1 | Tỉ lệ dịch vụ công trực tuyến toàn trình | % | 100% | Văn phòng UBND tỉnh |
| 2 | Tỉ lệ người dân hài lòng khi sử dụng dịch vụ công | % | 95% | Sở Khoa học và Công nghệ |

"""


def _read(tmp_path: Path, lead_head: str) -> planflow.ImportResult:
    path = tmp_path / "plan.md"
    path.write_text(HEAD + BODY + TABLE.format(lead=lead_head) + SIGNED, encoding="utf-8")
    return read_text_file(path, markdown=True)


def test_indicators_a_body_monitors_are_targets_not_tasks(tmp_path):
    result = _read(tmp_path, "Cơ quan chủ trì theo dõi, đánh giá")
    titles = [t.title for t in result.plan.tasks]
    assert len(titles) == 2 and not any(t.startswith("Tỉ lệ") for t in titles)
    assert any(getattr(w, "key", "") == "table_kept" for w in result.warnings)


@pytest.mark.parametrize("lead_head", ["Cơ quan chủ trì", "Đơn vị chủ trì thực hiện"])
def test_indicators_assigned_to_a_lead_are_tasks(tmp_path, lead_head):
    result = _read(tmp_path, lead_head)
    assert sum(t.title.startswith("Tỉ lệ") for t in result.plan.tasks) == 2
