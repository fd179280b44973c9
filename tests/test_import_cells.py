"""Task tables whose cells hold several tasks, and lead columns named only by whom.

* A row's task cell listing several tasks as bullets ("- …", "+ …", "• …", each beginning
  a line): each bullet is a task. A lead, partner, time or product cell of the same row
  bulleted as many times pairs with them in order; one value (not bulleted) is every
  task's; bulleted another number of times it is nobody's, with a warning naming the row
  (a pairing is never guessed). A cell opening with a sentence ("Tuyên truyền:") and its
  points is one task; an agency's name wrapped at its hyphen ("Sở Lao động" / "-
  Thương binh và Xã hội") goes on, it begins no task.
* A column headed only "Đơn vị", "Cơ quan, đơn vị" or "Đơn vị, địa phương" is the lead's.
* Generated tables of both kinds are scored by benchmarks/appendix_tables.py (features
  ``bulleted-cells`` and ``lead-headed-unit``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import planflow
from planflow_import import read_text_file

from .test_import_extra import HEAD, _lead
from .test_import_families import _scraped


def _read(tmp_path: Path, rows: list[list[str]], form: str) -> planflow.ImportResult:
    if form == "scraped":
        text = HEAD + _scraped(rows)
    else:
        lines = ["| " + " | ".join(c.replace("\n", "<br>") for c in r + [""] * (len(rows[0]) - len(r)))
                 + " |" for r in rows]
        lines.insert(1, "|" + "---|" * len(rows[0]))
        text = HEAD + "\n".join(lines) + "\n"
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    return read_text_file(path)


def _tasks(result: planflow.ImportResult) -> list[tuple[str, str, str, date | None]]:
    plan = result.plan
    return [(t.title, _lead(plan, t), t.timeframe.kind.value, t.timeframe.end) for t in plan.tasks]


HEADER = ["**STT**", "**Đơn vị**", "**Nội dung công việc**", "**Thời gian hoàn thành**"]


@pytest.mark.parametrize("form", ["scraped", "gfm"])
def test_bullets_in_a_task_cell_are_tasks_paired_with_bulleted_times(tmp_path, form):
    rows = [HEADER,
            ["1", "Sở Nông nghiệp và Môi trường",
             "- Rà soát phương án ứng phó\nthiên tai theo cấp độ rủi ro\n- Kiện toàn Ban Chỉ huy các cấp",
             "- Tháng 4/2026\n- Quý III/2026"],
            ["2", "Sở Tài chính", "+ Bố trí kinh phí diễn tập\n+ Hướng dẫn thanh quyết toán",
             "Năm 2027"]]
    result = _read(tmp_path, rows, form)
    assert _tasks(result) == [
        ("Rà soát phương án ứng phó thiên tai theo cấp độ rủi ro", "Sở Nông nghiệp và Môi trường",
         "window", date(2026, 4, 30)),
        ("Kiện toàn Ban Chỉ huy các cấp", "Sở Nông nghiệp và Môi trường", "window", date(2026, 9, 30)),
        ("Bố trí kinh phí diễn tập", "Sở Tài chính", "window", date(2027, 12, 31)),
        ("Hướng dẫn thanh quyết toán", "Sở Tài chính", "window", date(2027, 12, 31)),
    ]
    assert not [w for w in result.warnings if "items for" in w]


def test_bulleted_times_of_another_count_are_nobodys_and_said(tmp_path):
    rows = [HEADER,
            ["1", "Công an tỉnh", "• Tuần tra kiểm soát\n• Xử lý vi phạm\n• Tổng kết đợt cao điểm",
             "• Tháng 5/2026\n• Tháng 6/2026"]]
    result = _read(tmp_path, rows, "gfm")
    tasks = result.plan.tasks
    assert [t.title for t in tasks] == ["Tuần tra kiểm soát", "Xử lý vi phạm", "Tổng kết đợt cao điểm"]
    # no time read for any of them (never a guessed pairing: no due day), a warning names the row
    assert all(t.timeframe.due is None and t.timeframe.kind.value == "continuous" for t in tasks)
    said = [w for w in result.warnings if "lists 2 items for 3 tasks" in w]
    assert said and "row 2" in said[0]


def test_an_opening_sentence_and_its_points_are_one_task(tmp_path):
    rows = [HEADER,
            ["1", "Sở Văn hóa, Thể thao và Du lịch",
             "Tuyên truyền phòng, chống thiên tai:\n- Trên báo chí\n- Trên mạng xã hội", "Quý II/2026"],
            ["2", "Sở Nội vụ", "- Phối hợp với Sở Lao động\n- Thương binh và Xã hội rà soát chính sách",
             "Năm 2026"]]
    result = _read(tmp_path, rows, "gfm")
    titles = [t.title for t in result.plan.tasks]
    assert titles == ["Tuyên truyền phòng, chống thiên tai: - Trên báo chí - Trên mạng xã hội",
                      "Phối hợp với Sở Lao động - Thương binh và Xã hội rà soát chính sách"]


@pytest.mark.parametrize("head", ["Đơn vị", "Cơ quan, đơn vị", "Đơn vị, địa phương", "Cơ quan"])
def test_a_column_headed_only_by_whom_is_the_lead(tmp_path, head):
    rows = [["**STT**", "**Nhiệm vụ**", f"**{head}**", "**Thời gian**"],
            ["1", "Cập nhật bản đồ ngập lụt", "Sở Xây dựng", "Quý IV/2026"]]
    result = _read(tmp_path, rows, "gfm")
    assert _tasks(result) == [("Cập nhật bản đồ ngập lụt", "Sở Xây dựng", "window", date(2026, 12, 31))]


ROLES = [["**STT**", "**Nhiệm vụ**", "**Cơ quan chủ trì, phối hợp**", "**Thời gian**"],
         ["1", "Cập nhật bản đồ ngập lụt", "Sở Xây dựng (chủ trì); Sở Tài chính, UBND các xã", "Quý II/2026"],
         ["2", "Diễn tập cứu nạn", "Chủ trì: Bộ Chỉ huy Quân sự\ntỉnh\nPhối hợp: Công an tỉnh", "Tháng 8/2026"],
         ["3", "Kiểm tra hồ đập", "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã",
          "Quý III/2026"],
         ["4", "Sơ kết công tác", "Văn phòng UBND tỉnh (chủ trì), Sở Nội vụ (phối hợp)", "Tháng 12/2026"],
         ["5", "Rà soát quy chế", "Sở Tư pháp", "Quý IV/2026"]]


@pytest.mark.parametrize("form", ["scraped", "gfm"])
def test_one_agency_column_saying_who_leads_and_who_takes_part(tmp_path, form):
    result = _read(tmp_path, ROLES, form)
    plan = result.plan
    names = {a.id: a.name for a in plan.agencies}
    got = [([names[i] for i in t.lead], [names[i] for i in t.partners]) for t in plan.tasks]
    assert got == [(["Sở Xây dựng"], ["Sở Tài chính", "UBND các xã"]),
                   (["Bộ Chỉ huy Quân sự tỉnh"], ["Công an tỉnh"]),
                   (["Sở Nông nghiệp và Môi trường"], ["UBND các xã"]),
                   (["Văn phòng UBND tỉnh"], ["Sở Nội vụ"]),
                   (["Sở Tư pháp"], [])]
    assert not any("chủ trì" in n.lower() or "phối hợp" in n.lower() for n in names.values())


def test_a_cell_naming_only_partners_leaves_the_lead_unread_and_said(tmp_path):
    rows = [["**STT**", "**Nhiệm vụ**", "**Cơ quan thực hiện**", "**Thời gian**"],
            ["1", "Tập huấn cứu hộ", "UBND các xã (phối hợp)", "Quý II/2026"]]
    result = _read(tmp_path, rows, "gfm")
    task = result.plan.tasks[0]
    assert task.lead == () and [a.name for a in result.plan.agencies if a.id in task.partners] == ["UBND các xã"]
    assert any("Tập huấn cứu hộ" in w for w in result.warnings)


def test_word_bullets_in_a_cell_are_tasks(tmp_path):
    """In a Word table the bullets are list paragraphs (the "List Bullet" style), not text."""
    import docx

    from .test_import_extra import HEAD as _HEAD

    d = docx.Document()
    for line in _HEAD.replace("|", "").replace("**", "").splitlines():
        if line.strip():
            d.add_paragraph(line.strip())
    t = d.add_table(rows=2, cols=4)
    for c, h in zip(t.rows[0].cells, HEADER, strict=True):
        c.text = h.strip("*")
    row = t.rows[1].cells
    row[0].text = "1"
    row[1].text = "Sở Nông nghiệp và Môi trường"
    for k, items in ((2, ["Rà soát hồ sơ địa chính", "Số hóa bản đồ đất đai"]),
                     (3, ["Quý II/2026", "Quý IV/2026"])):
        first = row[k].paragraphs[0]
        first.text, first.style = items[0], d.styles["List Bullet"]
        row[k].add_paragraph(items[1], style="List Bullet")
    path = tmp_path / "plan.docx"
    d.save(str(path))
    result = planflow.default_registry().importer_for(path).read(path)
    assert _tasks(result) == [
        ("Rà soát hồ sơ địa chính", "Sở Nông nghiệp và Môi trường", "window", date(2026, 6, 30)),
        ("Số hóa bản đồ đất đai", "Sở Nông nghiệp và Môi trường", "window", date(2026, 12, 31)),
    ]


MATRIX = [["**STT**", "**Nội dung công việc**", "**Sở Y tế**", "**Sở Tài chính**", "**Công an tỉnh**",
           "**Thời gian**"],
          ["1", "Kiểm tra an toàn thực phẩm", "CT", "PH", "PH", "Quý II/2026"],
          ["2", "Bố trí kinh phí", "PH", "Chủ trì", "", "Quý I/2026"],
          ["3", "Xử lý vi phạm", "x", "", "x", "Quý IV/2026"]]


@pytest.mark.parametrize("form", ["scraped", "gfm", "gfm-two-rows"])
def test_a_matrix_of_agencies_marking_who_leads_and_who_takes_part(tmp_path, form):
    rows = MATRIX
    if form == "gfm-two-rows":
        rows = [["**STT**", "**Nội dung công việc**", *["**Cơ quan thực hiện**"] * 3, "**Thời gian**"],
                ["", "", "Sở Y tế", "Sở Tài chính", "Công an tỉnh", ""], *MATRIX[1:]]
    result = _read(tmp_path, rows, "scraped" if form == "scraped" else "gfm")
    plan = result.plan
    names = {a.id: a.name for a in plan.agencies}
    got = [([names[i] for i in t.lead], [names[i] for i in t.partners]) for t in plan.tasks]
    assert got == [(["Sở Y tế"], ["Sở Tài chính", "Công an tỉnh"]),
                   (["Sở Tài chính"], ["Sở Y tế"]),
                   (["Sở Y tế", "Công an tỉnh"], [])]
    # two marked with no role: each a lead, said
    assert any("marked with no role" in w and "Xử lý vi phạm" in w for w in result.warnings)
    assert not {"CT", "PH", "Chủ trì", "x"} & set(names.values())


def test_a_short_row_under_year_columns_is_said_not_a_crash(tmp_path):
    """A row merged with the one above under a roadmap's year columns: the note names the
    year (it raised KeyError: 'year:2026')."""
    from .appendix_gen import generate, write

    path = write(generate(5058), "scraped", tmp_path)
    result = read_text_file(path)
    assert result.plan.tasks
