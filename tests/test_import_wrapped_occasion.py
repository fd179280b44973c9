"""A numbered task wrapped just before a capitalised word that names no agency ("… dịp" |
"Tết …", "… hưởng ứng" | "Ngày Pháp luật …", "… Luật" | "Đất đai …"): the item's words go
on, it is no short heading over its text (round 16, helper fix8). Made-up text."""

from __future__ import annotations

from pathlib import Path

import pytest

from planflow_import import read_text_file

HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 41/KH-UBND
Hòa Bình, ngày 12 tháng 02 năm 2026
KẾ HOẠCH
Kiểm tra liên ngành năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
II. NHIỆM VỤ
"""

ITEM = """- Đơn vị chủ trì: Sở Y tế.
- Thời gian hoàn thành: Quý I/2026.
2. Rà soát các chợ đầu mối.
- Đơn vị chủ trì: Sở Công Thương.
- Thời gian hoàn thành: Quý II/2026.
"""


@pytest.mark.parametrize(("first", "second", "title"), [
    ("1. Biên soạn kế hoạch kiểm tra liên ngành dịp", "Tết theo quy định.",
     "Biên soạn kế hoạch kiểm tra liên ngành dịp Tết theo quy định"),
    ("b) Tổ chức đợt tuyên truyền nhân dịp", "Quốc khánh 2/9.",
     "Tổ chức đợt tuyên truyền nhân dịp Quốc khánh 2/9"),
    ("1. Tổ chức các hoạt động hưởng ứng", "Ngày Pháp luật Việt Nam.",
     "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam"),
    ("1. Phổ biến các quy định mới của Luật", "Đất đai năm 2024.",
     "Phổ biến các quy định mới của Luật Đất đai năm 2024"),
])
def test_the_item_goes_on_over_the_capitalised_name(tmp_path: Path, first: str, second: str, title: str) -> None:
    item = ITEM.replace("2. ", "c) " if first.startswith("b)") else "2. ")
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + f"{first}\n{second}\n" + item, encoding="utf-8")
    titles = [t.title.rstrip(".") for t in read_text_file(path).plan.tasks]
    assert title in titles, titles


def test_a_short_heading_over_its_text_stays_apart(tmp_path: Path) -> None:
    # "1. Kiểm tra liên ngành" | "Tổ chức kiểm tra …": the heading's text on the next line
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + "1. Kiểm tra liên ngành\nTổ chức kiểm tra các cơ sở kinh doanh.\n" + ITEM,
                    encoding="utf-8")
    titles = [t.title for t in read_text_file(path).plan.tasks]
    assert not any(t.startswith("Kiểm tra liên ngành Tổ chức") for t in titles), titles
