"""Who leads and who works with them, when a duty's sentence names them as its subject:
"Công an tỉnh phối hợp với Sở Tư pháp tổ chức …" (Sở Tư pháp a partner), a body renamed
or merged named by its former name "Sở Kế hoạch và Đầu tư (nay là Sở Tài chính)" (the body
now leads), "Đài … mở chuyên mục …" (the name ends before what it does). Made-up plans."""

from __future__ import annotations

from pathlib import Path

import pytest

from planflow_import import read_text_file
from planflow_import.agencies import split_agencies

from .made_up import SIGNED, plan_head

DUTIES = [
    ("Công an tỉnh phối hợp với Sở Tư pháp tổ chức tập huấn nghiệp vụ",
     ["Công an tỉnh"], ["Sở Tư pháp"]),
    ("Sở Giáo dục và Đào tạo phối hợp Sở Y tế, UBND các huyện kiểm tra an toàn thực phẩm",
     ["Sở Giáo dục và Đào tạo"], ["Sở Y tế", "UBND các huyện"]),
    ("Sở Kế hoạch và Đầu tư (nay là Sở Tài chính) chủ trì thẩm định dự án",
     ["Sở Tài chính"], []),
    ("Báo Quảng Nam, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục tuyên truyền",
     ["Báo Quảng Nam", "Đài Phát thanh và Truyền hình tỉnh"], []),
    ("Văn phòng UBND tỉnh theo dõi, đôn đốc việc triển khai thực hiện",
     ["Văn phòng UBND tỉnh"], []),
]


def _plan(tmp_path: Path) -> Path:
    items = "\n".join(f"{k}. {s}, hoàn thành trong Quý II/2026." for k, (s, _, _) in
                      enumerate(DUTIES, 1))
    path = tmp_path / "plan.txt"
    path.write_text(plan_head("12", "Thực hiện cải cách hành chính năm 2026", "Nâng cao hiệu quả.")
                    + "II. NHIỆM VỤ CỤ THỂ\n" + items + "\nIII. TỔ CHỨC THỰC HIỆN\nCác cơ quan, "
                    "đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.\n" + SIGNED,
                    encoding="utf-8")
    return path


def test_each_duty_has_its_lead_and_partners(tmp_path: Path) -> None:
    plan = read_text_file(_plan(tmp_path)).plan
    names = {a.id: a.name for a in plan.agencies}
    got = [([names[a] for a in t.lead], [names[a] for a in t.partners]) for t in plan.tasks]
    assert got == [(lead, partners) for _, lead, partners in DUTIES]


@pytest.mark.parametrize(("phrase", "names"), [
    ("Sở Kế hoạch và Đầu tư (nay là Sở Tài chính)", ["Sở Tài chính"]),
    ("Sở Y tế, Bộ Nông nghiệp và Phát triển nông thôn (nay là Bộ Nông nghiệp và Môi trường)",
     ["Sở Y tế", "Bộ Nông nghiệp và Môi trường"]),
    # other words in brackets are not a new name
    ("Sở Nội vụ (cơ quan thường trực)", ["Sở Nội vụ (cơ quan thường trực)"]),
])
def test_a_body_named_by_its_former_name_is_the_body_now(phrase: str, names: list[str]) -> None:
    assert split_agencies(phrase) == names


HEADED = """III. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường
- Chủ trì tham mưu UBND tỉnh chỉ đạo công tác phòng, chống thiên tai, hoàn thành trước ngày 31/5/2026.
- Phối hợp với Sở Tài chính bố trí kinh phí dự phòng.
- Chủ trì, phối hợp với Công an tỉnh, UBND các huyện tổ chức diễn tập, hoàn thành trong Quý III/2026.
2. Sở Tài chính
- Bố trí kinh phí cho công tác phòng, chống thiên tai trong Quý II/2026.
"""


def test_a_duty_under_its_agency_names_its_partners(tmp_path: Path) -> None:
    """Under "1. Sở Nông nghiệp và Môi trường", "- Phối hợp với Sở Tài chính bố trí …" is
    the heading's duty with Sở Tài chính its partner (the partner was dropped)."""
    path = tmp_path / "plan.txt"
    path.write_text(plan_head("41", "Phòng, chống thiên tai năm 2026", "Chủ động phòng ngừa.")
                    + "II. NHIỆM VỤ\nThực hiện các nhiệm vụ sau.\n" + HEADED + SIGNED,
                    encoding="utf-8")
    plan = read_text_file(path).plan
    names = {a.id: a.name for a in plan.agencies}
    got = [([names[a] for a in t.lead], [names[a] for a in t.partners]) for t in plan.tasks]
    assert got == [(["Sở Nông nghiệp và Môi trường"], []),
                   (["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính"]),
                   (["Sở Nông nghiệp và Môi trường"], ["Công an tỉnh", "UBND các huyện"]),
                   (["Sở Tài chính"], [])]


@pytest.mark.parametrize("name", [
    "Hạt Kiểm lâm huyện Nam Giang", "Đồn Biên phòng Lý Sơn", "Viettel Quảng Nam",
    "VNPT Quảng Nam", "Cảng vụ Hàng hải Quảng Nam", "Thông tấn xã Việt Nam",
    "Vườn quốc gia Bạch Mã", "Đại học Đà Nẵng", "Tổ công tác 06 tỉnh",
])
def test_units_named_by_what_they_are_lead(tmp_path: Path, name: str) -> None:
    """A forest rangers' unit, a border post, a port authority, a state firm known by its
    brand, a national park, a university, a working group lead the duty they open."""
    path = tmp_path / "plan.txt"
    path.write_text(plan_head("12", "Thực hiện cải cách hành chính năm 2026", "Nâng cao hiệu quả.")
                    + f"II. NHIỆM VỤ CỤ THỂ\n1. {name} chủ trì tổ chức tuyên truyền, hoàn "
                    "thành trong Quý II/2026.\n2. Sở Nội vụ chủ trì kiểm tra, hoàn thành trong "
                    "Quý III/2026.\n" + SIGNED, encoding="utf-8")
    plan = read_text_file(path).plan
    names = {a.id: a.name for a in plan.agencies}
    assert [names[a] for a in plan.tasks[0].lead] == [name]
