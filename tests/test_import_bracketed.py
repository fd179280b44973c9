"""Items closing with their lead in brackets, under headings that say when (event and
campaign plans): each a task led by the body in its brackets, timed by its brackets or
its heading; read only when no other form of tasks is found and at least two items are
written so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import import read_text_file

from .made_up import SIGNED, plan_head

HEAD = plan_head("121", "Triển khai Tháng hành động vì an toàn thực phẩm năm 2026",
                 "Nâng cao nhận thức về an toàn thực phẩm.")
TAIL = """\
III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả về Sở Y tế trước ngày 25/5/2026.
""" + SIGNED


def _read(tmp_path: Path, body: str) -> planflow.ImportResult:
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + body + TAIL, encoding="utf-8")
    return read_text_file(path)


def _rows(result: planflow.ImportResult) -> list[tuple[str, list[str], list[str], date | None]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead], [names[i] for i in t.partners], t.timeframe.end)
            for t in result.plan.tasks]


def test_items_led_in_brackets_timed_by_their_phase(tmp_path):
    result = _read(tmp_path, """\
II. NỘI DUNG, THỜI GIAN THỰC HIỆN
1. Giai đoạn chuẩn bị (từ ngày 01/4 đến ngày 14/4/2026)
- Ban hành kế hoạch triển khai (Sở Y tế).
- Chuẩn bị tài liệu tuyên truyền (Sở Văn hóa, Thể thao và Du lịch).
2. Giai đoạn cao điểm (từ ngày 15/4 đến ngày 15/5/2026)
+ Tổ chức lễ phát động (Sở Y tế chủ trì, phối hợp với UBND các xã, phường).
+ Kiểm tra các chợ (Sở Công Thương; hoàn thành trước ngày 10/5/2026).
3. Quý IV/2026:
a) Sơ kết công tác bảo đảm an toàn thực phẩm (Sở Y tế).
""")
    yt, vh, ct = "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Sở Công Thương"
    assert _rows(result) == [
        ("Ban hành kế hoạch triển khai", [yt], [], date(2026, 4, 14)),
        ("Chuẩn bị tài liệu tuyên truyền", [vh], [], date(2026, 4, 14)),
        ("Tổ chức lễ phát động", [yt], ["UBND các xã, phường"], date(2026, 5, 15)),
        # its own time: "trước ngày 10/5/2026" (a Sunday), the last working day before it
        ("Kiểm tra các chợ", [ct], [], date(2026, 5, 8)),
        ("Sơ kết công tác bảo đảm an toàn thực phẩm", [yt], [], date(2026, 12, 31)),
    ]
    assert any("closing with their lead in brackets" in w for w in result.warnings)
    # the section they came from is read, not kept as text
    assert not any("II. NỘI DUNG" in w and "not read" in w for w in result.warnings)


def test_one_bracket_is_no_list_of_tasks(tmp_path):
    result = _read(tmp_path, """\
II. NỘI DUNG
Tăng cường kiểm tra an toàn thực phẩm tại các chợ (Sở Công Thương).
Tuyên truyền rộng rãi trên các phương tiện thông tin đại chúng.
""")
    assert not any("closing with their lead in brackets" in w for w in result.warnings)


def test_numbered_items_given_to_a_body_in_brackets(tmp_path):
    # "(Giao X chủ trì, phối hợp với Y; Z tham mưu)": X leads (the clause after the ";"
    # inside the brackets is no sentence of its own); "(Giao X tham mưu)": X leads
    result = _read(tmp_path, """\
II. NỘI DUNG CÔNG TÁC
1. Xây dựng Quy chế bảo vệ bí mật nhà nước của tỉnh (Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp và các cơ quan có liên quan tham mưu).
2. Thành lập Đoàn kiểm tra tại các sở, ban, ngành; UBND các huyện (Giao Công an tỉnh tham mưu).
""")
    ca = "Công an tỉnh"
    got = _rows(result)
    assert [(t, lead, partners) for t, lead, partners, _ in got] == [
        ("Xây dựng Quy chế bảo vệ bí mật nhà nước của tỉnh", [ca], ["Văn phòng UBND tỉnh"]),
        ("Thành lập Đoàn kiểm tra tại các sở, ban, ngành; UBND các huyện", [ca], []),
    ]
