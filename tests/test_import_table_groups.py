"""A task table's group rows ("I | XÂY DỰNG VĂN BẢN …", "1 | Nhóm …" above "1.1") are
kept as subsections naming the tasks under them, and printed again over their tasks; a
plan whose sections hold no tasks (an appendix's rows) still prints every task. Made-up
plans (tests/made_up.py)."""

from __future__ import annotations

from pathlib import Path

import planflow
from planflow import RenderContext
from planflow_docs import render_text

from .made_up import SIGNED, plan_head, read_plan

HEAD = "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
ROWS = ("| I | XÂY DỰNG VĂN BẢN, CƠ CHẾ, CHÍNH SÁCH | | | |\n"
        "| 1 | Rà soát văn bản về phòng thủ dân sự | Sở Tư pháp | Các sở, ngành | Quý II/2026 |\n"
        "| 2 | Ban hành quy chế phối hợp | Bộ Chỉ huy Quân sự tỉnh | Công an tỉnh | Quý III/2026 |\n"
        "| II | TUYÊN TRUYỀN, TẬP HUẤN | | | |\n"
        "| 1 | Tuyên truyền trên báo, đài | Sở Văn hóa, Thể thao và Du lịch | Báo Quảng Nam | Quý IV/2026 |\n")


def read(tmp_path: Path, text: str) -> planflow.ImportResult:
    return read_plan(tmp_path, text, "plan.md")


def _groups(plan: planflow.Plan) -> list[tuple[str | None, str, list[str]]]:
    titles = {t.id: t.title for t in plan.tasks}
    return [(s.number, s.heading, [titles[i][:20] for i in s.tasks])
            for top in plan.sections for s in top.walk() if s is not top and s.role in ("tasks", "text")
            and s.heading.isupper()]


def test_group_rows_are_subsections_of_the_tasks_section(tmp_path):
    r = read(tmp_path, plan_head("40", "Phòng thủ dân sự năm 2026", "- Nâng cao năng lực.")
             + "II. NHIỆM VỤ\n\n" + HEAD + ROWS + "\n" + SIGNED)
    assert _groups(r.plan) == [
        ("I", "XÂY DỰNG VĂN BẢN, CƠ CHẾ, CHÍNH SÁCH", ["Rà soát văn bản về p", "Ban hành quy chế phố"]),
        ("II", "TUYÊN TRUYỀN, TẬP HUẤN", ["Tuyên truyền trên bá"])]
    again = tmp_path / "again.toml"
    again.write_text(planflow.dumps_plan(r.plan), encoding="utf-8")
    assert planflow.load(str(again)).sections == r.plan.sections
    lines = render_text(r.plan, RenderContext()).decode("utf-8").splitlines()
    at = {line: k for k, line in enumerate(lines)}
    group_1 = at["I. XÂY DỰNG VĂN BẢN, CƠ CHẾ, CHÍNH SÁCH"]
    group_2 = at["II. TUYÊN TRUYỀN, TẬP HUẤN"]
    task_3 = next(k for k, line in enumerate(lines) if "Tuyên truyền trên báo, đài" in line)
    assert group_1 < group_2 < task_3


def test_groups_inside_groups(tmp_path):
    rows = ("| I | XÂY DỰNG VĂN BẢN | | | |\n"
            "| 1 | Nhóm văn bản của tỉnh | | | |\n"
            "| 1.1 | Ban hành quy chế phối hợp | Sở Tư pháp | Công an tỉnh | Quý III/2026 |\n"
            "| 1.2 | Ban hành kế hoạch diễn tập | Sở Tư pháp | Công an tỉnh | Quý IV/2026 |\n")
    r = read(tmp_path, plan_head("41", "Phòng thủ dân sự năm 2026", "- Nâng cao năng lực.")
             + "II. NHIỆM VỤ\n\n" + HEAD + rows + "\n" + SIGNED)
    (tasks_section,) = [s for s in r.plan.sections if s.heading == "NHIỆM VỤ"]
    (outer,) = tasks_section.subsections
    assert (outer.number, outer.heading, outer.role, outer.tasks) == ("I", "XÂY DỰNG VĂN BẢN", "text", ())
    (inner,) = outer.subsections
    assert (inner.number, inner.heading, len(inner.tasks)) == ("1", "Nhóm văn bản của tỉnh", 2)


def test_an_appendix_table_with_no_tasks_section_is_printed(tmp_path):
    # the tasks only in the appendix after the signature; the body's sections hold none
    text = (plan_head("42", "Phòng thủ dân sự năm 2026", "- Nâng cao năng lực.")
            + "II. TỔ CHỨC THỰC HIỆN\n- Các sở, ngành triển khai Kế hoạch này.\n" + SIGNED
            + "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\n" + HEAD + ROWS + "\n")
    r = read(tmp_path, text)
    assert len(r.plan.tasks) == 3
    out = render_text(r.plan, RenderContext()).decode("utf-8")
    for t in r.plan.tasks:
        assert t.title in out, t.title
    assert "XÂY DỰNG VĂN BẢN, CƠ CHẾ, CHÍNH SÁCH" in out


