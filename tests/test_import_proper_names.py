"""A body's name printed in capitals (a letterhead, an agency heading, a table's lead
column) is written in sentence case with the names it holds that keep their capitals:
"ĐẢNG ĐOÀN QUỐC HỘI" is "Đảng đoàn Quốc hội" in every report and letter planflow writes,
not "Đảng đoàn quốc hội". Made-up names and a made-up plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from planflow_import import read_text_file
from planflow_import.agencies import sentence_case

from .made_up import SIGNED, plan_head


@pytest.mark.parametrize("caps, said", [
    ("ĐẢNG ĐOÀN QUỐC HỘI", "Đảng đoàn Quốc hội"),
    ("VĂN PHÒNG QUỐC HỘI", "Văn phòng Quốc hội"),
    ("THANH TRA CHÍNH PHỦ", "Thanh tra Chính phủ"),
    ("BAN THƯỜNG VỤ TỈNH ỦY", "Ban Thường vụ Tỉnh ủy"),
    ("BAN THƯỜNG VỤ HUYỆN UỶ BA VÌ", "Ban Thường vụ Huyện ủy Ba Vì"),
    ("TỈNH ỦY LÀO CAI", "Tỉnh ủy Lào Cai"),
    ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Đảng ủy Khối các cơ quan tỉnh"),
    ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI",
     "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai"),
    ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "Tổng Liên đoàn Lao động Việt Nam"),
    ("ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH", "Hội Liên hiệp Phụ nữ tỉnh"),
    ("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "Ban Quản lý các khu công nghiệp"),
    ("ỦY BAN NHÂN DÂN KHU PHỐ 3", "Ủy ban nhân dân khu phố 3"),
    ("BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH",
     "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh"),
    ("SỞ KH&CN", "Sở KH&CN"),
    ("PHÒNG LĐ-TB&XH", "Phòng LĐ-TB&XH"),
    # unchanged: what was right before
    ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Ủy ban nhân dân tỉnh Bắc Ninh"),
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
    ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và Xã hội"),
    ("BỘ CÔNG AN", "Bộ Công an"),
    ("BẢO HIỂM XÃ HỘI TỈNH", "Bảo hiểm xã hội tỉnh"),
])
def test_names_inside_a_name_keep_their_capitals(caps: str, said: str) -> None:
    assert sentence_case(caps) == said


def test_duties_under_a_heading_in_capitals_name_their_lead_as_written(tmp_path: Path) -> None:
    text = (plan_head("31", "Tổng kết công tác dân vận năm 2026", "Tổng kết đầy đủ, khách quan.")
            + "II. TỔ CHỨC THỰC HIỆN\n"
            "1. ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH\n"
            "- Chủ trì tổ chức hội nghị tổng kết, hoàn thành trong Quý III/2026.\n"
            "2. TỈNH ĐOÀN\n"
            "- Phát động phong trào thanh niên tình nguyện, hoàn thành trong Quý II/2026.\n"
            + SIGNED)
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    plan = read_text_file(path).plan
    names = {a.id: a.name for a in plan.agencies}
    leads = [names[t.lead[0]] for t in plan.tasks]
    assert leads[0] == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", leads
