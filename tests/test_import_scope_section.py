"""A section naming whom a plan concerns ("II. ĐỐI TƯỢNG KIỂM TRA, GIÁM SÁT", "PHẠM VI, ĐỐI
TƯỢNG"), as a commune's election-supervision plan (gh_f04) writes it, in made-up wordings:
its items say who is checked ("1. Đối tượng kiểm tra" / "Ban Thường trực … kiểm tra công tác
… đối với …"), no duties; the plan's tasks are its content's (task count 13 -> 11 there)."""

from __future__ import annotations

from pathlib import Path

from .made_up import SIGNED, plan_head, read_plan

BODY = """\
II. ĐỐI TƯỢNG KIỂM TRA, GIÁM SÁT
1. Đối tượng kiểm tra
Ban Thường trực Ủy ban MTTQ xã kiểm tra công tác bầu cử đối với các Ban công tác Mặt trận thôn.
2. Đối tượng giám sát
Ban Thường trực Ủy ban MTTQ xã giám sát công tác bầu cử đối với Ủy ban bầu cử xã.
III. NỘI DUNG KIỂM TRA, GIÁM SÁT
1. Giám sát việc lập, niêm yết danh sách cử tri
- Việc niêm yết danh sách cử tri đúng nơi quy định.
* Thời gian thực hiện: Từ ngày 03/02/2026 đến ngày 15/3/2026.
2. Giám sát việc kiểm phiếu
- Việc kiểm phiếu công khai, đúng trình tự.
* Thời gian thực hiện: Từ ngày 15/3/2026 đến ngày 20/3/2026.
"""


def test_a_scope_section_gives_no_tasks(tmp_path: Path) -> None:
    text = plan_head("15", "Kiểm tra, giám sát bầu cử năm 2026", "Bảo đảm bầu cử đúng luật.") + BODY + SIGNED
    titles = [t.title for t in read_plan(tmp_path, text).plan.tasks]
    assert titles == ["Giám sát việc lập, niêm yết danh sách cử tri", "Giám sát việc kiểm phiếu"], titles