def test_a_plan_file_whose_sections_hold_no_tasks_prints_them_all(tmp_path):
    f = tmp_path / "plan.toml"
    f.write_text('period = 2026\n[document]\ntitle = "Kế hoạch thử"\n'
                 '[[agencies]]\nid = "a"\nname = "Sở Tư pháp"\n'
                 '[[tasks]]\nid = "t1"\ntitle = "Rà soát văn bản"\nlead = ["a"]\ntimeframe = "2026-06-30"\n'
                 '[[sections]]\nheading = "TỔ CHỨC THỰC HIỆN"\nnumber = "I"\n'
                 'paragraphs = ["Các sở, ngành triển khai."]\n', encoding="utf-8")
    out = render_text(planflow.load(str(f)), RenderContext()).decode("utf-8")
    assert "Rà soát văn bản" in out and "DANH MỤC NHIỆM VỤ" in out


def _scraped(rows: list[list[str]]) -> str:
    """Rows in the legal site's scrape: each cell on its own lines between "|" lines, a row
    closed by an empty border."""
    return "".join("|\n" + "".join(f"{c}\n|\n" if c else "|\n" for c in row) for row in rows)


def test_a_group_row_in_capitals_leads_its_rows_past_a_page_break(tmp_path):
    """A table with no lead column whose group rows name the body in capitals ("IV | UBND
    CÁC XÃ, PHƯỜNG"), the page break repeating the header between its rows: every row
    under the group is the body's, its name printed as a name ("UBND các xã, phường"; it was kept in capitals,
    and the rows after the break had no lead)."""
    header = ["**STT**", "**Nội dung công việc**", "**Đơn vị phối hợp**", "**Thời gian thực hiện**"]
    before = [header,
              ["**I**", "**SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG**", "", ""],
              ["1", "Số hóa bản đồ đất lâm nghiệp", "Sở Tài chính", "Quý II/2026"],
              ["**II**", "**UBND CÁC XÃ, PHƯỜNG**", "", ""],
              ["1", "Rà soát diện tích rừng trồng", "Hạt Kiểm lâm", "Quý III/2026"]]
    after = [header,
             ["2", "Cập nhật biến động rừng hằng năm", "Hạt Kiểm lâm", "Năm 2027"]]
    text = (plan_head("42", "Quản lý rừng năm 2026", "- Quản lý tốt rừng.")
            + "II. NHIỆM VỤ\nCác cơ quan thực hiện các nhiệm vụ tại Phụ lục.\n" + SIGNED
            + "\n**PHỤ LỤC**\nDANH MỤC NHIỆM VỤ\n" + _scraped(before) + "\n7\n\n" + _scraped(after))
    r = read(tmp_path, text)
    names = {a.id: a.name for a in r.plan.agencies}
    leads = {t.title: [names[i] for i in t.lead] for t in r.plan.tasks}
    assert leads == {"Số hóa bản đồ đất lâm nghiệp": ["Sở Nông nghiệp và Môi trường"],
                     "Rà soát diện tích rừng trồng": ["UBND các xã, phường"],
                     "Cập nhật biến động rừng hằng năm": ["UBND các xã, phường"]}


def test_a_roadmaps_years_and_a_budgets_parts_under_one_two_row_header(tmp_path):
    """"Tiến độ thực hiện" over 2026 | 2027 | 2028 and "Kinh phí" over "Tổng số" | "Ngân
    sách tỉnh" in one scraped two-row header: the second row opens on a year, and was read
    as a task ("2027") while every row's first mark ("x") was taken for its time."""
    rows = [["**TT**", "**Nhiệm vụ**", "**Đơn vị chủ trì**", "**Tiến độ thực hiện**", "**Kết quả**",
             "**Kinh phí (triệu đồng)**"],  # (the scrape drops the spanned cells)
            ["**2026**", "**2027**", "**2028**", "**Tổng số**", "**Ngân sách tỉnh**"],
            ["1", "Số hóa hồ sơ địa chính", "Sở Nông nghiệp và Môi trường", "x", "x", "", "Báo cáo",
             "500", "500"],
            ["2", "Cập nhật bản đồ quy hoạch", "Sở Xây dựng", "", "x", "x", "Bản đồ", "300", "200"]]
    text = (plan_head("43", "Chuyển đổi số ngành đất đai 2026 - 2028", "- Số hóa dữ liệu.")
            + "II. NHIỆM VỤ\nCác cơ quan thực hiện các nhiệm vụ tại Phụ lục.\n" + SIGNED
            + "\n**PHỤ LỤC**\nDANH MỤC NHIỆM VỤ\n" + _scraped(rows))
    r = read(tmp_path, text)
    got = [(t.title, t.timeframe.text) for t in r.plan.tasks]
    assert got == [("Số hóa hồ sơ địa chính", "Năm 2026 - 2027"),
                   ("Cập nhật bản đồ quy hoạch", "Năm 2027 - 2028")]
