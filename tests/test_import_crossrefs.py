"""Duties that point at the plan's own items ("Chủ trì thực hiện nhiệm vụ tại mục 1, 2 và 3
Phần II"): the items are the tasks; the duty gives their lead (or partners) and time. A
duty pointing at an item that does not exist stays a duty. The reporting sentence to
every unit after the agencies' duties is the plan's regime, not a duty."""

from __future__ import annotations

from pathlib import Path

import pytest

import planflow
from planflow_import import read_text_file

from .made_up import SIGNED, plan_head

HEAD = plan_head("120", "Phát triển du lịch cộng đồng năm 2026",
                 "Phát triển du lịch cộng đồng bền vững.")
TAIL = """\
Các đơn vị báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 10/12/2026.
""" + SIGNED
ITEMS = """\
II. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát thực trạng các điểm du lịch cộng đồng.
2. Xây dựng bộ tiêu chí công nhận điểm du lịch cộng đồng.
- Lấy ý kiến các địa phương.
3. Tổ chức tập huấn kỹ năng làm du lịch cho người dân.
4. Quảng bá sản phẩm du lịch cộng đồng trên nền tảng số.
"""


def _read(tmp_path: Path, duties: str) -> planflow.ImportResult:
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + ITEMS + "III. TỔ CHỨC THỰC HIỆN\n" + duties + TAIL, encoding="utf-8")
    return read_text_file(path)


def _rows(result: planflow.ImportResult) -> list[tuple[str, list[str], list[str], object]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title.rstrip("."), [names[i] for i in t.lead], [names[i] for i in t.partners],
             t.timeframe.end) for t in result.plan.tasks]


def test_items_led_as_the_duties_say(tmp_path):
    from datetime import date

    result = _read(tmp_path, """\
1. Sở Văn hóa, Thể thao và Du lịch
Chủ trì thực hiện nhiệm vụ tại mục 1, 2 và 3 Phần II Kế hoạch này; hoàn thành trong Quý III/2026.
2. Sở Khoa học và Công nghệ
Chủ trì thực hiện nhiệm vụ tại mục 4 Phần II; hoàn thành trong tháng 11/2026.
3. UBND các xã, phường
Phối hợp thực hiện các nhiệm vụ nêu trên.
""")
    vh, kh, xa = "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "UBND các xã, phường"
    assert _rows(result) == [
        ("Rà soát thực trạng các điểm du lịch cộng đồng", [vh], [xa], date(2026, 9, 30)),
        ("Xây dựng bộ tiêu chí công nhận điểm du lịch cộng đồng", [vh], [xa], date(2026, 9, 30)),
        ("Tổ chức tập huấn kỹ năng làm du lịch cho người dân", [vh], [xa], date(2026, 9, 30)),
        ("Quảng bá sản phẩm du lịch cộng đồng trên nền tảng số", [kh], [xa], date(2026, 11, 30)),
    ]
    assert "Lấy ý kiến các địa phương" in " ".join(result.plan.tasks[1].content)
    assert any("read from the items the duties point at" in w for w in result.warnings)
    # the reporting sentence is the regime, not a task
    assert result.plan.regime is not None and "báo cáo kết quả" in result.plan.regime.text
    assert not [p for p in planflow.validate(result.plan) if p.severity is planflow.Severity.ERROR]


def test_a_partner_pointing_at_an_item(tmp_path):
    result = _read(tmp_path, """\
1. Sở Văn hóa, Thể thao và Du lịch
Chủ trì thực hiện nhiệm vụ tại mục 1, 2, 3 và 4 Phần II; hoàn thành trong năm 2026.
2. Sở Tài chính
Phối hợp thực hiện nhiệm vụ tại mục 2 Phần II.
""")
    rows = _rows(result)
    assert [r[2] for r in rows] == [[], ["Sở Tài chính"], [], []]


@pytest.mark.parametrize("missing", ["mục 7 Phần II", "mục 1 Phần V"])
def test_a_duty_pointing_at_nothing_stays_a_duty(tmp_path, missing):
    result = _read(tmp_path, f"""\
1. Sở Văn hóa, Thể thao và Du lịch
Chủ trì thực hiện nhiệm vụ tại {missing}; hoàn thành trong Quý III/2026.
2. Sở Tài chính
Bố trí kinh phí thực hiện Kế hoạch; hoàn thành trong Quý I/2026.
""")
    titles = [t.title for t in result.plan.tasks]
    assert titles[0] == f"Chủ trì thực hiện nhiệm vụ tại {missing}"
    assert not any("point at" in w for w in result.warnings)
