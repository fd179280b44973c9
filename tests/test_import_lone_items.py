"""Numbered one-line items of a section of tasks, some naming their lead (in brackets, as
the subject of their sentence, "có trách nhiệm"), some naming none: each is a task, the
latter with no lead (noted), never dropped, when at least two items of their level name
theirs; a subject listing bodies apart with ";" leads its item. Made-up text."""

from __future__ import annotations

from pathlib import Path

import planflow
from planflow_import import read_text_file

from .made_up import SIGNED, plan_head

HEAD = plan_head("151", "Bảo vệ bí mật nhà nước năm 2026",
                 "Nâng cao ý thức bảo vệ bí mật nhà nước.")
TAIL = """\
III. PHÂN CÔNG NHIỆM VỤ
1. Công an tỉnh
- Hướng dẫn các cơ quan, đơn vị thực hiện Luật Bảo vệ bí mật nhà nước.
2. Sở Nội vụ
- Phối hợp với Công an tỉnh kiểm tra công tác văn thư, lưu trữ.
"""


def _read(tmp_path: Path, body: str) -> planflow.ImportResult:
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + body + TAIL + SIGNED, encoding="utf-8")
    return read_text_file(path)


def _rows(result: planflow.ImportResult) -> list[tuple[str, list[str]]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead]) for t in result.plan.tasks]


def test_items_naming_no_lead_among_items_that_do(tmp_path):
    result = _read(tmp_path, """\
II. NỘI DUNG CÔNG TÁC
1. Các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện, thị xã tiếp tục tổ chức tập huấn về bảo vệ bí mật nhà nước.
2. Tiếp tục thực hiện tốt các quy định về sao, chụp tài liệu chứa bí mật nhà nước.
3. Xây dựng Quy chế bảo vệ bí mật nhà nước của tỉnh (Giao Công an tỉnh chủ trì, phối hợp với Sở Tư pháp).
4. Thành lập Đoàn kiểm tra việc chấp hành quy định về bảo vệ bí mật nhà nước (Giao Công an tỉnh tham mưu).
""")
    rows = _rows(result)
    assert rows[:4] == [
        ("Các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện, thị xã tiếp tục tổ chức tập "
         "huấn về bảo vệ bí mật nhà nước", ["Các sở, ban, ngành trực thuộc UBND tỉnh",
                                            "UBND các huyện, thị xã"]),
        ("Tiếp tục thực hiện tốt các quy định về sao, chụp tài liệu chứa bí mật nhà nước", []),
        ("Xây dựng Quy chế bảo vệ bí mật nhà nước của tỉnh", ["Công an tỉnh"]),
        ("Thành lập Đoàn kiểm tra việc chấp hành quy định về bảo vệ bí mật nhà nước",
         ["Công an tỉnh"]),
    ]
    assert any("its own lead not read: a task of its own" in str(w) for w in result.warnings)


def test_one_item_naming_its_lead_makes_no_list_of_tasks(tmp_path):
    # only one item of the level names its lead: the others are not read as tasks
    result = _read(tmp_path, """\
II. NỘI DUNG CÔNG TÁC
1. Tiếp tục thực hiện tốt các quy định về sao, chụp tài liệu chứa bí mật nhà nước.
2. Tiếp tục chấp hành tốt các quy định về sử dụng con dấu và sổ theo dõi tài liệu mật.
3. Xây dựng Quy chế bảo vệ bí mật nhà nước của tỉnh (Giao Công an tỉnh chủ trì, phối hợp với Sở Tư pháp).
""")
    titles = [t for t, _ in _rows(result)]
    assert not any(t.startswith("Tiếp tục") for t in titles)
