"""Label words offices use besides the usual ones: "Thời gian hoàn tất:" (a step's time,
as "Thời gian hoàn thành:"). Made-up text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import planflow
from planflow_import import read_text_file

from .made_up import SIGNED, plan_head

HEAD = plan_head("132", "Triển khai chương trình phát triển nhà ở năm 2026",
                 "Bảo đảm tiến độ các bước chuẩn bị.")


@pytest.mark.parametrize("label", ["Thời gian hoàn tất", "Thời hạn hoàn tất"])
def test_a_time_labelled_hoan_tat(tmp_path: Path, label: str) -> None:
    body = ("II. NỘI DUNG\n"
            "1. Lập danh mục các dự án nhà ở xã hội.\n"
            "- Đơn vị thực hiện: Sở Xây dựng.\n"
            f"- {label}: trước ngày 30/6/2026.\n"
            "2. Công bố danh mục trên Cổng thông tin điện tử.\n"
            "- Đơn vị thực hiện: Sở Xây dựng.\n"
            f"- {label} trong Quý III/2026.\n"
            "III. TỔ CHỨC THỰC HIỆN\nSở Xây dựng theo dõi, đôn đốc.\n")
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + body + SIGNED, encoding="utf-8")
    plan = read_text_file(path).plan
    times = {t.title[:12]: t.timeframe for t in plan.tasks}
    first = next(tf for k, tf in times.items() if k.startswith("Lập danh"))
    second = next(tf for k, tf in times.items() if k.startswith("Công bố"))
    assert first.kind is planflow.Kind.DEADLINE and first.due == date(2026, 6, 29)
    assert second.kind is planflow.Kind.WINDOW and second.due == date(2026, 9, 30)
