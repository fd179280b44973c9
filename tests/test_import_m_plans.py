"""The families the m plans and last round's leftovers showed (round 16, helper fix7;
made-up text, not the corpus's):

* a class of bodies named by the work it does ("… và đơn vị thực hiện dịch vụ vệ sinh môi
  trường") heads its duties: "thực hiện" there is a word of its name, not its first verb;
* a periodic monthly report that names no day ("báo cáo số liệu định kỳ hằng tháng theo quy
  định"): monthly, with a warning, and no period tracked (never a made-up 15th).
"""

from __future__ import annotations

import planflow
from planflow_import.agencies import split_agencies
from planflow_vn.reporting import read_regime
from planflow_import.sections import agency_heading

from .made_up import SIGNED, plan_head, read_plan


def _tasks(result: planflow.ImportResult) -> list[tuple[str, list[str], planflow.Timeframe]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead], t.timeframe) for t in result.plan.tasks]


def test_a_class_of_bodies_named_by_the_work_it_does_keeps_its_name() -> None:
    name = "Các doanh nghiệp vận tải hành khách và đơn vị thực hiện dịch vụ chiếu sáng công cộng trên địa bàn tỉnh"
    assert agency_heading(f"{name}.") == [name]
    assert split_agencies(name) == [name]
    assert agency_heading("Các nhà thầu thực hiện gói thầu cải tạo vỉa hè:") == \
        ["Các nhà thầu thực hiện gói thầu cải tạo vỉa hè"]
    # a body that carries out the work: its verb ends its name
    assert agency_heading("Sở Xây dựng thực hiện các dự án cải tạo vỉa hè trên các tuyến phố chính.") == ["Sở Xây dựng"]
    assert agency_heading("Các đơn vị thực hiện nghiêm việc che chắn công trình xây dựng:") in (None, ["Các đơn vị"])


def test_the_duties_of_a_class_named_by_its_work_are_led_by_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = plan_head("41", "Bảo đảm vệ sinh đô thị dịp Tết Nguyên đán", "Giữ đô thị sạch đẹp.") + (
        "II. NHIỆM VỤ\n"
        "1. Sở Xây dựng:\n"
        "- Kiểm tra việc che chắn công trình xây dựng trên các tuyến phố chính.\n"
        "2. Các doanh nghiệp vận tải hành khách và đơn vị thực hiện dịch vụ chiếu sáng công cộng trên địa bàn tỉnh.\n"
        "- Vệ sinh phương tiện, nhà chờ trước ngày 10/02/2026.\n"
        "- Không để đèn chiếu sáng hư hỏng trên các tuyến phố chính.\n" + SIGNED)
    tasks = _tasks(read_plan(tmp_path, text))
    lit = [lead for title, lead, _ in tasks if title.startswith(("Vệ sinh phương tiện", "Không để đèn"))]
    assert lit and all(lead == ["Các doanh nghiệp vận tải hành khách và đơn vị thực hiện dịch vụ chiếu sáng "
                                "công cộng trên địa bàn tỉnh"] for lead in lit), tasks


def test_a_periodic_monthly_report_with_no_day_is_monthly_and_makes_up_no_day(tmp_path) -> None:  # type: ignore[no-untyped-def]
    said = "Các phòng, ban gửi số liệu báo cáo định kỳ hằng tháng về Văn phòng theo quy định tại Kế hoạch này."
    regime = read_regime(said)
    assert regime is not None and regime.cadence == "monthly"
    assert regime.params.get("day_stated") is False and "day" not in regime.params
    assert any("no due day" in str(w) for w in regime.warnings)
    # with its day, a monthly report is tracked as before
    dated = read_regime("Các phòng, ban gửi báo cáo định kỳ trước ngày 20 hằng tháng về Văn phòng.")
    assert dated is not None and dated.cadence == "monthly" and dated.params["day"] == 20
    assert "day_stated" not in dated.params
    # a month's turn in a duty's words, no periodic regime named: not read as one
    loose = read_regime("Tổng hợp kết quả, trình Lãnh đạo Sở báo cáo Chủ tịch UBND tỉnh hằng tháng.")
    assert loose is not None and loose.cadence == "unresolved"
    text = plan_head("42", "Theo dõi giá vật liệu xây dựng năm 2026", "Nắm chắc diễn biến giá.") + (
        "II. NHIỆM VỤ\n1. Sở Xây dựng theo dõi giá vật liệu xây dựng trên địa bàn.\n"
        "III. TỔ CHỨC THỰC HIỆN\n" + said + "\n" + SIGNED)
    result = read_plan(tmp_path, text)
    plan = result.plan
    assert plan.regime is not None and plan.regime.cadence == "monthly"
    assert planflow.report_periods(plan) == []
    # written and read back, the day is still unstated (never the default 15th)
    (tmp_path / "plan.toml").write_text(planflow.dumps_plan(plan), encoding="utf-8")
    back = planflow.load(tmp_path / "plan.toml")
    assert back.regime is not None and back.regime.params.get("day_stated") is False
    assert planflow.report_periods(back) == []
